import type { ConsentCheck } from '@samskap/shared/consent';
import type { OwnBallot, PlanbehovView } from '@samskap/shared/planbehov';
import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse, JoinResponse } from '@samskap/shared/workshop';
import { describe, expect, it } from 'vitest';
import { inProcessApp } from '../testing/inProcessApp';
import { waitFor } from '../testing/waitFor';

type Role = 'folkevalgt' | 'administrasjon' | 'annen';

async function setup(roles: Role[]) {
  const t = inProcessApp();
  const w = await t.call<CreateWorkshopResponse>(
    'POST',
    '/workshops',
    planstrategiTemplate('nb', 2025),
  );
  const id = w.body.workshop.id;
  const f = w.body.facilitatorToken;
  const base = `/workshops/${id}/planbehov`;
  const planIds: string[] = [];
  for (const title of ['Arealdelen', 'Helseplanen', 'Boligplanen']) {
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
    planIds.push((await t.call<{ id: string }>('POST', `${base}/plans`, plan, f)).body.id);
  }
  const people: JoinResponse[] = [];
  for (const role of roles)
    people.push(
      (await t.call<JoinResponse>('POST', '/join', { code: w.body.workshop.joinCode, role })).body,
    );
  const vote = (p: JoinResponse, plan: number, body: Record<string, unknown>) =>
    t.call<{ ballots: OwnBallot[] }>(
      'PUT',
      `${base}/ballots/${planIds[plan]}`,
      body,
      p.participantToken,
    );
  const act = (action: string) => t.call('POST', `${base}/voting`, { action }, f);
  const view = async () =>
    (await t.call<PlanbehovView>('GET', base, undefined, w.body.projectorToken)).body;
  const remove = (p: JoinResponse) =>
    t.call(
      'POST',
      `/workshops/${id}/actions`,
      { type: 'participant.remove', participantId: p.participant.id },
      f,
    );
  return { t, id, f, base, planIds, people, vote, act, view, remove };
}

/** Every value in every table of the database file but the participant list, as one string. */
function dump(db: ReturnType<typeof inProcessApp>['db']): string {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'participants'",
    )
    .all();
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM "${t.name}"`).all()));
}

describe('a revealed result', () => {
  it('[D2] does not change when a voter is removed afterwards, and their comment stays', async () => {
    const s = await setup(['folkevalgt', 'folkevalgt', 'folkevalgt', 'folkevalgt']);
    await s.act('open');
    for (const [i, p] of s.people.entries())
      await s.vote(p, 0, { decision: 'drop', comment: `Grunn ${i}` });
    await s.act('close');
    await s.act('reveal');
    const before = await s.view();
    const comments = () =>
      s.t.call<{ comments: unknown }>('GET', `${s.base}/comments`, undefined, s.f);
    const listed = (await comments()).body;
    await s.remove(s.people[3]!);
    expect(await s.view()).toEqual(before);
    expect((await comments()).body).toEqual(listed);
    expect(before.results!.plans[0]!.all?.ballots).toBe(4);
  });

  it('[D3] is never recounted: opening again after a close starts a new round', async () => {
    const s = await setup(['folkevalgt', 'folkevalgt', 'folkevalgt', 'folkevalgt']);
    await s.act('open');
    for (const p of s.people.slice(0, 3)) await s.vote(p, 0, { decision: 'new' });
    await s.act('close');
    await s.act('reveal');
    const first = (await s.view()).results!;
    expect((await s.act('open')).body).toMatchObject({ round: 2, status: 'open' });
    await s.vote(s.people[3]!, 0, { decision: 'drop' });
    await s.act('close');
    await s.act('reveal');
    const v = await s.view();
    expect(v.previous).toEqual(first);
    // The late voter alone in round 2: nothing of that plan is shown.
    expect(v.results!.plans[0]!.all).toBeNull();
  });
});

describe('ballots in the database', () => {
  it('[D7] name no participant while the round is open, and are gone once it closes', async () => {
    const s = await setup(['folkevalgt', 'folkevalgt', 'administrasjon']);
    await s.act('open');
    for (const [i, p] of s.people.entries())
      await s.vote(p, 0, { decision: 'revise', startYear: 2026, comment: `hemmelig ${i}` });
    const open = dump(s.t.db);
    for (const p of s.people) {
      expect(open).not.toContain(p.participant.id);
      expect(open).not.toContain(p.participantToken);
    }
    // A participant can still find and change their own ballot.
    expect((await s.vote(s.people[0]!, 0, { decision: 'drop' })).body.ballots).toMatchObject([
      { decision: 'drop' },
    ]);
    await s.act('close');
    expect(s.t.db.prepare('SELECT count(*) AS n FROM sealed_ballots').get()).toEqual({ n: 0 });
    // Three answered: the comments stay with the aggregate, with nothing to tie them to anyone.
    const closed = dump(s.t.db);
    for (const p of s.people) expect(closed).not.toContain(p.participant.id);
    expect(closed).toContain('hemmelig 1');
  });

  it('[D7] consent answers too: no participant id while open, none left after close', async () => {
    const s = await setup(['folkevalgt', 'folkevalgt', 'folkevalgt']);
    const base = `/workshops/${s.id}/consent`;
    const created = await s.t.call<{ id: string }>(
      'POST',
      base,
      { subject: { kind: 'ambition', id: 'S1' }, statement: 'Bolig først' },
      s.f,
    );
    for (const p of s.people)
      await s.t.call('PUT', `${base}/${created.body.id}/answer`, { value: 2 }, p.participantToken);
    for (const p of s.people) expect(dump(s.t.db)).not.toContain(p.participant.id);
    await s.t.call('POST', `${base}/${created.body.id}/actions`, { action: 'close' }, s.f);
    expect(s.t.db.prepare('SELECT count(*) AS n FROM sealed_consent_answers').get()).toEqual({
      n: 0,
    });
  });

  it('[D3] a reopened consent check is a new check; the closed one keeps its result', async () => {
    const s = await setup(['folkevalgt', 'folkevalgt', 'folkevalgt', 'administrasjon']);
    const base = `/workshops/${s.id}/consent`;
    const { id } = (
      await s.t.call<{ id: string }>(
        'POST',
        base,
        { subject: { kind: 'ambition', id: 'S1' }, statement: 'Bolig først' },
        s.f,
      )
    ).body;
    for (const p of s.people.slice(0, 3))
      await s.t.call('PUT', `${base}/${id}/answer`, { value: 1 }, p.participantToken);
    for (const action of ['close', 'reveal', 'reopen'])
      await s.t.call('POST', `${base}/${id}/actions`, { action }, s.f);
    const checks = (await s.t.call<{ checks: ConsentCheck[] }>('GET', base, undefined, s.f)).body
      .checks;
    expect(checks).toHaveLength(2);
    expect(checks[0]).toMatchObject({ id, status: 'closed', revealed: true, answered: 3 });
    expect(checks[0]!.result!.all).toEqual({ answers: 3, counts: [3, 0, 0, 0, 0] });
    expect(checks[1]).toMatchObject({ status: 'open', answered: 0, statement: 'Bolig først' });
  });

  it('[D8] keep the points budget under concurrent requests from one voter', async () => {
    const s = await setup(['folkevalgt']);
    await s.act('open');
    const results = await Promise.all(
      [0, 1, 2, 0, 1, 2].map((plan) => s.vote(s.people[0]!, plan, { decision: 'new', points: 3 })),
    );
    expect(results.some((r) => r.status === 400)).toBe(true);
    const own = (
      await s.t.call<{ ballots: OwnBallot[] }>(
        'GET',
        `${s.base}/ballots`,
        undefined,
        s.people[0]!.participantToken,
      )
    ).body.ballots;
    expect(own.reduce((sum, b) => sum + b.points, 0)).toBeLessThanOrEqual(5);
  });
});

describe('a workshop that ends with a vote still open', () => {
  it('[D7] seals the open round and open checks: no ballot or answer is left stored', async () => {
    const s = await setup(['folkevalgt', 'folkevalgt', 'folkevalgt']);
    const base = `/workshops/${s.id}/consent`;
    const check = await s.t.call<{ id: string }>(
      'POST',
      base,
      { subject: { kind: 'ambition', id: 'S1' }, statement: 'Bolig først' },
      s.f,
    );
    await s.act('open');
    for (const p of s.people) {
      await s.vote(p, 0, { decision: 'new' });
      await s.t.call('PUT', `${base}/${check.body.id}/answer`, { value: 1 }, p.participantToken);
    }
    expect(
      (await s.t.call('POST', `/workshops/${s.id}/actions`, { type: 'workshop.end' }, s.f)).status,
    ).toBe(200);
    const left = () =>
      s.t.db
        .prepare<[], { n: number }>(
          'SELECT (SELECT count(*) FROM sealed_ballots) + (SELECT count(*) FROM sealed_consent_answers) AS n',
        )
        .get()!.n;
    await waitFor(() => left() === 0, 'the open round and check sealed');
    expect((await s.view()).voting.status).toBe('closed');
    expect(await s.t.planbehov.results(s.id, 1)).toMatchObject({ turnout: { voted: 3 } });
  });
});

describe('[X3] an ended workshop changes no more', () => {
  it('[X3] refuses to withdraw a ballot once the workshop has ended, and the ballot stays', async () => {
    const s = await setup(['folkevalgt', 'administrasjon', 'annen']);
    await s.act('open');
    const voter = s.people[0]!;
    await s.vote(voter, 0, { decision: 'new' });
    const ballots = () =>
      s.t.call<{ ballots: OwnBallot[] }>(
        'GET',
        `${s.base}/ballots`,
        undefined,
        voter.participantToken,
      );
    expect((await ballots()).body.ballots).toHaveLength(1);
    // The end as stored, before (or without) the seal that follows it: the window in which a
    // withdrawal went through although the workshop was read-only.
    s.t.db.prepare('UPDATE workshops SET ended_at = ? WHERE id = ?').run(Date.now(), s.id);

    const withdrawn = await s.t.call(
      'DELETE',
      `${s.base}/ballots/${s.planIds[0]}`,
      undefined,
      voter.participantToken,
    );
    expect(withdrawn.status).toBe(409);
    expect(withdrawn.body.error?.code).toBe('workshop_ended');
    expect((await ballots()).body.ballots).toHaveLength(1);
  });

  it('[X3] refuses every other change to the ballots and the list after the end', async () => {
    const s = await setup(['folkevalgt', 'administrasjon', 'annen']);
    await s.act('open');
    s.t.db.prepare('UPDATE workshops SET ended_at = ? WHERE id = ?').run(Date.now(), s.id);
    const refusals = [
      await s.vote(s.people[0]!, 1, { decision: 'new' }),
      await s.act('close'),
      await s.t.call('DELETE', `${s.base}/plans/${s.planIds[2]}`, undefined, s.f),
    ];
    expect(refusals.map((r) => r.body.error?.code)).toEqual([
      'workshop_ended',
      'workshop_ended',
      'workshop_ended',
    ]);
  });
});
