import type { OppdragView, OwnPoints } from '@samskap/shared/oppdrag';
import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse, JoinResponse } from '@samskap/shared/workshop';
import { pino } from 'pino';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../http/app';
import { CreationGuard, defaultCreationLimits } from '../http/creationGuard';
import { openDatabase } from '../persistence/database';
import { Presence } from '../workshops/presence';
import { workshopRoutes } from '../workshops/routes';
import { WorkshopService } from '../workshops/service';
import { SqliteWorkshopRepository } from '../workshops/sqliteRepository';
import { SqliteOppdragRepository } from './repository';
import { oppdragRoutes } from './routes';
import { OppdragService } from './service';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

/** The workshop API and this activity's, in process on an in-memory database. */
function testApp() {
  const db = openDatabase(':memory:', { synchronous: 'normal' });
  const workshops = new WorkshopService(new SqliteWorkshopRepository(db));
  const oppdrag = new OppdragService(new SqliteOppdragRepository(db), workshops);
  const app = createApp({
    log: pino({ level: 'silent' }),
    clientDist: '/nonexistent',
    health: () => ({ status: 'ok', version: 't', uptimeSeconds: 0, rooms: 0, connections: 0 }),
    api: [
      workshopRoutes({
        service: workshops,
        presence: new Presence(),
        creations: new CreationGuard(defaultCreationLimits),
      }),
      oppdragRoutes(workshops, oppdrag),
    ],
    maxBodyBytes: 1024 * 1024,
  });
  return async function call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    token?: string,
  ) {
    const res = await app.request(`/api${path}`, {
      method,
      headers: {
        ...(body !== undefined
          ? { 'content-type': body instanceof Uint8Array ? 'text/csv' : 'application/json' }
          : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body:
        body === undefined ? undefined : body instanceof Uint8Array ? body : JSON.stringify(body),
    });
    type ErrorBody = {
      error?: { code: string; field?: string; details?: { problems?: unknown[] } };
    };
    return { status: res.status, body: (await res.json()) as T & ErrorBody };
  };
}

let call: ReturnType<typeof testApp>;
beforeEach(() => {
  call = testApp();
});

interface Setup {
  id: string;
  f: string;
  projector: string;
  base: string;
  t1: JoinResponse;
  t2: JoinResponse;
  code: string;
}

async function setup(): Promise<Setup> {
  const w = await call<CreateWorkshopResponse>(
    'POST',
    '/workshops',
    planstrategiTemplate('nb', 2026),
  );
  const id = w.body.workshop.id;
  const base = `/workshops/${id}/oppdrag`;
  const f = w.body.facilitatorToken;
  expect((await call('POST', `${base}/import`, fixture('oppdrag-fjordvik.csv'), f)).status).toBe(
    200,
  );
  const join = async (tableId: string) =>
    (
      await call<JoinResponse>('POST', '/join', {
        code: w.body.workshop.joinCode,
        role: 'folkevalgt',
        tableId,
      })
    ).body;
  return {
    id,
    f,
    projector: w.body.projectorToken,
    base,
    t1: await join('table-1'),
    t2: await join('table-2'),
    code: w.body.workshop.joinCode,
  };
}

const view = async (s: Setup, token = s.f) =>
  (await call<OppdragView>('GET', s.base, undefined, token)).body;

describe('the oppdrag list', () => {
  it('[OP1] imports the Fjordvik list for every screen to read', async () => {
    const s = await setup();
    const v = await view(s, s.projector);
    expect(v.oppdrag).toHaveLength(16);
    expect(v.oppdrag[0]).toMatchObject({ kind: 'omstilling', goalIds: ['S1-2', 'S3-6'] });
  });

  it('[OP1] refuses the bad file whole and keeps the list as it was', async () => {
    const s = await setup();
    const r = await call('POST', `${s.base}/import`, fixture('oppdrag-unknown-goal.csv'), s.f);
    expect(r.status).toBe(400);
    expect(r.body.error?.code).toBe('import_refused');
    expect(r.body.error?.details?.problems).toHaveLength(2);
    expect((await view(s)).oppdrag).toHaveLength(16);
  });

  it('is edited by hand on the console, and only there', async () => {
    const s = await setup();
    const item = {
      kind: 'endring',
      title: 'Ny skolestruktur',
      goalIds: ['S1-1'],
      owner: 'Oppvekst',
      startYear: 2027,
      endYear: 2028,
      gain: 'Bedre læring',
      funding: 'none',
    };
    const added = await call<{ id: string }>('POST', `${s.base}/items`, item, s.f);
    expect(added.status).toBe(201);
    expect((await call('POST', `${s.base}/items`, item, s.t1.participantToken)).status).toBe(403);
    const bad = await call('POST', `${s.base}/items`, { ...item, goalIds: ['S9-9'] }, s.f);
    expect([bad.status, bad.body.error?.code]).toEqual([404, 'goal_not_found']);
    const reversed = await call('POST', `${s.base}/items`, { ...item, endYear: 2020 }, s.f);
    expect([reversed.status, reversed.body.error?.field]).toEqual([400, 'endYear']);
    await call('PUT', `${s.base}/items/${added.body.id}`, { ...item, title: 'Endret' }, s.f);
    expect((await view(s)).oppdrag.at(-1)?.title).toBe('Endret');
    await call('POST', `${s.base}/items/${added.body.id}/remove`, undefined, s.f);
    expect((await view(s)).oppdrag).toHaveLength(16);
  });
});

describe('at the tables', () => {
  it('[OP2] a table writes only its own judgements, links, questions and proposals', async () => {
    const s = await setup();
    const o = (await view(s)).oppdrag[0]!;
    const judge = (token: string, table: string) =>
      call('PUT', `${s.base}/tables/${table}/judgements/S1-1`, { judgement: 'weak' }, token);
    expect((await judge(s.t1.participantToken, 'table-1')).status).toBe(200);
    const other = await judge(s.t1.participantToken, 'table-2');
    expect([other.status, other.body.error?.code]).toEqual([403, 'not_your_table']);
    const link = await call(
      'PUT',
      `${s.base}/tables/table-2/links`,
      { goalId: 'S2-1', oppdragId: o.id, linked: true },
      s.t1.participantToken,
    );
    expect(link.status).toBe(403);
    const proposal = await call(
      'POST',
      `${s.base}/tables/table-2/proposals`,
      { goalId: 'S2-1', title: 'X', kind: 'utvikling', gain: '' },
      s.t1.participantToken,
    );
    expect(proposal.status).toBe(403);
    expect((await judge(s.projector, 'table-1')).status).toBe(403);
    const v = await view(s);
    expect(v.tables['table-1']?.judgements).toEqual({ 'S1-1': 'weak' });
    expect(v.tables['table-2']).toBeUndefined();
  });

  it('[OP4] sending a judgement again changes nothing; null takes it back', async () => {
    const s = await setup();
    const put = (judgement: string | null) =>
      call('PUT', `${s.base}/tables/table-1/judgements/S1-1`, { judgement }, s.t1.participantToken);
    await put('followed');
    await put('followed');
    expect((await view(s)).tables['table-1']?.judgements).toEqual({ 'S1-1': 'followed' });
    await put(null);
    expect((await view(s)).tables['table-1']?.judgements).toEqual({});
  });

  it('adds links, questions a gain and proposes a missing oppdrag', async () => {
    const s = await setup();
    const o = (await view(s)).oppdrag[1]!;
    await call(
      'PUT',
      `${s.base}/tables/table-1/links`,
      { goalId: 'S2-1', oppdragId: o.id, linked: true },
      s.t1.participantToken,
    );
    const q = await call(
      'POST',
      `${s.base}/tables/table-1/questions`,
      { oppdragId: o.id, text: 'Hvordan vet vi det?' },
      s.t1.participantToken,
    );
    expect(q.status).toBe(201);
    const p = await call(
      'POST',
      `${s.base}/tables/table-1/proposals`,
      { goalId: 'S2-2', title: 'Klimabudsjett', kind: 'utvikling', gain: 'Kutt' },
      s.t1.participantToken,
    );
    expect(p.status).toBe(201);
    const v = await view(s, s.projector);
    expect(v.tables['table-1']?.links).toEqual([{ goalId: 'S2-1', oppdragId: o.id }]);
    expect(v.tables['table-1']?.questions[0]).toMatchObject({ text: 'Hvordan vet vi det?' });
    expect(v.proposals[0]).toMatchObject({ title: 'Klimabudsjett', tableIds: ['table-1'] });
    const unknown = await call(
      'POST',
      `${s.base}/tables/table-1/proposals`,
      { goalId: 'S9-1', title: 'X', kind: 'utvikling' },
      s.t1.participantToken,
    );
    expect([unknown.status, unknown.body.error?.code]).toEqual([404, 'goal_not_found']);
  });

  it('[OP3] refuses participants while input is locked and everyone once ended', async () => {
    const s = await setup();
    const judge = (token: string) =>
      call('PUT', `${s.base}/tables/table-1/judgements/S1-1`, { judgement: 'weak' }, token);
    await call('POST', `/workshops/${s.id}/actions`, { type: 'input.lock' }, s.f);
    const locked = await judge(s.t1.participantToken);
    expect([locked.status, locked.body.error?.code]).toEqual([409, 'input_locked']);
    await call('POST', `/workshops/${s.id}/actions`, { type: 'input.unlock' }, s.f);
    expect((await judge(s.t1.participantToken)).status).toBe(200);
    await call('POST', `/workshops/${s.id}/actions`, { type: 'workshop.end' }, s.f);
    const ended = await call('POST', `${s.base}/points`, { action: 'open' }, s.f);
    expect(ended.body.error?.code).toBe('workshop_ended');
  });
});

describe('in plenary', () => {
  async function withProposals(s: Setup) {
    const propose = async (token: string, table: string, title: string) =>
      (
        await call<{ id: string }>(
          'POST',
          `${s.base}/tables/${table}/proposals`,
          { goalId: 'S2-2', title, kind: 'utvikling', gain: '' },
          token,
        )
      ).body.id;
    return [
      await propose(s.t1.participantToken, 'table-1', 'Klimabudsjett'),
      await propose(s.t2.participantToken, 'table-2', 'Klimaregnskap'),
    ] as const;
  }

  it('the facilitator marks proposals to pass on, merging the same idea with its tables', async () => {
    const s = await setup();
    const [a, b] = await withProposals(s);
    await call('POST', `${s.base}/proposals/${b}`, { action: 'merge', into: a }, s.f);
    await call('POST', `${s.base}/proposals/${a}`, { action: 'passOn', passOn: true }, s.f);
    expect(
      (
        await call(
          'POST',
          `${s.base}/proposals/${a}`,
          { action: 'passOn', passOn: false },
          s.t1.participantToken,
        )
      ).status,
    ).toBe(403);
    const v = await view(s);
    expect(v.proposals).toEqual([
      expect.objectContaining({ id: a, tableIds: ['table-1', 'table-2'], passOn: true }),
    ]);
  });

  it('[OP5] points stay within the budget, whatever the order of requests', async () => {
    const s = await setup();
    const [a, b] = await withProposals(s);
    await call('PUT', `${s.base}/settings`, { tableFocus: {}, pointsBudget: 3 }, s.f);
    const give = (id: string, points: number) =>
      call<{ points: OwnPoints[] }>(
        'PUT',
        `${s.base}/points/${id}`,
        { points },
        s.t1.participantToken,
      );
    expect((await give(a, 2)).body.error?.code).toBe('points_closed');
    await call('POST', `${s.base}/points`, { action: 'open' }, s.f);
    expect((await give(a, 2)).status).toBe(200);
    const over = await give(b, 2);
    expect([over.status, over.body.error?.code]).toEqual([409, 'over_budget']);
    const results = await Promise.all([give(b, 1), give(b, 1), give(b, 1)]);
    expect(results.every((r) => r.status === 200)).toBe(true);
    const own = await call<{ points: OwnPoints[] }>(
      'GET',
      `${s.base}/points/own`,
      undefined,
      s.t1.participantToken,
    );
    expect(own.body.points.reduce((sum, p) => sum + p.points, 0)).toBe(3);
  });

  it('[OP6] totals are shown only once sealed, and only where 3 or more gave points', async () => {
    const s = await setup();
    const [a, b] = await withProposals(s);
    await call('POST', `${s.base}/points`, { action: 'open' }, s.f);
    const more: JoinResponse[] = [];
    for (const table of ['table-3', 'table-4']) {
      more.push(
        (await call<JoinResponse>('POST', '/join', { code: s.code, role: 'annen', tableId: table }))
          .body,
      );
    }
    for (const p of [s.t1, s.t2, ...more])
      await call('PUT', `${s.base}/points/${a}`, { points: 2 }, p.participantToken);
    await call('PUT', `${s.base}/points/${b}`, { points: 1 }, s.t1.participantToken);
    const open = await view(s, s.projector);
    expect(open.points).toMatchObject({ status: 'open', voters: 4, results: null });
    await call('POST', `${s.base}/points`, { action: 'close' }, s.f);
    const sealed = await view(s, s.projector);
    expect(sealed.points).toMatchObject({
      status: 'sealed',
      voters: 4,
      results: [
        { proposalId: a, points: 8 },
        { proposalId: b, points: null },
      ],
    });
    const late = await call('PUT', `${s.base}/points/${a}`, { points: 1 }, s.t1.participantToken);
    expect(late.body.error?.code).toBe('points_closed');
  });
});
