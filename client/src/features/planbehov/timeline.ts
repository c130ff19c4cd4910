import type { BallotDecision, Plan, PlanResult } from '@samskap/shared/planbehov';

export interface TimelineEntry {
  readonly planId: string;
  readonly title: string;
  readonly decision: Extract<BallotDecision, 'revise' | 'new'>;
  readonly year: number | null;
}

export interface Timeline {
  readonly years: readonly number[];
  /** One column per year of the period, in order; each holds the plans placed there. */
  readonly columns: ReadonlyArray<{ year: number; entries: TimelineEntry[] }>;
  /** Plans to revise or make whose year is missing or outside the period. */
  readonly unplaced: readonly TimelineEntry[];
}

/** Every year of the period, first to last. */
export function periodYears(period: { start: number; end: number }): number[] {
  const years: number[] = [];
  for (let y = period.start; y <= period.end; y++) years.push(y);
  return years;
}

/**
 * The planstrategi's overview: each plan that most voters want revised or made, in the year most
 * of them named. Plans to continue or drop need no work in the period, so they stay off it.
 */
export function buildTimeline(
  plans: readonly Plan[],
  results: readonly PlanResult[],
  period: { start: number; end: number },
): Timeline {
  const years = periodYears(period);
  const columns = years.map((year) => ({ year, entries: [] as TimelineEntry[] }));
  const unplaced: TimelineEntry[] = [];
  const byId = new Map(results.map((r) => [r.planId, r]));
  for (const plan of [...plans].sort((a, b) => a.position - b.position)) {
    const result = byId.get(plan.id);
    if (!result || (result.leading !== 'revise' && result.leading !== 'new')) continue;
    const entry: TimelineEntry = {
      planId: plan.id,
      title: plan.title,
      decision: result.leading,
      year: result.leadingYear,
    };
    const column = columns.find((c) => c.year === result.leadingYear);
    if (column) column.entries.push(entry);
    else unplaced.push(entry);
  }
  return { years, columns, unplaced };
}
