import { CloseCode, MessageType } from '@samskap/shared/protocol';
import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { encodeAwarenessUpdate } from './awarenessFilter';
import { closeCodeOf, connectClient, openRawSocket, type TestClient } from '../testing/clients';
import { spawnServer, type SpawnedServer } from '../testing/spawnServer';
import { waitFor } from '../testing/waitFor';
import { createTestWorkshop, TEST_PART, type TestWorkshop } from '../testing/workshops';

const MAX = 64 * 1024;
let server: SpawnedServer;
const workshops = new Map<string, TestWorkshop>();

beforeAll(async () => {
  server = await spawnServer({ env: { MAX_MESSAGE_BYTES: String(MAX) } });
});

/** Each test gets a workshop of its own; `label` only keeps them apart. */
async function workshop(label: string): Promise<TestWorkshop> {
  let w = workshops.get(label);
  if (!w) {
    w = await createTestWorkshop(server.url);
    workshops.set(label, w);
  }
  return w;
}

async function connect(label: string): Promise<TestClient> {
  const w = await workshop(label);
  return connectClient(server.syncUrl, w.room, w.facilitatorToken);
}

async function raw(label: string): Promise<WebSocket> {
  const w = await workshop(label);
  return openRawSocket(server.syncUrl, w.room, w.facilitatorToken);
}

afterAll(async () => {
  await server.stop();
  server.cleanup();
});

function updateFrame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.sync);
  syncProtocol.writeUpdate(e, update);
  return encoding.toUint8Array(e);
}

function someUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText(TEST_PART).insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/** Two well-behaved clients in the room; after the bad frame they must still sync. */
async function withBystanders(room: string, attack: () => Promise<number>): Promise<number> {
  const a: TestClient = await connect(room);
  const b: TestClient = await connect(room);
  try {
    await waitFor(() => a.provider.synced && b.provider.synced, 'bystanders synced');
    const code = await attack();
    a.doc.getText(TEST_PART).insert(0, 'still here');
    await waitFor(
      () => b.doc.getText(TEST_PART).toString().includes('still here'),
      'bystanders still sync',
    );
    expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);
    return code;
  } finally {
    a.destroy();
    b.destroy();
  }
}

describe('bad input closes only its own connection', () => {
  it('a garbage frame is refused with "bad message"', async () => {
    const code = await withBystanders('bad-garbage', async () => {
      const ws = await raw('bad-garbage');
      const closed = closeCodeOf(ws);
      ws.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]));
      return closed;
    });
    expect(code).toBe(CloseCode.badMessage);
  });

  it('a truncated update is refused, and none of it is stored or passed on', async () => {
    const room = 'bad-truncated';
    const code = await withBystanders(room, async () => {
      const ws = await raw(room);
      const closed = closeCodeOf(ws);
      const whole = someUpdate('this must never arrive');
      ws.send(updateFrame(whole.slice(0, whole.length - 6)));
      return closed;
    });
    expect(code).toBe(CloseCode.badMessage);
    const late = await connect(room);
    try {
      await waitFor(() => late.provider.synced, 'late client synced');
      expect(late.doc.getText(TEST_PART).toString()).not.toContain('never');
    } finally {
      late.destroy();
    }
  });

  it('a frame whose length prefix lies is refused', async () => {
    const code = await withBystanders('bad-length', async () => {
      const ws = await raw('bad-length');
      const closed = closeCodeOf(ws);
      ws.send(Buffer.from([MessageType.sync, syncProtocol.messageYjsUpdate, 0xe8, 0x07, 1, 2, 3]));
      return closed;
    });
    expect(code).toBe(CloseCode.badMessage);
  });

  it('a text frame is refused', async () => {
    const code = await withBystanders('bad-text', async () => {
      const ws = await raw('bad-text');
      const closed = closeCodeOf(ws);
      ws.send('hello');
      return closed;
    });
    expect(code).toBe(CloseCode.badMessage);
  });

  it('a message over the size limit is refused as too big', async () => {
    const code = await withBystanders('bad-big', async () => {
      const ws = await raw('bad-big');
      const closed = closeCodeOf(ws);
      ws.send(updateFrame(someUpdate('x'.repeat(MAX + 1))));
      return closed;
    });
    expect(code).toBe(CloseCode.messageTooBig);
  });

  it('an unknown room path is answered 404 without an upgrade', async () => {
    const w = await workshop('paths');
    await expect(openRawSocket(server.syncUrl, '', w.facilitatorToken)).rejects.toThrow(/404/);
    await expect(
      openRawSocket(server.syncUrl, '..%2F..%2Fetc', w.facilitatorToken),
    ).rejects.toThrow(/404/);
    await expect(
      openRawSocket(server.syncUrl.replace('/sync', '/elsewhere'), w.room),
    ).rejects.toThrow(/404/);
  });

  it('a connection can neither wipe nor forge another client’s presence', async () => {
    const room = 'bad-awareness';
    const a = await connect(room);
    const b = await connect(room);
    type Presence = { user?: { kind?: string; name?: unknown }; cursor?: number };
    const stateOf = (id: number) =>
      b.provider.awareness.getStates().get(id) as Presence | undefined;
    try {
      a.provider.awareness.setLocalStateField('cursor', 1);
      const aId = a.doc.clientID;
      await waitFor(() => stateOf(aId)?.cursor === 1, 'b sees a');
      const ws = await raw(room);
      const frame = (entries: { clientId: number; clock: number; state: string }[]) => {
        const e = encoding.createEncoder();
        encoding.writeVarUint(e, MessageType.awareness);
        encoding.writeVarUint8Array(e, encodeAwarenessUpdate(entries));
        return encoding.toUint8Array(e);
      };
      ws.send(
        frame([
          {
            clientId: 4242,
            clock: 1,
            state: JSON.stringify({ user: { name: 'Ordføreren' }, cursor: 7 }),
          },
        ]),
      );
      await waitFor(() => stateOf(4242)?.cursor === 7, 'b sees the raw client');
      // The server replaced the name it claimed with the identity the server gave it.
      expect(stateOf(4242)?.user).toEqual(stateOf(aId)?.user);
      expect(stateOf(4242)?.user?.name).not.toBe('Ordføreren');
      ws.send(frame([{ clientId: aId, clock: 999, state: 'null' }]));
      ws.send(frame([{ clientId: aId, clock: 1000, state: JSON.stringify({ cursor: 666 }) }]));
      ws.send(frame([{ clientId: 4242, clock: 2, state: JSON.stringify({ cursor: 8 }) }]));
      await waitFor(() => stateOf(4242)?.cursor === 8, 'the later message arrived');
      expect(stateOf(aId)?.cursor).toBe(1);
      ws.close();
      await waitFor(() => stateOf(4242) === undefined, 'raw client’s presence removed on leave');
    } finally {
      a.destroy();
      b.destroy();
    }
  });

  it('a flood of messages is cut off by the rate limit', async () => {
    const code = await withBystanders('bad-flood', async () => {
      const ws = await raw('bad-flood');
      const closed = closeCodeOf(ws);
      for (let i = 0; i < 2000 && ws.readyState === ws.OPEN; i++)
        ws.send(Buffer.from([MessageType.queryAwareness]));
      return closed;
    });
    expect(code).toBe(CloseCode.rateLimited);
  });

  it('the server is still healthy after all of that', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(server.process.exitCode).toBeNull();
  });
});
