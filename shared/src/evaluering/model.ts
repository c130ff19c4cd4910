import { z } from 'zod';
import type { WithheldReason } from '../planbehov/model';
import type { Language, ParticipantRole } from '../workshop/model';

declare module '../workshop/live' {
  interface LiveSections {
    /** The closing evaluation: counts while open, the frozen result once revealed. */
    evaluering: EvaluationView;
  }
}
import {
  isPlainLine,
  isPlainText,
  PLAIN_LINE_MESSAGE,
  PLAIN_TEXT_MESSAGE,
} from '../workshop/plainText';

/**
 * The closing evaluation ("Tilbakemelding"): an anonymous form the facilitator opens at the end
 * of a seminar. Each participant rates every statement on a five-step agree scale (1 "strongly
 * disagree" … 5 "strongly agree"), the return on the time invested (1 "very low" … 5 "very
 * high"), and may write what worked and what to change. Answers are ballots: they reach the
 * server and leave it only as aggregates, once the form is closed and revealed.
 */
export const EvaluationLimits = {
  statementsMin: 1,
  statementsMax: 12,
  statementMax: 300,
  textMax: 1000,
  minGroupSize: 3,
  titleMax: 200,
} as const;

export const scaleValueSchema = z.number().int().min(1).max(5);

const statementText = z
  .string()
  .trim()
  .min(1)
  .max(EvaluationLimits.statementMax)
  .refine(isPlainLine, PLAIN_LINE_MESSAGE);

/** The statements as the facilitator set them for this seminar (the setup screen). */
export const evaluationStatementsSchema = z
  .object({
    statements: z
      .array(statementText)
      .min(EvaluationLimits.statementsMin)
      .max(EvaluationLimits.statementsMax),
  })
  .strict();
export type EvaluationStatements = z.infer<typeof evaluationStatementsSchema>;

const freeText = z
  .string()
  .trim()
  .max(EvaluationLimits.textMax)
  .refine(isPlainText, PLAIN_TEXT_MESSAGE);

/**
 * One participant's answer: every statement and the return on time must be rated (so that every
 * number of the result rests on the same people, [EV2]); the two texts may be empty.
 */
export const evaluationAnswerSchema = z
  .object({
    agree: z.array(scaleValueSchema).min(1).max(EvaluationLimits.statementsMax),
    returnOnTime: scaleValueSchema,
    worked: freeText.default(''),
    change: freeText.default(''),
  })
  .strict();
export type EvaluationAnswer = z.infer<typeof evaluationAnswerSchema>;
export type EvaluationAnswerInput = z.input<typeof evaluationAnswerSchema>;

export const evaluationActionSchema = z
  .object({ action: z.enum(['open', 'close', 'reveal', 'hide']) })
  .strict();
export type EvaluationAction = z.infer<typeof evaluationActionSchema>['action'];

/** Answers per step, index 0 = step 1. */
export type ScaleCounts = [number, number, number, number, number];

export const scaleCountsSchema = z.tuple([
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
]);

/** A group's answers summed: one distribution per statement, and one for the return on time. */
export interface EvaluationCounts {
  answers: number;
  statements: ScaleCounts[];
  returnOnTime: ScaleCounts;
}

export const evaluationCountsSchema = z.object({
  answers: z.number().int().nonnegative(),
  statements: z.array(scaleCountsSchema).max(EvaluationLimits.statementsMax),
  returnOnTime: scaleCountsSchema,
});

/** What the closed form shows, frozen at close under [EV2]. */
export interface EvaluationResult {
  /** Null where fewer than `minGroupSize` answered: then nothing is shown. */
  all: EvaluationCounts | null;
  byRole: Record<ParticipantRole, EvaluationCounts | null>;
  withheld: Record<ParticipantRole, WithheldReason | null>;
  /** The free texts in an order drawn at close, without author, role or time ([EV4]). */
  texts: { worked: string[]; change: string[] } | null;
}

/**
 * A previous seminar's result to compare with ([EV6]): only its "all" distributions, which that
 * seminar could show, with the statements as they were asked.
 */
export const evaluationBaselineSchema = z
  .object({
    source: z.enum(['file', 'workshop']),
    title: z.string().trim().min(1).max(EvaluationLimits.titleMax).refine(isPlainLine),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    statements: z
      .array(z.object({ text: statementText, counts: scaleCountsSchema }))
      .min(1)
      .max(EvaluationLimits.statementsMax),
    returnOnTime: scaleCountsSchema,
    answers: z.number().int().min(EvaluationLimits.minGroupSize),
  })
  .strict();
export type EvaluationBaseline = z.infer<typeof evaluationBaselineSchema>;

/** How one statement moved since the baseline (means on the 1–5 scale, one decimal). */
export interface StatementChange {
  statement: string;
  mean: number | null;
  baselineMean: number | null;
  change: number | null;
}

export interface EvaluationView {
  /** The statements the form asks (the open or closed form's, else the planned ones). */
  statements: string[];
  /** Whether the facilitator changed the statements from the template's. */
  edited: boolean;
  status: 'planned' | 'open' | 'closed';
  revealed: boolean;
  /** How many have answered (who took part, not how). */
  answered: number;
  /** Only once closed and revealed. */
  result: EvaluationResult | null;
  baseline: Pick<EvaluationBaseline, 'source' | 'title' | 'date'> | null;
  /** Only with a result and a baseline. */
  comparison: { statements: StatementChange[]; returnOnTime: StatementChange } | null;
}

/** Everything of the evaluation an export carries: never an answer, only sealed aggregates. */
export const evaluationExportSchema = z
  .object({
    statements: z.array(statementText).max(EvaluationLimits.statementsMax).nullable(),
    form: z
      .object({
        statements: z.array(statementText).min(1).max(EvaluationLimits.statementsMax),
        status: z.enum(['open', 'closed']),
        revealed: z.boolean(),
        answered: z.number().int().nonnegative(),
        all: evaluationCountsSchema.nullable(),
        texts: z
          .object({
            worked: z.array(freeText).max(1000),
            change: z.array(freeText).max(1000),
          })
          .nullable(),
      })
      .nullable(),
    baseline: evaluationBaselineSchema.nullable(),
  })
  .strict();
export type EvaluationExport = z.infer<typeof evaluationExportSchema>;

/** Choosing the baseline: another workshop on this server (by its console link) or none. */
export const chooseBaselineSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('workshop'),
      workshopId: z.string().min(1).max(80),
      /** That workshop's console secret: workshops are capabilities, not accounts. */
      facilitatorToken: z.string().min(20).max(200),
    })
    .strict(),
  z
    .object({
      kind: z.literal('file'),
      /** The previous seminar's title and date, as its export names them. */
      title: z.string().trim().min(1).max(EvaluationLimits.titleMax).refine(isPlainLine),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      /** The `evaluering` section of that export. */
      evaluation: evaluationExportSchema,
    })
    .strict(),
  z.object({ kind: z.literal('none') }).strict(),
]);
export type ChooseBaseline = z.infer<typeof chooseBaselineSchema>;

/** The seven points the councillors raised after the 2022 seminar (seed 003), as statements. */
export const DEFAULT_STATEMENTS: Record<Language, readonly string[]> = {
  nb: [
    'Formålet med seminaret var tydelig',
    'Jeg følte meg trygg på å si min mening',
    'Rollene og grensene mellom politikk og administrasjon var avklart',
    'Alle folkevalgte hadde mulighet til å delta',
    'Vi kom tidlig nok inn i planprosessen',
    'Seminaret ga meg mer kunnskap om plansystemet og plansaker',
    'Jeg har fått bedre oversikt over planene og plansystemet',
  ],
  nn: [
    'Føremålet med seminaret var tydeleg',
    'Eg kjende meg trygg på å seie meininga mi',
    'Rollene og grensene mellom politikk og administrasjon var avklarte',
    'Alle folkevalde hadde høve til å delta',
    'Vi kom tidleg nok inn i planprosessen',
    'Seminaret gav meg meir kunnskap om plansystemet og plansaker',
    'Eg har fått betre oversikt over planane og plansystemet',
  ],
  en: [
    'The purpose of the seminar was clear',
    'I felt safe to say what I think',
    'Roles and limits between politicians and administration were clear',
    'Every elected member had a chance to take part',
    'We came into the planning process early enough',
    'The seminar taught me more about the plan system and planning cases',
    'I have a better overview of the plans and the plan system',
  ],
};
