import { describe, expect, it } from 'vitest';
import { disclosedRoles } from './disclosure';

const roles = (folkevalgt: number, administrasjon: number, annen: number) =>
  disclosedRoles({ folkevalgt, administrasjon, annen });

describe('which groups may be shown', () => {
  it('[D1] shows nothing where "all" counts one or two', () => {
    expect(roles(2, 0, 0)).toMatchObject({ showAll: false, shown: new Set() });
  });

  it('[D1] shows every role of three or more when nothing is left over', () => {
    expect(roles(3, 3, 0).shown).toEqual(new Set(['folkevalgt', 'administrasjon']));
  });

  it('[D1] merges the smallest shown role into the rest while the rest would count one or two', () => {
    const r = roles(5, 3, 1);
    expect(r.shown).toEqual(new Set(['folkevalgt']));
    expect(r.withheld).toEqual({
      folkevalgt: null,
      administrasjon: 'wouldReveal',
      annen: 'tooFew',
    });
  });

  it('[D1] keeps every atom (each shown role, and all minus them) at zero or at least three', () => {
    for (let f = 0; f < 8; f++)
      for (let a = 0; a < 8; a++)
        for (let o = 0; o < 8; o++) {
          const r = roles(f, a, o);
          const counts = { folkevalgt: f, administrasjon: a, annen: o };
          const shownSum = [...r.shown].reduce((s, k) => s + counts[k], 0);
          const atoms = [...[...r.shown].map((k) => counts[k]), f + a + o - shownSum];
          if (r.showAll) expect(atoms.every((n) => n === 0 || n >= 3)).toBe(true);
          else expect(f + a + o).toBeLessThan(3);
        }
  });
});
