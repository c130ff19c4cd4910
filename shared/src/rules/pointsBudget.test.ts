import { describe, expect, it } from 'vitest';
import { fitsBudget, maxPointsFor, pointsLeft, pointsSpent, stepPoints } from './pointsBudget';

describe('the priority points budget', () => {
  it('sums the points of any holders', () => {
    expect(pointsSpent([{ points: 2 }, { points: 3 }])).toBe(5);
    expect(pointsSpent([])).toBe(0);
  });

  it('[RL2] lets points fit while, with the others, they stay within the budget', () => {
    expect(fitsBudget(5, 2, 3)).toBe(true);
    expect(fitsBudget(5, 2, 4)).toBe(false);
    expect(fitsBudget(5, 0, 0)).toBe(true);
    expect(fitsBudget(0, 0, 1)).toBe(false);
    expect(fitsBudget(5, 0, -1)).toBe(false);
  });

  it('says how many are left, never fewer than none', () => {
    expect(pointsLeft(5, 4)).toBe(1);
    expect(pointsLeft(3, 4)).toBe(0);
  });

  it('lets an item hold what the others leave of the budget', () => {
    expect(maxPointsFor(5, 2)).toBe(3);
    expect(maxPointsFor(5, 4)).toBe(1);
    expect(maxPointsFor(3, 5)).toBe(0);
  });

  it('refuses a + that would spend more than the budget, and a − below zero', () => {
    expect(stepPoints(2, 1, 5, 2)).toBe(3);
    expect(stepPoints(3, 1, 5, 2)).toBeNull();
    expect(stepPoints(0, -1, 5, 4)).toBeNull();
    expect(stepPoints(2, -1, 5, 2)).toBe(1);
    // Over a lowered budget, − still steps down.
    expect(stepPoints(4, -1, 3, 2)).toBe(3);
  });

  it('[RL2] grants a + on the tablet exactly where the server would accept the points', () => {
    const disagreements: string[] = [];
    for (let budget = 0; budget <= 8; budget++)
      for (let elsewhere = 0; elsewhere <= 10; elsewhere++)
        for (let current = 0; current <= 10; current++) {
          const next = stepPoints(current, 1, budget, elsewhere);
          const granted = next !== null;
          if (granted !== fitsBudget(budget, elsewhere, current + 1))
            disagreements.push(`budget ${budget}, elsewhere ${elsewhere}, current ${current}`);
          if (next !== null && next > maxPointsFor(budget, elsewhere))
            disagreements.push(`${next} above the maximum at budget ${budget}`);
        }
    expect(disagreements).toEqual([]);
  });
});
