import { CloseCode, MessageType } from '@samskap/shared/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { planstrategiTemplate } from '@samskap/shared/templates';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { closeCodeOf, connectClient, openRawSocket, type TestClient } from '../testing/clients';
import { DEFAULT_SYNC_LIMITS } from '../config';
import { TEST_REDIS_URL } from '../testing/redis';
import { cutOff, twoInstances, whatDoesNotAnswer } from '../testing/twoInstances';
import { waitFor } from '../testing/waitFor';
import {
  api,
  createTestWorkshop,
  joinTestWorkshop,
  listenLive,
  TEST_PART,
  type LiveListener,
} from '../testing/workshops';
import { decodeAwarenessUpdate, encodeAwarenessUpdate } from '../sync/awarenessFilter';
import { RedisBus } from './redisBus';
import { SharedPresence } from './sharedPresence';

/*
 * Two instances in this process over one shared state and one Redis, each on its own port, as
 * behind a load balancer: what a tablet does through one reaches the screens on the other.
 */

const missing = await whatDoesNotAnswer();

type Pair = Awaited<ReturnType<typeof twoInstances>>;
const clients: TestClient[] = [];
const lives: LiveListener[] = [];
const sockets: WebSocket[] = [];

function client(url: string, room: string, token: string): TestClient {
  const c = connectClient(url, room, token);
  clients.push(c);
  return c;
}

function live(url: string, workshopId: string, token: string): LiveListener {
  const l = listenLive(url, workshopId, token);
  lives.push(l);
  return l;
}

/** A y-websocket frame of `type`, with `payload` when given. */
function frame(type: number, payload?: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  if (payload) encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** The awareness entries a frame carries (none for other frames). */
function awarenessEntriesOf(bytes: Uint8Array) {
  const d = decoding.createDecoder(bytes);
  if (decoding.readVarUint(d) !== MessageType.awareness) return [];
  return decodeAwarenessUpdate(decoding.readVarUint8Array(d));
}

const synced = (c: TestClient) => waitFor(() => c.provider.synced, 'client synced');
const text = (c: TestClient) => c.doc.getText(TEST_PART).toString();

async function roomsOn(url: string): Promise<number> {
  const res = await fetch(`${url}/api/health`);
  return ((await res.json()) as { rooms: number }).rooms;
}

afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
  for (const l of lives.splice(0)) l.close();
  for (const ws of sockets.splice(0)) ws.close();
});

if (missing !== null) {
  console.warn(`${missing}: the two-instance tests are skipped.`);
  describe.skip(`two instances behind a load balancer (skipped: ${missing})`, () => {
    it('needs Redis and PostgreSQL', () => undefined);
  });
} else {
  describe('two instances behind a load balancer', () => {
    let pair: Pair;
    beforeAll(async () => {
      pair = await twoInstances({
        config: { compactAfterUpdates: 5 },
        presenceHeartbeatMs: 200,
      });
    });
    afterAll(async () => {
      await pair.dispose();
    });

    it('[F2] [F6] clients on two instances converge, and the compacted store keeps every edit', async () => {
      const w = await createTestWorkshop(pair.a.url);
      const onA = client(pair.a.syncUrl, w.room, w.facilitatorToken);
      const onB = client(pair.b.syncUrl, w.room, w.facilitatorToken);
      await Promise.all([synced(onA), synced(onB)]);
      let length = 0;
      for (let i = 0; i < 12; i++) {
        onA.doc.getText(TEST_PART).insert(0, `a${i} `);
        onB.doc.getText(TEST_PART).insert(0, `b${i} `);
        length += 2 * `a${i} `.length;
      }
      await waitFor(
        () => text(onA).length === length && text(onA) === text(onB),
        'both texts equal and complete',
      );
      const expected = text(onA);
      onA.destroy();
      onB.destroy();
      // Both rooms unload and compact from the store ([F6]), each under the lock.
      await waitFor(
        async () => (await roomsOn(pair.a.url)) === 0 && (await roomsOn(pair.b.url)) === 0,
        'rooms unloaded on both instances',
      );
      const stored = await pair.a.composed.store.load(w.room);
      expect(stored.updates.length).toBeLessThan(5);
      const late = client(pair.b.syncUrl, w.room, w.facilitatorToken);
      await waitFor(() => text(late) === expected, 'a late joiner on b has every edit');
    });

    it('[F4] presence from one instance reaches the other, and goes when its connection closes', async () => {
      const w = await createTestWorkshop(pair.a.url);
      const onA = client(pair.a.syncUrl, w.room, w.facilitatorToken);
      const onB = client(pair.b.syncUrl, w.room, w.facilitatorToken);
      await Promise.all([synced(onA), synced(onB)]);
      const idA = onA.doc.clientID;
      onA.provider.awareness.setLocalStateField('cursor', { anchor: 3 });
      await waitFor(
        () =>
          (onB.provider.awareness.getStates().get(idA) as { cursor?: unknown })?.cursor !==
          undefined,
        'a’s cursor seen on b',
      );
      // The state is the one instance a stamped with the identity it gave ([S5]).
      expect(onB.provider.awareness.getStates().get(idA)).toMatchObject({
        cursor: { anchor: 3 },
        user: { kind: 'facilitator' },
      });
      onA.destroy();
      await waitFor(
        () => !onB.provider.awareness.getStates().has(idA),
        'a’s presence gone on b once its connection closed',
      );
    });

    it('[F5] a client id claimed on one instance cannot be squatted on the other', async () => {
      const w = await createTestWorkshop(pair.a.url);
      const p1 = await joinTestWorkshop(pair.a.url, { code: w.joinCode, role: 'folkevalgt' });
      const p2 = await joinTestWorkshop(pair.b.url, { code: w.joinCode, role: 'folkevalgt' });
      const observer = client(pair.b.syncUrl, w.room, w.facilitatorToken);
      const owner = client(pair.a.syncUrl, w.room, p1.participantToken);
      await Promise.all([synced(observer), synced(owner)]);
      const id = owner.doc.clientID;
      const userOf = () =>
        (observer.provider.awareness.getStates().get(id) as { user?: { participantId?: string } })
          ?.user?.participantId;
      owner.provider.awareness.setLocalStateField('cursor', { anchor: 0 });
      await waitFor(() => userOf() === p1.participant.id, 'p1’s presence seen on b');
      // p2, on b, speaks for the same client id: its presence is dropped there.
      const squatter = await openRawSocket(pair.b.syncUrl, w.room, p2.participantToken);
      sockets.push(squatter);
      const frames: Uint8Array[] = [];
      squatter.on('message', (data: Buffer) => frames.push(new Uint8Array(data)));
      const sent = frames.length;
      const state = JSON.stringify({ cursor: { anchor: 1 } });
      squatter.send(
        frame(MessageType.awareness, encodeAwarenessUpdate([{ clientId: id, clock: 50, state }])),
      );
      // Its messages are handled in order ([S3]): the answer to its query comes after.
      squatter.send(frame(MessageType.queryAwareness));
      const answered = () =>
        frames
          .slice(sent)
          .flatMap(awarenessEntriesOf)
          .find((e) => e.clientId === id);
      await waitFor(() => answered() !== undefined, 'b answered the query');
      expect(JSON.parse(answered()!.state)).toMatchObject({
        user: { participantId: p1.participant.id },
      });
      expect(userOf()).toBe(p1.participant.id);
    });

    it('[F7] a live subscriber on one instance sees a change made through the other', async () => {
      const w = await createTestWorkshop(pair.a.url);
      const projector = live(pair.b.url, w.id, w.projectorToken);
      await projector.until((s) => s.run.phaseIndex === 0, 'first state on b');
      const next = await api(
        pair.a.url,
        'POST',
        `/workshops/${w.id}/actions`,
        { type: 'phase.next' },
        w.facilitatorToken,
      );
      expect(next.status).toBe(200);
      await projector.until((s) => s.run.phaseIndex === 1, 'the phase change seen on b');
      // The timer lives in the run state: started through b, it runs on a's screens too.
      const onA = live(pair.a.url, w.id, w.projectorToken);
      await api(
        pair.b.url,
        'POST',
        `/workshops/${w.id}/actions`,
        { type: 'timer.start' },
        w.facilitatorToken,
      );
      await onA.until((s) => s.run.timer.runningSince !== null, 'the timer runs on a');
      await projector.until((s) => s.run.timer.runningSince !== null, 'and on b');
    });

    it('[F7] a participant removed through one instance loses its connections on the other', async () => {
      const w = await createTestWorkshop(pair.a.url);
      const p = await joinTestWorkshop(pair.b.url, { code: w.joinCode, role: 'folkevalgt' });
      const tablet = live(pair.b.url, w.id, p.participantToken);
      await tablet.until((s) => s.you?.id === p.participant.id, 'the tablet’s state on b');
      const sync = await openRawSocket(pair.b.syncUrl, w.room, p.participantToken);
      sockets.push(sync);
      const closed = closeCodeOf(sync);
      const removed = await api(
        pair.a.url,
        'POST',
        `/workshops/${w.id}/actions`,
        { type: 'participant.remove', participantId: p.participant.id },
        w.facilitatorToken,
      );
      expect(removed.status).toBe(200);
      expect(await closed).toBe(CloseCode.forbidden);
      await waitFor(() => tablet.closeCode === CloseCode.forbidden, 'live channel closed on b');
      expect(tablet.messages.at(-1)).toEqual({ type: 'revoked', reason: 'removed' });
    });

    it('[F9] who is connected counts every instance; a vanished instance’s participants drop out', async () => {
      const w = await createTestWorkshop(pair.a.url);
      const p = await joinTestWorkshop(pair.a.url, { code: w.joinCode, role: 'folkevalgt' });
      const console = live(pair.b.url, w.id, w.facilitatorToken);
      const connected = (s: { participants: Array<{ id: string; connected: boolean }> }) =>
        s.participants.find((x) => x.id === p.participant.id)?.connected;
      await console.until((s) => connected(s) === false, 'not connected yet');
      const tablet = live(pair.a.url, w.id, p.participantToken);
      await console.until((s) => connected(s) === true, 'connected through a, seen on b');
      const list = await api<{ participants: Array<{ id: string; connected: boolean }> }>(
        pair.b.url,
        'GET',
        `/workshops/${w.id}/participants`,
        undefined,
        w.facilitatorToken,
      );
      expect(list.body.participants.find((x) => x.id === p.participant.id)?.connected).toBe(true);
      tablet.close();
      await console.until((s) => connected(s) === false, 'gone through a, seen on b');

      // A third instance holds the participant's connection, then dies without a word.
      const log = pino({ level: 'silent' });
      const bus = await RedisBus.open({
        url: TEST_REDIS_URL,
        prefix: pair.prefix,
        instanceId: 'c',
        log,
      });
      const presence = await SharedPresence.open({
        bus,
        command: bus.command,
        log,
        keyPrefix: pair.prefix,
        ttlMs: 1000,
        heartbeatMs: 200,
      });
      presence.add(w.id, p.participant.id);
      await console.until((s) => connected(s) === true, 'connected through c, seen on b');
      await bus.close(); // killed: nothing renews or removes its entries
      await presence.close();
      await console.until((s) => connected(s) === false, 'c’s entry lapsed, seen on b');
    });

    it('[F8] after a loss of Redis, what was stored meanwhile reaches both instances’ clients', async () => {
      const w = await createTestWorkshop(pair.a.url);
      const onA = client(pair.a.syncUrl, w.room, w.facilitatorToken);
      const onB = client(pair.b.syncUrl, w.room, w.facilitatorToken);
      await Promise.all([synced(onA), synced(onB)]);
      onA.doc.getText(TEST_PART).insert(0, 'før ');
      await waitFor(() => text(onB) === 'før ', 'the first edit on b');
      // An update stored by an instance whose news never went out (it was cut off).
      const elsewhere = new Y.Doc();
      Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(onA.doc));
      let lost: Uint8Array | null = null;
      elsewhere.on('update', (u: Uint8Array) => {
        lost = u;
      });
      elsewhere.getText(TEST_PART).insert(4, 'tapt');
      await pair.a.composed.store.append(w.room, lost!, { participantId: null, at: Date.now() });
      expect(text(onA)).toBe('før ');
      // b is cut off from Redis and comes back: it reloads, and says so, so a reloads too.
      expect(await cutOff(pair.prefix, 'b')).toBe(2);
      await waitFor(() => text(onB) === 'før tapt', 'b’s client has what was stored');
      await waitFor(() => text(onA) === 'før tapt', 'a’s client too');
      onB.doc.getText(TEST_PART).insert(0, 'etter ');
      await waitFor(() => text(onA) === 'etter før tapt', 'and edits flow again');
    });

    it('[F11] both instances are ready: the database and Redis answer', async () => {
      for (const i of [pair.a, pair.b]) {
        const res = await fetch(`${i.url}/api/ready`);
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({
          status: 'ready',
          instance: i.id,
          checks: { database: null, redis: null },
        });
      }
    });
  });

  describe('[F10] budgets shared by two instances', () => {
    let pair: Pair;
    beforeAll(async () => {
      pair = await twoInstances({
        creations: {
          perAddress: { burst: 3, perMinute: 0.01 },
          server: { burst: 100, perMinute: 1 },
        },
        joinCodes: {
          perAddress: { burst: 100, perMinute: 1 },
          server: { burst: 3, perMinute: 0.01 },
        },
      });
    });
    afterAll(async () => {
      await pair.dispose();
    });

    it('[F10] workshops made through either instance draw on one budget per address', async () => {
      const setup = planstrategiTemplate('nb', 2028);
      const made = [await api(pair.a.url, 'POST', '/workshops', setup)];
      made.push(await api(pair.b.url, 'POST', '/workshops', setup));
      made.push(await api(pair.a.url, 'POST', '/workshops', setup));
      expect(made.map((r) => r.status)).toEqual([201, 201, 201]);
      const refused = await api<{ error: { code: string } }>(
        pair.b.url,
        'POST',
        '/workshops',
        setup,
      );
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('too_many_workshops');
    });

    it('[F10] wrong join codes through either instance draw on one server-wide budget', async () => {
      const tries = [];
      for (const url of [pair.a.url, pair.b.url, pair.a.url])
        tries.push(await api(url, 'POST', '/join/lookup', { code: 'ZZZZZZ' }));
      expect(tries.map((r) => r.status)).toEqual([404, 404, 404]);
      const paused = await api<{ error: { code: string } }>(pair.b.url, 'POST', '/join/lookup', {
        code: 'ZZZZZY',
      });
      expect(paused.status).toBe(429);
      expect(paused.body.error.code).toBe('join_codes_paused');
    });
  });

  describe('[F12] connection caps counted over both instances', () => {
    let pair: Pair;
    beforeAll(async () => {
      pair = await twoInstances({
        config: {
          limits: {
            ...DEFAULT_SYNC_LIMITS,
            maxConnectionsPerToken: 2,
            maxConnectionsPerRoom: 3,
          },
        },
      });
    });
    afterAll(async () => {
      await pair.dispose();
    });

    it('[F12] one token’s sockets, and one room’s, are bounded over both instances together', async () => {
      const w = await createTestWorkshop(pair.a.url);
      const sockets: WebSocket[] = [];
      const open = async (url: string, token: string) => {
        const ws = await openRawSocket(url, w.room, token);
        sockets.push(ws);
        return ws;
      };
      /** Opens a socket and waits until the room speaks to it: it was admitted. */
      const admitted = async (url: string, token: string) => {
        const ws = await open(url, token);
        await new Promise<void>((resolve, reject) => {
          ws.once('message', () => resolve());
          ws.once('close', (code) => reject(new Error(`refused with ${code}`)));
        });
        return ws;
      };
      try {
        // Two for the facilitator, one on each instance: both are let in.
        const first = await admitted(pair.a.syncUrl, w.facilitatorToken);
        const second = await admitted(pair.b.syncUrl, w.facilitatorToken);
        // A third through either instance is refused: the count is both instances' together.
        const third = await open(pair.a.syncUrl, w.facilitatorToken);
        expect(await closeCodeOf(third)).toBe(CloseCode.rateLimited);
        // Another credential fills the room's third place; the room's fourth is refused.
        const projector = await admitted(pair.b.syncUrl, w.projectorToken);
        const full = await open(pair.a.syncUrl, w.projectorToken);
        expect(await closeCodeOf(full)).toBe(CloseCode.rateLimited);
        // A closed socket frees its place, wherever it was.
        second.close();
        await closeCodeOf(second);
        await waitFor(async () => {
          try {
            await admitted(pair.a.syncUrl, w.facilitatorToken);
            return true;
          } catch {
            return false;
          }
        }, 'a place freed on B is taken on A');
        expect(first.readyState).toBe(first.OPEN);
        expect(projector.readyState).toBe(projector.OPEN);
      } finally {
        for (const ws of sockets) ws.close();
      }
    });
  });
}
