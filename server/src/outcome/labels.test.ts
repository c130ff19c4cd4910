import { TERMS } from '@samskap/shared/terms';
import { describe, expect, it } from 'vitest';
import { LABELS } from './labels';

describe('the outcome document and the shared terms table', () => {
  it.each(['nb', 'nn', 'en'] as const)(
    '[V1] in %s, the document uses the words the screens use',
    (lang) => {
      const L = LABELS[lang];
      const t = TERMS[lang];
      expect(L.roles).toEqual({ ...t.roles, facilitator: t.facilitator });
      expect(L.decisions).toEqual(t.decisions);
      expect([L.planType, L.proposal, L.startYear, L.points]).toEqual([
        t.plan.type,
        t.plan.proposal,
        t.plan.startYear,
        t.plan.points,
      ]);
      expect(L.unplaced).toBe(t.headings.unplaced);
      expect(L.problemTypes).toEqual(t.problemTypes);
      expect(L.consentSteps).toEqual(Object.values(t.consentSteps));
      expect(L.handlings).toEqual(t.conflictHandling);
      expect(L.conflictStatus).toEqual(t.conflictStatus);
      expect([L.between, L.note, L.handling]).toEqual([
        t.conflictFields.between,
        t.conflictFields.note,
        t.conflictFields.handling,
      ]);
      expect([L.pro, L.con, L.consequence]).toEqual([
        t.entryKinds.pro,
        t.entryKinds.con,
        t.entryKinds.consequence,
      ]);
      expect([L.positions, L.syntheses, L.conflicts, L.norms, L.arguments]).toEqual([
        t.headings.positions,
        t.headings.syntheses,
        t.headings.conflicts,
        t.headings.norms,
        t.headings.arguments,
      ]);
    },
  );

  it('[V1] says "prioriteringspoeng", as the ballot does, in every word of bokmål and nynorsk', () => {
    for (const lang of ['nb', 'nn'] as const)
      expect(JSON.stringify(LABELS[lang])).not.toMatch(/prioritetspoeng/i);
  });

  it('[V1] says neither "Floket problem" nor "Posisjoner" where the screens say otherwise', () => {
    expect(JSON.stringify(LABELS.nb)).not.toMatch(/Floket|Posisjoner/);
  });
});
