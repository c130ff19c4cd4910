import { ConsentLimits } from '@samskap/shared/consent';
import { discussedRounds, PlanbehovLimits } from '@samskap/shared/planbehov';
import type { WorkshopExport } from './format';
import { Problems } from './problems';

const ROLES = ['folkevalgt', 'administrasjon', 'annen'] as const;

type Round = WorkshopExport['planbehov']['rounds'][number];
type Tally = NonNullable<Round['plans'][number]['all']>;
type ConsentCounts = NonNullable<NonNullable<WorkshopExport['consent'][number]['result']>['all']>;

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

type Entry = WorkshopExport['arguments']['entries'][number];

/**
 * The entries on a loop of `link`, in one pass: each entry has one such link, so a walk from
 * each not yet seen either ends, joins a finished walk, or comes back onto itself (a loop).
 */
function onLoops(entries: Map<string, Entry>, link: 'parentId' | 'mergedInto'): Set<string> {
  const state = new Map<string, 'walking' | 'done'>();
  const looped = new Set<string>();
  for (const start of entries.keys()) {
    const walk: string[] = [];
    let at: string | null = start;
    while (at !== null && entries.has(at) && !state.has(at)) {
      state.set(at, 'walking');
      walk.push(at);
      at = entries.get(at)![link];
    }
    if (at !== null && state.get(at) === 'walking')
      for (const id of walk.slice(walk.indexOf(at))) looped.add(id);
    for (const id of walk) state.set(id, 'done');
  }
  return looped;
}

/**
 * [T3] Everything that refers to something else in the file finds it there, ids are unique,
 * and nothing follows, answers or merges into itself, directly or round a loop.
 */
function checkReferences(x: WorkshopExport, p: Problems): void {
  const unique = (ids: string[], path: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) p.add('duplicate_id', `${path}.${i}.id`, `two share the id ${id}`, { id });
      seen.add(id);
    });
    return seen;
  };
  const missing = (path: string, id: string) =>
    p.add('unknown_reference', path, `refers to ${id}, which is not in the file`, { id });

  const tables = new Set(x.workshop.setup.tables.map((t) => t.id));
  x.participants.forEach((person, i) => {
    if (!tables.has(person.tableId)) missing(`participants.${i}.tableId`, person.tableId);
  });
  if (x.workshop.run.phaseIndex >= x.workshop.setup.agenda.length)
    p.add('past_agenda', 'workshop.run.phaseIndex', 'past the end of the agenda', {
      phases: x.workshop.setup.agenda.length,
    });
  const plans = unique(
    x.planbehov.plans.map((pl) => pl.id),
    'planbehov.plans',
  );
  x.planbehov.rounds.forEach((r, i) => {
    r.plans.forEach((res, j) => {
      if (!plans.has(res.planId)) missing(`planbehov.rounds.${i}.plans.${j}.planId`, res.planId);
    });
  });
  unique(
    x.consent.map((c) => c.id),
    'consent',
  );

  const a = x.arguments;
  const questions = unique(
    a.questions.map((q) => q.id),
    'arguments.questions',
  );
  const groups = unique(
    a.groups.map((g) => g.id),
    'arguments.groups',
  );
  const entries = new Map(a.entries.map((e) => [e.id, e]));
  const loops = {
    parentId: onLoops(entries, 'parentId'),
    mergedInto: onLoops(entries, 'mergedInto'),
  };
  unique(
    a.entries.map((e) => e.id),
    'arguments.entries',
  );
  if (a.shownQuestionId !== null && !questions.has(a.shownQuestionId))
    missing('arguments.shownQuestionId', a.shownQuestionId);
  a.groups.forEach((g, i) => {
    if (!questions.has(g.questionId)) missing(`arguments.groups.${i}.questionId`, g.questionId);
  });
  a.syntheses.forEach((s, i) => {
    if (!questions.has(s.questionId)) missing(`arguments.syntheses.${i}.questionId`, s.questionId);
  });
  a.entries.forEach((e, i) => {
    const at = `arguments.entries.${i}`;
    if (!questions.has(e.questionId)) missing(`${at}.questionId`, e.questionId);
    if (e.groupId !== null && !groups.has(e.groupId)) missing(`${at}.groupId`, e.groupId);
    if (e.author !== null && e.author >= x.participants.length)
      missing(`${at}.author`, `participant ${e.author}`);
    if (e.supports > x.participants.length)
      p.add('supports_above_participants', `${at}.supports`, 'more supporters than participants', {
        supports: e.supports,
        participants: x.participants.length,
      });
    for (const link of ['parentId', 'mergedInto'] as const) {
      const target = e[link];
      if (target === null) continue;
      if (target === e.id) {
        p.add('self_reference', `${at}.${link}`, `entry ${e.id} refers to itself`, { id: e.id });
        continue;
      }
      if (!entries.has(target)) {
        missing(`${at}.${link}`, target);
        continue;
      }
      if (loops[link].has(e.id))
        p.add('reference_cycle', `${at}.${link}`, `entry ${e.id} is part of a loop`, { id: e.id });
    }
  });
  a.conflicts.forEach((c, i) => {
    c.positionIds.forEach((id, j) => {
      if (!entries.has(id)) missing(`arguments.conflicts.${i}.positionIds.${j}`, id);
    });
    if (c.positionIds[0] === c.positionIds[1])
      p.add('self_reference', `arguments.conflicts.${i}.positionIds`, 'a conflict with itself', {
        id: c.positionIds[0],
      });
  });
}

/** A group's tally: decisions add up to its ballots, years and points stay within them. */
function checkTally(t: Tally, path: string, budget: number, p: Problems): void {
  const decided = sum(Object.values(t.decisions));
  if (decided !== t.ballots)
    p.add('decisions_not_ballots', path, `${decided} decisions for ${t.ballots} ballots`, {
      decisions: decided,
      ballots: t.ballots,
    });
  const years = sum(t.startYears.map((y) => y.count));
  const proposing = t.decisions.revise + t.decisions.new;
  if (years > proposing)
    p.add('start_years_above_decisions', path, `${years} start years for ${proposing} ballots`, {
      years,
      ballots: proposing,
    });
  if (t.points > t.ballots * budget)
    p.add('points_above_budget', path, `${t.points} points from ${t.ballots} ballots`, {
      points: t.points,
      ballots: t.ballots,
      budget,
    });
}

/**
 * [T4] The planbehov rounds: numbered 1, 2, … as the voting says; turnout within the
 * electorate and adding up by role; each plan's tally consistent, within the turnout and the
 * points budget, its role splits shown only from the minimum group size and within the whole;
 * the ranking the plans' points.
 */
function checkRounds(x: WorkshopExport, p: Problems): void {
  const { voting, rounds } = x.planbehov;
  const budget = voting.pointsBudget;
  // [RL4] The export holds the discussed rounds and no others.
  const expected = discussedRounds(voting).length;
  if (rounds.length !== expected)
    p.add('rounds_mismatch', 'planbehov.rounds', `${rounds.length} rounds, expected ${expected}`, {
      rounds: rounds.length,
      expected,
    });
  const byRole = Object.fromEntries(
    ROLES.map((r) => [r, x.participants.filter((pp) => pp.role === r).length]),
  ) as Record<(typeof ROLES)[number], number>;
  rounds.forEach((r, i) => {
    const at = `planbehov.rounds.${i}`;
    if (r.round !== i + 1)
      p.add('rounds_mismatch', `${at}.round`, `round ${r.round} in place ${i + 1}`, {
        rounds: r.round,
        expected: i + 1,
      });
    const t = r.turnout;
    if (t.voted > t.eligible)
      p.add('turnout_above_eligible', `${at}.turnout`, `${t.voted} of ${t.eligible} voted`, {
        voted: t.voted,
        eligible: t.eligible,
      });
    if (t.eligible > x.participants.length)
      p.add('eligible_above_participants', `${at}.turnout.eligible`, 'more voters than people', {
        eligible: t.eligible,
        participants: x.participants.length,
      });
    for (const role of ROLES) {
      const rt = t.byRole[role];
      // A role's turnout withheld under [D4] (null) can only be checked against the whole.
      if ((rt.voted ?? 0) > rt.eligible || rt.eligible > byRole[role])
        p.add('turnout_above_eligible', `${at}.turnout.byRole.${role}`, 'more voted than could', {
          voted: rt.voted ?? 0,
          eligible: Math.min(rt.eligible, byRole[role]),
        });
    }
    const shownRoles = ROLES.map((role) => t.byRole[role].voted);
    const rolesVoted = sum(shownRoles.map((v) => v ?? 0));
    const rolesEligible = sum(ROLES.map((role) => t.byRole[role].eligible));
    const votedMismatch = shownRoles.includes(null) ? rolesVoted > t.voted : rolesVoted !== t.voted;
    if (votedMismatch || rolesEligible !== t.eligible)
      p.add('turnout_roles_mismatch', `${at}.turnout`, 'the roles do not add up to the whole', {
        voted: t.voted,
        rolesVoted,
      });
    let points = 0;
    r.plans.forEach((plan, j) => {
      const pa = `${at}.plans.${j}`;
      const all = plan.all;
      // [D1] A plan withheld as a whole shows no split either.
      if (all === null) {
        for (const role of ROLES)
          if (plan.byRole[role] !== null)
            p.add('role_above_all', `${pa}.byRole.${role}`, 'a split of a withheld plan', {
              ballots: plan.byRole[role]?.ballots ?? 0,
            });
        return;
      }
      checkTally(all, `${pa}.all`, budget, p);
      points += all.points;
      if (all.ballots > t.voted)
        p.add('ballots_above_turnout', `${pa}.all.ballots`, 'more ballots than voters', {
          ballots: all.ballots,
          voted: t.voted,
        });
      for (const role of ROLES) {
        const g = plan.byRole[role];
        if (g === null) continue;
        checkTally(g, `${pa}.byRole.${role}`, budget, p);
        if (g.ballots < PlanbehovLimits.minGroupSize)
          p.add('group_too_small', `${pa}.byRole.${role}`, 'a split shown for too few', {
            ballots: g.ballots,
            min: PlanbehovLimits.minGroupSize,
          });
        if (
          g.ballots > Math.min(all.ballots, t.byRole[role].voted ?? all.ballots) ||
          g.points > all.points
        )
          p.add('role_above_all', `${pa}.byRole.${role}`, 'a role counts more than the whole', {
            ballots: g.ballots,
          });
      }
    });
    if (points > t.voted * budget)
      p.add('points_above_budget', `${at}.plans`, `${points} points from ${t.voted} voters`, {
        points,
        ballots: t.voted,
        budget,
      });
    const ranked = new Map(r.ranking.map((e) => [e.planId, e.points]));
    const shownPlans = r.plans.filter((plan) => plan.all !== null);
    if (
      ranked.size !== shownPlans.length ||
      shownPlans.some((plan) => ranked.get(plan.planId) !== plan.all?.points)
    )
      p.add('ranking_mismatch', `${at}.ranking`, 'the ranking is not the plans’ points');
  });
}

function checkConsentCounts(c: ConsentCounts, path: string, p: Problems): void {
  const counted = sum(c.counts);
  if (counted !== c.answers)
    p.add('answers_mismatch', path, `${counted} counted for ${c.answers} answers`, {
      counted,
      answers: c.answers,
    });
}

/** [T4] Consent checks: counts add up, within who answered and who was there; hidden stays hidden. */
function checkConsent(x: WorkshopExport, p: Problems): void {
  x.consent.forEach((c, i) => {
    const at = `consent.${i}`;
    if (c.answered > x.participants.length)
      p.add('answered_above_participants', `${at}.answered`, 'more answers than people', {
        answered: c.answered,
        participants: x.participants.length,
      });
    if (c.result === null) return;
    if (!c.revealed)
      p.add('result_before_reveal', `${at}.result`, 'a result for a check not revealed');
    const all = c.result.all;
    // [D1] A result withheld as a whole shows no split either.
    if (all === null) {
      if (ROLES.some((role) => c.result?.byRole[role] !== null))
        p.add('role_above_all', `${at}.result.byRole`, 'a split of a withheld result', {
          ballots: 0,
        });
      return;
    }
    checkConsentCounts(all, `${at}.result.all`, p);
    if (all.answers > c.answered)
      p.add('answers_mismatch', `${at}.result.all`, 'more counted than answered', {
        counted: all.answers,
        answers: c.answered,
      });
    let roles = 0;
    for (const role of ROLES) {
      const g = c.result.byRole[role];
      if (g === null) continue;
      checkConsentCounts(g, `${at}.result.byRole.${role}`, p);
      roles += g.answers;
      if (g.answers < ConsentLimits.minGroupSize)
        p.add('group_too_small', `${at}.result.byRole.${role}`, 'a split shown for too few', {
          ballots: g.answers,
          min: ConsentLimits.minGroupSize,
        });
    }
    if (roles > all.answers)
      p.add('role_above_all', `${at}.result.byRole`, 'the roles count more than the whole', {
        ballots: roles,
      });
  });
}

/** [T3–T4] Every cross-check of an export whose shape is valid; throws naming all it found. */
export function checkConsistency(x: WorkshopExport): void {
  const p = new Problems();
  checkReferences(x, p);
  checkRounds(x, p);
  checkConsent(x, p);
  p.check();
}
