import type { ConsentCheck } from '@samskap/shared/consent';
import type { BallotDecision, GroupTally, RoundResults } from '@samskap/shared/planbehov';
import type { ParticipantRole } from '@samskap/shared/workshop';
import type { OutcomeData } from './collect';
import type { Block, OutcomeDocument } from './document';
import { fill, LABELS, type Labels } from './labels';

const ROLES: ParticipantRole[] = ['folkevalgt', 'administrasjon', 'annen'];

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
      if (at === undefined) return [p.title, String(p.minutes), L.notRun, L.none];
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

function ambitions(d: OutcomeData, L: Labels): Block[] {
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
  return [
    { type: 'heading', level: 3, text: fill(L.round, { round: r.round }) },
    {
      type: 'paragraph',
      text: fill(L.turnout, { voted: r.turnout.voted, eligible: r.turnout.eligible }),
    },
    {
      type: 'table',
      caption: fill(L.round, { round: r.round }),
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
      // Plans nobody voted on are listed once, below, not as rows of dashes.
      // [D1] Plans with too few ballots to show are left out with those nobody voted on.
      rows: r.plans.flatMap((p) =>
        p.all === null || p.all.ballots === 0
          ? []
          : [
              [
                title(p.planId),
                p.leading ? L.decisions[p.leading] : L.none,
                spread(p.all),
                p.leadingYear !== null ? String(p.leadingYear) : L.none,
                String(p.all.points),
                leadingOf(L, p.byRole.folkevalgt),
                leadingOf(L, p.byRole.administrasjon),
                p.rolesDisagree ? L.yes : L.no,
              ],
            ],
      ),
    },
    {
      type: 'heading',
      level: 3,
      text: `${L.ranking} (${fill(L.round, { round: r.round }).toLowerCase()})`,
    },
    {
      type: 'list',
      ordered: true,
      items: r.ranking.filter((x) => x.points > 0).map((x) => `${title(x.planId)} — ${x.points}`),
    },
  ];
}

function planbehov(d: OutcomeData, L: Labels): Block[] {
  const pb = d.planbehov;
  const blocks: Block[] = [{ type: 'heading', level: 2, text: L.planbehov }];
  if (pb.plans.length === 0)
    return [...blocks, { type: 'paragraph', text: L.planbehovNone, emphasis: 'note' }];
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
  for (const r of pb.rounds) blocks.push(...round(d, L, r));
  if (pb.voting.round > 0 && !pb.voting.revealed)
    blocks.push({ type: 'paragraph', text: L.notRevealed, emphasis: 'note' });
  const last = pb.rounds.at(-1);
  if (last) {
    const byYear = new Map<number, string[]>();
    for (const p of last.plans) {
      if ((p.leading === 'revise' || p.leading === 'new') && p.leadingYear !== null) {
        const title = pb.plans.find((x) => x.id === p.planId)?.title ?? p.planId;
        byYear.set(p.leadingYear, [
          ...(byYear.get(p.leadingYear) ?? []),
          `${title} (${L.decisions[p.leading]})`,
        ]);
      }
    }
    const { start, end } = d.workshop.period;
    blocks.push({ type: 'heading', level: 3, text: L.timeline });
    blocks.push({
      type: 'table',
      caption: L.timeline,
      header: [L.year, L.plans],
      rows: Array.from({ length: end - start + 1 }, (_, i) => [
        String(start + i),
        (byYear.get(start + i) ?? []).join('; ') || L.none,
      ]),
    });
  }
  return blocks;
}

function argumentsSection(d: OutcomeData, L: Labels): Block[] {
  const a = d.arguments;
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: L.arguments },
    { type: 'heading', level: 3, text: L.norms },
  ];
  blocks.push({ type: 'list', ordered: false, items: a.norms });
  for (const q of a.questions) {
    blocks.push({
      type: 'heading',
      level: 3,
      text: q.problemType ? `${q.text} (${L.problemTypes[q.problemType]})` : q.text,
    });
    const entries = a.entries.filter(
      (e) => e.questionId === q.id && e.status === 'visible' && e.text !== null,
    );
    const who = (role: ParticipantRole | 'facilitator', name: string | null) =>
      name ? `${name}, ${L.roles[role]}` : L.roles[role];
    const positions = entries.filter((e) => e.kind === 'position');
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
  if (a.conflicts.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: L.conflicts });
    blocks.push({
      type: 'table',
      caption: L.conflicts,
      header: [L.between, L.note, L.handling, L.status],
      rows: a.conflicts.map((c) => [
        `${text(c.positionIds[0])} / ${text(c.positionIds[1])}`,
        [c.description, c.note].filter((x) => x !== '').join(' — '),
        c.handling ? L.handlings[c.handling] : L.none,
        L.conflictStatus[c.status],
      ]),
    });
  }
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
    ],
  };
}
