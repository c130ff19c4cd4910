import { WorkshopLimits } from '../workshop/model';
import type { BallotDecision, Plan, PlanResult, RoundResults } from './model';

/** A workshop's period: its first and last year. */
export interface YearSpan {
  readonly start: number;
  readonly end: number;
}

export interface TimelineEntry {
  readonly planId: string;
  readonly title: string;
  readonly decision: Extract<BallotDecision, 'revise' | 'new'>;
  readonly year: number | null;
  /** The round whose result placed the plan. */
  readonly round: number;
}

export interface Timeline {
  readonly years: readonly number[];
  /** One column per year of the period, in order; each holds the plans placed there. */
  readonly columns: ReadonlyArray<{ year: number; entries: TimelineEntry[] }>;
  /** [P1] Plans to revise or make whose year is missing or outside the period. */
  readonly unplaced: readonly TimelineEntry[];
}

/** Every year of the period, first to last. */
export function periodYears(period: YearSpan): number[] {
  const years: number[] = [];
  for (let y = period.start; y <= period.end; y++) years.push(y);
  return years;
}

/** [P1] The placement rule: a year is placed only inside the period; no year is never placed. */
export function isPlacedYear(year: number | null, period: YearSpan): year is number {
  return year !== null && year >= period.start && year <= period.end;
}

/**
 * [P2] Each plan's result from the latest round in which anyone voted on it: a plan voted on in
 * round 1 and left alone in round 2 keeps its round-1 result (and its place on the timeline).
 */
export function latestVotedResults(
  rounds: readonly RoundResults[],
): Array<PlanResult & { round: number }> {
  const byPlan = new Map<string, PlanResult & { round: number }>();
  for (const r of [...rounds].sort((a, b) => a.round - b.round)) {
    for (const p of r.plans)
      if (p.all !== null && p.all.ballots > 0) byPlan.set(p.planId, { ...p, round: r.round });
  }
  return [...byPlan.values()];
}

/**
 * The planstrategi's overview: each plan that most voters want revised or made, in the year most
 * of them named. Plans to continue or drop need no work in the period, so they stay off it.
 */
export function buildTimeline(
  plans: readonly Plan[],
  results: ReadonlyArray<PlanResult & { round?: number }>,
  period: YearSpan,
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
      round: result.round ?? 0,
    };
    const year = result.leadingYear;
    if (isPlacedYear(year, period)) columns[year - period.start]!.entries.push(entry);
    else unplaced.push(entry);
  }
  return { years, columns, unplaced };
}

/** A plan whose proposed year lies outside the period (voters could not choose it). */
export interface OutOfPeriodProposal {
  readonly planId: string;
  readonly title: string;
  readonly year: number;
}

/** [P3] Plans the list proposes for a year outside the period. */
export function outOfPeriodProposals(
  plans: readonly Plan[],
  period: YearSpan,
): OutOfPeriodProposal[] {
  return plans.flatMap((p) =>
    p.proposalYear !== null && !isPlacedYear(p.proposalYear, period)
      ? [{ planId: p.id, title: p.title, year: p.proposalYear }]
      : [],
  );
}

/**
 * [P3] The smallest period that holds the current one and every proposed year, or null where
 * that would be longer than a period may be (then the facilitator must edit the list).
 */
export function widenedPeriod(plans: readonly Plan[], period: YearSpan): YearSpan | null {
  const years = outOfPeriodProposals(plans, period).map((p) => p.year);
  if (years.length === 0) return { start: period.start, end: period.end };
  const start = Math.min(period.start, ...years);
  const end = Math.max(period.end, ...years);
  return end - start <= WorkshopLimits.periodSpanMax ? { start, end } : null;
}
