/**
 * The priority points budget: each voter spreads at most `budget` points over the items of a
 * round (plans in planbehov; round-table themes or oppdrag proposals alike). One rule for the
 * tablet, which greys out a + that would overspend, and the server, which refuses the ballot.
 *
 * Every function takes what the voter has put on the *other* items (`spentElsewhere`), because
 * that is what both sides know cheaply: the tablet sums its own ballots, the server sums in SQL
 * inside the transaction that writes the ballot ([D8]).
 */

/** Anything that holds points: a ballot, an allocation. */
export interface PointsHolder {
  readonly points: number;
}

/** The points these holders carry together. */
export function pointsSpent(holders: Iterable<PointsHolder>): number {
  let sum = 0;
  for (const h of holders) sum += h.points;
  return sum;
}

/**
 * [RL2] The rule: `points` on one item fit the budget when, with what the voter has put on the
 * other items, they do not exceed it. Negative points never fit.
 */
export function fitsBudget(budget: number, spentElsewhere: number, points: number): boolean {
  return points >= 0 && spentElsewhere + points <= budget;
}

/** The most points one item can hold, given what the voter has put on the others. */
export function maxPointsFor(budget: number, spentElsewhere: number): number {
  return Math.max(0, budget - spentElsewhere);
}

/** Points still free to give; never below zero, even if the budget was lowered meanwhile. */
export function pointsLeft(budget: number, spent: number): number {
  return Math.max(0, budget - spent);
}

/**
 * The points an item would hold after pressing + or −, or null when the press must be refused:
 * below zero, or a + past what the budget leaves for this item ([RL2]). A − is always allowed
 * down to zero, so that a voter over a lowered budget can climb back under it.
 */
export function stepPoints(
  current: number,
  delta: 1 | -1,
  budget: number,
  spentElsewhere: number,
): number | null {
  const next = current + delta;
  if (next < 0) return null;
  if (delta > 0 && !fitsBudget(budget, spentElsewhere, next)) return null;
  return next;
}
