import { z } from 'zod';
import {
  isPlainLine,
  isPlainText,
  PLAIN_LINE_MESSAGE,
  PLAIN_TEXT_MESSAGE,
} from '../workshop/plainText';

/** Bounds on the oppdrag list and on what tables add to it. */
export const OppdragLimits = {
  oppdragMax: 200,
  titleMax: 200,
  ownerMax: 120,
  gainMax: 500,
  goalsPerOppdragMax: 40,
  questionMax: 500,
  questionsPerTableMax: 100,
  linksPerTableMax: 400,
  proposalsMax: 200,
  pointsBudgetMax: 50,
  importBytesMax: 1024 * 1024,
  importRowsMax: 1000,
  /** No points total is shown that rests on fewer than this many participants ([OP6]). */
  minGroupSize: 3,
} as const;

/**
 * The three kinds of HØP oppdrag: omstilling (adapt to new frames, short-term cost), endring
 * (better services) and utvikling (develop the community).
 */
export const oppdragKindSchema = z.enum(['omstilling', 'endring', 'utvikling']);
export type OppdragKind = z.infer<typeof oppdragKindSchema>;
export const OPPDRAG_KINDS: readonly OppdragKind[] = oppdragKindSchema.options;

/** How an oppdrag is paid for: within the existing frame, external funding, or no money set aside. */
export const fundingSchema = z.enum(['within_budget', 'external', 'none']);
export type Funding = z.infer<typeof fundingSchema>;
export const FUNDINGS: readonly Funding[] = fundingSchema.options;

/** A table's judgement of how well the oppdrag follow a goal up. */
export const judgementSchema = z.enum(['followed', 'weak', 'not_followed']);
export type Judgement = z.infer<typeof judgementSchema>;
export const JUDGEMENTS: readonly Judgement[] = judgementSchema.options;

const id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, - and _ only');
const line = (max: number) =>
  z.string().trim().min(1).max(max).refine(isPlainLine, PLAIN_LINE_MESSAGE);
const year = z.number().int().min(1900).max(2100);

/** One oppdrag as the list (or the facilitator) gives it. */
export const oppdragInputSchema = z
  .object({
    kind: oppdragKindSchema,
    title: line(OppdragLimits.titleMax),
    goalIds: z.array(id).max(OppdragLimits.goalsPerOppdragMax),
    owner: z
      .string()
      .trim()
      .max(OppdragLimits.ownerMax)
      .refine(isPlainLine, PLAIN_LINE_MESSAGE)
      .default(''),
    startYear: year.nullable(),
    endYear: year.nullable(),
    gain: z
      .string()
      .trim()
      .max(OppdragLimits.gainMax)
      .refine(isPlainText, PLAIN_TEXT_MESSAGE)
      .default(''),
    funding: fundingSchema,
  })
  .strict()
  .refine((o) => o.startYear === null || o.endYear === null || o.endYear >= o.startYear, {
    message: 'the last year comes before the first',
    path: ['endYear'],
  })
  .refine((o) => new Set(o.goalIds).size === o.goalIds.length, {
    message: 'a goal is named twice',
    path: ['goalIds'],
  });
export type OppdragInput = z.input<typeof oppdragInputSchema>;
export type OppdragFields = z.infer<typeof oppdragInputSchema>;

export interface Oppdrag extends OppdragFields {
  id: string;
}

/** A link a table adds between a goal and an oppdrag the list does not connect to it. */
export interface TableLink {
  goalId: string;
  oppdragId: string;
}

/** "How will we know?": a table questions an oppdrag's expected gain. */
export interface GainQuestion {
  id: string;
  oppdragId: string;
  text: string;
}

/** What one table has done: its own links, its judgement per goal, its questions. */
export interface TableWork {
  links: TableLink[];
  judgements: Record<string, Judgement>;
  questions: GainQuestion[];
}

/** A missing oppdrag a table proposes for a goal; the facilitator may pass it on. */
export interface Proposal {
  id: string;
  goalId: string;
  title: string;
  kind: OppdragKind;
  gain: string;
  /** The tables that proposed it (more than one once the facilitator merged the same idea). */
  tableIds: string[];
  /** Marked in plenary to be passed on to the administration. */
  passOn: boolean;
}

export type PointsStatus = 'closed' | 'open' | 'sealed';

/** A proposal's points as shown once sealed: null where fewer than `minGroupSize` gave any ([OP6]). */
export interface ProposalPoints {
  proposalId: string;
  points: number | null;
}

export interface PointsView {
  status: PointsStatus;
  budget: number;
  /** How many participants have given points (who, not how). */
  voters: number;
  /** Only once sealed. */
  results: ProposalPoints[] | null;
}

/** Which focus area a table works through: one area's id, or `all`. */
export type TableFocus = Record<string, string>;

/** What every screen may see of the oppdrag activity. */
export interface OppdragView {
  oppdrag: Oppdrag[];
  tableFocus: TableFocus;
  tables: Record<string, TableWork>;
  proposals: Proposal[];
  points: PointsView;
}

// Requests.

export const settingsSchema = z
  .object({
    tableFocus: z.record(id, z.union([id, z.literal('all')])),
    pointsBudget: z.number().int().min(0).max(OppdragLimits.pointsBudgetMax),
  })
  .strict();
export type OppdragSettings = z.infer<typeof settingsSchema>;

export const judgementRequestSchema = z.object({ judgement: judgementSchema.nullable() }).strict();

export const linkRequestSchema = z
  .object({ goalId: id, oppdragId: id, linked: z.boolean() })
  .strict();

export const questionRequestSchema = z
  .object({
    oppdragId: id,
    text: z
      .string()
      .trim()
      .min(1)
      .max(OppdragLimits.questionMax)
      .refine(isPlainText, PLAIN_TEXT_MESSAGE),
  })
  .strict();

export const proposalRequestSchema = z
  .object({
    goalId: id,
    title: line(OppdragLimits.titleMax),
    kind: oppdragKindSchema,
    gain: z
      .string()
      .trim()
      .max(OppdragLimits.gainMax)
      .refine(isPlainText, PLAIN_TEXT_MESSAGE)
      .default(''),
  })
  .strict();
export type ProposalRequest = z.input<typeof proposalRequestSchema>;

export const proposalActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('passOn'), passOn: z.boolean() }).strict(),
  z.object({ action: z.literal('merge'), into: id }).strict(),
]);
export type ProposalAction = z.infer<typeof proposalActionSchema>;

export const pointsActionSchema = z.object({ action: z.enum(['open', 'close']) }).strict();

export const pointsRequestSchema = z
  .object({ points: z.number().int().min(0).max(OppdragLimits.pointsBudgetMax) })
  .strict();

/** A participant's own points on one proposal. */
export interface OwnPoints {
  proposalId: string;
  points: number;
}
