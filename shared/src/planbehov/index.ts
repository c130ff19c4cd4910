export {
  BALLOT_DECISIONS,
  ballotDecisionSchema,
  ballotSchema,
  decisionSchema,
  PlanbehovLimits,
  planInputSchema,
  votingActionSchema,
  votingSettingsSchema,
} from './model';
export type {
  Ballot,
  BallotDecision,
  BallotInput,
  Decision,
  GroupTally,
  OwnBallot,
  Plan,
  PlanbehovView,
  PlanInput,
  PlanResult,
  RoundResults,
  Turnout,
  VotingAction,
  VotingSettings,
  VotingState,
  VotingStatus,
  WithheldReason,
} from './model';
export {
  buildTimeline,
  isPlacedYear,
  latestVotedResults,
  outOfPeriodProposals,
  periodYears,
  widenedPeriod,
} from './timeline';
export type { OutOfPeriodProposal, Timeline, TimelineEntry, YearSpan } from './timeline';
export { discussedRounds } from './rounds';
export { IMPORT_PROBLEM_CODES } from './importProblems';
export type { ImportProblem, ImportProblemCode } from './importProblems';
