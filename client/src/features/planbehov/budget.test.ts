import type { OwnBallot } from '@samskap/shared/planbehov';
import { describe, expect, it } from 'vitest';
import { maxPointsFor, pointsLeft, pointsSpent, stepPoints } from './budget';

const ballot = (planId: string, points: number): OwnBallot => ({
  planId,
  decision: 'revise',
  startYear: null,
  comment: '',
  points,
});

describe('priority points', () => {
  const ballots = [ballot('a', 2), ballot('b', 2)];

  it('counts what is spent, with or without one plan', () => {
    expect(pointsSpent(ballots)).toBe(4);
    expect(pointsSpent(ballots, 'a')).toBe(2);
  });

  it('says how many are left, never fewer than none', () => {
    expect(pointsLeft(5, ballots)).toBe(1);
    expect(pointsLeft(3, ballots)).toBe(0);
  });

  it('lets a plan hold what the others leave of the budget', () => {
    expect(maxPointsFor(5, ballots, 'a')).toBe(3);
    expect(maxPointsFor(5, ballots, 'c')).toBe(1);
  });

  it('refuses a + that would spend more than the budget, and a − below zero', () => {
    expect(stepPoints(2, 1, 5, ballots, 'a')).toBe(3);
    expect(stepPoints(3, 1, 5, [ballot('a', 3), ballot('b', 2)], 'a')).toBeNull();
    expect(stepPoints(0, -1, 5, ballots, 'c')).toBeNull();
    expect(stepPoints(2, -1, 5, ballots, 'a')).toBe(1);
  });
});
