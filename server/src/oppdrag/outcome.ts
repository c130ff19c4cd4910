import {
  buildOppdragMatrix,
  JUDGEMENTS,
  OPPDRAG_KINDS,
  OppdragLimits,
  type Funding,
  type Judgement,
  type MatrixRow,
  type OppdragKind,
  type OppdragView,
} from '@samskap/shared/oppdrag';
import type { Block } from '@samskap/shared/outcome';
import type { OutcomeSection } from '../activities/module';
import type { FocusArea, Language, WorkshopTable } from '@samskap/shared/workshop';

/** What the outcome says about the oppdrag: the view every screen had, and the setup. */
export interface OppdragOutcome {
  view: OppdragView;
  focusAreas: FocusArea[];
  tables: WorkshopTable[];
}

interface OppdragLabels {
  heading: string;
  kinds: Record<OppdragKind, string>;
  funding: Record<Funding, string>;
  judgements: Record<Judgement, string>;
  goal: string;
  judgement: string;
  notJudged: string;
  agree: string;
  split: string;
  uncovered: string;
  uncoveredNone: string;
  noOppdrag: string;
  noMoney: string;
  proposals: string;
  proposalsNone: string;
  from: string;
  passOn: string;
  points: string;
  pointsWithheld: string;
  questions: string;
  matrixCaption: string;
  addedBy: string;
}

const LABELS: Record<Language, OppdragLabels> = {
  nb: {
    heading: 'HØP-oppdrag og målene i samfunnsdelen',
    kinds: { omstilling: 'Omstilling', endring: 'Endring', utvikling: 'Utvikling' },
    funding: {
      within_budget: 'innenfor ramme',
      external: 'eksternt tilskudd',
      none: 'ikke avsatt',
    },
    judgements: { followed: 'Fulgt opp', weak: 'Svakt fulgt opp', not_followed: 'Ikke fulgt opp' },
    goal: 'Mål',
    judgement: 'Rommets vurdering',
    notJudged: 'Ikke vurdert',
    agree: '{verdict} ({agreeing} av {judged} bord)',
    split: 'Uenige: {counts}',
    uncovered: 'Mål uten oppdrag eller uten midler',
    uncoveredNone: 'Alle mål har oppdrag med midler.',
    noOppdrag: 'ingen oppdrag',
    noMoney: 'ingen midler avsatt',
    proposals: 'Foreslåtte nye oppdrag',
    proposalsNone: 'Ingen bord foreslo nye oppdrag.',
    from: 'fra {tables}',
    passOn: 'sendes videre til administrasjonen',
    points: '{points} prioriteringspoeng',
    pointsWithheld: 'færre enn {min} ga poeng',
    questions: 'Spørsmål til gevinstene',
    matrixCaption: 'Oppdrag per mål og type, med rommets vurdering',
    addedBy: 'lagt til av {tables}',
  },
  nn: {
    heading: 'HØP-oppdrag og måla i samfunnsdelen',
    kinds: { omstilling: 'Omstilling', endring: 'Endring', utvikling: 'Utvikling' },
    funding: {
      within_budget: 'innanfor ramme',
      external: 'eksternt tilskot',
      none: 'ikkje avsett',
    },
    judgements: { followed: 'Følgt opp', weak: 'Svakt følgt opp', not_followed: 'Ikkje følgt opp' },
    goal: 'Mål',
    judgement: 'Vurderinga til rommet',
    notJudged: 'Ikkje vurdert',
    agree: '{verdict} ({agreeing} av {judged} bord)',
    split: 'Usamde: {counts}',
    uncovered: 'Mål utan oppdrag eller utan midlar',
    uncoveredNone: 'Alle mål har oppdrag med midlar.',
    noOppdrag: 'ingen oppdrag',
    noMoney: 'ingen midlar avsette',
    proposals: 'Føreslåtte nye oppdrag',
    proposalsNone: 'Ingen bord føreslo nye oppdrag.',
    from: 'frå {tables}',
    passOn: 'blir sendt vidare til administrasjonen',
    points: '{points} prioriteringspoeng',
    pointsWithheld: 'færre enn {min} gav poeng',
    questions: 'Spørsmål til gevinstane',
    matrixCaption: 'Oppdrag per mål og type, med vurderinga til rommet',
    addedBy: 'lagt til av {tables}',
  },
  en: {
    heading: 'Budget plan assignments and the goals of the samfunnsdel',
    kinds: { omstilling: 'Adaptation', endring: 'Change', utvikling: 'Development' },
    funding: {
      within_budget: 'within budget',
      external: 'external funding',
      none: 'no money set aside',
    },
    judgements: {
      followed: 'Followed up',
      weak: 'Weakly followed up',
      not_followed: 'Not followed up',
    },
    goal: 'Goal',
    judgement: 'The room’s judgement',
    notJudged: 'Not judged',
    agree: '{verdict} ({agreeing} of {judged} tables)',
    split: 'Split: {counts}',
    uncovered: 'Goals with no assignment or no money',
    uncoveredNone: 'Every goal has a funded assignment.',
    noOppdrag: 'no assignment',
    noMoney: 'no money set aside',
    proposals: 'Proposed new assignments',
    proposalsNone: 'No table proposed a new assignment.',
    from: 'from {tables}',
    passOn: 'passed on to the administration',
    points: '{points} priority points',
    pointsWithheld: 'fewer than {min} gave points',
    questions: 'Questions about the gains',
    matrixCaption: 'Assignments by goal and kind, with the room’s judgement',
    addedBy: 'added by {tables}',
  },
};

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

function judgementText(L: OppdragLabels, row: MatrixRow): string {
  if (row.judged === 0) return L.notJudged;
  if (row.verdict === null) {
    const counts = JUDGEMENTS.filter((j) => row.counts[j] > 0)
      .map((j) => `${L.judgements[j]} ${row.counts[j]}`)
      .join(', ');
    return fill(L.split, { counts });
  }
  return fill(L.agree, {
    verdict: L.judgements[row.verdict],
    agreeing: row.agreeing,
    judged: row.judged,
  });
}

/**
 * The outcome's oppdrag section ([OP7]): per focus area a table of its goals with their oppdrag
 * by kind and the room's judgement, then the uncovered goals, the proposed oppdrag with their
 * tables, whether they are passed on, and their points as sealed ([OP6]), and the questions.
 */
export function oppdragBlocks(d: OppdragOutcome, language: Language): Block[] {
  const L = LABELS[language];
  const { view } = d;
  if (view.oppdrag.length === 0 && view.proposals.length === 0) return [];
  const tableName = (id: string) => d.tables.find((t) => t.id === id)?.name ?? id;
  const matrix = buildOppdragMatrix(d.focusAreas, view.oppdrag, view.tables, view.proposals);
  const blocks: Block[] = [{ type: 'heading', level: 2, text: L.heading }];
  for (const area of d.focusAreas) {
    const rows = matrix.rows.filter((r) => r.focusAreaId === area.id);
    if (rows.length === 0) continue;
    blocks.push({ type: 'heading', level: 3, text: area.name });
    blocks.push({
      type: 'table',
      caption: `${L.matrixCaption}: ${area.name}`,
      header: [L.goal, ...OPPDRAG_KINDS.map((k) => L.kinds[k]), L.judgement],
      rows: rows.map((r) => [
        `${r.goalId} ${r.goalText}${r.noMoney ? ` (${r.noOppdrag ? L.noOppdrag : L.noMoney})` : ''}`,
        ...OPPDRAG_KINDS.map((k) =>
          r.cells[k]
            .map(
              (c) =>
                `${c.title}${c.funded ? '' : ` (${L.funding.none})`}${
                  c.addedBy.length
                    ? ` (${fill(L.addedBy, { tables: c.addedBy.map(tableName).join(', ') })})`
                    : ''
                }`,
            )
            .join('; '),
        ),
        judgementText(L, r),
      ]),
    });
  }
  blocks.push({ type: 'heading', level: 3, text: L.uncovered });
  const uncovered = matrix.rows.filter((r) => r.noMoney);
  if (uncovered.length === 0) blocks.push({ type: 'paragraph', text: L.uncoveredNone });
  else
    blocks.push({
      type: 'list',
      ordered: false,
      items: uncovered.map(
        (r) => `${r.goalId} ${r.goalText}: ${r.noOppdrag ? L.noOppdrag : L.noMoney}`,
      ),
    });
  blocks.push({ type: 'heading', level: 3, text: L.proposals });
  if (view.proposals.length === 0) blocks.push({ type: 'paragraph', text: L.proposalsNone });
  else {
    const goals = new Map(d.focusAreas.flatMap((a) => a.goals).map((g) => [g.id, g.text]));
    blocks.push({
      type: 'list',
      ordered: false,
      items: view.proposals.map((p) => {
        const points = view.points.results?.find((r) => r.proposalId === p.id);
        const parts = [
          `${p.title} (${L.kinds[p.kind]}) – ${p.goalId} ${goals.get(p.goalId) ?? ''}`.trim(),
          p.gain,
          fill(L.from, { tables: p.tableIds.map(tableName).join(', ') }),
          p.passOn ? L.passOn : '',
          points
            ? points.points === null
              ? fill(L.pointsWithheld, { min: OppdragLimits.minGroupSize })
              : fill(L.points, { points: points.points })
            : '',
        ];
        return parts.filter(Boolean).join('; ');
      }),
    });
  }
  const titles = new Map(view.oppdrag.map((o) => [o.id, o.title]));
  const questions = Object.entries(view.tables).flatMap(([tableId, work]) =>
    work.questions.map(
      (q) => `${titles.get(q.oppdragId) ?? ''}: ${q.text} (${tableName(tableId)})`,
    ),
  );
  if (questions.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: L.questions });
    blocks.push({ type: 'list', ordered: false, items: questions.sort() });
  }
  return blocks;
}

/** [AM7] The module's section of the outcome documents. */
export const oppdragSection: OutcomeSection = {
  blocks: (d, language) =>
    oppdragBlocks(
      { view: d.oppdrag, focusAreas: d.workshop.focusAreas, tables: d.workshop.tables },
      language,
    ),
};
