import type { ConsentCheck } from '@samskap/shared/consent';
import { describe, expect, it } from 'vitest';
import { latestCheckFor } from './checks';

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
