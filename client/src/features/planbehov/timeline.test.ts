import type { Plan, PlanResult } from '@samskap/shared/planbehov';
import { describe, expect, it } from 'vitest';
import { buildTimeline, periodYears } from './timeline';

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
