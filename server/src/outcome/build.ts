import type { ConsentCheck } from '@samskap/shared/consent';
import {
  buildTimeline,
  isPlacedYear,
  latestVotedResults,
  PlanbehovLimits,
  type BallotDecision,
  type GroupTally,
  type RoundResults,
  type TimelineEntry,
} from '@samskap/shared/planbehov';
import type { ParticipantRole } from '@samskap/shared/workshop';
import { evaluationBlocks } from '../evaluering';
import { oppdragBlocks } from '../oppdrag';
import type { OutcomeData } from './collect';
import type { Block, OutcomeDocument } from './document';
import { fill, LABELS, type Labels } from './labels';
import { rundebordBlocks } from '../rundebord';

const ROLES: ParticipantRole[] = ['folkevalgt', 'administrasjon', 'annen'];

/**
 * `brief`: the summary phase's version of a section, for the screens: the latest round only and
 * no plan list; syntheses and open conflicts without the positions behind them.
 */
export interface SectionOptions {
  readonly brief?: boolean;
}

function time(at: number): string {
  return new Date(at).toISOString().slice(11, 16);
}

function consentBlocks(L: Labels, check: ConsentCheck): Block[] {
  if (!check.result)
    return [
      { type: 'paragraph', text: `${L.consent}: «${check.statement}» — ${L.consentNotRevealed}` },
    ];
  const all = check.result.all;
  // [D1] Too few answered for any number to be shown.
  if (!all)
    return [{ type: 'paragraph', text: `${L.consent}: «${check.statement}» — ${L.tooFew}` }];
  return [
    { type: 'paragraph', text: `${L.consent}: «${check.statement}»` },
    {
      type: 'table',
      caption: `${L.consent} (${all.answers} ${L.answers.toLowerCase()})`,
      header: [L.role, ...L.consentSteps],
      rows: [
        [L.all, ...all.counts.map(String)],
        ...ROLES.map((r) => {
          const c = check.result!.byRole[r];
          return [L.roles[r], ...(c ? c.counts.map(String) : L.consentSteps.map(() => L.tooFew))];
        }),
      ],
    },
  ];
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

export function ambitions(d: OutcomeData, L: Labels): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 2, text: L.ambitions }];
  const number = new Map<string, string>();
  d.workshop.focusAreas.forEach((a, i) =>
    a.goals.forEach((g, j) => number.set(g.id, `${i + 1}.${j + 1}`)),
  );
  for (const area of d.workshop.focusAreas) {
    const content = d.ambitions.areas.find((x) => x.focusAreaId === area.id);
    blocks.push({ type: 'heading', level: 3, text: area.name });
    if (!content || content.blocks.length === 0)
      blocks.push({ type: 'paragraph', text: L.ambitionsNone, emphasis: 'note' });
    for (const b of content?.blocks ?? []) {
      const notes = [
        ...(b.goalIds.length > 0
          ? [fill(L.tagged, { goals: b.goalIds.map((g) => number.get(g) ?? g).join(', ') })]
          : []),
        ...(b.fromTable ? [fill(L.fromTable, { table: b.fromTable })] : []),
      ];
      const text = notes.length > 0 ? `${b.text} (${notes.join('; ')})` : b.text;
      blocks.push(
        b.kind === 'heading'
          ? { type: 'heading', level: 3, text }
          : b.kind === 'listItem'
            ? { type: 'list', ordered: false, items: [text] }
            : { type: 'paragraph', text },
      );
    }
    const covered = new Set(content?.coveredGoalIds ?? []);
    blocks.push({
      type: 'table',
      caption: `${L.coverage}: ${area.name}`,
      header: [L.goal, L.covered],
      rows: area.goals.map((g) => [
        `${number.get(g.id)} ${g.text}`,
        covered.has(g.id) ? L.yes : L.no,
      ]),
    });
    for (const check of d.consent.filter(
      (c) => c.subject.kind === 'ambition' && c.subject.id === area.id,
    )) {
      blocks.push(...consentBlocks(L, check));
    }
  }
  return blocks;
}

function leadingOf(L: Labels, t: GroupTally | null): string {
  if (!t) return L.tooFew;
  const best = (Object.entries(t.decisions) as Array<[BallotDecision, number]>).sort(
    (a, b) => b[1] - a[1],
  );
  return best[0] && best[0][1] > 0 ? `${L.decisions[best[0][0]]} (${best[0][1]})` : L.none;
}

function round(d: OutcomeData, L: Labels, r: RoundResults): Block[] {
  const title = (id: string) => d.planbehov.plans.find((p) => p.id === id)?.title ?? id;
  const spread = (t: GroupTally) =>
    (Object.entries(t.decisions) as Array<[BallotDecision, number]>)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${L.decisions[k]} ${n}`)
      .join(', ') || L.none;
  const roundName = fill(L.round, { round: r.round });
  // Plans nobody voted on are left out, not printed as rows of dashes; so are plans with too few
  // ballots to show any number [D1].
  const voted = r.plans.flatMap((p) =>
    p.all !== null && p.all.ballots > 0 ? [{ ...p, all: p.all }] : [],
  );
  const blocks: Block[] = [
    { type: 'heading', level: 3, text: roundName },
    {
      type: 'paragraph',
      text: fill(L.turnout, { voted: r.turnout.voted, eligible: r.turnout.eligible }),
    },
  ];
  // [D1] Plans whose result is withheld are said, as the screens say it, not silently left out.
  const withheld = r.turnout.voted > 0 ? r.plans.filter((p) => p.all === null).length : 0;
  if (withheld > 0)
    blocks.push({
      type: 'paragraph',
      text: fill(L.plansWithheld, { count: withheld, min: PlanbehovLimits.minGroupSize }),
      emphasis: 'note',
    });
  if (voted.length === 0) {
    if (withheld === 0)
      blocks.push({ type: 'paragraph', text: L.noBallotsInRound, emphasis: 'note' });
    return blocks;
  }
  blocks.push({
    type: 'table',
    caption: roundName,
    header: [
      L.plan,
      L.leading,
      L.all,
      L.startYear,
      L.points,
      L.roles.folkevalgt,
      L.roles.administrasjon,
      L.disagree,
    ],
    rows: voted.map((p) => [
      title(p.planId),
      p.leading ? L.decisions[p.leading] : L.none,
      spread(p.all),
      p.leadingYear !== null ? String(p.leadingYear) : L.none,
      String(p.all.points),
      leadingOf(L, p.byRole.folkevalgt),
      leadingOf(L, p.byRole.administrasjon),
      p.rolesDisagree ? L.yes : L.no,
    ]),
  });
  // A heading is printed only over something: no ranking where no points were given.
  const ranked = r.ranking.filter((x) => x.points > 0);
  if (ranked.length > 0) {
    blocks.push(
      { type: 'heading', level: 3, text: `${L.ranking} (${roundName.toLowerCase()})` },
      {
        type: 'list',
        ordered: true,
        items: ranked.map((x) => `${title(x.planId)} — ${x.points}`),
      },
    );
  }
  return blocks;
}

/**
 * [P1][P2] The timeline as the screens show it: each plan's latest voted result, placed by the
 * shared rule; plans without a year in the period are listed as unplaced, never dropped.
 */
function timeline(d: OutcomeData, L: Labels): Block[] {
  const pb = d.planbehov;
  const lastRound = pb.rounds.at(-1)?.round ?? 0;
  const t = buildTimeline(pb.plans, latestVotedResults(pb.rounds), d.workshop.period);
  const item = (e: TimelineEntry) =>
    `${e.title} (${[
      L.decisions[e.decision],
      ...(e.year !== null && !isPlacedYear(e.year, d.workshop.period) ? [String(e.year)] : []),
      ...(e.round < lastRound ? [fill(L.round, { round: e.round }).toLowerCase()] : []),
    ].join(', ')})`;
  const rows = t.columns.map((c) => [String(c.year), c.entries.map(item).join('; ') || L.none]);
  if (t.unplaced.length > 0) rows.push([L.unplaced, t.unplaced.map(item).join('; ')]);
  return [
    { type: 'heading', level: 3, text: L.timeline },
    { type: 'table', caption: L.timeline, header: [L.year, L.plans], rows },
  ];
}

export function planbehov(d: OutcomeData, L: Labels, options: SectionOptions = {}): Block[] {
  const pb = d.planbehov;
  const blocks: Block[] = [{ type: 'heading', level: 2, text: L.planbehov }];
  if (pb.plans.length === 0)
    return [...blocks, { type: 'paragraph', text: L.planbehovNone, emphasis: 'note' }];
  if (!options.brief)
    blocks.push({
      type: 'table',
      caption: L.plans,
      header: [L.plan, L.planType, L.proposal],
      rows: pb.plans.map((p) => [
        p.title,
        p.planType,
        `${L.decisions[p.proposal]}${p.proposalYear ? ` ${p.proposalYear}` : ''}`,
      ]),
    });
  for (const r of options.brief ? pb.rounds.slice(-1) : pb.rounds) blocks.push(...round(d, L, r));
  if (pb.voting.round > 0 && !pb.voting.revealed)
    blocks.push({ type: 'paragraph', text: L.notRevealed, emphasis: 'note' });
  if (pb.rounds.length > 0) blocks.push(...timeline(d, L));
  return blocks;
}

export function argumentsSection(d: OutcomeData, L: Labels, options: SectionOptions = {}): Block[] {
  const a = d.arguments;
  const blocks: Block[] = [{ type: 'heading', level: 2, text: L.arguments }];
  if (a.norms.length > 0 && !options.brief) {
    blocks.push({ type: 'heading', level: 3, text: L.norms });
    blocks.push({ type: 'list', ordered: false, items: a.norms });
  }
  if (a.questions.length === 0 && a.norms.length === 0 && !options.brief)
    blocks.push({ type: 'paragraph', text: L.argumentsNone, emphasis: 'note' });
  for (const q of a.questions) {
    // A brief section shows a question only over its syntheses: never an empty heading.
    if (options.brief && !a.syntheses.some((s) => s.questionId === q.id)) continue;
    blocks.push({
      type: 'heading',
      level: 3,
      text: q.problemType
        ? `${q.text} (${L.problemType}: ${L.problemTypes[q.problemType]})`
        : q.text,
    });
    const entries = a.entries.filter(
      (e) => e.questionId === q.id && e.status === 'visible' && e.text !== null,
    );
    const who = (role: ParticipantRole | 'facilitator', name: string | null) =>
      name ? `${name}, ${L.roles[role]}` : L.roles[role];
    const positions = options.brief ? [] : entries.filter((e) => e.kind === 'position');
    if (positions.length > 0) blocks.push({ type: 'paragraph', text: `${L.positions}:` });
    for (const p of positions) {
      const items = entries
        .filter((e) => e.parentId === p.id)
        .map(
          (e) =>
            `${L[e.kind as 'pro' | 'con' | 'consequence']}: ${e.text} (${who(e.authorRole, e.authorName)}; ${fill(L.supports, { count: e.supports })})`,
        );
      blocks.push({
        type: 'list',
        ordered: false,
        items: [
          `${p.text} (${who(p.authorRole, p.authorName)}; ${fill(L.supports, { count: p.supports })})`,
        ],
      });
      if (items.length > 0) blocks.push({ type: 'list', ordered: false, items });
    }
    const syntheses = a.syntheses.filter((s) => s.questionId === q.id);
    if (syntheses.length > 0) blocks.push({ type: 'paragraph', text: `${L.syntheses}:` });
    for (const s of syntheses) {
      blocks.push({ type: 'list', ordered: false, items: [s.text] });
      for (const c of d.consent.filter(
        (c) => c.subject.kind === 'synthesis' && c.subject.id === s.id,
      )) {
        blocks.push(...consentBlocks(L, c));
      }
    }
  }
  const text = (id: string) => a.entries.find((e) => e.id === id)?.text ?? L.none;
  // The summary lists what is still open; the document keeps the whole register.
  const conflicts = options.brief
    ? a.conflicts.filter((c) => c.status !== 'resolved')
    : a.conflicts;
  if (conflicts.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: L.conflicts });
    blocks.push({
      type: 'table',
      caption: L.conflicts,
      header: [L.between, L.note, L.handling, L.status],
      rows: conflicts.map((c) => [
        `${text(c.positionIds[0])} / ${text(c.positionIds[1])}`,
        [c.description, c.note].filter((x) => x !== '').join(' — '),
        c.handling ? L.handlings[c.handling] : L.none,
        L.conflictStatus[c.status],
      ]),
    });
  }
  if (options.brief && blocks.length === 1)
    blocks.push({ type: 'paragraph', text: L.summaryArgumentsNone, emphasis: 'note' });
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
      ...ambitions(d, L),
      ...planbehov(d, L),
      ...argumentsSection(d, L),
      ...oppdragBlocks(
        { view: d.oppdrag, focusAreas: d.workshop.focusAreas, tables: d.workshop.tables },
        d.workshop.language,
      ),
      // Only a workshop with a round table gets its section.
      ...(d.workshop.agenda.some((p) => p.activity === 'rundebord')
        ? rundebordBlocks(d.rundebord, d.workshop.language)
        : []),
      ...evaluationBlocks(d.evaluering ?? null, d.workshop.language),
    ],
  };
}
