import type { Plan, PlanResult, RoundResults } from './model';
import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  isPlacedYear,
  latestVotedResults,
  outOfPeriodProposals,
  periodYears,
  widenedPeriod,
} from './timeline';

const plan = (id: string, position: number): Plan => ({
  id,
  position,
  title: `Plan ${id}`,
  planType: 'temaplan',
  adoptedYear: null,
  proposal: 'revise',
  proposalYear: null,
  requiredByLaw: null,
  focusArea: null,
  description: null,
});

const tally = {
  ballots: 0,
  decisions: { continue: 0, revise: 0, new: 0, drop: 0, unsure: 0 },
  startYears: [],
  points: 0,
};

const result = (
  planId: string,
  leading: PlanResult['leading'],
  leadingYear: number | null,
): PlanResult => ({
  planId,
  all: tally,
  byRole: { folkevalgt: null, administrasjon: null, annen: null },
  withheld: { folkevalgt: null, administrasjon: null, annen: null },
  leading,
  leadingYear,
  rolesDisagree: false,
});

describe('the planstrategi timeline', () => {
  it('has one column per year of the period', () => {
    expect(periodYears({ start: 2025, end: 2028 })).toEqual([2025, 2026, 2027, 2028]);
  });

  it('places plans to revise or make in the year most named, in list order', () => {
    const plans = [plan('b', 1), plan('a', 0), plan('c', 2), plan('d', 3)];
    const timeline = buildTimeline(
      plans,
      [
        result('a', 'revise', 2026),
        result('b', 'new', 2026),
        result('c', 'continue', null),
        result('d', 'drop', 2027),
      ],
      { start: 2025, end: 2028 },
    );
    const y2026 = timeline.columns.find((c) => c.year === 2026)!;
    expect(y2026.entries.map((e) => [e.planId, e.decision])).toEqual([
      ['a', 'revise'],
      ['b', 'new'],
    ]);
    expect(timeline.columns.flatMap((c) => c.entries)).toHaveLength(2);
  });

  it('keeps plans without a year in the period apart instead of dropping them', () => {
    const timeline = buildTimeline(
      [plan('a', 0), plan('b', 1)],
      [result('a', 'revise', null), result('b', 'new', 2040)],
      { start: 2025, end: 2028 },
    );
    expect(timeline.unplaced.map((e) => e.planId)).toEqual(['a', 'b']);
  });

  it('leaves out plans with a tie (no leading decision)', () => {
    const timeline = buildTimeline([plan('a', 0)], [result('a', null, 2026)], {
      start: 2025,
      end: 2028,
    });
    expect(timeline.columns.flatMap((c) => c.entries)).toEqual([]);
    expect(timeline.unplaced).toEqual([]);
  });
});

const voted = (planId: string, leading: PlanResult['leading'], year: number | null) => ({
  ...result(planId, leading, year),
  all: { ...tally, ballots: 3 },
});

describe('the placement rule and the rounds', () => {
  it('[P1] places a year only inside the period, and no year never', () => {
    const period = { start: 2027, end: 2030 };
    expect(isPlacedYear(2027, period)).toBe(true);
    expect(isPlacedYear(2030, period)).toBe(true);
    expect(isPlacedYear(2026, period)).toBe(false);
    expect(isPlacedYear(2031, period)).toBe(false);
    expect(isPlacedYear(null, period)).toBe(false);
  });

  it('[P2] keeps the round-1 result of a plan nobody voted on in round 2', () => {
    const round = (n: number, plans: PlanResult[]): RoundResults => ({
      round: n,
      turnout: { voted: 3, eligible: 3, byRole: {} as RoundResults['turnout']['byRole'] },
      plans,
      ranking: [],
    });
    const latest = latestVotedResults([
      round(1, [voted('a', 'revise', 2027), voted('b', 'new', 2028)]),
      round(2, [result('a', null, null), voted('b', 'drop', null)]),
    ]);
    expect(latest.map((r) => [r.planId, r.leading, r.round])).toEqual([
      ['a', 'revise', 1],
      ['b', 'drop', 2],
    ]);
    const timeline = buildTimeline([plan('a', 0), plan('b', 1)], latest, {
      start: 2027,
      end: 2030,
    });
    expect(timeline.columns[0]!.entries.map((e) => [e.planId, e.round])).toEqual([['a', 1]]);
  });

  it('[P3] names the plans proposed outside the period, and the period that holds them', () => {
    const plans = [
      { ...plan('a', 0), proposalYear: 2026 },
      { ...plan('b', 1), proposalYear: 2028 },
      { ...plan('c', 2), proposalYear: null },
    ];
    const period = { start: 2027, end: 2030 };
    expect(outOfPeriodProposals(plans, period)).toEqual([
      { planId: 'a', title: 'Plan a', year: 2026 },
    ]);
    expect(widenedPeriod(plans, period)).toEqual({ start: 2026, end: 2030 });
    expect(widenedPeriod([{ ...plan('x', 0), proposalYear: 2050 }], period)).toBeNull();
  });
});
