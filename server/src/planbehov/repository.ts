import type { Ballot, Plan, PlanInput, VotingState } from '@samskap/shared/planbehov';

export interface StoredBallot extends Ballot {
  planId: string;
  participantId: string;
}

/** Plans, the voting and the ballots. Individual ballots leave this layer only for the tally. */
export interface PlanbehovRepository {
  listPlans(workshopId: string): Promise<Plan[]>;
  /** Replaces the whole list in one transaction. */
  replacePlans(workshopId: string, plans: Array<PlanInput & { id: string }>): Promise<void>;
  insertPlan(workshopId: string, plan: PlanInput & { id: string }): Promise<void>;
  updatePlan(workshopId: string, planId: string, plan: PlanInput): Promise<boolean>;
  deletePlan(workshopId: string, planId: string): Promise<boolean>;
  getVoting(workshopId: string): Promise<VotingState | null>;
  saveVoting(workshopId: string, voting: VotingState): Promise<void>;
  upsertBallot(workshopId: string, round: number, ballot: StoredBallot, at: number): Promise<void>;
  deleteBallot(
    workshopId: string,
    round: number,
    participantId: string,
    planId: string,
  ): Promise<void>;
  listBallots(workshopId: string, round: number): Promise<StoredBallot[]>;
  listOwnBallots(workshopId: string, round: number, participantId: string): Promise<StoredBallot[]>;
  countBallots(workshopId: string): Promise<number>;
}
