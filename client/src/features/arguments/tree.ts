import type {
  ArgumentsView,
  EntryKind,
  EntryView,
  ProblemType,
  Question,
} from '@samskap/shared/arguments';

/*
 * The argument map arrives flat (`state.arguments.entries`, already cut to what the viewer may
 * see); screens show it as a tree: positions, and under each its pros, cons and consequences.
 */

export type ChildKind = Exclude<EntryKind, 'position'>;
export const CHILD_KINDS: readonly ChildKind[] = ['pro', 'con', 'consequence'];

export interface PositionCounts {
  readonly pro: number;
  readonly con: number;
  readonly consequence: number;
  /** Supports of the position itself (each participant once, merged duplicates not doubled). */
  readonly supports: number;
}

export interface PositionNode {
  readonly position: EntryView;
  readonly children: Readonly<Record<ChildKind, readonly EntryView[]>>;
  /** Visible entries only, so the console counts what the projector shows. */
  readonly counts: PositionCounts;
}

export interface GroupSection {
  /** Null for the positions the facilitator has not grouped. */
  readonly group: { readonly id: string; readonly label: string } | null;
  readonly positions: readonly PositionNode[];
}

export interface QuestionTree {
  /** The facilitator's groups in their order, then the ungrouped; empty groups are left out. */
  readonly sections: readonly GroupSection[];
  readonly positions: readonly PositionNode[];
}

type MapSource = Pick<ArgumentsView, 'entries' | 'groups'>;

/**
 * One question's positions with their pros, cons and consequences. An entry whose position is
 * not in the view (hidden from this viewer) is left out: it would stand without context.
 */
export function buildQuestionTree(view: MapSource, questionId: string): QuestionTree {
  const entries = view.entries.filter((e) => e.questionId === questionId);
  const positions = entries
    .filter((e) => e.kind === 'position')
    .map((position): PositionNode => {
      const mine = entries.filter((e) => e.parentId === position.id && e.kind !== 'position');
      const children = {
        pro: mine.filter((e) => e.kind === 'pro'),
        con: mine.filter((e) => e.kind === 'con'),
        consequence: mine.filter((e) => e.kind === 'consequence'),
      };
      const visible = (list: readonly EntryView[]) =>
        list.filter((e) => e.status === 'visible').length;
      return {
        position,
        children,
        counts: {
          pro: visible(children.pro),
          con: visible(children.con),
          consequence: visible(children.consequence),
          supports: position.supports,
        },
      };
    });
  const groups = view.groups.filter((g) => g.questionId === questionId);
  const known = new Set(groups.map((g) => g.id));
  const sections: GroupSection[] = groups
    .map((g) => ({
      group: { id: g.id, label: g.label },
      positions: positions.filter((p) => p.position.groupId === g.id),
    }))
    .filter((s) => s.positions.length > 0);
  const ungrouped = positions.filter(
    (p) => p.position.groupId === null || !known.has(p.position.groupId),
  );
  if (ungrouped.length > 0) sections.push({ group: null, positions: ungrouped });
  return { sections, positions };
}

/** The question the projector shows: the chosen one, or the first while none is chosen. */
export function shownQuestion(view: Pick<ArgumentsView, 'questions' | 'shownQuestionId'>) {
  return view.questions.find((q) => q.id === view.shownQuestionId) ?? view.questions[0] ?? null;
}

/**
 * What the facilitator may merge an entry into: another entry of the same kind and question
 * (the server refuses anything else).
 */
export function mergeCandidates(view: MapSource, entry: EntryView): EntryView[] {
  return view.entries.filter(
    (e) =>
      e.id !== entry.id &&
      e.kind === entry.kind &&
      e.questionId === entry.questionId &&
      e.status !== 'hidden',
  );
}

/** Entries waiting for the facilitator (controlled mode), oldest first, with their question. */
export function pendingEntries(
  view: Pick<ArgumentsView, 'entries' | 'questions'>,
): Array<{ entry: EntryView; question: Question | null }> {
  return view.entries
    .filter((e) => e.status === 'pending')
    .map((entry) => ({
      entry,
      question: view.questions.find((q) => q.id === entry.questionId) ?? null,
    }));
}

/**
 * Tame problems can be left to experts (instrumental planning); complex and wicked ones need
 * those affected at the table (communicative planning, DOMAIN.md).
 */
export function treatmentFor(problemType: ProblemType): 'instrumental' | 'communicative' {
  return problemType === 'tame' ? 'instrumental' : 'communicative';
}
