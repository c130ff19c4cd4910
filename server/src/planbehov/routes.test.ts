import type { OwnBallot, PlanbehovView, VotingState } from '@samskap/shared/planbehov';
import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse, JoinResponse } from '@samskap/shared/workshop';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { inProcessApp } from '../testing/inProcessApp';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
let call: ReturnType<typeof inProcessApp>['call'];

beforeEach(() => {
  call = inProcessApp().call;
});

interface Setup {
  id: string;
  f: string;
  projector: string;
  base: string;
  people: JoinResponse[];
}

async function workshopWithPlans(
  roles: Array<'folkevalgt' | 'administrasjon' | 'annen'> = ['folkevalgt', 'administrasjon'],
): Promise<Setup> {
  const w = await call<CreateWorkshopResponse>(
    'POST',
    '/workshops',
    planstrategiTemplate('nb', 2025),
  );
  const id = w.body.workshop.id;
  const base = `/workshops/${id}/planbehov`;
  const imported = await call(
    'POST',
    `${base}/import`,
    new Uint8Array(fixture('planbehov-fjordvik.csv')),
    w.body.facilitatorToken,
  );
  expect(imported.status).toBe(200);
  const people: JoinResponse[] = [];
  for (const role of roles) {
    people.push(
      (await call<JoinResponse>('POST', '/join', { code: w.body.workshop.joinCode, role })).body,
    );
  }
  return { id, f: w.body.facilitatorToken, projector: w.body.projectorToken, base, people };
}

const view = async (s: Setup, token = s.f) =>
  (await call<PlanbehovView>('GET', s.base, undefined, token)).body;
const voting = (s: Setup, action: string) =>
  call<VotingState>('POST', `${s.base}/voting`, { action }, s.f);

describe('the plan list', () => {
  it('imports the planning office’s CSV and shows the administration’s proposal', async () => {
    const s = await workshopWithPlans();
    const v = await view(s);
    expect(v.plans).toHaveLength(18);
    expect(v.plans[2]).toMatchObject({
      title: 'Kommunedelplan helse og omsorg 2020–2030',
      proposal: 'revise',
      proposalYear: 2026,
    });
  });

  it('refuses a bad file whole, naming line and field, and keeps the list as it was', async () => {
    const s = await workshopWithPlans();
    const res = await call(
      'POST',
      `${s.base}/import`,
      new Uint8Array(fixture('planbehov-bad-years.csv')),
      s.f,
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'import_refused', field: 'vedtatt' });
    expect(res.body.error?.message).toMatch(/^Line 2, vedtatt: "tjuetjue" is not a year/);
    expect(res.body.error?.details?.problems).toHaveLength(2);
    expect((await view(s)).plans).toHaveLength(18);
  });

  it('refuses a file over the size limit with its own message', async () => {
    const s = await workshopWithPlans();
    const res = await call(
      'POST',
      `${s.base}/import`,
      new Uint8Array(2 * 1024 * 1024).fill(65),
      s.f,
    );
    expect(res.status).toBe(413);
    expect(res.body.error?.code).toBe('file_too_large');
  });

  it('lets the facilitator add, edit and remove plans by hand until voting opens', async () => {
    const s = await workshopWithPlans();
    const plan = {
      title: 'Ny plan',
      planType: 'temaplan',
      adoptedYear: null,
      proposal: 'new',
      proposalYear: 2027,
      requiredByLaw: false,
      focusArea: null,
      description: null,
    };
    const added = await call<{ id: string }>('POST', `${s.base}/plans`, plan, s.f);
    expect(added.status).toBe(201);
    expect(
      (await call('PUT', `${s.base}/plans/${added.body.id}`, { ...plan, title: 'Endret' }, s.f))
        .status,
    ).toBe(200);
    expect((await view(s)).plans.at(-1)?.title).toBe('Endret');
    expect(
      (await call('POST', `${s.base}/plans`, { ...plan, title: '' }, s.f)).body.error?.field,
    ).toBe('title');
    await voting(s, 'open');
    expect(
      (await call('DELETE', `${s.base}/plans/${added.body.id}`, undefined, s.f)).body.error?.code,
    ).toBe('voting_started');
    expect(
      (
        await call(
          'POST',
          `${s.base}/import`,
          new Uint8Array(fixture('planbehov-fjordvik.csv')),
          s.f,
        )
      ).body.error?.code,
    ).toBe('voting_started');
  });
});

describe('ballots', () => {
  it('are taken only while voting is open, within the budget and the period, from participants only', async () => {
    const s = await workshopWithPlans();
    const [p] = s.people;
    const plan = (await view(s)).plans[0]!.id;
    const put = (body: unknown, token = p!.participantToken, planId = plan) =>
      call<{ ballots: OwnBallot[] }>('PUT', `${s.base}/ballots/${planId}`, body, token);
    expect((await put({ decision: 'revise' })).body.error?.code).toBe('voting_not_open');
    await voting(s, 'open');
    expect((await put({ decision: 'revise', startYear: 2026, points: 3 })).status).toBe(200);
    const second = (await view(s)).plans[1]!.id;
    expect(
      (await put({ decision: 'new', points: 3 }, p!.participantToken, second)).body.error?.code,
    ).toBe('over_budget');
    expect((await put({ decision: 'new', points: 2 }, p!.participantToken, second)).status).toBe(
      200,
    );
    expect((await put({ decision: 'revise', startYear: 2035 })).body.error?.code).toBe(
      'year_outside_period',
    );
    expect((await put({ decision: 'maybe' })).body.error?.field).toBe('decision');
    expect(
      (await put({ decision: 'drop', participantId: s.people[1]!.participant.id })).status,
    ).toBe(400);
    expect((await put({ decision: 'drop' }, s.projector)).status).toBe(403);
    expect((await put({ decision: 'drop' }, s.f)).status).toBe(403);
    await voting(s, 'close');
    expect((await put({ decision: 'drop' })).body.error?.code).toBe('voting_not_open');
  });

  it('may be changed until voting closes, and each participant sees only their own', async () => {
    const s = await workshopWithPlans();
    const [a, b] = s.people;
    const plan = (await view(s)).plans[0]!.id;
    await voting(s, 'open');
    await call(
      'PUT',
      `${s.base}/ballots/${plan}`,
      { decision: 'revise', comment: 'A sin mening' },
      a!.participantToken,
    );
    await call('PUT', `${s.base}/ballots/${plan}`, { decision: 'drop' }, a!.participantToken);
    await call('PUT', `${s.base}/ballots/${plan}`, { decision: 'new' }, b!.participantToken);
    const own = await call<{ ballots: OwnBallot[] }>(
      'GET',
      `${s.base}/ballots`,
      undefined,
      a!.participantToken,
    );
    expect(own.body.ballots).toEqual([
      { planId: plan, decision: 'drop', startYear: null, comment: '', points: 0 },
    ]);
    expect(JSON.stringify(own.body)).not.toContain(b!.participant.id);
  });

  it('refuses a removed participant’s ballot', async () => {
    const s = await workshopWithPlans();
    const [a] = s.people;
    const plan = (await view(s)).plans[0]!.id;
    await voting(s, 'open');
    await call(
      'POST',
      `/workshops/${s.id}/actions`,
      { type: 'participant.remove', participantId: a!.participant.id },
      s.f,
    );
    const res = await call(
      'PUT',
      `${s.base}/ballots/${plan}`,
      { decision: 'new' },
      a!.participantToken,
    );
    expect(res.body.error?.code).toBe('participant_removed');
  });
});

describe('voting rounds and results', () => {
  it('keeps the settings fixed once the first ballot is in', async () => {
    const s = await workshopWithPlans();
    expect(
      (
        await call(
          'PUT',
          `${s.base}/settings`,
          { pointsBudget: 3, eligibleRoles: ['folkevalgt'] },
          s.f,
        )
      ).status,
    ).toBe(200);
    await voting(s, 'open');
    await call(
      'PUT',
      `${s.base}/ballots/${(await view(s)).plans[0]!.id}`,
      { decision: 'new' },
      s.people[0]!.participantToken,
    );
    const res = await call(
      'PUT',
      `${s.base}/settings`,
      { pointsBudget: 10, eligibleRoles: ['folkevalgt'] },
      s.f,
    );
    expect(res.body.error?.code).toBe('ballots_cast');
  });

  it('hides results until revealed, then shows aggregates split by role where each role has three voters', async () => {
    const s = await workshopWithPlans([
      'folkevalgt',
      'folkevalgt',
      'folkevalgt',
      'administrasjon',
      'administrasjon',
      'administrasjon',
    ]);
    const plan = (await view(s)).plans[0]!.id;
    await voting(s, 'open');
    for (const p of s.people) {
      const decision = p.participant.role === 'folkevalgt' ? 'revise' : 'continue';
      await call(
        'PUT',
        `${s.base}/ballots/${plan}`,
        { decision, startYear: 2026, points: 1, comment: `hemmelig-${p.participant.id}` },
        p.participantToken,
      );
    }
    const before = await view(s, s.projector);
    expect(before.results).toBeNull();
    expect(before.turnout).toMatchObject({ voted: 6, eligible: 6 });
    expect((await voting(s, 'reveal')).body.error?.code).toBe('voting_not_closed');
    await voting(s, 'close');
    await voting(s, 'reveal');
    const after = await view(s, s.projector);
    const r = after.results!.plans.find((x) => x.planId === plan)!;
    expect(r.all?.decisions).toMatchObject({ revise: 3, continue: 3 });
    expect(r.byRole.folkevalgt?.decisions.revise).toBe(3);
    expect(r.byRole.administrasjon?.decisions.continue).toBe(3);
    expect(after.results!.ranking[0]).toEqual({ planId: plan, points: 6 });
    const wire = JSON.stringify(after);
    for (const p of s.people) {
      expect(wire).not.toContain(p.participant.id);
      expect(wire).not.toContain('hemmelig');
    }
    const comments = await call<{ comments: Array<{ comments: string[] }> }>(
      'GET',
      `${s.base}/comments`,
      undefined,
      s.f,
    );
    expect(comments.body.comments[0]!.comments).toHaveLength(6);
    expect((await call('GET', `${s.base}/comments`, undefined, s.projector)).status).toBe(403);
  });

  it('opens a second round after discussion and shows how the aggregate shifted', async () => {
    const s = await workshopWithPlans(['folkevalgt', 'folkevalgt', 'folkevalgt']);
    const plan = (await view(s)).plans[0]!.id;
    await voting(s, 'open');
    for (const p of s.people)
      await call('PUT', `${s.base}/ballots/${plan}`, { decision: 'drop' }, p.participantToken);
    await voting(s, 'close');
    expect((await voting(s, 'newRound')).body).toMatchObject({
      round: 2,
      status: 'open',
      revealed: false,
    });
    for (const p of s.people)
      await call(
        'PUT',
        `${s.base}/ballots/${plan}`,
        { decision: 'revise', startYear: 2027 },
        p.participantToken,
      );
    await voting(s, 'close');
    await voting(s, 'reveal');
    const v = await view(s);
    expect(v.results!.round).toBe(2);
    expect(v.results!.plans[0]!.all?.decisions.revise).toBe(3);
    expect(v.previous!.plans[0]!.all?.decisions.drop).toBe(3);
  });
});
