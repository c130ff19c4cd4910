import { z } from 'zod';
import {
  isPlainLine,
  isPlainText,
  PLAIN_LINE_MESSAGE,
  PLAIN_TEXT_MESSAGE,
} from '../workshop/plainText';
import type { Language, ParticipantRole } from '../workshop/model';

/** Bounds on the round table: every input has one. */
export const RundebordLimits = {
  questionMax: 300,
  handoutMax: 4000,
  /** One idea per card, short enough to read aloud ([RT1]). */
  cardMax: 280,
  cardsPerParticipantMax: 40,
  cardsMax: 2000,
  /** A table marks at most this many of its cards together ([RT3]). */
  topCount: 3,
  summaryMax: 500,
  themesMax: 40,
  themeNameMax: 120,
  pointsBudgetMax: 50,
  talkSecondsMax: 3600,
} as const;

const id = z.string().min(1).max(40);
const line = (max: number) =>
  z.string().trim().min(1).max(max).refine(isPlainLine, PLAIN_LINE_MESSAGE);
const text = (max: number) =>
  z.string().trim().min(1).max(max).refine(isPlainText, PLAIN_TEXT_MESSAGE);

/** What a tablet at a table may do: its own cards, its table's top three and summary line. */
export const tableActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('card.add'), text: text(RundebordLimits.cardMax) }).strict(),
  z
    .object({ type: z.literal('card.edit'), cardId: id, text: text(RundebordLimits.cardMax) })
    .strict(),
  z.object({ type: z.literal('card.withdraw'), cardId: id }).strict(),
  z.object({ type: z.literal('card.top'), cardId: id, on: z.boolean() }).strict(),
  z
    .object({
      type: z.literal('summary.set'),
      text: z
        .string()
        .trim()
        .max(RundebordLimits.summaryMax)
        .refine(isPlainLine, PLAIN_LINE_MESSAGE),
    })
    .strict(),
  z
    .object({
      type: z.literal('points.cast'),
      /** Points per theme id; the whole of the participant's ballot, replacing the last. */
      points: z
        .record(id, z.number().int().min(0).max(RundebordLimits.pointsBudgetMax))
        .refine((r) => Object.keys(r).length <= RundebordLimits.themesMax, 'too many themes'),
    })
    .strict(),
]);
export type TableAction = z.input<typeof tableActionSchema>;

/** What the facilitator may do from the console. */
export const facilitatorActionSchema = z.discriminatedUnion('type', [
  /** The question for every table; null: the template's question in the workshop's language. */
  z
    .object({ type: z.literal('question.set'), text: line(RundebordLimits.questionMax).nullable() })
    .strict(),
  /** A table's own question; null: the question for every table. */
  z
    .object({
      type: z.literal('tableQuestion.set'),
      tableId: id,
      text: line(RundebordLimits.questionMax).nullable(),
    })
    .strict(),
  z
    .object({
      type: z.literal('handout.set'),
      text: z
        .string()
        .trim()
        .max(RundebordLimits.handoutMax)
        .refine(isPlainText, PLAIN_TEXT_MESSAGE),
    })
    .strict(),
  z.object({ type: z.literal('input.pause'), paused: z.boolean() }).strict(),
  z
    .object({ type: z.literal('secretary.set'), tableId: id, participantId: id.nullable() })
    .strict(),
  z.object({ type: z.literal('card.hide'), cardId: id, hidden: z.boolean() }).strict(),
  /** The table the projector reports back from; null: the overview. */
  z.object({ type: z.literal('report.show'), tableId: id.nullable() }).strict(),
  z.object({ type: z.literal('report.timer'), running: z.boolean() }).strict(),
  z
    .object({
      type: z.literal('report.talkSeconds'),
      seconds: z.number().int().min(30).max(RundebordLimits.talkSecondsMax),
    })
    .strict(),
  /** "Give the floor": every tablet shows that this table speaks; null takes it back. */
  z.object({ type: z.literal('floor.give'), tableId: id.nullable() }).strict(),
  z.object({ type: z.literal('theme.add'), name: line(RundebordLimits.themeNameMax) }).strict(),
  z
    .object({
      type: z.literal('theme.rename'),
      themeId: id,
      name: line(RundebordLimits.themeNameMax),
    })
    .strict(),
  z.object({ type: z.literal('theme.remove'), themeId: id }).strict(),
  /** Puts a card into a theme (null: back among the ungrouped); it keeps its table. */
  z.object({ type: z.literal('card.theme'), cardId: id, themeId: id.nullable() }).strict(),
  z
    .object({
      type: z.literal('points.open'),
      budget: z.number().int().min(1).max(RundebordLimits.pointsBudgetMax),
    })
    .strict(),
  z.object({ type: z.literal('points.close') }).strict(),
  z.object({ type: z.literal('points.reveal'), revealed: z.boolean() }).strict(),
]);
export type FacilitatorAction = z.input<typeof facilitatorActionSchema>;

/** A card as a screen may show it. */
export interface CardView {
  id: string;
  tableId: string;
  /** Null for a hidden card (only the facilitator learns that it exists). */
  text: string | null;
  hidden: boolean;
  authorRole: ParticipantRole;
  /** Only where the workshop shows names. */
  authorName: string | null;
  /** Whether the viewer wrote it (false on shared screens). */
  mine: boolean;
  top: boolean;
  /**
   * Who marked it as one of the top three: only for the members of its own table, as a name
   * where the workshop shows names and otherwise a role ([RT4]).
   */
  topMarkedBy: { name: string | null; role: ParticipantRole } | null;
  themeId: string | null;
}

export interface ThemeView {
  id: string;
  name: string;
  /** The cards in the theme, each keeping its table of origin. */
  cardIds: string[];
  /** The tables the theme's cards come from, in table order. */
  tableIds: string[];
  /** Points once revealed and only where enough voted ([RT8]); null otherwise. */
  points: number | null;
}

export interface PointsView {
  state: 'none' | 'open' | 'closed';
  budget: number;
  revealed: boolean;
  /** How many have cast points (shown as a count only). */
  voters: number;
  /** Why no totals are shown yet, if none are. */
  withheld: 'not_revealed' | 'too_few' | null;
  /** The viewer's own points per theme (participants only). */
  mine: Record<string, number>;
}

export interface TableRoundView {
  tableId: string;
  question: string;
  /** The table's summary line, '' until written. */
  summary: string;
  /** The participant who alone writes the summary; null: anyone at the table. */
  secretaryId: string | null;
  /** Cards on the table that are not hidden, top three included. */
  cardCount: number;
}

export interface RundebordView {
  /** The question for every table (the template's until the facilitator sets one). */
  question: string;
  handout: string;
  paused: boolean;
  tables: TableRoundView[];
  /**
   * Cards: a participant gets only their own table's, the facilitator every card (hidden ones
   * without text), the projector only what report-back and synthesis show.
   */
  cards: CardView[];
  report: {
    tableId: string | null;
    talkSeconds: number;
    /** Time the shown table has talked before the last start (ms). */
    elapsedMs: number;
    /** Server clock when its timer last started; null while stopped. */
    runningSince: number | null;
  };
  floorTableId: string | null;
  themes: ThemeView[];
  points: PointsView;
}

/** The seed's question on early political involvement (seed 000, "Oppgaver"). */
export const TEMPLATE_QUESTION: Record<Language, string> = {
  nb: 'Hvordan kan det legges til rette for tidligere politisk involvering i arbeidet med oppdrag i HØP?',
  nn: 'Korleis kan ein leggje til rette for tidlegare politisk involvering i arbeidet med oppdrag i HØP?',
  en: 'How can elected members be involved earlier in the work on the HØP assignments (oppdrag)?',
};

declare module '../workshop/live' {
  interface LiveSections {
    /** The round table as this connection may see it ([RT2], [RT4], [RT5], [RT8]). */
    rundebord: RundebordView;
  }
}
