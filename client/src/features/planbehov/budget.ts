import type { OwnBallot } from '@samskap/shared/planbehov';

/** Points the voter has put on plans other than `planId` (all plans when left out). */
export function pointsSpent(ballots: readonly OwnBallot[], exceptPlanId?: string): number {
  return ballots.filter((b) => b.planId !== exceptPlanId).reduce((sum, b) => sum + b.points, 0);
}

/** Points still free to give; never below zero, even if the budget was lowered meanwhile. */
export function pointsLeft(budget: number, ballots: readonly OwnBallot[]): number {
  return Math.max(0, budget - pointsSpent(ballots));
}

/** The most points one plan can hold, given what the voter has put on the others. */
export function maxPointsFor(
  budget: number,
  ballots: readonly OwnBallot[],
  planId: string,
): number {
  return Math.max(0, budget - pointsSpent(ballots, planId));
}

/**
 * The points a plan would hold after pressing + or −, or null when the press must be refused:
 * below zero, or past what the budget leaves for this plan.
 */
export function stepPoints(
  current: number,
  delta: 1 | -1,
  budget: number,
  ballots: readonly OwnBallot[],
  planId: string,
): number | null {
  const next = current + delta;
  if (next < 0) return null;
  if (delta > 0 && next > maxPointsFor(budget, ballots, planId)) return null;
  return next;
}
