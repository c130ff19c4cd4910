import { CloseCode, MessageType } from '@samskap/shared/protocol';
import Database from 'better-sqlite3';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { join } from 'node:path';
import type { WebSocket } from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { decodeAwarenessUpdate, encodeAwarenessUpdate } from './awarenessFilter';
import { closeCodeOf, connectClient, openRawSocket, type TestClient } from '../testing/clients';
import { selfReferencingUpdate, splitEdit } from '../testing/forgedUpdates';
import { spawnServer, type SpawnedServer } from '../testing/spawnServer';
import { waitFor } from '../testing/waitFor';
import { createTestWorkshop, joinTestWorkshop, TEST_PART } from '../testing/workshops';

const servers: SpawnedServer[] = [];
const clients: TestClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  // Every server stops before any folder goes: a restarted server shares its first one's folder.
  const stopped = servers.splice(0);
  for (const s of stopped) await s.stop();
  for (const s of stopped) s.cleanup();
});

async function start(env: Record<string, string> = {}, dataDir?: string): Promise<SpawnedServer> {
  const s = await spawnServer({ env, dataDir });
  servers.push(s);
  return s;
}

function client(s: SpawnedServer, room: string, token: string): TestClient {
  const c = connectClient(s.syncUrl, room, token);
  clients.push(c);
  return c;
}

function syncFrame(kind: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.sync);
  encoding.writeVarUint(e, kind);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.awareness);
  encoding.writeVarUint8Array(
    e,
    encodeAwarenessUpdate([{ clientId, clock, state: JSON.stringify(state) }]),
  );
  return encoding.toUint8Array(e);
}

/** Awareness entries a raw socket receives. */
function collectAwareness(ws: WebSocket) {
  const seen: Array<{ clientId: number; state: string }> = [];
  ws.on('message', (data: Buffer) => {
    const d = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(d) === MessageType.awareness) {
      seen.push(...decodeAwarenessUpdate(decoding.readVarUint8Array(d)));
    }
  });
  return seen;
}

async function healthy(s: SpawnedServer): Promise<void> {
  const res = await fetch(`${s.url}/api/health`);
  expect(res.status).toBe(200);
}

/** Two stock clients on a room converge on an edit. */
async function converges(s: SpawnedServer, room: string, token: string, text: string) {
  const a = client(s, room, token);
  const b = client(s, room, token);
  await waitFor(() => a.provider.synced && b.provider.synced, 'clients synced');
  a.doc.getText(TEST_PART).insert(0, text);
  await waitFor(() => b.doc.getText(TEST_PART).toString().includes(text), 'clients converge');
}

describe('stored state that cannot be applied never takes the server down', () => {
  it('[S13] a room whose stored snapshot cannot be applied is closed (4503), logged once; other workshops go on', async () => {
    let s = await start();
    const broken = await createTestWorkshop(s.url);
    const fine = await createTestWorkshop(s.url);
    const dataDir = s.dataDir;
    await s.stop();
    // What an import of "an item that claims to follow itself" stored before imports were checked.
    const db = new Database(join(dataDir, 'samskap.sqlite'));
    db.prepare(
      'INSERT INTO doc_snapshots (doc, state, through_seq, updated_at) VALUES (?, ?, 0, 0)',
    ).run(broken.room, selfReferencingUpdate());
    db.close();
    s = await start({}, dataDir);
    for (let attempt = 0; attempt < 3; attempt++) {
      const ws = await openRawSocket(s.syncUrl, broken.room, broken.facilitatorToken);
      const closed = closeCodeOf(ws);
      ws.send(syncFrame(syncProtocol.messageYjsSyncStep1, new Uint8Array([0])));
      expect(await closed).toBe(CloseCode.roomUnavailable);
    }
    await healthy(s);
    await converges(s, fine.room, fine.facilitatorToken, 'still here');
    expect(s.logs.filter((l) => l.msg === 'stored state cannot be loaded; room closed')).toEqual([
      expect.objectContaining({ room: broken.room }),
    ]);
  });

  it('[S11] an update whose first part is missing is not compacted into the snapshot; after kill -9 the room loads and syncs', async () => {
    let s = await start({ COMPACT_AFTER_UPDATES: '1' });
    const w = await createTestWorkshop(s.url);
    const raw = await openRawSocket(s.syncUrl, w.room, w.facilitatorToken);
    const { second } = splitEdit(7, 5000);
    raw.send(syncFrame(syncProtocol.messageYjsUpdate, second));
    const a = client(s, w.room, w.facilitatorToken);
    await waitFor(() => a.provider.synced, 'typist synced');
    a.doc.getText(TEST_PART).insert(0, 'ok');
    const dbFile = join(s.dataDir, 'samskap.sqlite');
    const snapshot = () => {
      const db = new Database(dbFile, { readonly: true });
      try {
        const row = db.prepare('SELECT state FROM doc_snapshots WHERE doc = ?').get(w.room) as
          { state: Buffer } | undefined;
        return row ? new Uint8Array(row.state) : null;
      } finally {
        db.close();
      }
    };
    await waitFor(() => {
      const snap = snapshot();
      return snap !== null && sandboxText(snap).includes('ok');
    }, 'a snapshot with the typed text');
    expect(Y.decodeUpdate(snapshot()!).structs.map((x) => x.id.client)).not.toContain(7);
    await s.kill();
    raw.terminate();
    s = await start({ COMPACT_AFTER_UPDATES: '1' }, s.dataDir);
    const again = client(s, w.room, w.facilitatorToken);
    await waitFor(
      () => again.doc.getText(TEST_PART).toString().includes('ok'),
      'state after restart',
    );
    await converges(s, w.room, w.facilitatorToken, 'after restart');
    await healthy(s);
  });
});

function sandboxText(update: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getText(TEST_PART).toString();
}

describe('presence over real sockets', () => {
  it('[S15] a client id taken by another participant while its owner is offline stays the owner’s', async () => {
    const s = await start();
    const w = await createTestWorkshop(s.url);
    const owner = await joinTestWorkshop(s.url, { code: w.joinCode, role: 'folkevalgt' });
    const squatter = await joinTestWorkshop(s.url, { code: w.joinCode, role: 'folkevalgt' });
    const watcher = await openRawSocket(s.syncUrl, w.room, w.facilitatorToken);
    const seen = collectAwareness(watcher);
    const first = await openRawSocket(s.syncUrl, w.room, owner.participantToken);
    first.send(awarenessFrame(4242, 1, { cursor: 'owner' }));
    await waitFor(() => seen.some((e) => e.clientId === 4242), 'owner seen');
    first.close();
    await waitFor(() => seen.at(-1)?.state === 'null', 'owner gone');
    const thief = await openRawSocket(s.syncUrl, w.room, squatter.participantToken);
    thief.send(awarenessFrame(4242, 10, { cursor: 'squatter', user: { name: 'Owner' } }));
    const back = await openRawSocket(s.syncUrl, w.room, owner.participantToken);
    back.send(awarenessFrame(4242, 11, { cursor: 'owner again' }));
    await waitFor(() => seen.some((e) => e.state.includes('owner again')), 'owner back');
    const states = seen.filter((e) => e.clientId === 4242 && e.state !== 'null');
    expect(states.some((e) => e.state.includes('squatter'))).toBe(false);
    const last = JSON.parse(states.at(-1)!.state) as { user: { participantId: string } };
    expect(last.user.participantId).toBe(owner.participant.id);
    await waitFor(
      () =>
        s.logs.some((l) => l.msg === 'awareness for a client id owned by someone else: dropped'),
      'the refusal logged',
    );
    for (const ws of [watcher, thief, back]) ws.close();
  });

  it('[S14] connections per credential and per room are bounded (4429); a giant state is refused (4413)', async () => {
    const s = await start({ MAX_CONNECTIONS_PER_TOKEN: '2', MAX_CONNECTIONS_PER_ROOM: '3' });
    const w = await createTestWorkshop(s.url);
    const p = await joinTestWorkshop(s.url, { code: w.joinCode, role: 'folkevalgt' });
    const open = [
      await openRawSocket(s.syncUrl, w.room, p.participantToken),
      await openRawSocket(s.syncUrl, w.room, p.participantToken),
    ];
    const third = await openRawSocket(s.syncUrl, w.room, p.participantToken);
    expect(await closeCodeOf(third)).toBe(CloseCode.rateLimited);
    open.push(await openRawSocket(s.syncUrl, w.room, w.facilitatorToken));
    const fourth = await openRawSocket(s.syncUrl, w.room, w.projectorToken);
    expect(await closeCodeOf(fourth)).toBe(CloseCode.rateLimited);
    const big = open[0]!;
    const closed = closeCodeOf(big);
    big.send(awarenessFrame(77, 1, { blob: 'x'.repeat(9000) }));
    expect(await closed).toBe(CloseCode.tooLarge);
    // A closed socket frees its place.
    const again = await openRawSocket(s.syncUrl, w.room, p.participantToken);
    again.send(awarenessFrame(78, 1, { cursor: 1 }));
    await waitFor(() => s.logs.some((l) => l.code === CloseCode.tooLarge), 'refusal logged');
    expect(again.readyState).toBe(again.OPEN);
    for (const ws of [...open, again]) ws.close();
  });
});
