import type { OwnBallot } from '@samskap/shared/planbehov';
import * as budgetRule from '@samskap/shared/rules';

/*
 * The tablet's view of the shared priority points rule ([RL2], shared/src/rules/pointsBudget.ts),
 * read off the voter's own ballots: only the sums are made here, the rule is the server's.
 */

/** Points the voter has put on plans other than `planId` (all plans when left out). */
export function pointsSpent(ballots: readonly OwnBallot[], exceptPlanId?: string): number {
  return budgetRule.pointsSpent(ballots.filter((b) => b.planId !== exceptPlanId));
}

/** Points still free to give; never below zero, even if the budget was lowered meanwhile. */
export function pointsLeft(budget: number, ballots: readonly OwnBallot[]): number {
  return budgetRule.pointsLeft(budget, pointsSpent(ballots));
}

/** The most points one plan can hold, given what the voter has put on the others. */
export function maxPointsFor(
  budget: number,
  ballots: readonly OwnBallot[],
  planId: string,
): number {
  return budgetRule.maxPointsFor(budget, pointsSpent(ballots, planId));
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
  return budgetRule.stepPoints(current, delta, budget, pointsSpent(ballots, planId));
}
