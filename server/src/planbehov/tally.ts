import {
  BALLOT_DECISIONS,
  PlanbehovLimits,
  type Ballot,
  type BallotDecision,
  type GroupTally,
  type Plan,
  type PlanResult,
  type RoundResults,
  type Turnout,
} from '@samskap/shared/planbehov';
import type { ParticipantRole } from '@samskap/shared/workshop';

/** A stored ballot with what the tally needs to know of its voter (never sent anywhere). */
export interface TallyBallot extends Ballot {
  planId: string;
  participantId: string;
  role: ParticipantRole;
}

export interface Voter {
  id: string;
  role: ParticipantRole;
}

const ROLES: ParticipantRole[] = ['folkevalgt', 'administrasjon', 'annen'];

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

function tallyOf(ballots: TallyBallot[]): GroupTally {
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
function leadingOf(t: GroupTally): BallotDecision | null {
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
 * Aggregates one round. Only eligible, present voters count; a role's split is given only where
 * at least `minGroupSize` of that role voted on the plan, so that no individual ballot can be
 * worked out from what is shown.
 */
export function tallyRound(
  round: number,
  plans: Plan[],
  ballots: TallyBallot[],
  voters: Voter[],
): RoundResults {
  const eligible = new Map(voters.map((v) => [v.id, v]));
  const counted = ballots.filter((b) => eligible.has(b.participantId));
  const turnout: Turnout = {
    voted: new Set(counted.map((b) => b.participantId)).size,
    eligible: voters.length,
    byRole: Object.fromEntries(
      ROLES.map((r) => [
        r,
        {
          voted: new Set(counted.filter((b) => b.role === r).map((b) => b.participantId)).size,
          eligible: voters.filter((v) => v.role === r).length,
        },
      ]),
    ) as Turnout['byRole'],
  };
  const results: PlanResult[] = plans.map((plan) => {
    const mine = counted.filter((b) => b.planId === plan.id);
    const all = tallyOf(mine);
    const byRole = Object.fromEntries(
      ROLES.map((r) => {
        const group = mine.filter((b) => b.role === r);
        return [r, group.length >= PlanbehovLimits.minGroupSize ? tallyOf(group) : null];
      }),
    ) as PlanResult['byRole'];
    const elected = byRole.folkevalgt;
    const admin = byRole.administrasjon;
    return {
      planId: plan.id,
      all,
      byRole,
      leading: leadingOf(all),
      leadingYear: all.startYears[0]?.year ?? null,
      rolesDisagree: elected !== null && admin !== null && leadingOf(elected) !== leadingOf(admin),
    };
  });
  const ranking = results
    .map((r) => ({ planId: r.planId, points: r.all.points }))
    .sort(
      (a, b) =>
        b.points - a.points ||
        plans.findIndex((p) => p.id === a.planId) - plans.findIndex((p) => p.id === b.planId),
    );
  return { round, turnout, plans: results, ranking };
}
