import { RundebordLimits } from '@samskap/shared/rundebord';
import { roleSchema } from '@samskap/shared/workshop';
import { isPlainLine, isPlainText } from '@samskap/shared/workshop';
import { z } from 'zod';
import { ImportRefused } from '../transfer/problems';
import { rundebordViewFor, type RundebordState } from './state';

const id = z.string().min(1).max(40);
const line = (max: number) =>
  z.string().max(max).refine(isPlainLine, 'one line, no control characters');
const text = (max: number) => z.string().max(max).refine(isPlainText, 'no control characters');
const index = z.number().int().nonnegative();

/**
 * The round table in the export file: cards with their author and marker as indexes into the
 * file's participants (ids never leave the server), themes, and points only as the voter count
 * and the totals the room could see ([RT8]): a ballot never leaves the server.
 */
const partSchema = z
  .object({
    question: line(RundebordLimits.questionMax).nullable(),
    tableQuestions: z.record(id, line(RundebordLimits.questionMax)),
    handout: text(RundebordLimits.handoutMax),
    secretaries: z.record(id, index),
    summaries: z.record(id, line(RundebordLimits.summaryMax)),
    cards: z
      .array(
        z.object({
          id,
          tableId: id,
          author: index,
          authorRole: roleSchema,
          text: text(RundebordLimits.cardMax).min(1),
          hidden: z.boolean(),
          topBy: index.nullable(),
          themeId: id.nullable(),
          createdAt: z.number().int().nonnegative(),
        }),
      )
      .max(RundebordLimits.cardsMax),
    themes: z
      .array(z.object({ id, name: line(RundebordLimits.themeNameMax).min(1) }))
      .max(RundebordLimits.themesMax),
    points: z.object({
      state: z.enum(['none', 'open', 'closed']),
      budget: z.number().int().min(1).max(RundebordLimits.pointsBudgetMax),
      voters: z.number().int().nonnegative(),
      /** Per theme id, where the room saw them; null where withheld. */
      totals: z.record(id, z.number().int().nonnegative()).nullable(),
    }),
  })
  .strict();
export type RundebordPart = z.infer<typeof partSchema>;

/** What a file from before the round table holds for it: nothing written. */
const EMPTY_PART: RundebordPart = {
  question: null,
  tableQuestions: {},
  handout: '',
  secretaries: {},
  summaries: {},
  cards: [],
  themes: [],
  points: { state: 'none', budget: 5, voters: 0, totals: null },
};

/**
 * The part as the import checks it. A file exported before the round table existed has no
 * part: it imports as a round table with nothing written ([AM5] keeps older exports working).
 * The cast drops only the optional input that `.default` adds; the output is the part.
 */
export const rundebordPartSchema = partSchema.default(
  EMPTY_PART,
) as unknown as z.ZodType<RundebordPart>;

/** The part for the export file. */
export function exportRundebord(
  state: RundebordState,
  participantIndex: ReadonlyMap<string, number>,
  tableIds: readonly string[],
): RundebordPart {
  const ix = (pid: string) => participantIndex.get(pid);
  const view = rundebordViewFor(
    state,
    { capability: 'projector', participantId: null, tableId: null },
    { language: 'nb', tableIds, name: () => null, role: () => null },
  );
  const totals =
    view.points.withheld === null
      ? Object.fromEntries(view.themes.map((t) => [t.id, t.points ?? 0]))
      : null;
  return {
    question: state.question,
    tableQuestions: state.tableQuestions,
    handout: state.handout,
    secretaries: Object.fromEntries(
      Object.entries(state.secretaries).flatMap(([t, p]) =>
        ix(p) === undefined ? [] : [[t, ix(p)!]],
      ),
    ),
    summaries: state.summaries,
    cards: state.cards.flatMap((c) => {
      const author = ix(c.authorId);
      if (author === undefined) return [];
      const topBy = c.topBy === null ? null : (ix(c.topBy) ?? null);
      return [
        {
          id: c.id,
          tableId: c.tableId,
          author,
          authorRole: c.authorRole,
          text: c.text,
          hidden: c.hidden,
          topBy,
          themeId: c.themeId,
          createdAt: c.createdAt,
        },
      ];
    }),
    themes: state.themes,
    points: {
      state: state.points.state,
      budget: state.points.budget,
      voters: view.points.voters,
      totals,
    },
  };
}

/** Something in the round table's part of an import file is wrong: the import is refused. */
export class RundebordImportProblem extends ImportRefused {
  constructor(
    readonly path: string,
    message: string,
  ) {
    // A refused import (400 import_invalid naming the path), never a server error.
    super([{ problem: 'invalid_rundebord', path, message, params: {} }]);
  }
}

/**
 * The state of an imported archive, after checking that every reference resolves: tables,
 * participants, themes; no table holds more than three top cards ([RT3]).
 */
export function importRundebord(
  part: RundebordPart,
  participantIds: readonly string[],
  tableIds: readonly string[],
): RundebordState {
  const person = (i: number, path: string) => {
    const p = participantIds[i];
    if (p === undefined) throw new RundebordImportProblem(path, `no participant ${i}`);
    return p;
  };
  const table = (t: string, path: string) => {
    if (!tableIds.includes(t)) throw new RundebordImportProblem(path, `no table ${t}`);
  };
  const themeIds = new Set(part.themes.map((t) => t.id));
  if (themeIds.size !== part.themes.length)
    throw new RundebordImportProblem('rundebord.themes', 'two themes have the same id');
  if (new Set(part.cards.map((c) => c.id)).size !== part.cards.length)
    throw new RundebordImportProblem('rundebord.cards', 'two cards have the same id');
  for (const t of Object.keys(part.tableQuestions)) table(t, 'rundebord.tableQuestions');
  for (const t of Object.keys(part.summaries)) table(t, 'rundebord.summaries');
  const secretaries: Record<string, string> = {};
  for (const [t, i] of Object.entries(part.secretaries)) {
    table(t, 'rundebord.secretaries');
    secretaries[t] = person(i, `rundebord.secretaries.${t}`);
  }
  const cards = part.cards.map((c, n) => {
    table(c.tableId, `rundebord.cards.${n}.tableId`);
    if (c.themeId !== null && !themeIds.has(c.themeId))
      throw new RundebordImportProblem(`rundebord.cards.${n}.themeId`, 'no such theme');
    return {
      id: c.id,
      tableId: c.tableId,
      authorId: person(c.author, `rundebord.cards.${n}.author`),
      authorRole: c.authorRole,
      text: c.text,
      hidden: c.hidden,
      topBy: c.topBy === null ? null : person(c.topBy, `rundebord.cards.${n}.topBy`),
      themeId: c.themeId,
      createdAt: c.createdAt,
    };
  });
  for (const t of tableIds) {
    const top = cards.filter((c) => c.tableId === t && c.topBy !== null && !c.hidden).length;
    if (top > RundebordLimits.topCount)
      throw new RundebordImportProblem('rundebord.cards', `table ${t} has ${top} top cards`);
  }
  const totals = part.points.totals;
  if (totals !== null) {
    for (const k of Object.keys(totals))
      if (!themeIds.has(k))
        throw new RundebordImportProblem('rundebord.points.totals', 'no such theme');
    const sum = Object.values(totals).reduce((s, n) => s + n, 0);
    if (sum > part.points.voters * part.points.budget)
      throw new RundebordImportProblem(
        'rundebord.points.totals',
        'more points than voters × budget',
      );
    if (part.points.voters < 3)
      throw new RundebordImportProblem('rundebord.points.totals', 'totals from fewer than three');
  }
  if (part.points.voters > participantIds.length)
    throw new RundebordImportProblem('rundebord.points.voters', 'more voters than participants');
  return {
    question: part.question,
    tableQuestions: part.tableQuestions,
    handout: part.handout,
    paused: false,
    secretaries,
    summaries: part.summaries,
    cards,
    report: { tableId: null, talkSeconds: 180, elapsedMs: {}, runningSince: null },
    floorTableId: null,
    themes: part.themes,
    points: {
      state: part.points.state === 'none' ? 'none' : 'closed',
      budget: part.points.budget,
      revealed: totals !== null,
      ballots: {},
    },
    archivedPoints: { voters: part.points.voters, totals },
  };
}
