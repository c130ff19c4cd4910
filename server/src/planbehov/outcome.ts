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
import type { Block } from '@samskap/shared/outcome';
import type { OutcomeSection, SectionOptions } from '../activities/module';
import type { OutcomeData } from '../outcome/collect';
import { fill, LABELS, type Labels } from '../outcome/labels';

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

function planbehovBlocks(d: OutcomeData, L: Labels, options: SectionOptions): Block[] {
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

/**
 * The plan list, each round's results and ranking, and the timeline. The summary phase's brief
 * version has the latest round only, and only while the results are revealed on the screens.
 */
export const planbehovSection: OutcomeSection = {
  inSummary: true,
  blocks(d, language, options) {
    const shown =
      options.brief && !d.planbehov.voting.revealed
        ? { ...d, planbehov: { ...d.planbehov, rounds: [] } }
        : d;
    return planbehovBlocks(shown, LABELS[language], options);
  },
};
