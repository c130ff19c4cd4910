import type { ConsentCheck } from '@samskap/shared/consent';
import { describe, expect, it } from 'vitest';
import { consentEventCheck, latestCheckFor, statementBlocksOf } from './checks';

function check(id: string, kind: 'synthesis' | 'ambition', subjectId: string, createdAt: number) {
  return {
    id,
    subject: { kind, id: subjectId },
    statement: 'S',
    status: 'open',
    revealed: false,
    createdAt,
    answered: 0,
    result: null,
  } satisfies ConsentCheck;
}

describe('latestCheckFor', () => {
  it('finds the newest check started for the subject', () => {
    const checks = [
      check('a', 'synthesis', 's1', 1),
      check('b', 'synthesis', 's1', 5),
      check('c', 'synthesis', 's2', 9),
    ];
    expect(latestCheckFor(checks, { kind: 'synthesis', id: 's1' })?.id).toBe('b');
  });

  it('does not confuse an ambition with a synthesis of the same id', () => {
    const checks = [check('a', 'ambition', 'x', 1)];
    expect(latestCheckFor(checks, { kind: 'synthesis', id: 'x' })).toBeNull();
  });
});

describe('consentEventCheck', () => {
  const closed = (c: ConsentCheck): ConsentCheck => ({ ...c, status: 'closed' });

  it('[K2] shows the newest open check whatever the phase’s activity', () => {
    const checks = [check('a', 'ambition', 'S1', 1), check('b', 'synthesis', 's1', 5)];
    expect(consentEventCheck(checks, 'planbehov')?.id).toBe('b');
    expect(consentEventCheck([closed(checks[1]!), checks[0]!], null)?.id).toBe('a');
  });

  it('[K2] keeps a closed check on screen until the room moves on to another activity', () => {
    const checks = [
      closed(check('a', 'ambition', 'S1', 1)),
      closed(check('b', 'ambition', 'S2', 3)),
    ];
    expect(consentEventCheck(checks, 'ambitions')?.id).toBe('b');
    expect(consentEventCheck(checks, 'arguments')).toBeNull();
    expect(consentEventCheck([], 'ambitions')).toBeNull();
  });

  it('[K3] reads a check from before the blocks as a paragraph per line', () => {
    expect(statementBlocksOf({ ...check('a', 'ambition', 'S1', 1), statement: 'En\nTo' })).toEqual([
      { type: 'paragraph', text: 'En' },
      { type: 'paragraph', text: 'To' },
    ]);
  });
});
