import type { FocusArea } from '../workshop/model';
import {
  JUDGEMENTS,
  OPPDRAG_KINDS,
  type Judgement,
  type Oppdrag,
  type OppdragKind,
  type Proposal,
  type TableWork,
} from './model';

/** An oppdrag in a matrix cell, and who connects it to the goal. */
export interface CellOppdrag {
  id: string;
  title: string;
  /** The list names the goal. */
  fromList: boolean;
  /** Tables that added the link themselves (sorted). */
  addedBy: string[];
  funded: boolean;
}

/** One goal's row: the oppdrag that follow it up by kind, and the tables' judgements. */
export interface MatrixRow {
  goalId: string;
  goalText: string;
  focusAreaId: string;
  focusAreaName: string;
  cells: Record<OppdragKind, CellOppdrag[]>;
  /** How many tables gave each judgement. */
  counts: Record<Judgement, number>;
  /** Tables that judged the goal. */
  judged: number;
  /** The judgement most tables gave; null where none judged or the top is tied. */
  verdict: Judgement | null;
  /** How many tables gave the verdict. */
  agreeing: number;
  /** Tables gave different judgements. */
  disagreement: boolean;
  /** No oppdrag follows the goal up, neither by the list nor by a table's link. */
  noOppdrag: boolean;
  /** No oppdrag that follows it up has money: none at all, or all of them "ikke avsatt". */
  noMoney: boolean;
  /** Proposals for the goal. */
  proposals: number;
}

export interface OppdragMatrix {
  rows: MatrixRow[];
  /** Goals with no oppdrag, or none with money: the goals on paper. */
  uncovered: string[];
  disagreements: string[];
}

const emptyCells = (): Record<OppdragKind, CellOppdrag[]> => ({
  omstilling: [],
  endring: [],
  utvikling: [],
});

/**
 * The goal × oppdrag-kind matrix the projector shows: for every goal of the samfunnsdel, the
 * oppdrag that follow it up (the list's links and the tables' own), and how the tables judged
 * it. Pure: the screens, the outcome and the tests compute it the same way.
 */
export function buildOppdragMatrix(
  focusAreas: readonly Pick<FocusArea, 'id' | 'name' | 'goals'>[],
  oppdrag: readonly Oppdrag[],
  tables: Readonly<Record<string, TableWork>>,
  proposals: readonly Proposal[] = [],
): OppdragMatrix {
  const tableIds = Object.keys(tables).sort();
  const rows: MatrixRow[] = [];
  for (const area of focusAreas) {
    for (const goal of area.goals) {
      const cells = emptyCells();
      for (const o of oppdrag) {
        const fromList = o.goalIds.includes(goal.id);
        const addedBy = tableIds.filter((t) =>
          tables[t]!.links.some((l) => l.goalId === goal.id && l.oppdragId === o.id),
        );
        if (!fromList && addedBy.length === 0) continue;
        cells[o.kind].push({
          id: o.id,
          title: o.title,
          fromList,
          addedBy,
          funded: o.funding !== 'none',
        });
      }
      const counts: Record<Judgement, number> = { followed: 0, weak: 0, not_followed: 0 };
      for (const t of tableIds) {
        const j = tables[t]!.judgements[goal.id];
        if (j) counts[j]++;
      }
      const judged = JUDGEMENTS.reduce((sum, j) => sum + counts[j], 0);
      const top = Math.max(...JUDGEMENTS.map((j) => counts[j]));
      const leaders = JUDGEMENTS.filter((j) => counts[j] === top);
      const verdict = judged > 0 && leaders.length === 1 ? leaders[0]! : null;
      const all = OPPDRAG_KINDS.flatMap((k) => cells[k]);
      rows.push({
        goalId: goal.id,
        goalText: goal.text,
        focusAreaId: area.id,
        focusAreaName: area.name,
        cells,
        counts,
        judged,
        verdict,
        agreeing: verdict ? counts[verdict] : 0,
        disagreement: JUDGEMENTS.filter((j) => counts[j] > 0).length > 1,
        noOppdrag: all.length === 0,
        noMoney: !all.some((c) => c.funded),
        proposals: proposals.filter((p) => p.goalId === goal.id).length,
      });
    }
  }
  return {
    rows,
    uncovered: rows.filter((r) => r.noMoney).map((r) => r.goalId),
    disagreements: rows.filter((r) => r.disagreement).map((r) => r.goalId),
  };
}

/** The goals a table works through: its focus area's, or every goal where it has `all` (or none). */
export function goalsForTable<A extends Pick<FocusArea, 'id' | 'goals'>>(
  focusAreas: readonly A[],
  focus: string | undefined,
): A[] {
  if (focus === undefined || focus === 'all') return [...focusAreas];
  const area = focusAreas.find((a) => a.id === focus);
  return area ? [area] : [...focusAreas];
}
