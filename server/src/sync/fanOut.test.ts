import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MemoryDocStore } from '../persistence/memoryDocStore';
import {
  awarenessFrame,
  RecordingConnection as Conn,
  silentLog as log,
  syncFrame,
  tick,
  until,
} from '../testing/roomHarness';
import { decodeAwarenessUpdate } from './awarenessFilter';
import { Room } from './room';

/** A client's edits as update frames, one per call. */
function writer(clientId: number) {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  return (text: string) => {
    let captured: Uint8Array | null = null;
    doc.once('update', (u: Uint8Array) => (captured = u));
    doc.getText('t').insert(doc.getText('t').length, text);
    return syncFrame(syncProtocol.messageYjsUpdate, captured!);
  };
}

function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
}

describe('[S8] outgoing traffic is batched per room', () => {
  it('updates stored in one turn reach a receiver as one merged update; a sender gets only the others’', async () => {
    const room = await Room.load('r', {
      store: new MemoryDocStore(),
      log,
      compactAfterUpdates: 1000,
    });
    const [a, b, c] = [new Conn('a'), new Conn('b'), new Conn('c')];
    for (const x of [a, b, c]) room.add(x);
    const typeA = writer(1);
    const typeB = writer(2);
    room.handleMessage(a, typeA('Godt '));
    room.handleMessage(b, typeB('liv '));
    room.handleMessage(a, typeA('for alle'));
    await until(() => c.of('update').length > 0);
    expect(c.of('update')).toHaveLength(1);
    expect(textOf(c.of('update'))).toBe(room.doc.getText('t').toString());
    expect(textOf(a.of('update'))).toBe('liv ');
    expect(textOf(b.of('update'))).toBe('Godt for alle');
  });

  it('[S3] a step 2 answer does not overtake updates already batched for that connection', async () => {
    const room = await Room.load('r', {
      store: new MemoryDocStore(),
      log,
      compactAfterUpdates: 1000,
    });
    const [a, b] = [new Conn('a'), new Conn('b')];
    room.add(a);
    room.add(b);
    room.handleMessage(a, writer(1)('first'));
    room.handleMessage(
      b,
      syncFrame(syncProtocol.messageYjsSyncStep1, Y.encodeStateVector(new Y.Doc())),
    );
    const kinds = b.received.map((r) => r.kind).filter((k) => k === 'update' || k === 'step2');
    expect(kinds).toEqual(['update', 'step2']);
    await tick();
    expect(b.of('update')).toHaveLength(1);
  });

  it('awareness goes out throttled, with the latest state per client, never back to its owner', async () => {
    const room = await Room.load('r', {
      store: new MemoryDocStore(),
      log,
      compactAfterUpdates: 1000,
      awarenessIntervalMs: 40,
    });
    const [a, b] = [new Conn('a'), new Conn('b')];
    room.add(a);
    room.add(b);
    for (let clock = 1; clock <= 5; clock++)
      room.handleMessage(a, awarenessFrame(11, clock, { cursor: clock }));
    room.handleMessage(b, awarenessFrame(22, 1, { cursor: 'b' }));
    const seen = () => b.of('awareness').flatMap(decodeAwarenessUpdate);
    for (let i = 0; i < 400 && !seen().some((e) => e.state.includes('5')); i++)
      await new Promise((r) => setTimeout(r, 5));
    await tick();
    const toB = b.of('awareness').flatMap(decodeAwarenessUpdate);
    // The first change leaves at once; the rest of the burst is coalesced into one more frame.
    expect(b.of('awareness')).toHaveLength(2);
    expect(toB.filter((e) => e.clientId === 11).map((e) => JSON.parse(e.state))).toEqual([
      { cursor: 1 },
      { cursor: 5 },
    ]);
    expect(toB.some((e) => e.clientId === 22)).toBe(false);
    const toA = a.of('awareness').flatMap(decodeAwarenessUpdate);
    expect(toA.some((e) => e.clientId === 11)).toBe(false);
    expect(toA.filter((e) => e.clientId === 22)).toHaveLength(1);
    await room.close();
  });
});

describe('[S9] a room loaded from storage answers a fresh client from the stored bytes', () => {
  async function storedRoom(extraRows: number) {
    const store = new MemoryDocStore();
    const src = new Y.Doc();
    const updates: Uint8Array[] = [];
    src.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 20; i++) src.getText('t').insert(i, String.fromCharCode(97 + i));
    let seq = 0;
    for (const u of updates) seq = store.append('r', u, { participantId: null, at: 1 });
    await store.compact('r', Y.encodeStateAsUpdate(src), seq);
    for (let i = 0; i < extraRows; i++) {
      const before = Y.encodeStateVector(src);
      src.getText('t').insert(0, `${i}`);
      store.append('r', Y.encodeStateAsUpdate(src, before), { participantId: null, at: 2 });
    }
    return { store, src };
  }

  for (const rows of [0, 3]) {
    it(`the answer equals the full state (snapshot and ${rows} rows after it), before the document is built`, async () => {
      const { store, src } = await storedRoom(rows);
      const room = await Room.load('r', { store, log, compactAfterUpdates: 1000 });
      const fresh = new Conn('fresh');
      room.add(fresh);
      room.handleMessage(fresh, syncFrame(syncProtocol.messageYjsSyncStep1, new Uint8Array([0])));
      expect(room.isMaterialized).toBe(false);
      expect(textOf(fresh.of('step2'))).toBe(src.getText('t').toString());
      // Built right after, and then greeted with our state vector.
      await until(() => room.isMaterialized && fresh.of('step1').length === 1);
      expect(Y.decodeStateVector(fresh.of('step1')[0]!)).toEqual(
        Y.decodeStateVector(Y.encodeStateVector(src)),
      );
      await room.close();
    });
  }

  it('builds the document before handling an update or a non-empty state vector', async () => {
    const { store, src } = await storedRoom(1);
    const room = await Room.load('r', { store, log, compactAfterUpdates: 1000 });
    const a = new Conn('a');
    room.add(a);
    room.handleMessage(a, writer(77)('!'));
    expect(room.isMaterialized).toBe(true);
    expect(room.doc.getText('t').toString()).toContain(src.getText('t').toString());
    const b = new Conn('b');
    room.add(b);
    room.handleMessage(b, syncFrame(syncProtocol.messageYjsSyncStep1, Y.encodeStateVector(src)));
    expect(textOf([Y.encodeStateAsUpdate(src), ...b.of('step2')])).toBe(
      room.doc.getText('t').toString(),
    );
    await room.close();
  });
});
