import { z } from 'zod';
import type { WithheldReason } from '../planbehov/model';
import { isPlainText, PLAIN_TEXT_MESSAGE } from '../workshop/plainText';
import type { ParticipantRole } from '../workshop/model';
import { statementBlocksSchema, type StatementBlock } from './statement';

/**
 * A quick consent check on a statement (a plenary ambition, a synthesis): each participant
 * answers on five steps, from 1 "fully agree" to 5 "cannot accept". Answers are ballots: they
 * go to the server and come back only as aggregates, once the facilitator reveals them.
 */
export const CONSENT_SCALE = [1, 2, 3, 4, 5] as const;
export const consentValueSchema = z.number().int().min(1).max(5);
export type ConsentValue = (typeof CONSENT_SCALE)[number];

export const ConsentLimits = { statementMax: 2000, checksMax: 200, minGroupSize: 3 } as const;

export const consentSubjectSchema = z.object({
  kind: z.enum(['ambition', 'synthesis']),
  /** The focus area (ambitions) or synthesis the check is about. */
  id: z.string().min(1).max(80),
});
export type ConsentSubject = z.infer<typeof consentSubjectSchema>;

/**
 * The statement as it stood when the check was opened: what people answer to. Either `blocks`
 * (its headings, paragraphs and lists) or, for a text without structure, `statement`.
 */
export const createConsentCheckSchema = z
  .object({
    subject: consentSubjectSchema,
    statement: z
      .string()
      .trim()
      .min(1)
      .max(ConsentLimits.statementMax)
      .refine(isPlainText, PLAIN_TEXT_MESSAGE)
      .optional(),
    blocks: statementBlocksSchema.optional(),
  })
  .refine((c) => (c.statement === undefined) !== (c.blocks === undefined), {
    message: 'give the statement either as blocks or as text, not both',
    path: ['blocks'],
  });
export type CreateConsentCheck = z.infer<typeof createConsentCheckSchema>;

export const consentActionSchema = z.object({
  action: z.enum(['close', 'reopen', 'reveal', 'hide']),
});
export const consentAnswerSchema = z.object({ value: consentValueSchema }).strict();

export interface ConsentCounts {
  answers: number;
  /** Answers per step, index 0 = step 1 ("fully agree"). */
  counts: [number, number, number, number, number];
}

export interface ConsentCheck {
  id: string;
  subject: ConsentSubject;
  /** The statement's plain text (what outcome documents quote). */
  statement: string;
  /**
   * The statement with its structure; absent or null on checks from before it was kept (then
   * each line of `statement` is a paragraph: `statementFromText`).
   */
  blocks?: StatementBlock[] | null;
  status: 'open' | 'closed';
  revealed: boolean;
  createdAt: number;
  /** How many have answered (always shown: it is no one's opinion). */
  answered: number;
  /** Only once revealed: the aggregates frozen when the check closed ([D2]). */
  result: {
    /** Null where fewer than `minGroupSize` answered: then no numbers are shown. */
    all: ConsentCounts | null;
    /** Null where the role's split is withheld (see `withheld`) or nobody of it answered. */
    byRole: Record<ParticipantRole, ConsentCounts | null>;
    withheld: Record<ParticipantRole, WithheldReason | null>;
  } | null;
}
