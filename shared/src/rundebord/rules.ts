import { RundebordLimits } from './model';

/** The fewest voters behind any points total a screen shows ([RT8], as planbehov's [D1]). */
export const MIN_VOTERS_SHOWN = 3;

/** [RT3] Whether a table may mark one more card: at most three of its live cards are marked. */
export function topThreeHasRoom(
  cards: readonly { tableId: string; top: boolean; hidden: boolean }[],
  tableId: string,
): boolean {
  const marked = cards.filter((c) => c.tableId === tableId && c.top && !c.hidden).length;
  return marked < RundebordLimits.topCount;
}

/**
 * [RT6] The tables a theme's cards come from, in the workshop's table order (a table listed
 * once, however many of its cards are in the theme).
 */
export function themeOrigins(
  cardTableIds: readonly string[],
  tableOrder: readonly string[],
): string[] {
  const present = new Set(cardTableIds);
  const known = tableOrder.filter((t) => present.has(t));
  const unknown = [...present].filter((t) => !tableOrder.includes(t)).sort();
  return [...known, ...unknown];
}

export type BallotProblem =
  | { code: 'theme_not_found'; themeId: string }
  | { code: 'over_budget'; spent: number; budget: number };

/**
 * [RT7] A participant's points on themes: only on themes that exist, and no more in all than
 * the budget (the planbehov rule: points are spent from one budget across every item).
 */
export function checkPointsBallot(
  points: Readonly<Record<string, number>>,
  budget: number,
  themeIds: readonly string[],
): BallotProblem | null {
  for (const themeId of Object.keys(points)) {
    if (!themeIds.includes(themeId)) return { code: 'theme_not_found', themeId };
  }
  const spent = Object.values(points).reduce((sum, p) => sum + p, 0);
  if (spent > budget) return { code: 'over_budget', spent, budget };
  return null;
}

/** Points left to spend, never below zero (the budget may have been lowered meanwhile). */
export function pointsLeft(points: Readonly<Record<string, number>>, budget: number): number {
  const spent = Object.values(points).reduce((sum, p) => sum + p, 0);
  return Math.max(0, budget - spent);
}

/**
 * [RT8] Whether theme totals may be shown: once revealed, and only when at least three have
 * voted (no total rests on fewer answers, so none can be traced to a person).
 */
export function pointsWithheld(
  revealed: boolean,
  voters: number,
): 'not_revealed' | 'too_few' | null {
  if (!revealed) return 'not_revealed';
  if (voters < MIN_VOTERS_SHOWN) return 'too_few';
  return null;
}
