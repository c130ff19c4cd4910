import { describe, expect, it } from 'vitest';
import { tableActionSchema } from './model';
import {
  checkPointsBallot,
  pointsLeft,
  pointsWithheld,
  themeOrigins,
  topThreeHasRoom,
} from './rules';

describe('round table rules', () => {
  it('[RT1] a card holds one short idea: at most 280 characters, no control characters', () => {
    expect(tableActionSchema.safeParse({ type: 'card.add', text: 'x'.repeat(280) }).success).toBe(
      true,
    );
    expect(tableActionSchema.safeParse({ type: 'card.add', text: 'x'.repeat(281) }).success).toBe(
      false,
    );
    expect(tableActionSchema.safeParse({ type: 'card.add', text: '   ' }).success).toBe(false);
    expect(tableActionSchema.safeParse({ type: 'card.add', text: 'a\u202eb' }).success).toBe(false);
  });

  it('[RT3] a table marks at most three of its cards; other tables and hidden cards do not count', () => {
    const card = (tableId: string, top: boolean, hidden = false) => ({ tableId, top, hidden });
    const cards = [card('a', true), card('a', true), card('b', true), card('a', true, true)];
    expect(topThreeHasRoom(cards, 'a')).toBe(true);
    expect(topThreeHasRoom([...cards, card('a', true)], 'a')).toBe(false);
    expect(topThreeHasRoom([...cards, card('a', true)], 'b')).toBe(true);
  });

  it('[RT6] a theme lists the tables its cards come from, once each, in table order', () => {
    expect(themeOrigins(['t3', 't1', 't3'], ['t1', 't2', 't3'])).toEqual(['t1', 't3']);
    expect(themeOrigins([], ['t1'])).toEqual([]);
  });

  it('[RT7] points go only on themes that exist and never past the budget', () => {
    expect(checkPointsBallot({ x: 3, y: 2 }, 5, ['x', 'y'])).toBeNull();
    expect(checkPointsBallot({ x: 3, y: 3 }, 5, ['x', 'y'])).toEqual({
      code: 'over_budget',
      spent: 6,
      budget: 5,
    });
    expect(checkPointsBallot({ z: 1 }, 5, ['x'])).toEqual({
      code: 'theme_not_found',
      themeId: 'z',
    });
    expect(pointsLeft({ x: 4 }, 5)).toBe(1);
    expect(pointsLeft({ x: 4 }, 3)).toBe(0);
  });

  it('[RT8] theme totals are shown only once revealed and with at least three voters', () => {
    expect(pointsWithheld(false, 10)).toBe('not_revealed');
    expect(pointsWithheld(true, 2)).toBe('too_few');
    expect(pointsWithheld(true, 3)).toBeNull();
  });
});
