import type { VotingState } from './model';

/**
 * [RL4] The rounds whose results were discussed, in order: every round before the current one
 * (each was revealed before the next could start), and the current one only once revealed. The
 * outcome documents and the export list these rounds and no others, so an unrevealed result
 * leaves the server through neither.
 */
export function discussedRounds(voting: Pick<VotingState, 'round' | 'revealed'>): number[] {
  const last = voting.revealed ? voting.round : voting.round - 1;
  const rounds: number[] = [];
  for (let r = 1; r <= last; r++) rounds.push(r);
  return rounds;
}
