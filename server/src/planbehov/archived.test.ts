import type { ConsentCheck } from '@samskap/shared/consent';
import type { GroupTally, RoundResults } from '@samskap/shared/planbehov';
import { describe, expect, it } from 'vitest';
import { discloseArchivedCheck, discloseArchivedRound } from './archived';

const tally = (revise: number, drop = 0): GroupTally => ({
  ballots: revise + drop,
  decisions: { continue: 0, revise, new: 0, drop, unsure: 0 },
  startYears: [],
  points: revise,
});

/** A round as a server before [D1] exported it: 3 elected and 1 administrator. */
const old = {
  round: 1,
  turnout: {
    voted: 4,
    eligible: 4,
    byRole: {
      folkevalgt: { voted: 3, eligible: 3 },
      administrasjon: { voted: 1, eligible: 1 },
      annen: { voted: 0, eligible: 0 },
    },
  },
  plans: [
    {
      planId: 'p',
      all: tally(3, 1),
      byRole: { folkevalgt: tally(3), administrasjon: null, annen: null },
      leading: 'revise',
      leadingYear: null,
      rolesDisagree: false,
    },
    {
      planId: 'q',
      all: tally(1),
      byRole: { folkevalgt: null, administrasjon: null, annen: null },
      leading: 'revise',
      leadingYear: null,
      rolesDisagree: false,
    },
  ],
  ranking: [
    { planId: 'p', points: 3 },
    { planId: 'q', points: 1 },
  ],
} as unknown as RoundResults;

describe('aggregates of an imported workshop', () => {
  it('[D6] are shown under [D1] even where the exporting server showed more', () => {
    const r = discloseArchivedRound(old);
    expect(r.plans[0]!.all?.ballots).toBe(4);
    expect(r.plans[0]!.byRole.folkevalgt).toBeNull();
    expect(r.plans[0]!.withheld.folkevalgt).toBe('wouldReveal');
    expect(r.plans[1]).toMatchObject({ all: null, leading: null });
    expect(r.ranking).toEqual([{ planId: 'p', points: 3 }]);
    expect(r.turnout.byRole.folkevalgt.voted).toBeNull();
    expect(r.turnout.byRole.administrasjon.voted).toBeNull();
  });

  it('[D6] withhold an imported consent split whose complement is one answer', () => {
    const counts = (n: number) => ({
      answers: n,
      counts: [n, 0, 0, 0, 0] as [number, number, number, number, number],
    });
    const check = {
      id: 'c',
      result: {
        all: counts(4),
        byRole: { folkevalgt: counts(3), administrasjon: null, annen: null },
      },
    } as unknown as ConsentCheck;
    expect(discloseArchivedCheck(check).result!.byRole.folkevalgt).toBeNull();
  });
});
