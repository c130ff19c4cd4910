import { describe, expect, it } from 'vitest';
import { discussedRounds } from './rounds';

describe('discussed rounds', () => {
  it('[RL4] lists none before the first round opens', () => {
    expect(discussedRounds({ round: 0, revealed: false })).toEqual([]);
    expect(discussedRounds({ round: 0, revealed: true })).toEqual([]);
  });

  it('[RL4] leaves out the current round until its result is revealed', () => {
    expect(discussedRounds({ round: 1, revealed: false })).toEqual([]);
    expect(discussedRounds({ round: 3, revealed: false })).toEqual([1, 2]);
  });

  it('[RL4] lists every round up to the current one once it is revealed', () => {
    expect(discussedRounds({ round: 1, revealed: true })).toEqual([1]);
    expect(discussedRounds({ round: 3, revealed: true })).toEqual([1, 2, 3]);
  });
});
