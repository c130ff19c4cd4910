import { CloseCode } from '@samskap/shared/protocol';
import type { WorkshopPublic, WorkshopSetupInput } from '@samskap/shared/workshop';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCodeOf, connectClient, openRawSocket, type TestClient } from '../testing/clients';
import { spawnServer, type SpawnedServer } from '../testing/spawnServer';
import { waitFor } from '../testing/waitFor';
import {
  api,
  createTestWorkshop,
  joinTestWorkshop,
  listenLive,
  TEST_PART,
  testTablePart,
} from '../testing/workshops';

let server: SpawnedServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await spawnServer();
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
  server.cleanup();
});

function client(room: string, token: string): TestClient {
  const c = connectClient(server.syncUrl, room, token);
  clients.push(c);
  return c;
}

function setupOf(w: WorkshopPublic): WorkshopSetupInput {
  const { title, municipality, date, language, period, agenda, tables, focusAreas, showNames } = w;
  return { title, municipality, date, language, period, agenda, tables, focusAreas, showNames };
}

const act = (id: string, token: string, action: Record<string, unknown>) =>
  api(server.url, 'POST', `/workshops/${id}/actions`, action, token);

describe('rights on the websocket, decided by the server', () => {
  it('a projector reads the content document but cannot change it', async () => {
    const w = await createTestWorkshop(server.url);
    const facilitator = client(w.room, w.facilitatorToken);
    const projector = client(w.room, w.projectorToken);
    // y-websocket reports a permission denial on the doc's provider through console.warn only;
    // what matters is what others and the server end up with.
    await waitFor(() => facilitator.provider.synced && projector.provider.synced, 'both synced');
    facilitator.doc.getText(TEST_PART).insert(0, 'Ambisjon');
    await waitFor(
      () => projector.doc.getText(TEST_PART).toString() === 'Ambisjon',
      'projector reads',
    );
    projector.doc.getText(TEST_PART).insert(0, 'FORGED ');
    facilitator.doc.getText(TEST_PART).insert(8, '!');
    await waitFor(
      () => projector.doc.getText(TEST_PART).toString().endsWith('Ambisjon!'),
      'later edit arrives',
    );
    expect(facilitator.doc.getText(TEST_PART).toString()).toBe('Ambisjon!');
    const late = client(w.room, w.facilitatorToken);
    await waitFor(() => late.provider.synced, 'late synced');
    expect(late.doc.getText(TEST_PART).toString()).toBe('Ambisjon!');
  });

  it('participants write until the facilitator locks input; what was typed meanwhile arrives after unlocking', async () => {
    const w = await createTestWorkshop(server.url);
    const p = await joinTestWorkshop(server.url, { code: w.joinCode, role: 'folkevalgt' });
    const tablet = client(w.room, p.participantToken);
    const observer = client(w.room, w.facilitatorToken);
    const draft = testTablePart(p.participant.tableId);
    await waitFor(() => tablet.provider.synced && observer.provider.synced, 'synced');
    tablet.doc.getMap(draft).set('before', 1);
    await waitFor(() => observer.doc.getMap(draft).get('before') === 1, 'write accepted');
    await act(w.id, w.facilitatorToken, { type: 'input.lock' });
    tablet.doc.getMap(draft).set('during', 1);
    observer.doc.getMap(draft).set('marker', 1);
    await waitFor(() => tablet.doc.getMap(draft).get('marker') === 1, 'marker reached the tablet');
    expect(observer.doc.getMap(draft).get('during')).toBeUndefined();
    await act(w.id, w.facilitatorToken, { type: 'input.unlock' });
    tablet.doc.getMap(draft).set('after', 1);
    await waitFor(
      () => observer.doc.getMap(draft).get('after') === 1,
      'write accepted after unlock',
    );
    // The race edit is not lost: the server asked the tablet again once it could accept it.
    expect(observer.doc.getMap(draft).get('during')).toBe(1);
  });

  it('refuses unknown tokens, tokens of another workshop, and connections without a token', async () => {
    const a = await createTestWorkshop(server.url);
    const b = await createTestWorkshop(server.url);
    expect(await closeCodeOf(await openRawSocket(server.syncUrl, a.room, 'x'.repeat(43)))).toBe(
      CloseCode.unauthenticated,
    );
    expect(await closeCodeOf(await openRawSocket(server.syncUrl, a.room, b.facilitatorToken))).toBe(
      CloseCode.forbidden,
    );
    expect(await closeCodeOf(await openRawSocket(server.syncUrl, a.room))).toBe(
      CloseCode.unauthenticated,
    );
    expect(
      await closeCodeOf(await openRawSocket(server.syncUrl, 'not-a-workshop', a.facilitatorToken)),
    ).toBe(CloseCode.notFound);
  });

  it('the live channel carries the server’s state to every screen, and ignores what clients send', async () => {
    const w = await createTestWorkshop(server.url);
    const p = await joinTestWorkshop(server.url, {
      code: w.joinCode,
      role: 'administrasjon',
      displayName: 'Kari',
    });
    const facilitator = listenLive(server.url, w.id, w.facilitatorToken);
    const projector = listenLive(server.url, w.id, w.projectorToken);
    const tablet = listenLive(server.url, w.id, p.participantToken);
    try {
      await tablet.until((s) => s.you?.id === p.participant.id, 'tablet knows itself');
      await facilitator.until(
        (s) => s.attendance.connected === 1,
        'facilitator sees the tablet connected',
      );
      expect(facilitator.latest()!.participants[0]!.displayName).toBe('Kari');
      // Names stay off shared screens unless the workshop shows them.
      expect(projector.latest()!.participants).toEqual([]);
      expect(projector.latest()!.attendance.byRole.administrasjon).toBe(1);
      await act(w.id, w.facilitatorToken, { type: 'phase.next' });
      for (const l of [facilitator, projector, tablet])
        await l.until((s) => s.run.phaseIndex === 1, 'phase 2 everywhere');
    } finally {
      facilitator.close();
      projector.close();
      tablet.close();
    }
  });

  it('[U6] a setup change reaches the tablets and the projector on the live channel', async () => {
    const w = await createTestWorkshop(server.url);
    const p = await joinTestWorkshop(server.url, { code: w.joinCode, role: 'folkevalgt' });
    const projector = listenLive(server.url, w.id, w.projectorToken);
    const tablet = listenLive(server.url, w.id, p.participantToken);
    try {
      await tablet.until((s) => s.you?.id === p.participant.id, 'tablet knows itself');
      const setup = w.response.workshop;
      const agenda = setup.agenda.map((phase, i) =>
        i === 0 ? { ...phase, activity: 'arguments' as const } : phase,
      );
      const tables = setup.tables.map((t, i) => (i === 0 ? { ...t, name: 'Fjordbordet' } : t));
      const res = await api(
        server.url,
        'PUT',
        `/workshops/${w.id}/setup`,
        { ...setupOf(setup), agenda, tables },
        w.facilitatorToken,
      );
      expect(res.status).toBe(200);
      for (const l of [projector, tablet])
        await l.until(
          (s) =>
            s.workshop.agenda[0]?.activity === 'arguments' &&
            s.workshop.tables[0]?.name === 'Fjordbordet',
          'the new setup on every screen',
        );
    } finally {
      projector.close();
      tablet.close();
    }
  });

  it('removing a participant cuts off their tablet at once, on both channels', async () => {
    const w = await createTestWorkshop(server.url);
    const p = await joinTestWorkshop(server.url, { code: w.joinCode, role: 'folkevalgt' });
    const live = listenLive(server.url, w.id, p.participantToken);
    const sync = await openRawSocket(server.syncUrl, w.room, p.participantToken);
    const syncClosed = closeCodeOf(sync);
    await live.until(() => true, 'live state arrived');
    await act(w.id, w.facilitatorToken, {
      type: 'participant.remove',
      participantId: p.participant.id,
    });
    expect(await syncClosed).toBe(CloseCode.forbidden);
    await waitFor(() => live.closeCode === CloseCode.forbidden, 'live channel closed');
    expect(live.messages.at(-1)).toEqual({ type: 'revoked', reason: 'removed' });
    expect(await closeCodeOf(await openRawSocket(server.syncUrl, w.room, p.participantToken))).toBe(
      CloseCode.forbidden,
    );
    expect((await api(server.url, 'GET', '/me', undefined, p.participantToken)).status).toBe(403);
  });

  it('never writes a token into the logs', async () => {
    const w = await createTestWorkshop(server.url);
    const p = await joinTestWorkshop(server.url, {
      code: w.joinCode,
      role: 'annen',
      displayName: 'Hemmelig Navn',
    });
    await api(server.url, 'GET', `/workshops/${w.id}`, undefined, w.facilitatorToken);
    const c = client(w.room, p.participantToken);
    await waitFor(() => c.provider.synced, 'synced');
    const text = JSON.stringify(server.logs);
    for (const secret of [
      w.facilitatorToken,
      w.projectorToken,
      p.participantToken,
      'Hemmelig Navn',
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});
