import { CloseCode, MessageType } from '@samskap/shared/protocol';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { encodeAwarenessUpdate } from './awarenessFilter';
import { closeCodeOf, connectClient, openRawSocket, type TestClient } from '../testing/clients';
import { spawnServer, type SpawnedServer } from '../testing/spawnServer';
import { waitFor } from '../testing/waitFor';

const MAX = 64 * 1024;
let server: SpawnedServer;

beforeAll(async () => {
  server = await spawnServer({ env: { MAX_MESSAGE_BYTES: String(MAX) } });
});

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
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/** Two well-behaved clients in the room; after the bad frame they must still sync. */
async function withBystanders(room: string, attack: () => Promise<number>): Promise<number> {
  const a: TestClient = connectClient(server.syncUrl, room);
  const b: TestClient = connectClient(server.syncUrl, room);
  try {
    await waitFor(() => a.provider.synced && b.provider.synced, 'bystanders synced');
    const code = await attack();
    a.doc.getText('t').insert(0, 'still here');
    await waitFor(
      () => b.doc.getText('t').toString().includes('still here'),
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
      const ws = await openRawSocket(server.syncUrl, 'bad-garbage');
      const closed = closeCodeOf(ws);
      ws.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]));
      return closed;
    });
    expect(code).toBe(CloseCode.badMessage);
  });

  it('a truncated update is refused, and none of it is stored or passed on', async () => {
    const room = 'bad-truncated';
    const code = await withBystanders(room, async () => {
      const ws = await openRawSocket(server.syncUrl, room);
      const closed = closeCodeOf(ws);
      const whole = someUpdate('this must never arrive');
      ws.send(updateFrame(whole.slice(0, whole.length - 6)));
      return closed;
    });
    expect(code).toBe(CloseCode.badMessage);
    const late = connectClient(server.syncUrl, room);
    try {
      await waitFor(() => late.provider.synced, 'late client synced');
      expect(late.doc.getText('t').toString()).not.toContain('never');
    } finally {
      late.destroy();
    }
  });

  it('a frame whose length prefix lies is refused', async () => {
    const code = await withBystanders('bad-length', async () => {
      const ws = await openRawSocket(server.syncUrl, 'bad-length');
      const closed = closeCodeOf(ws);
      ws.send(Buffer.from([MessageType.sync, syncProtocol.messageYjsUpdate, 0xe8, 0x07, 1, 2, 3]));
      return closed;
    });
    expect(code).toBe(CloseCode.badMessage);
  });

  it('a text frame is refused', async () => {
    const code = await withBystanders('bad-text', async () => {
      const ws = await openRawSocket(server.syncUrl, 'bad-text');
      const closed = closeCodeOf(ws);
      ws.send('hello');
      return closed;
    });
    expect(code).toBe(CloseCode.badMessage);
  });

  it('a message over the size limit is refused as too big', async () => {
    const code = await withBystanders('bad-big', async () => {
      const ws = await openRawSocket(server.syncUrl, 'bad-big');
      const closed = closeCodeOf(ws);
      ws.send(updateFrame(someUpdate('x'.repeat(MAX + 1))));
      return closed;
    });
    expect(code).toBe(CloseCode.messageTooBig);
  });

  it('an unknown room path is answered 404 without an upgrade', async () => {
    await expect(openRawSocket(server.syncUrl, '')).rejects.toThrow(/404/);
    await expect(openRawSocket(server.syncUrl, '..%2F..%2Fetc')).rejects.toThrow(/404/);
    await expect(
      openRawSocket(server.syncUrl.replace('/sync', '/elsewhere'), 'room'),
    ).rejects.toThrow(/404/);
  });

  it('a connection can neither wipe nor forge another client’s presence', async () => {
    const room = 'bad-awareness';
    const a = connectClient(server.syncUrl, room);
    const b = connectClient(server.syncUrl, room);
    try {
      a.provider.awareness.setLocalStateField('user', { name: 'Tablet A' });
      const aId = a.doc.clientID;
      await waitFor(() => b.provider.awareness.getStates().get(aId) !== undefined, 'b sees a');
      const ws = await openRawSocket(server.syncUrl, room);
      const frame = (entries: { clientId: number; clock: number; state: string }[]) => {
        const e = encoding.createEncoder();
        encoding.writeVarUint(e, MessageType.awareness);
        encoding.writeVarUint8Array(e, encodeAwarenessUpdate(entries));
        return encoding.toUint8Array(e);
      };
      ws.send(
        frame([{ clientId: 4242, clock: 1, state: JSON.stringify({ user: { name: 'Mallory' } }) }]),
      );
      await waitFor(
        () => b.provider.awareness.getStates().get(4242) !== undefined,
        'b sees the raw client',
      );
      ws.send(frame([{ clientId: aId, clock: 999, state: 'null' }]));
      ws.send(
        frame([
          { clientId: aId, clock: 1000, state: JSON.stringify({ user: { name: 'Forged' } }) },
        ]),
      );
      ws.send(
        frame([
          { clientId: 4242, clock: 2, state: JSON.stringify({ user: { name: 'Mallory 2' } }) },
        ]),
      );
      await waitFor(
        () =>
          (b.provider.awareness.getStates().get(4242) as { user?: { name?: string } })?.user
            ?.name === 'Mallory 2',
        'the later message arrived',
      );
      expect(b.provider.awareness.getStates().get(aId)).toEqual({ user: { name: 'Tablet A' } });
      ws.close();
      await waitFor(
        () => b.provider.awareness.getStates().get(4242) === undefined,
        'raw client’s presence removed on leave',
      );
    } finally {
      a.destroy();
      b.destroy();
    }
  });

  it('a flood of messages is cut off by the rate limit', async () => {
    const code = await withBystanders('bad-flood', async () => {
      const ws = await openRawSocket(server.syncUrl, 'bad-flood');
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
