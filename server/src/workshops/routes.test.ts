import { planstrategiTemplate } from '@samskap/shared/templates';
import type {
  CreateWorkshopResponse,
  JoinResponse,
  WorkshopSetupInput,
} from '@samskap/shared/workshop';
import { beforeEach, describe, expect, it } from 'vitest';
import { inProcessApp } from '../testing/inProcessApp';

let call: ReturnType<typeof inProcessApp>['call'];

beforeEach(() => {
  call = inProcessApp({
    joinCodes: { perAddress: { burst: 5, perMinute: 1 }, server: { burst: 1000, perMinute: 10 } },
  }).call;
});

async function create(change: (s: WorkshopSetupInput) => WorkshopSetupInput = (s) => s) {
  const res = await call<CreateWorkshopResponse>(
    'POST',
    '/workshops',
    change(planstrategiTemplate('nb', 2028)),
  );
  expect(res.status).toBe(201);
  return res.body;
}

async function join(code: string, extra: Record<string, unknown> = {}) {
  return call<JoinResponse>('POST', '/join', { code, role: 'folkevalgt', ...extra });
}

describe('creating a workshop', () => {
  it('returns the console, projector and join links, with tokens only in the fragment', async () => {
    const w = await create();
    expect(w.workshop.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(w.links.console).toBe(`/f/${w.workshop.id}#${w.facilitatorToken}`);
    expect(w.links.projector).toBe(`/p/${w.workshop.id}#${w.projectorToken}`);
    expect(w.links.join).toBe(`/j/${w.workshop.joinCode}`);
    expect(w.facilitatorToken).not.toBe(w.projectorToken);
  });

  it('names the field when the input is bad, and creates nothing', async () => {
    const res = await call('POST', '/workshops', {
      ...planstrategiTemplate('nb', 2028),
      title: '',
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_input', field: 'title' });
    const period = await call('POST', '/workshops', {
      ...planstrategiTemplate('nb', 2028),
      period: { start: 2028, end: 2020 },
    });
    expect(period.body.error?.field).toBe('period.end');
  });

  it('answers malformed JSON and oversized bodies with a clear error', async () => {
    const bad = await call('POST', '/workshops', '{"title": ');
    expect(bad.status).toBe(400);
    const big = await call('POST', '/workshops', {
      ...planstrategiTemplate('nb', 2028),
      title: 'x'.repeat(1_100_000),
    });
    expect(big.status).toBe(413);
    expect(big.body.error?.code).toBe('too_large');
  });

  it('serves the Planstrategi-seminar template in the asked language', async () => {
    const res = await call<WorkshopSetupInput>(
      'GET',
      '/templates/planstrategi?language=nn&year=2028',
    );
    expect(res.body.agenda[0]!.title).toBe('Arena og spelereglar');
  });
});

describe('capabilities', () => {
  it('lets each link read its own workshop and nothing else', async () => {
    const a = await create();
    const b = await create();
    expect(
      (await call('GET', `/workshops/${a.workshop.id}`, undefined, a.facilitatorToken)).status,
    ).toBe(200);
    expect(
      (await call('GET', `/workshops/${a.workshop.id}`, undefined, a.projectorToken)).body
        .capability,
    ).toBe('projector');
    expect((await call('GET', `/workshops/${a.workshop.id}`)).status).toBe(401);
    expect(
      (await call('GET', `/workshops/${a.workshop.id}`, undefined, b.facilitatorToken)).status,
    ).toBe(403);
    expect(
      (await call('GET', `/workshops/${a.workshop.id}`, undefined, 'x'.repeat(43))).body.error
        ?.code,
    ).toBe('unknown_token');
  });

  it('gives the facilitator the projector link again, on any device, and no one else', async () => {
    const w = await create();
    const link = await call<{ projector: string }>(
      'GET',
      `/workshops/${w.workshop.id}/projector-link`,
      undefined,
      w.facilitatorToken,
    );
    expect(link.body.projector).toBe(w.links.projector);
    expect(
      (await call('GET', `/workshops/${w.workshop.id}/projector-link`, undefined, w.projectorToken))
        .status,
    ).toBe(403);
  });

  it('lets only the facilitator act', async () => {
    const w = await create();
    const p = await join(w.workshop.joinCode);
    const next = { type: 'phase.next' };
    expect(
      (await call('POST', `/workshops/${w.workshop.id}/actions`, next, w.projectorToken)).status,
    ).toBe(403);
    expect(
      (await call('POST', `/workshops/${w.workshop.id}/actions`, next, p.body.participantToken))
        .status,
    ).toBe(403);
    const ok = await call<{ run: { phaseIndex: number } }>(
      'POST',
      `/workshops/${w.workshop.id}/actions`,
      next,
      w.facilitatorToken,
    );
    expect(ok.body.run.phaseIndex).toBe(1);
  });

  it('refuses an unknown action and names the field', async () => {
    const w = await create();
    const res = await call(
      'POST',
      `/workshops/${w.workshop.id}/actions`,
      { type: 'tally.forge' },
      w.facilitatorToken,
    );
    expect(res.status).toBe(400);
    expect(res.body.error?.field).toBe('type');
  });
});

describe('joining', () => {
  it('seats a participant at the emptiest table when none is chosen', async () => {
    const w = await create();
    const first = await join(w.workshop.joinCode, { tableId: 'table-1' });
    const second = await join(w.workshop.joinCode);
    expect(first.body.participant.tableId).toBe('table-1');
    expect(second.body.participant.tableId).toBe('table-2');
    const me = await call<{ participant: { id: string } }>(
      'GET',
      '/me',
      undefined,
      second.body.participantToken,
    );
    expect(me.body.participant.id).toBe(second.body.participant.id);
  });

  it('accepts the code as people type it', async () => {
    const w = await create();
    const typed = `${w.workshop.joinCode.slice(0, 3).toLowerCase()}-${w.workshop.joinCode.slice(3)}`;
    expect((await call('POST', '/join/lookup', { code: typed })).status).toBe(200);
  });

  it('has its own message for an unknown code, a full table, an ended workshop and a too-long name', async () => {
    const w = await create((s) => ({ ...s, tables: [{ id: 't1', name: 'Bord 1', capacity: 1 }] }));
    expect((await join('ZZZZZZ')).body.error).toMatchObject({
      code: 'unknown_code',
      field: 'code',
    });
    expect(
      (await join(w.workshop.joinCode, { displayName: 'n'.repeat(61) })).body.error?.field,
    ).toBe('displayName');
    await join(w.workshop.joinCode, { tableId: 't1' });
    expect((await join(w.workshop.joinCode, { tableId: 't1' })).body.error?.code).toBe(
      'table_full',
    );
    expect((await join(w.workshop.joinCode)).body.error?.code).toBe('workshop_full');
    await call(
      'POST',
      `/workshops/${w.workshop.id}/actions`,
      { type: 'workshop.end' },
      w.facilitatorToken,
    );
    expect((await join(w.workshop.joinCode)).body.error?.code).toBe('workshop_ended');
  });

  it('[J3] limits wrong codes per network, and says which limit and for how long', async () => {
    await create();
    for (let i = 0; i < 5; i++) expect((await join('ZZZZZZ')).status).toBe(404);
    const refused = await join('ZZZZZZ');
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({
      code: 'too_many_attempts',
      details: { retryAfterSeconds: 60 },
    });
  });

  it('[J4] a network that used up its wrong codes still gets in with a code it used', async () => {
    const w = await create();
    expect((await join(w.workshop.joinCode)).status).toBe(201);
    for (let i = 0; i < 5; i++) expect((await join('ZZZZZZ')).status).toBe(404);
    expect((await join('ZZZZZZ')).status).toBe(429);
    // The rest of the room, behind the same address, with the code on the projector.
    for (let i = 0; i < 3; i++) expect((await join(w.workshop.joinCode)).status).toBe(201);
    const lookup = await call('POST', '/join/lookup', { code: w.workshop.joinCode });
    expect(lookup.status).toBe(200);
    expect((await join('ZZZZZY')).status).toBe(429);
  });

  it('[J4] right codes and full tables use nothing of the wrong-code budget', async () => {
    const w = await create((s) => ({
      ...s,
      tables: [{ id: 'b1', name: 'Bord 1', capacity: 1 }],
    }));
    expect((await join(w.workshop.joinCode)).status).toBe(201);
    for (let i = 0; i < 10; i++) expect((await join(w.workshop.joinCode)).status).toBe(409);
    for (let i = 0; i < 5; i++) expect((await join('ZZZZZZ')).status).toBe(404);
    expect((await join('ZZZZZZ')).status).toBe(429);
  });

  it('[J5] a code stops working when its workshop ends, and trying it counts as wrong', async () => {
    const w = await create();
    expect((await join(w.workshop.joinCode)).status).toBe(201);
    const end = { type: 'workshop.end' };
    await call('POST', `/workshops/${w.workshop.id}/actions`, end, w.facilitatorToken);
    for (let i = 0; i < 5; i++) {
      const res = await join(w.workshop.joinCode);
      expect(res.status).toBe(409);
      expect(res.body.error?.code).toBe('workshop_ended');
    }
    expect((await join(w.workshop.joinCode)).status).toBe(429);
  });

  it('refuses a removed participant at once', async () => {
    const w = await create();
    const p = await join(w.workshop.joinCode);
    const remove = { type: 'participant.remove', participantId: p.body.participant.id };
    expect(
      (await call('POST', `/workshops/${w.workshop.id}/actions`, remove, w.facilitatorToken))
        .status,
    ).toBe(200);
    const me = await call('GET', '/me', undefined, p.body.participantToken);
    expect(me.status).toBe(403);
    expect(me.body.error?.code).toBe('participant_removed');
  });
});

describe('managing a workshop', () => {
  it('duplicates the setup into a new workshop with new links and nobody in it', async () => {
    const w = await create((s) => ({ ...s, title: 'Vår 2028' }));
    await join(w.workshop.joinCode);
    const copy = await call<CreateWorkshopResponse>(
      'POST',
      `/workshops/${w.workshop.id}/duplicate`,
      undefined,
      w.facilitatorToken,
    );
    expect(copy.status).toBe(201);
    expect(copy.body.workshop.title).toBe('Vår 2028');
    expect(copy.body.workshop.id).not.toBe(w.workshop.id);
    expect(copy.body.workshop.joinCode).not.toBe(w.workshop.joinCode);
    const people = await call<{ participants: unknown[] }>(
      'GET',
      `/workshops/${copy.body.workshop.id}/participants`,
      undefined,
      copy.body.facilitatorToken,
    );
    expect(people.body.participants).toEqual([]);
  });

  it('moves a participant between tables', async () => {
    const w = await create();
    const p = await join(w.workshop.joinCode, { tableId: 'table-1' });
    const move = {
      type: 'participant.move',
      participantId: p.body.participant.id,
      tableId: 'table-3',
    };
    await call('POST', `/workshops/${w.workshop.id}/actions`, move, w.facilitatorToken);
    const me = await call<{ participant: { tableId: string } }>(
      'GET',
      '/me',
      undefined,
      p.body.participantToken,
    );
    expect(me.body.participant.tableId).toBe('table-3');
  });

  it('will not take away a table people sit at', async () => {
    const w = await create();
    await join(w.workshop.joinCode, { tableId: 'table-6' });
    const setup = planstrategiTemplate('nb', 2028);
    const res = await call(
      'PUT',
      `/workshops/${w.workshop.id}/setup`,
      { ...setup, tables: setup.tables.slice(0, 5) },
      w.facilitatorToken,
    );
    expect(res.status).toBe(409);
    expect(res.body.error?.code).toBe('table_in_use');
  });

  it('makes an ended workshop a read-only archive', async () => {
    const w = await create();
    await call(
      'POST',
      `/workshops/${w.workshop.id}/actions`,
      { type: 'workshop.end' },
      w.facilitatorToken,
    );
    const again = await call(
      'POST',
      `/workshops/${w.workshop.id}/actions`,
      { type: 'phase.next' },
      w.facilitatorToken,
    );
    expect(again.body.error?.code).toBe('workshop_ended');
    const read = await call<{ workshop: { endedAt: number | null } }>(
      'GET',
      `/workshops/${w.workshop.id}`,
      undefined,
      w.facilitatorToken,
    );
    expect(read.body.workshop.endedAt).not.toBeNull();
  });
});

describe('control characters at input', () => {
  it('[E1] a display name with ESC or a line break is refused, naming the field, and nobody joins', async () => {
    const w = await create();
    for (const displayName of ['Kari\u001b[31m', 'Kari\n# Overskrift', 'Kari\u0000']) {
      const res = await join(w.workshop.joinCode, { displayName });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'invalid_input', field: 'displayName' });
    }
    const list = await call<{ participants: unknown[] }>(
      'GET',
      `/workshops/${w.workshop.id}/participants`,
      undefined,
      w.facilitatorToken,
    );
    expect(list.body.participants).toHaveLength(0);
  });
});
