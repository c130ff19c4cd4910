import {
  pointsWithheld,
  TEMPLATE_QUESTION,
  themeOrigins,
  type CardView,
  type RundebordView,
} from '@samskap/shared/rundebord';
import type { Language, ParticipantRole } from '@samskap/shared/workshop';

/** A card as the server keeps it: with its author and who marked it, which few screens see. */
export interface StoredCard {
  id: string;
  tableId: string;
  authorId: string;
  authorRole: ParticipantRole;
  text: string;
  hidden: boolean;
  /** The participant who marked it as one of the table's top three; null if not marked. */
  topBy: string | null;
  themeId: string | null;
  createdAt: number;
}

export interface RundebordState {
  /** Null: the template's question in the workshop's language. */
  question: string | null;
  tableQuestions: Record<string, string>;
  handout: string;
  paused: boolean;
  secretaries: Record<string, string>;
  summaries: Record<string, string>;
  cards: StoredCard[];
  report: {
    tableId: string | null;
    talkSeconds: number;
    /** Talking time per table before its timer's last start (ms). */
    elapsedMs: Record<string, number>;
    runningSince: number | null;
  };
  floorTableId: string | null;
  themes: Array<{ id: string; name: string }>;
  points: {
    state: 'none' | 'open' | 'closed';
    budget: number;
    revealed: boolean;
    /** Each participant's points per theme: never sent to any screen but the voter's own. */
    ballots: Record<string, Record<string, number>>;
  };
  /**
   * An imported archive's points: ballots never leave a server, so an archive keeps the count of
   * voters and the totals the export showed (null where they were withheld).
   */
  archivedPoints?: { voters: number; totals: Record<string, number> | null };
}

export function emptyRundebordState(): RundebordState {
  return {
    question: null,
    tableQuestions: {},
    handout: '',
    paused: false,
    secretaries: {},
    summaries: {},
    cards: [],
    report: { tableId: null, talkSeconds: 180, elapsedMs: {}, runningSince: null },
    floorTableId: null,
    themes: [],
    points: { state: 'none', budget: 5, revealed: false, ballots: {} },
  };
}

export interface Viewer {
  capability: 'facilitator' | 'participant' | 'projector';
  participantId: string | null;
  tableId: string | null;
}

export interface ViewContext {
  language: Language;
  tableIds: readonly string[];
  /** A participant's name where the workshop shows names, otherwise null. */
  name: (participantId: string) => string | null;
  role: (participantId: string) => ParticipantRole | null;
}

/** The question a table discusses: its own, or the one for every table. */
export function questionFor(state: RundebordState, tableId: string, language: Language): string {
  return state.tableQuestions[tableId] ?? state.question ?? TEMPLATE_QUESTION[language];
}

/**
 * The round table as one viewer may see it.
 * - [RT2] A participant sees the cards of their own table only; the facilitator sees every card;
 *   the projector sees the top three of the table reporting back and the cards placed in themes.
 * - [RT4] Who marked a card is told to the members of its table alone.
 * - [RT5] A hidden card's text reaches no screen; only the facilitator learns it is there.
 * - [RT8] Points: each viewer sees their own ballot; totals only once revealed and from three
 *   voters up; nobody sees another's ballot.
 */
export function rundebordViewFor(
  state: RundebordState,
  viewer: Viewer,
  ctx: ViewContext,
): RundebordView {
  const reportTable = state.report.tableId;
  const themed = new Set(state.themes.map((t) => t.id));
  const cards = state.cards.filter((c) => {
    if (viewer.capability === 'facilitator') return true;
    if (c.hidden) return false;
    if (viewer.capability === 'participant') return c.tableId === viewer.tableId;
    return (
      (c.tableId === reportTable && c.topBy !== null) ||
      (c.themeId !== null && themed.has(c.themeId))
    );
  });
  const cardViews: CardView[] = cards.map((c) => {
    const ownTable = viewer.capability === 'participant' && c.tableId === viewer.tableId;
    const markerRole = c.topBy !== null ? ctx.role(c.topBy) : null;
    return {
      id: c.id,
      tableId: c.tableId,
      text: c.hidden ? null : c.text,
      hidden: c.hidden,
      authorRole: c.authorRole,
      authorName: c.hidden ? null : ctx.name(c.authorId),
      mine: viewer.participantId !== null && c.authorId === viewer.participantId,
      top: c.topBy !== null,
      topMarkedBy:
        ownTable && c.topBy !== null && markerRole !== null
          ? { name: ctx.name(c.topBy), role: markerRole }
          : null,
      themeId: c.themeId,
    };
  });
  const archived = state.archivedPoints;
  const voters =
    archived?.voters ??
    Object.values(state.points.ballots).filter((b) => Object.values(b).some((p) => p > 0)).length;
  const withheld =
    state.points.state === 'none' ? 'not_revealed' : pointsWithheld(state.points.revealed, voters);
  const live = state.cards.filter((c) => !c.hidden);
  return {
    question: state.question ?? TEMPLATE_QUESTION[ctx.language],
    handout: state.handout,
    paused: state.paused,
    tables: ctx.tableIds.map((tableId) => ({
      tableId,
      question: questionFor(state, tableId, ctx.language),
      summary: state.summaries[tableId] ?? '',
      secretaryId: state.secretaries[tableId] ?? null,
      cardCount: live.filter((c) => c.tableId === tableId).length,
    })),
    cards: cardViews,
    report: {
      tableId: reportTable,
      talkSeconds: state.report.talkSeconds,
      elapsedMs: reportTable === null ? 0 : (state.report.elapsedMs[reportTable] ?? 0),
      runningSince: state.report.runningSince,
    },
    floorTableId: state.floorTableId,
    themes: state.themes.map((t) => {
      const inTheme = live.filter((c) => c.themeId === t.id);
      let points: number | null = null;
      if (withheld === null) {
        points = archived
          ? (archived.totals?.[t.id] ?? null)
          : Object.values(state.points.ballots).reduce((sum, b) => sum + (b[t.id] ?? 0), 0);
      }
      return {
        id: t.id,
        name: t.name,
        cardIds: inTheme.map((c) => c.id),
        tableIds: themeOrigins(
          inTheme.map((c) => c.tableId),
          ctx.tableIds,
        ),
        points,
      };
    }),
    points: {
      state: state.points.state,
      budget: state.points.budget,
      revealed: state.points.revealed,
      voters,
      withheld,
      mine:
        viewer.participantId !== null
          ? { ...(state.points.ballots[viewer.participantId] ?? {}) }
          : {},
    },
  };
}
