import {
  BALLOT_DECISIONS,
  type Ballot,
  type BallotDecision,
  type GroupTally,
  type Plan,
  type PlanResult,
  type RoundResults,
  type Turnout,
} from '@samskap/shared/planbehov';
import type { ParticipantRole } from '@samskap/shared/workshop';
import { disclose, ROLES } from './disclosure';

/** A stored ballot as the tally sees it: its voter only as an opaque key and a role. */
export interface TallyBallot extends Ballot {
  planId: string;
  /** HMAC of the voter's token and the round ([D7]): distinct per voter, names no one. */
  voterKey: string;
  role: ParticipantRole;
}

/** A round's frozen aggregates and its anonymous comments ([D2], [D5]). */
export interface RoundSnapshot {
  results: RoundResults;
  comments: Array<{ planId: string; comments: string[] }>;
}

function emptyTally(): GroupTally {
  return {
    ballots: 0,
    decisions: Object.fromEntries(BALLOT_DECISIONS.map((d) => [d, 0])) as Record<
      BallotDecision,
      number
    >,
    startYears: [],
    points: 0,
  };
}

function tallyOf(ballots: readonly Ballot[]): GroupTally {
  const t = emptyTally();
  const years = new Map<number, number>();
  for (const b of ballots) {
    t.ballots++;
    t.decisions[b.decision]++;
    t.points += b.points;
    if ((b.decision === 'revise' || b.decision === 'new') && b.startYear !== null) {
      years.set(b.startYear, (years.get(b.startYear) ?? 0) + 1);
    }
  }
  t.startYears = [...years]
    .map(([year, count]) => ({ year, count }))
    .sort((a, b) => b.count - a.count || a.year - b.year);
  return t;
}

/** The single most chosen decision, or null on a tie or with no ballots ("vet ikke" counts too). */
export function leadingOf(t: GroupTally): BallotDecision | null {
  let best: BallotDecision | null = null;
  let bestCount = 0;
  let tie = false;
  for (const d of BALLOT_DECISIONS) {
    const n = t.decisions[d];
    if (n > bestCount) {
      best = d;
      bestCount = n;
      tie = false;
    } else if (n === bestCount && n > 0) tie = true;
  }
  return tie ? null : best;
}

/**
 * Aggregates one round under [D1] and [D4]: every ballot stored for the round counts (a removed
 * participant's cannot be told apart, [D7]); a plan, a role split and a role's turnout are shown
 * only as `disclose` allows. `eligible` counts the voters entitled per role; it is never less
 * than those who voted.
 */
export function tallyRound(
  round: number,
  plans: Plan[],
  ballots: TallyBallot[],
  eligible: Record<ParticipantRole, number>,
): RoundSnapshot {
  const voters = new Map(ballots.map((b) => [b.voterKey, b.role]));
  const byVoter = disclose(
    [...voters.values()].map((role) => ({ role })),
    (g) => g.length,
  );
  const votedIn = (r: ParticipantRole) => [...voters.values()].filter((v) => v === r).length;
  const turnout: Turnout = {
    voted: voters.size,
    eligible: 0,
    byRole: Object.fromEntries(
      ROLES.map((r) => [
        r,
        {
          voted: byVoter.byRole[r],
          eligible: Math.max(eligible[r], votedIn(r)),
          withheld: byVoter.withheld[r],
        },
      ]),
    ) as Turnout['byRole'],
  };
  turnout.eligible = ROLES.reduce((sum, r) => sum + turnout.byRole[r].eligible, 0);
  const comments: RoundSnapshot['comments'] = [];
  const results: PlanResult[] = plans.map((plan) => {
    const mine = ballots.filter((b) => b.planId === plan.id);
    const shown = disclose(mine, tallyOf);
    const texts = mine.map((b) => b.comment).filter((c) => c !== '');
    // [D5]: by text, so the order says nothing about who wrote first.
    if (shown.all && texts.length > 0) comments.push({ planId: plan.id, comments: texts.sort() });
    const elected = shown.byRole.folkevalgt;
    const admin = shown.byRole.administrasjon;
    return {
      planId: plan.id,
      all: shown.all,
      byRole: shown.byRole,
      withheld: shown.withheld,
      leading: shown.all ? leadingOf(shown.all) : null,
      leadingYear: shown.all?.startYears[0]?.year ?? null,
      rolesDisagree: elected !== null && admin !== null && leadingOf(elected) !== leadingOf(admin),
    };
  });
  const ranking = results
    .flatMap((r) => (r.all ? [{ planId: r.planId, points: r.all.points }] : []))
    .sort(
      (a, b) =>
        b.points - a.points ||
        plans.findIndex((p) => p.id === a.planId) - plans.findIndex((p) => p.id === b.planId),
    );
  return { results: { round, turnout, plans: results, ranking }, comments };
}
