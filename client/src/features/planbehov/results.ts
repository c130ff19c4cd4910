import {
  BALLOT_DECISIONS,
  PlanbehovLimits,
  type BallotDecision,
  type GroupTally,
  type Plan,
  type PlanResult,
  type RoundResults,
} from '@samskap/shared/planbehov';

/** A bar's share of a group's ballots, in whole percent (0 when nobody voted). */
export function percent(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 100) : 0;
}

/** The decisions a group chose, in the ballot's order, leaving out those nobody chose. */
export function chosenDecisions(
  tally: GroupTally,
): Array<{ decision: BallotDecision; count: number }> {
  return BALLOT_DECISIONS.map((decision) => ({
    decision,
    count: tally.decisions[decision],
  })).filter((d) => d.count > 0);
}

/** Both roles have enough voters on this plan that their split may be shown. */
export function hasRoleSplit(result: PlanResult): boolean {
  return result.byRole.folkevalgt !== null && result.byRole.administrasjon !== null;
}

/** The split is shown on no plan at all: the screen says why once, not per plan. */
export function noRoleSplitAnywhere(results: RoundResults): boolean {
  return results.plans.every((r) => !hasRoleSplit(r));
}

export const MIN_GROUP_SIZE = PlanbehovLimits.minGroupSize;

export interface Shift {
  readonly decision: BallotDecision;
  readonly from: number;
  readonly to: number;
}

/** What moved between two rounds on one plan: the decisions whose counts changed. */
export function decisionShifts(previous: GroupTally | undefined, current: GroupTally): Shift[] {
  if (!previous) return [];
  return BALLOT_DECISIONS.map((decision) => ({
    decision,
    from: previous.decisions[decision],
    to: current.decisions[decision],
  })).filter((s) => s.from !== s.to);
}

export interface RankedPlan {
  readonly planId: string;
  readonly title: string;
  readonly points: number;
  /** 1-based; plans with equal points share a rank ("1, 2, 2, 4"). */
  readonly rank: number;
}

/** The ranking by priority points with titles, leaving out plans nobody gave points. */
export function rankPlans(results: RoundResults, plans: readonly Plan[]): RankedPlan[] {
  const titles = new Map(plans.map((p) => [p.id, p.title]));
  const rows = results.ranking
    .filter((r) => r.points > 0 && titles.has(r.planId))
    .sort((a, b) => b.points - a.points);
  return rows.map((row, index) => {
    const firstEqual = rows.findIndex((r) => r.points === row.points);
    return {
      planId: row.planId,
      title: titles.get(row.planId)!,
      points: row.points,
      rank: (firstEqual === -1 ? index : firstEqual) + 1,
    };
  });
}

/** A plan's result whose numbers the server shows. */
export type ShownResult = PlanResult & { all: GroupTally };

/**
 * [D1] on the server: a plan with fewer than three ballots comes without numbers. The plans of a
 * round that carry numbers (and are on the list), how many are withheld, and the previous
 * round's tallies by plan for the shift.
 */
export function shownResults(
  results: RoundResults,
  plans: readonly Plan[],
  previous: RoundResults | null,
): { shown: ShownResult[]; withheld: number; previousById: Map<string, GroupTally> } {
  const known = new Set(plans.map((p) => p.id));
  const shown = results.plans.flatMap((r) =>
    r.all !== null && r.all.ballots > 0 && known.has(r.planId) ? [{ ...r, all: r.all }] : [],
  );
  const previousById = new Map(
    previous?.plans.flatMap((p) => (p.all ? [[p.planId, p.all] as const] : [])) ?? [],
  );
  return { shown, withheld: results.plans.length - shown.length, previousById };
}
