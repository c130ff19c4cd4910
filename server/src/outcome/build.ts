import type { ParticipantRole } from '@samskap/shared/workshop';
import type { OutcomeSection, SectionOptions } from '../activities/module';
import { activityModules } from '../activities/registry';
import type { OutcomeData } from './collect';
import type { Block, OutcomeDocument } from './document';
import { fill, LABELS, type Labels } from './labels';

const ROLES: ParticipantRole[] = ['folkevalgt', 'administrasjon', 'annen'];

export type { SectionOptions };

/**
 * [AM7] Each activity's section, from its module, in registry order: the documents (and with
 * `brief`, the summary phase) print what the module's `outcomeSection` builds.
 */
export function activitySections(
  d: OutcomeData,
  language: OutcomeData['workshop']['language'],
  options: SectionOptions = {},
  modules: ReadonlyArray<{ readonly outcomeSection?: OutcomeSection }> = activityModules,
): Block[] {
  return modules.flatMap((m) => {
    const section: OutcomeSection | undefined = m.outcomeSection;
    if (!section || (options.brief && !section.inSummary)) return [];
    return section.blocks(d, language, options);
  });
}

function time(at: number): string {
  return new Date(at).toISOString().slice(11, 16);
}

function overview(d: OutcomeData, L: Labels): Block[] {
  const w = d.workshop;
  const a = d.attendance;
  const tableName = (id: string) => w.tables.find((t) => t.id === id)?.name ?? id;
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: L.overview },
    {
      type: 'table',
      caption: L.overview,
      header: [L.overview, ''],
      rows: [
        [L.municipality, w.municipality],
        [L.date, w.date],
        [L.period, `${w.period.start}–${w.period.end}`],
        [L.status, w.endedAt !== null ? L.ended : L.running],
      ],
    },
    { type: 'heading', level: 2, text: L.participants },
    { type: 'paragraph', text: fill(L.participantsTotal, { count: a.total }) },
    {
      type: 'table',
      caption: L.byRole,
      header: [L.role, L.count],
      rows: ROLES.map((r) => [L.roles[r], String(a.byRole[r])]),
    },
    {
      type: 'table',
      caption: L.byTable,
      header: [L.table, ...ROLES.map((r) => L.roles[r]), L.count],
      rows: a.byTable.map((t) => [
        tableName(t.tableId),
        ...ROLES.map((r) => String(t.byRole[r])),
        String(t.total),
      ]),
    },
  ];
  if (d.named && d.named.length > 0) {
    blocks.push({
      type: 'table',
      caption: L.names,
      header: [L.name, L.role, L.party, L.table],
      rows: d.named.map((p) => [p.name, L.roles[p.role], p.party ?? L.none, tableName(p.tableId)]),
    });
  }
  const started = new Map<number, number>();
  for (const e of d.phaseLog) if (!started.has(e.phaseIndex)) started.set(e.phaseIndex, e.at);
  const log = [...d.phaseLog].sort((x, y) => x.at - y.at);
  blocks.push({ type: 'heading', level: 2, text: L.agenda });
  blocks.push({
    type: 'table',
    caption: L.agenda,
    header: [L.phase, L.planned, L.started, L.ran],
    rows: w.agenda.map((p, i) => {
      const at = started.get(i);
      // The first phase is on every screen from the start, and the current one is running, even
      // where no clock was started in them (the log holds phases entered and first clocks).
      const shown = i === d.run.phaseIndex || (i === 0 && log.length > 0);
      if (at === undefined)
        return [p.title, String(p.minutes), shown ? L.unknownStart : L.notRun, L.none];
      const next = log.find((e) => e.at > at);
      const end = next?.at ?? w.endedAt;
      return [
        p.title,
        String(p.minutes),
        time(at),
        end ? String(Math.round((end - at) / 60_000)) : L.none,
      ];
    }),
  });
  return blocks;
}

/** The outcome as a document, in the workshop's language. `now` dates it. */
export function buildOutcomeDocument(d: OutcomeData, now: number): OutcomeDocument {
  const L = LABELS[d.workshop.language];
  const title = `${d.workshop.title} – ${d.workshop.municipality}`;
  return {
    title,
    language: d.workshop.language,
    subject: L.subject,
    blocks: [
      { type: 'heading', level: 1, text: title },
      { type: 'paragraph', text: L.advisory, emphasis: 'note' },
      {
        type: 'paragraph',
        text: fill(L.generated, { date: new Date(now).toISOString().slice(0, 10) }),
      },
      ...overview(d, L),
      ...activitySections(d, d.workshop.language),
    ],
  };
}
