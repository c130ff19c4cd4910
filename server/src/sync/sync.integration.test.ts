import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, type TestClient } from '../testing/clients';
import { spawnServer, type SpawnedServer } from '../testing/spawnServer';
import { waitFor } from '../testing/waitFor';
import { createTestWorkshop, TEST_PART, testTablePart } from '../testing/workshops';

const servers: SpawnedServer[] = [];
const clients: TestClient[] = [];

async function start(dataDir?: string): Promise<SpawnedServer> {
  const s = await spawnServer(dataDir ? { dataDir } : {});
  servers.push(s);
  return s;
}

const tokens = new Map<string, string>();

/** A fresh workshop per test: its content room and the facilitator's token. */
async function room(s: SpawnedServer): Promise<string> {
  const w = await createTestWorkshop(s.url);
  tokens.set(w.room, w.facilitatorToken);
  return w.room;
}

function client(s: SpawnedServer, roomName: string): TestClient {
  const c = connectClient(s.syncUrl, roomName, tokens.get(roomName)!);
  clients.push(c);
  return c;
}

const synced = (c: TestClient) => waitFor(() => c.provider.synced, 'client synced');

async function health(s: SpawnedServer): Promise<{ rooms: number; connections: number }> {
  const res = await fetch(`${s.url}/api/health`);
  return (await res.json()) as { rooms: number; connections: number };
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  // Every server stops before any folder goes: a restarted server shares its first one's folder.
  const stopped = servers.splice(0);
  for (const s of stopped) await s.stop();
  for (const s of stopped) s.cleanup();
});

describe('sync server with stock y-websocket clients', () => {
  it('two clients editing the same text converge', async () => {
    const s = await start();
    const r = await room(s);
    const a = client(s, r);
    const b = client(s, r);
    await Promise.all([synced(a), synced(b)]);
    a.doc.getText(TEST_PART).insert(0, 'Godt liv ');
    b.doc.getText(TEST_PART).insert(0, 'for alle ');
    await waitFor(
      () =>
        a.doc.getText(TEST_PART).toString() === b.doc.getText(TEST_PART).toString() &&
        a.doc.getText(TEST_PART).length === 18,
      'both texts equal',
    );
    expect(a.doc.getText(TEST_PART).toString()).toContain('Godt liv ');
  });

  it('a client joining later receives the whole state', async () => {
    const s = await start();
    const r = await room(s);
    const a = client(s, r);
    await synced(a);
    const items = a.doc.getArray<string>(TEST_PART);
    for (let i = 0; i < 100; i++) items.push([`innspill ${i}`]);
    const b = client(s, r);
    await waitFor(() => b.doc.getArray(TEST_PART).length === 100, 'late joiner has all 100 items');
  });

  it('the state is still there after a restart', async () => {
    const s = await start();
    const r = await room(s);
    const a = client(s, r);
    await synced(a);
    a.doc.getMap(testTablePart('table-1')).set('ambisjon', 'Grønt samfunn');
    const b = client(s, r);
    await waitFor(
      () => b.doc.getMap(testTablePart('table-1')).get('ambisjon') === 'Grønt samfunn',
      'b sees the edit',
    );
    for (const c of clients.splice(0)) c.destroy();
    await s.stop();

    const again = await start(s.dataDir);
    const c = client(again, r);
    await synced(c);
    await waitFor(
      () => c.doc.getMap(testTablePart('table-1')).get('ambisjon') === 'Grønt samfunn',
      'state survived restart',
    );
  });

  it('kill -9 during a stream of edits loses no update that another client had received', async () => {
    const s = await start();
    const r = await room(s);
    const writer = client(s, r);
    const reader = client(s, r);
    await Promise.all([synced(writer), synced(reader)]);
    const text = writer.doc.getText(TEST_PART);
    let n = 0;
    let streaming = true;
    const stream = (async () => {
      while (streaming && n < 5000) {
        text.insert(text.length, `${n % 10}`);
        n++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    await waitFor(
      () => reader.doc.getText(TEST_PART).length >= 200,
      'reader has received 200 edits',
    );
    await s.kill();
    streaming = false;
    await stream;
    await waitFor(() => !reader.provider.wsconnected, 'reader noticed the crash');
    const seen = reader.doc.getText(TEST_PART).toString();
    const seenVector = Y.decodeStateVector(Y.encodeStateVector(reader.doc));
    writer.destroy();
    reader.destroy();
    clients.splice(0);

    const again = await start(s.dataDir);
    const fresh = client(again, r);
    await synced(fresh);
    const restored = fresh.doc.getText(TEST_PART).toString();
    expect(restored.startsWith(seen)).toBe(true);
    const restoredVector = Y.decodeStateVector(Y.encodeStateVector(fresh.doc));
    for (const [clientId, clock] of seenVector) {
      expect(restoredVector.get(clientId) ?? 0).toBeGreaterThanOrEqual(clock);
    }
    expect(seen.length).toBeGreaterThanOrEqual(200);
  });

  it('a room is unloaded when its last connection leaves', async () => {
    const s = await start();
    const r = await room(s);
    const a = client(s, r);
    await synced(a);
    a.doc.getText(TEST_PART).insert(0, 'x');
    await waitFor(async () => (await health(s)).rooms === 1, 'room loaded');
    a.destroy();
    await waitFor(async () => {
      const h = await health(s);
      return h.rooms === 0 && h.connections === 0;
    }, 'no rooms or connections left');
  });
});
