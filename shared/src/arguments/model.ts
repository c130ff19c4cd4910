import { z } from 'zod';
import { isPlainText, PLAIN_TEXT_MESSAGE } from '../workshop/plainText';
import type { ParticipantRole } from '../workshop/model';

/** Bounds on the argument map. */
export const ArgumentLimits = {
  questionsMax: 20,
  questionMax: 300,
  entriesMax: 2000,
  entryMax: 500,
  normsMax: 20,
  normMax: 200,
  groupsMax: 100,
  conflictsMax: 100,
  noteMax: 1000,
} as const;

/** Tame, complex or wicked (DOMAIN.md): which kind of planning a question needs. */
export const problemTypeSchema = z.enum(['tame', 'complex', 'wicked']);
export type ProblemType = z.infer<typeof problemTypeSchema>;

/** A position is an alternative; pros, cons and consequences hang under a position. */
export const entryKindSchema = z.enum(['position', 'pro', 'con', 'consequence']);
export type EntryKind = z.infer<typeof entryKindSchema>;

export const conflictHandlingSchema = z.enum([
  'more_knowledge',
  'split_question',
  'vote',
  'political_process',
  'minority_view',
]);
export type ConflictHandling = z.infer<typeof conflictHandlingSchema>;
export const conflictStatusSchema = z.enum(['open', 'in_progress', 'resolved']);

const text = (max: number) =>
  z.string().trim().min(1).max(max).refine(isPlainText, PLAIN_TEXT_MESSAGE);
const id = z.string().min(1).max(40);

export const questionInputSchema = z.object({
  text: text(ArgumentLimits.questionMax),
  problemType: problemTypeSchema.nullable().default(null),
});

export const newEntrySchema = z
  .object({
    questionId: id,
    kind: entryKindSchema,
    /** The position a pro, con or consequence belongs to; null for a position. */
    parentId: id.nullable().default(null),
    text: text(ArgumentLimits.entryMax),
  })
  .strict();
export type NewEntry = z.input<typeof newEntrySchema>;

/** What the facilitator can do to the map (participants add entries and support them). */
export const argumentActionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('question.add'),
    text: text(ArgumentLimits.questionMax),
    problemType: problemTypeSchema.nullable().default(null),
  }),
  z.object({
    type: z.literal('question.edit'),
    questionId: id,
    text: text(ArgumentLimits.questionMax),
    problemType: problemTypeSchema.nullable(),
  }),
  z.object({ type: z.literal('question.remove'), questionId: id }),
  z.object({ type: z.literal('question.show'), questionId: id.nullable() }),
  z.object({
    type: z.literal('norms.set'),
    norms: z.array(text(ArgumentLimits.normMax)).max(ArgumentLimits.normsMax),
  }),
  z.object({ type: z.literal('input.pause'), paused: z.boolean() }),
  z.object({ type: z.literal('floor.give'), tableId: id.nullable() }),
  z.object({ type: z.literal('controlled.set'), controlled: z.boolean() }),
  z.object({ type: z.literal('entry.approve'), entryId: id }),
  z.object({ type: z.literal('entry.hide'), entryId: id }),
  z.object({ type: z.literal('entry.unhide'), entryId: id }),
  z.object({ type: z.literal('entry.edit'), entryId: id, text: text(ArgumentLimits.entryMax) }),
  z.object({ type: z.literal('entry.merge'), entryId: id, intoId: id }),
  z.object({ type: z.literal('entry.group'), entryId: id, groupId: id.nullable() }),
  z.object({
    type: z.literal('group.add'),
    questionId: id,
    label: text(ArgumentLimits.questionMax),
  }),
  z.object({
    type: z.literal('synthesis.add'),
    questionId: id,
    text: text(ArgumentLimits.entryMax),
  }),
  z.object({ type: z.literal('synthesis.remove'), synthesisId: id }),
  z.object({
    type: z.literal('conflict.add'),
    questionId: id,
    positionIds: z.tuple([id, id]),
    description: text(ArgumentLimits.noteMax),
  }),
  z.object({
    type: z.literal('conflict.update'),
    conflictId: id,
    handling: conflictHandlingSchema.nullable(),
    status: conflictStatusSchema,
    note: z.string().trim().max(ArgumentLimits.noteMax).refine(isPlainText, PLAIN_TEXT_MESSAGE),
  }),
]);
export type ArgumentAction = z.input<typeof argumentActionSchema>;

export interface Question {
  id: string;
  text: string;
  problemType: ProblemType | null;
}

/** An entry as a screen may show it: the author's role, their name only where names are shown. */
export interface EntryView {
  id: string;
  questionId: string;
  kind: EntryKind;
  parentId: string | null;
  /** Null for a hidden entry: its text appears on no screen. */
  text: string | null;
  status: 'pending' | 'visible' | 'hidden';
  authorRole: ParticipantRole | 'facilitator';
  authorName: string | null;
  authorTableId: string | null;
  groupId: string | null;
  supports: number;
  /** Entries merged into this one (their text is folded in; supports are counted once). */
  mergedCount: number;
  /** Whether the viewer supports it / wrote it (false on shared screens). */
  supportedByMe: boolean;
  mine: boolean;
}

export interface Synthesis {
  id: string;
  questionId: string;
  text: string;
}

export interface Conflict {
  id: string;
  questionId: string;
  positionIds: [string, string];
  description: string;
  handling: ConflictHandling | null;
  status: z.infer<typeof conflictStatusSchema>;
  note: string;
}

export interface ArgumentsView {
  questions: Question[];
  /** The question the projector shows (null: the first). */
  shownQuestionId: string | null;
  norms: string[];
  paused: boolean;
  /** Only this table may add entries; null: everyone. */
  floorTableId: string | null;
  controlled: boolean;
  groups: Array<{ id: string; questionId: string; label: string }>;
  entries: EntryView[];
  syntheses: Synthesis[];
  conflicts: Conflict[];
}
