import type { Block } from '@samskap/shared/outcome';
import type { OutcomeSection } from '../activities/module';
import type { Language } from '@samskap/shared/workshop';
import type { WorkshopRecord } from '../workshops/repository';
import { rundebordViewFor, type RundebordState } from './state';

/** The round table in the outcome: texts and aggregates only, no author and no ballot. */
export interface RundebordOutcome {
  question: string;
  handout: string;
  tables: Array<{
    name: string;
    question: string;
    summary: string;
    /** The table's top three first, then the rest, in the order written. */
    top: string[];
    others: string[];
  }>;
  themes: Array<{
    name: string;
    /** Each card with its table of origin ([RT6]). */
    cards: Array<{ text: string; table: string }>;
    tables: string[];
    points: number | null;
  }>;
  points: { used: boolean; budget: number; voters: number; withheld: string | null };
}

/** What the room may see, as the outcome says it: hidden cards left out ([RT5]), totals per [RT8]. */
export function collectRundebordOutcome(
  state: RundebordState,
  w: WorkshopRecord,
): RundebordOutcome {
  const view = rundebordViewFor(
    state,
    { capability: 'facilitator', participantId: null, tableId: null },
    {
      language: w.setup.language,
      tableIds: w.setup.tables.map((t) => t.id),
      name: () => null,
      role: () => null,
    },
  );
  const tableName = (id: string) => w.setup.tables.find((t) => t.id === id)?.name ?? id;
  const live = view.cards.filter((c) => !c.hidden && c.text !== null);
  return {
    question: view.question,
    handout: view.handout,
    tables: view.tables.map((x) => ({
      name: tableName(x.tableId),
      question: x.question,
      summary: x.summary,
      top: live.filter((c) => c.tableId === x.tableId && c.top).map((c) => c.text!),
      others: live.filter((c) => c.tableId === x.tableId && !c.top).map((c) => c.text!),
    })),
    themes: view.themes.map((th) => ({
      name: th.name,
      cards: live
        .filter((c) => c.themeId === th.id)
        .map((c) => ({ text: c.text!, table: tableName(c.tableId) })),
      tables: th.tableIds.map(tableName),
      points: th.points,
    })),
    points: {
      used: view.points.state !== 'none',
      budget: view.points.budget,
      voters: view.points.voters,
      withheld: view.points.withheld,
    },
  };
}

const WORDS = {
  nb: {
    heading: 'Rundebordet',
    question: 'Spørsmål',
    handout: 'Utdelt materiale',
    top: 'Topp tre',
    others: 'Andre kort',
    summary: 'Oppsummering',
    themes: 'Temaer fra plenum',
    theme: 'Tema',
    from: 'Fra bordene',
    points: 'Poeng',
    card: 'Kort',
    table: 'Bord',
    none: 'Ingen kort ble lagt på bordene.',
    withheld: 'Poeng vises ikke: færre enn tre prioriterte, eller resultatet ble ikke vist.',
    voters: (n: number, budget: number) => `${n} prioriterte med ${budget} poeng hver.`,
  },
  nn: {
    heading: 'Rundebordet',
    question: 'Spørsmål',
    handout: 'Utdelt materiale',
    top: 'Topp tre',
    others: 'Andre kort',
    summary: 'Oppsummering',
    themes: 'Tema frå plenum',
    theme: 'Tema',
    from: 'Frå borda',
    points: 'Poeng',
    card: 'Kort',
    table: 'Bord',
    none: 'Ingen kort vart lagde på borda.',
    withheld:
      'Poeng blir ikkje viste: færre enn tre prioriterte, eller resultatet vart ikkje vist.',
    voters: (n: number, budget: number) => `${n} prioriterte med ${budget} poeng kvar.`,
  },
  en: {
    heading: 'Round table',
    question: 'Question',
    handout: 'Handout',
    top: 'Top three',
    others: 'Other cards',
    summary: 'Summary',
    themes: 'Themes from the plenary',
    theme: 'Theme',
    from: 'From the tables',
    points: 'Points',
    card: 'Card',
    table: 'Table',
    none: 'No cards were put on the tables.',
    withheld: 'Points are not shown: fewer than three prioritised, or the result was not shown.',
    voters: (n: number, budget: number) => `${n} prioritised with ${budget} points each.`,
  },
} satisfies Record<Language, unknown>;

/** The round table's section of the outcome documents (Markdown, DOCX, PDF/A render it). */
export function rundebordBlocks(d: RundebordOutcome, language: Language): Block[] {
  const L = WORDS[language];
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: L.heading },
    { type: 'paragraph', text: `${L.question}: ${d.question}` },
  ];
  if (d.handout !== '') blocks.push({ type: 'paragraph', text: `${L.handout}: ${d.handout}` });
  const withCards = d.tables.filter((x) => x.top.length + x.others.length > 0 || x.summary);
  if (withCards.length === 0) blocks.push({ type: 'paragraph', text: L.none, emphasis: 'note' });
  for (const x of withCards) {
    blocks.push({ type: 'heading', level: 3, text: x.name });
    if (x.question !== d.question)
      blocks.push({ type: 'paragraph', text: `${L.question}: ${x.question}` });
    if (x.summary) blocks.push({ type: 'paragraph', text: `${L.summary}: ${x.summary}` });
    if (x.top.length > 0) {
      blocks.push({ type: 'paragraph', text: L.top });
      blocks.push({ type: 'list', ordered: true, items: x.top });
    }
    if (x.others.length > 0) {
      blocks.push({ type: 'paragraph', text: L.others });
      blocks.push({ type: 'list', ordered: false, items: x.others });
    }
  }
  if (d.themes.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: L.themes });
    if (d.points.used) {
      blocks.push({ type: 'paragraph', text: L.voters(d.points.voters, d.points.budget) });
      if (d.points.withheld !== null)
        blocks.push({ type: 'paragraph', text: L.withheld, emphasis: 'note' });
    }
    blocks.push({
      type: 'table',
      caption: L.themes,
      header:
        d.points.used && d.points.withheld === null
          ? [L.theme, L.from, L.points]
          : [L.theme, L.from],
      rows: d.themes.map((th) =>
        d.points.used && d.points.withheld === null
          ? [th.name, th.tables.join(', '), String(th.points ?? 0)]
          : [th.name, th.tables.join(', ')],
      ),
    });
    for (const th of d.themes) {
      if (th.cards.length === 0) continue;
      blocks.push({ type: 'paragraph', text: th.name });
      blocks.push({
        type: 'list',
        ordered: false,
        items: th.cards.map((c) => `${c.text} (${c.table})`),
      });
    }
  }
  return blocks;
}

/** [AM7] The module's section: only a workshop with a round table on its agenda gets one. */
export const rundebordSection: OutcomeSection = {
  blocks: (d, language) =>
    d.workshop.agenda.some((p) => p.activity === 'rundebord')
      ? rundebordBlocks(d.rundebord, language)
      : [],
};
