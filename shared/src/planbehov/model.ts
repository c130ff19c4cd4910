import { z } from 'zod';
import { isPlainLine, PLAIN_LINE_MESSAGE } from '../workshop/plainText';
import { roleSchema, type ParticipantRole } from '../workshop/model';

/** Bounds on the plan list and ballots. */
export const PlanbehovLimits = {
  plansMax: 300,
  titleMax: 200,
  planTypeMax: 60,
  focusAreaMax: 120,
  descriptionMax: 1000,
  commentMax: 280,
  pointsBudgetMax: 50,
  importBytesMax: 1024 * 1024,
  importRowsMax: 1000,
  /** No shown group, nor what is left of "all" without the shown groups, counts 1 to 2 less than this ([D1]). */
  minGroupSize: 3,
} as const;

/** What the planstrategi can decide about a plan. */
export const decisionSchema = z.enum(['continue', 'revise', 'new', 'drop']);
export type Decision = z.infer<typeof decisionSchema>;

/** A ballot may also say "don't know". */
export const ballotDecisionSchema = z.enum(['continue', 'revise', 'new', 'drop', 'unsure']);
export type BallotDecision = z.infer<typeof ballotDecisionSchema>;

export const BALLOT_DECISIONS: readonly BallotDecision[] = ballotDecisionSchema.options;

const year = z.number().int().min(1900).max(2100);

/** One plan in the list, with the administration's proposal. */
export const planInputSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1)
    .max(PlanbehovLimits.titleMax)
    .refine(isPlainLine, PLAIN_LINE_MESSAGE),
  planType: z
    .string()
    .trim()
    .min(1)
    .max(PlanbehovLimits.planTypeMax)
    .refine(isPlainLine, PLAIN_LINE_MESSAGE),
  adoptedYear: year.nullable(),
  proposal: decisionSchema,
  proposalYear: year.nullable(),
  requiredByLaw: z.boolean().nullable(),
  focusArea: z.string().trim().max(PlanbehovLimits.focusAreaMax).nullable(),
  description: z.string().trim().max(PlanbehovLimits.descriptionMax).nullable(),
});
export type PlanInput = z.infer<typeof planInputSchema>;

export interface Plan extends PlanInput {
  id: string;
  position: number;
}

export const votingSettingsSchema = z.object({
  /** Priority points each voter may spread over the plans (dot voting). */
  pointsBudget: z.number().int().min(0).max(PlanbehovLimits.pointsBudgetMax),
  /** Which participant roles may vote. */
  eligibleRoles: z.array(roleSchema).min(1).max(3),
});
export type VotingSettings = z.infer<typeof votingSettingsSchema>;

export type VotingStatus = 'draft' | 'open' | 'closed';

/** The voting as the server runs it. Round 0 means voting has not been opened yet. */
export interface VotingState extends VotingSettings {
  round: number;
  status: VotingStatus;
  revealed: boolean;
}

export const votingActionSchema = z.object({
  action: z.enum(['open', 'close', 'reveal', 'hide', 'newRound']),
});
export type VotingAction = z.infer<typeof votingActionSchema>['action'];

/** A participant's ballot on one plan. The participant is whoever holds the token. */
export const ballotSchema = z
  .object({
    decision: ballotDecisionSchema,
    startYear: year.nullable().default(null),
    comment: z.string().trim().max(PlanbehovLimits.commentMax).default(''),
    points: z.number().int().min(0).max(PlanbehovLimits.pointsBudgetMax).default(0),
  })
  .strict();
export type BallotInput = z.input<typeof ballotSchema>;
export type Ballot = z.infer<typeof ballotSchema>;

export interface OwnBallot extends Ballot {
  planId: string;
}

/** Counts of one group's ballots on one plan. */
export interface GroupTally {
  ballots: number;
  decisions: Record<BallotDecision, number>;
  /** Start years proposed by those who chose revise or new, most named first. */
  startYears: Array<{ year: number; count: number }>;
  points: number;
}

/**
 * Why a group's numbers are not shown (server README, [D1]): it counts 1–2 answers
 * (`tooFew`), or showing it would single out 1–2 answers of the rest by subtraction from "all"
 * (`wouldReveal`); such groups are merged into "the others" and not shown on their own.
 */
export type WithheldReason = 'tooFew' | 'wouldReveal';

export interface PlanResult {
  planId: string;
  /** Null where fewer than `minGroupSize` voted on the plan: then nothing of it is shown. */
  all: GroupTally | null;
  /** Null where that role's split is withheld (see `withheld`) or nobody of it voted. */
  byRole: Record<ParticipantRole, GroupTally | null>;
  /** Why a role that voted is not shown on its own; null where shown or nobody of it voted. */
  withheld: Record<ParticipantRole, WithheldReason | null>;
  /** The most chosen decision (ties: null). */
  leading: BallotDecision | null;
  /** Where the year most named for revise/new (ties: the earliest). */
  leadingYear: number | null;
  /** The elected members and the administration lean different ways (both shown). */
  rolesDisagree: boolean;
}

export interface Turnout {
  voted: number;
  eligible: number;
  /** `voted` is null where showing it would break [D4] (see `withheld`). */
  byRole: Record<
    ParticipantRole,
    { voted: number | null; eligible: number; withheld?: WithheldReason | null }
  >;
}

/** A round's aggregates as frozen when it closed ([D2]); shown only once revealed. */
export interface RoundResults {
  round: number;
  turnout: Turnout;
  plans: PlanResult[];
  /** Plans by priority points, most first (only plans whose result is shown). */
  ranking: Array<{ planId: string; points: number }>;
}

/** What everyone may see of the planbehov: the list, the voting, the turnout, and aggregates once revealed. */
export interface PlanbehovView {
  plans: Plan[];
  voting: VotingState;
  turnout: Turnout;
  /** Only once revealed: the current round, and the round before it to show the shift. */
  results: RoundResults | null;
  previous: RoundResults | null;
}
