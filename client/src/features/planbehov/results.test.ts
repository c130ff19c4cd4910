import type { GroupTally, Plan, PlanResult, RoundResults } from '@samskap/shared/planbehov';
import { describe, expect, it } from 'vitest';
import {
  chosenDecisions,
  decisionShifts,
  hasRoleSplit,
  noRoleSplitAnywhere,
  percent,
  rankPlans,
  shownResults,
} from './results';

const tally = (decisions: Partial<GroupTally['decisions']>, points = 0): GroupTally => {
  const full = { continue: 0, revise: 0, new: 0, drop: 0, unsure: 0, ...decisions };
  return {
    ballots: Object.values(full).reduce((a, b) => a + b, 0),
    decisions: full,
    startYears: [],
    points,
  };
};

const result = (planId: string, split: boolean): PlanResult => ({
  planId,
  all: tally({ revise: 6 }),
  byRole: {
    folkevalgt: split ? tally({ revise: 3 }) : null,
    administrasjon: split ? tally({ revise: 3 }) : null,
    annen: null,
  },
  withheld: { folkevalgt: null, administrasjon: null, annen: null },
  leading: 'revise',
  leadingYear: null,
  rolesDisagree: false,
});

const plan = (id: string): Plan => ({
  id,
  position: 0,
  title: `Plan ${id}`,
  planType: 'temaplan',
  adoptedYear: null,
  proposal: 'revise',
  proposalYear: null,
  requiredByLaw: null,
  focusArea: null,
  description: null,
});

describe('result formatting', () => {
  it('gives whole percent, and none of nothing', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 0)).toBe(0);
  });

  it('lists the chosen decisions in ballot order, without empty ones', () => {
    expect(chosenDecisions(tally({ drop: 1, continue: 2 }))).toEqual([
      { decision: 'continue', count: 2 },
      { decision: 'drop', count: 1 },
    ]);
  });

  it('splits by role only where both roles have a tally', () => {
    expect(hasRoleSplit(result('a', true))).toBe(true);
    expect(hasRoleSplit(result('a', false))).toBe(false);
    const round = (plans: PlanResult[]): RoundResults => ({
      round: 1,
      turnout: {
        voted: 0,
        eligible: 0,
        byRole: {
          folkevalgt: { voted: 0, eligible: 0 },
          administrasjon: { voted: 0, eligible: 0 },
          annen: { voted: 0, eligible: 0 },
        },
      },
      plans,
      ranking: [],
    });
    expect(noRoleSplitAnywhere(round([result('a', false)]))).toBe(true);
    expect(noRoleSplitAnywhere(round([result('a', false), result('b', true)]))).toBe(false);
  });

  it('shows the shift between rounds as the decisions whose counts moved', () => {
    expect(decisionShifts(tally({ revise: 3, continue: 4 }), tally({ revise: 7 }))).toEqual([
      { decision: 'continue', from: 4, to: 0 },
      { decision: 'revise', from: 3, to: 7 },
    ]);
    expect(decisionShifts(undefined, tally({ revise: 7 }))).toEqual([]);
  });

  it('ranks by points with shared ranks for ties, leaving out plans without points', () => {
    const results = {
      ranking: [
        { planId: 'a', points: 3 },
        { planId: 'b', points: 5 },
        { planId: 'c', points: 3 },
        { planId: 'd', points: 0 },
      ],
    } as RoundResults;
    expect(
      rankPlans(results, [plan('a'), plan('b'), plan('c'), plan('d')]).map((r) => [
        r.planId,
        r.rank,
      ]),
    ).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
    ]);
  });

  it('[D1] shows only plans that came with numbers, counts the withheld, and keeps the last round’s tallies', () => {
    const withheld: PlanResult = { ...result('b', false), all: null };
    const unknown = result('x', false);
    const current = {
      round: 2,
      turnout: {
        voted: 6,
        eligible: 6,
        byRole: {
          folkevalgt: { voted: 3, eligible: 3 },
          administrasjon: { voted: 3, eligible: 3 },
          annen: { voted: 0, eligible: 0 },
        },
      },
      plans: [result('a', true), withheld, unknown],
      ranking: [],
    } satisfies RoundResults;
    const previous = { ...current, round: 1, plans: [result('a', false), withheld] };
    const {
      shown,
      withheld: count,
      previousById,
    } = shownResults(current, [plan('a'), plan('b')], previous);
    expect(shown.map((r) => r.planId)).toEqual(['a']);
    expect(count).toBe(2);
    expect([...previousById.keys()]).toEqual(['a']);
  });
});
