import type { OwnBallot, Plan, PlanInput, VotingState } from '@samskap/shared/planbehov';
import type { RoundSnapshot, TallyBallot } from './tally';

/** A ballot as stored: under the voter's key ([D7]), never their id. */
export type StoredBallot = TallyBallot;

/** What a cast did: written, or refused because it would overspend the budget. */
export type CastOutcome = { ok: true } | { ok: false; spent: number };

/**
 * Plans, the voting, the ballots of open rounds and the frozen aggregates of closed ones.
 * Individual ballots leave this layer only for their own voter or for the tally at close.
 */
export interface PlanbehovRepository {
  listPlans(workshopId: string): Promise<Plan[]>;
  /** Replaces the whole list in one transaction. */
  replacePlans(workshopId: string, plans: Array<PlanInput & { id: string }>): Promise<void>;
  insertPlan(workshopId: string, plan: PlanInput & { id: string }): Promise<void>;
  updatePlan(workshopId: string, planId: string, plan: PlanInput): Promise<boolean>;
  deletePlan(workshopId: string, planId: string): Promise<boolean>;
  getVoting(workshopId: string): Promise<VotingState | null>;
  saveVoting(workshopId: string, voting: VotingState): Promise<void>;
  /**
   * Writes the voter's ballot on one plan unless their points over the round would then exceed
   * `budget`: check and write in one transaction ([D8]).
   */
  castWithinBudget(
    workshopId: string,
    round: number,
    ballot: StoredBallot,
    budget: number,
  ): Promise<CastOutcome>;
  deleteBallot(workshopId: string, round: number, voterKey: string, planId: string): Promise<void>;
  listBallots(workshopId: string, round: number): Promise<StoredBallot[]>;
  listOwnBallots(workshopId: string, round: number, voterKey: string): Promise<OwnBallot[]>;
  /** Whether any ballot was ever cast in the workshop (open ballots or a sealed round). */
  anyVotes(workshopId: string): Promise<boolean>;
  /** Stores the round's aggregates and deletes its ballots, in one transaction ([D2], [D7]). */
  sealRound(workshopId: string, round: number, snapshot: RoundSnapshot): Promise<void>;
  getSnapshot(workshopId: string, round: number): Promise<RoundSnapshot | null>;
}
