import type { ConsentCheck } from '@samskap/shared/consent';
import type { PlanbehovView, RoundResults } from '@samskap/shared/planbehov';
import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse, JoinResponse } from '@samskap/shared/workshop';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectOutcome } from '../outcome/collect';
import {
  ALL_MASK,
  findCommentLeaks,
  findLeaks,
  type ROLE_MASK,
  type Seen,
} from '../testing/differencing';
import { inProcessApp } from '../testing/inProcessApp';
import { DECISIONS, readConsent, readRound, readTurnout, YEARS } from '../testing/readAggregates';

/*
 * [D1]–[D6] as a property: random workshops, ballots and action sequences through the real API
 * (in process), everything each role can see collected after every step (the projector's and a
 * tablet's view, the facilitator's view and comments, the export and the outcome data), and an
 * attacker's search by differencing over all of it together.
 */

type Role = keyof typeof ROLE_MASK;

type Action =
  | {
      kind: 'vote';
      who: number;
      plan: number;
      decision: (typeof DECISIONS)[number];
      year: number | null;
      points: number;
      comment: string;
    }
  | { kind: 'withdraw'; who: number; plan: number }
  | { kind: 'voting'; action: 'open' | 'close' | 'reveal' | 'hide' | 'newRound' }
  | { kind: 'remove'; who: number }
  | { kind: 'join'; role: Role }
  | { kind: 'consentCreate' }
  | { kind: 'consentAnswer'; who: number; value: number }
  | { kind: 'consentAct'; action: 'close' | 'reopen' | 'reveal' | 'hide' }
  | { kind: 'export' }
  | { kind: 'many'; actions: Action[] };

const role = fc.constantFrom<Role>(
  'folkevalgt',
  'folkevalgt',
  'folkevalgt',
  'administrasjon',
  'administrasjon',
  'annen',
);
const vote = fc.record({
  kind: fc.constant('vote' as const),
  who: fc.nat(20),
  plan: fc.nat(1),
  decision: fc.constantFrom(...DECISIONS),
  year: fc.option(fc.constantFrom(...YEARS)),
  points: fc.nat(2),
  comment: fc.constantFrom('', '', 'Viktig', 'Haster', 'Vent'),
});
const consentAnswer = fc.record({
  kind: fc.constant('consentAnswer' as const),
  who: fc.nat(20),
  value: fc.integer({ min: 1, max: 5 }),
});
const steps = (...kinds: Array<'open' | 'close' | 'reveal'>): Action[] =>
  kinds.map((a) => ({ kind: 'voting', action: a }));
/** What a workshop mostly does: many vote on a plan (or answer a check), then close and reveal. */
const session: fc.Arbitrary<Action> = fc.oneof(
  fc
    .tuple(
      fc.uniqueArray(vote, { minLength: 3, maxLength: 9, selector: (v) => v.who % 9 }),
      fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
      fc.nat(1),
    )
    .map(([votes, reveal, plan]) => ({
      kind: 'many' as const,
      actions: [
        ...steps('open'),
        ...votes.map((v) => ({ ...v, plan })),
        ...steps('close', ...(reveal ? ['reveal' as const] : [])),
      ],
    })),
  fc
    .uniqueArray(consentAnswer, { minLength: 2, maxLength: 9, selector: (v) => v.who % 9 })
    .map((answers) => ({
      kind: 'many' as const,
      actions: [
        { kind: 'consentCreate' as const },
        ...answers,
        { kind: 'consentAct' as const, action: 'close' as const },
        { kind: 'consentAct' as const, action: 'reveal' as const },
      ],
    })),
);
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 8, arbitrary: session },
  { weight: 8, arbitrary: vote },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('withdraw' as const),
      who: fc.nat(20),
      plan: fc.nat(1),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('voting' as const),
      action: fc.constantFrom('open', 'close', 'reveal', 'hide', 'newRound' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), who: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('join' as const), role }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'consentCreate' as const }) },
  { weight: 4, arbitrary: consentAnswer },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('consentAct' as const),
      action: fc.constantFrom('close', 'reopen', 'reveal', 'hide' as const),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'export' as const }) },
);

async function run(roles: Role[], actions: Action[]) {
  const t = inProcessApp();
  const { call } = t;
  const created = await call<CreateWorkshopResponse>(
    'POST',
    '/workshops',
    planstrategiTemplate('nb', 2025),
  );
  const id = created.body.workshop.id;
  const f = created.body.facilitatorToken;
  const base = `/workshops/${id}/planbehov`;
  const planIds: string[] = [];
  for (const title of ['Kommuneplanens arealdel', 'Kommunedelplan helse']) {
    const plan = {
      title,
      planType: 'Kommunedelplan',
      adoptedYear: 2015,
      proposal: 'revise',
      proposalYear: 2026,
      requiredByLaw: null,
      focusArea: null,
      description: null,
    };
    planIds.push((await call<{ id: string }>('POST', `${base}/plans`, plan, f)).body.id);
  }
  const people: JoinResponse[] = [];
  const join = async (r: Role) =>
    people.push(
      (await call<JoinResponse>('POST', '/join', { code: created.body.workshop.joinCode, role: r }))
        .body,
    );
  for (const r of roles) await join(r);
  const checks: string[] = [];
  const seen: Seen[] = [];
  const comments: Array<{ question: string; t: number; comments: string[] }> = [];
  const someone = (who: number) => people[who % people.length]!;

  const observe = async (step: number, exported: boolean) => {
    for (const [who, token] of [
      ['projector', created.body.projectorToken],
      ['facilitator', f],
      ['tablet', people[0]!.participantToken],
    ] as const) {
      const res = await call<PlanbehovView>('GET', base, undefined, token);
      if (res.status !== 200) continue; // that tablet was removed
      const v = res.body;
      readTurnout(v.turnout, `turnout:${v.voting.round}`, step, who, seen);
      if (v.results) readRound(v.results, step, `${who} results`, seen);
      if (v.previous) readRound(v.previous, step, `${who} previous`, seen);
      const c = (
        await call<{ checks: ConsentCheck[] }>('GET', `/workshops/${id}/consent`, undefined, token)
      ).body;
      readConsent(c.checks, step, `${who} consent`, seen);
      if (who === 'facilitator') {
        const listed = (
          await call<{ comments: Array<{ planId: string; comments: string[] }> }>(
            'GET',
            `${base}/comments`,
            undefined,
            f,
          )
        ).body;
        for (const l of listed.comments)
          comments.push({
            question: `plan:${v.voting.round}:${l.planId}`,
            t: step,
            comments: l.comments,
          });
      }
    }
    if (!exported) return;
    const e = (
      await call<{ planbehov: { rounds: RoundResults[] }; consent: ConsentCheck[] }>(
        'GET',
        `/workshops/${id}/export`,
        undefined,
        f,
      )
    ).body;
    for (const r of e.planbehov.rounds) readRound(r, step, 'export', seen);
    readConsent(e.consent, step, 'export consent', seen);
    // [D6] The export restored as an archive shows what the original showed, no more.
    const restored = await call<CreateWorkshopResponse>(
      'POST',
      '/workshops/import',
      JSON.stringify(e),
    );
    expect(restored.status).toBe(201);
    const archive = `/workshops/${restored.body.workshop.id}`;
    const token = restored.body.facilitatorToken;
    const av = (await call<PlanbehovView>('GET', `${archive}/planbehov`, undefined, token)).body;
    if (av.results) readRound(av.results, step, 'archive results', seen);
    if (av.previous) readRound(av.previous, step, 'archive previous', seen);
    const ac = (
      await call<{ checks: ConsentCheck[] }>('GET', `${archive}/consent`, undefined, token)
    ).body;
    readConsent(ac.checks, step, 'archive consent', seen);
    const outcome = await collectOutcome(t.outcomeSources, id);
    for (const r of outcome.planbehov.rounds) readRound(r, step, 'outcome', seen);
    readConsent(outcome.consent, step, 'outcome consent', seen);
  };

  let step = 0;
  await observe(step, true);
  const flat = actions.flatMap((a) => (a.kind === 'many' ? a.actions : [a]));
  for (const a of flat) {
    step++;
    switch (a.kind) {
      case 'vote': {
        const ballot = {
          decision: a.decision,
          startYear: a.year,
          points: a.points,
          comment: a.comment,
        };
        await call(
          'PUT',
          `${base}/ballots/${planIds[a.plan]}`,
          ballot,
          someone(a.who).participantToken,
        );
        break;
      }
      case 'withdraw':
        await call(
          'DELETE',
          `${base}/ballots/${planIds[a.plan]}`,
          undefined,
          someone(a.who).participantToken,
        );
        break;
      case 'voting':
        await call('POST', `${base}/voting`, { action: a.action }, f);
        break;
      case 'remove':
        await call(
          'POST',
          `/workshops/${id}/actions`,
          { type: 'participant.remove', participantId: someone(a.who).participant.id },
          f,
        );
        break;
      case 'join':
        await join(a.role);
        break;
      case 'consentCreate': {
        const r = await call<{ id: string }>(
          'POST',
          `/workshops/${id}/consent`,
          { subject: { kind: 'ambition', id: 'a1' }, statement: 'Vi prioriterer bolig.' },
          f,
        );
        if (r.status === 201) checks.push(r.body.id);
        break;
      }
      case 'consentAnswer': {
        const list = (
          await call<{ checks: ConsentCheck[] }>('GET', `/workshops/${id}/consent`, undefined, f)
        ).body.checks;
        const open = list.filter((c) => c.status === 'open');
        const check = open[a.who % Math.max(1, open.length)];
        if (check)
          await call(
            'PUT',
            `/workshops/${id}/consent/${check.id}/answer`,
            { value: a.value },
            someone(a.who).participantToken,
          );
        break;
      }
      case 'consentAct': {
        const list = (
          await call<{ checks: ConsentCheck[] }>('GET', `/workshops/${id}/consent`, undefined, f)
        ).body.checks;
        for (const c of list)
          await call('POST', `/workshops/${id}/consent/${c.id}/actions`, { action: a.action }, f);
        break;
      }
      case 'export':
      case 'many':
        break;
    }
    await observe(step, a.kind === 'export');
  }
  // Every workshop ends with its export looked at (and restored), whatever came before.
  await observe(step + 1, true);
  t.db.close();
  return { leaks: [...findLeaks(seen), ...findCommentLeaks(comments, seen)], seen };
}

/** How much each run showed, so that the property cannot pass by showing nothing. */
const coverage = {
  runs: 0,
  shownPlans: 0,
  shownSplits: 0,
  shownConsent: 0,
  exported: 0,
  archived: 0,
};
function count(seen: Seen[]): void {
  coverage.runs++;
  const has = (f: (s: Seen) => boolean) => (seen.some(f) ? 1 : 0);
  coverage.shownPlans += has((s) => s.question.startsWith('plan:') && s.mask === ALL_MASK);
  coverage.shownSplits += has((s) => s.question.startsWith('plan:') && s.mask !== ALL_MASK);
  coverage.shownConsent += has((s) => s.question.startsWith('consent:'));
  coverage.exported += has((s) => s.where.startsWith('export'));
  coverage.archived += has((s) => s.where.startsWith('archive'));
}

describe('disclosure control, searched by an attacker who sees everything any role sees', () => {
  it('[D1][D2][D3][D4][D5][D6] no combination of shown aggregates, over time and across roles and exports, isolates fewer than 3 answers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(role, { minLength: 3, maxLength: 10 }),
        fc.array(action, { minLength: 3, maxLength: 25 }),
        async (roles, actions) => {
          const { leaks, seen } = await run(roles, actions);
          count(seen);
          expect(leaks).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.DISCLOSURE_RUNS ?? 60) },
    );
    // The generated workshops did reveal results, splits, consent and exports to search.
    console.log('disclosure property coverage', coverage);
    expect(coverage.shownPlans).toBeGreaterThan(coverage.runs / 10);
    expect(coverage.shownSplits).toBeGreaterThan(0);
    expect(coverage.shownConsent).toBeGreaterThan(0);
    expect(coverage.archived).toBeGreaterThan(0);
  }, 120_000);
});
