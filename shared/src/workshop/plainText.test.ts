import { describe, expect, it } from 'vitest';
import { newEntrySchema } from '../arguments/model';
import { planstrategiTemplate } from '../templates';
import { joinRequestSchema } from './api';
import { workshopSetupSchema } from './model';

const HOSTILE = ['\u0000', '\u001b[31m', '\u007f', '\u0085', '\u202e'];

describe('names and entries refuse control characters at input', () => {
  it.each(HOSTILE.map((c) => [JSON.stringify(c), c]))(
    '[E1] a title with %s is refused, naming the field',
    (_, c) => {
      const res = workshopSetupSchema.safeParse({
        ...planstrategiTemplate('nb', 2028),
        title: `Seminar${c}`,
      });
      expect(res.success).toBe(false);
      expect(res.error!.issues[0]!.path).toEqual(['title']);
      expect(res.error!.issues[0]!.message).toMatch(/control characters/);
    },
  );

  it('[E2] a name is one line: a line break in a table name, display name or party is refused', () => {
    const setup = planstrategiTemplate('nb', 2028);
    const tables = [{ ...setup.tables[0]!, name: 'Bord 1\n# Overskrift' }];
    expect(workshopSetupSchema.safeParse({ ...setup, tables }).success).toBe(false);
    for (const field of ['displayName', 'party']) {
      const res = joinRequestSchema.safeParse({
        code: 'ABCDEF',
        role: 'folkevalgt',
        [field]: 'Kari\n---',
      });
      expect(res.success).toBe(false);
      expect(res.error!.issues[0]!.path).toEqual([field]);
    }
    expect(
      joinRequestSchema.safeParse({
        code: 'ABCDEF',
        role: 'folkevalgt',
        displayName: 'Kari Nordmann',
      }).success,
    ).toBe(true);
  });

  it('[E1] an entry may have line breaks, but no other control character', () => {
    const entry = { questionId: 'q1', kind: 'position' };
    expect(newEntrySchema.safeParse({ ...entry, text: 'Første linje\nandre linje' }).success).toBe(
      true,
    );
    const res = newEntrySchema.safeParse({ ...entry, text: 'Tekst\u001b[2J' });
    expect(res.success).toBe(false);
    expect(res.error!.issues[0]!.path).toEqual(['text']);
  });
});
