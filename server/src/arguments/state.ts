import type {
  ArgumentsView,
  Conflict,
  EntryKind,
  Question,
  Synthesis,
} from '@samskap/shared/arguments';
import type { Language, ParticipantRole } from '@samskap/shared/workshop';

/** An entry as the server keeps it: with its author and supporters, which no screen receives. */
export interface StoredEntry {
  id: string;
  questionId: string;
  kind: EntryKind;
  parentId: string | null;
  text: string;
  status: 'pending' | 'visible' | 'hidden';
  /** Null when the facilitator wrote it. */
  authorId: string | null;
  authorRole: ParticipantRole | 'facilitator';
  authorTableId: string | null;
  groupId: string | null;
  supporters: string[];
  /** Set when the facilitator merged this entry into another: it is then shown as part of that one. */
  mergedInto: string | null;
  mergedCount: number;
  createdAt: number;
}

export interface ArgumentsState {
  questions: Question[];
  shownQuestionId: string | null;
  /** Null until edited: the defaults in the workshop's language. */
  norms: string[] | null;
  paused: boolean;
  floorTableId: string | null;
  controlled: boolean;
  groups: Array<{ id: string; questionId: string; label: string }>;
  entries: StoredEntry[];
  syntheses: Synthesis[];
  conflicts: Conflict[];
}

export function emptyArgumentsState(): ArgumentsState {
  return {
    questions: [],
    shownQuestionId: null,
    norms: null,
    paused: false,
    floorTableId: null,
    controlled: false,
    groups: [],
    entries: [],
    syntheses: [],
    conflicts: [],
  };
}

/** Sensible discussion norms to start from (the "style" step of the checklist). */
export const DEFAULT_NORMS: Record<Language, string[]> = {
  nb: [
    'Alle har lik stemme',
    'Vi lytter for å forstå',
    'Én snakker om gangen',
    'Vi diskuterer saken, ikke personen',
    'Det er lov å være uenig',
  ],
  nn: [
    'Alle har lik stemme',
    'Vi lyttar for å forstå',
    'Éin snakkar om gongen',
    'Vi diskuterer saka, ikkje personen',
    'Det er lov å vere usamd',
  ],
  en: [
    'Everyone has an equal voice',
    'We listen to understand',
    'One person speaks at a time',
    'We discuss the issue, not the person',
    'It is fine to disagree',
  ],
};

export interface Viewer {
  /** The participant looking, or null for the facilitator and the projector. */
  participantId: string | null;
  isFacilitator: boolean;
}

/**
 * The map as one viewer may see it. A hidden entry's text is on no screen: the facilitator sees
 * that it is there (to unhide it), nobody else sees it at all; a pending entry (controlled mode) is seen only by the facilitator and its author;
 * merged entries are folded into the one they were merged into.
 */
export function argumentsViewFor(
  state: ArgumentsState,
  viewer: Viewer,
  language: Language,
  names: (participantId: string) => string | null,
): ArgumentsView {
  // What hangs under a hidden position goes with it, for everyone but the facilitator.
  const hidden = new Set(state.entries.filter((e) => e.status === 'hidden').map((e) => e.id));
  const entries = state.entries
    .filter((e) => e.mergedInto === null)
    .filter(
      (e) =>
        viewer.isFacilitator ||
        (e.status !== 'hidden' && (e.parentId === null || !hidden.has(e.parentId))),
    )
    .filter(
      (e) =>
        e.status !== 'pending' ||
        viewer.isFacilitator ||
        (viewer.participantId !== null && e.authorId === viewer.participantId),
    )
    .map((e) => ({
      id: e.id,
      questionId: e.questionId,
      kind: e.kind,
      parentId: e.parentId,
      text: e.status === 'hidden' ? null : e.text,
      status: e.status,
      authorRole: e.authorRole,
      authorName: e.authorId !== null && e.status !== 'hidden' ? names(e.authorId) : null,
      authorTableId: e.authorTableId,
      groupId: e.groupId,
      supports: e.supporters.length,
      mergedCount: e.mergedCount,
      supportedByMe: viewer.participantId !== null && e.supporters.includes(viewer.participantId),
      mine: viewer.participantId !== null && e.authorId === viewer.participantId,
    }));
  return {
    questions: state.questions,
    shownQuestionId: state.shownQuestionId,
    norms: state.norms ?? DEFAULT_NORMS[language],
    paused: state.paused,
    floorTableId: state.floorTableId,
    controlled: state.controlled,
    groups: state.groups,
    entries,
    syntheses: state.syntheses,
    conflicts: state.conflicts,
  };
}
