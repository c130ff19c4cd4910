import { MessageType } from '@samskap/shared/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { AppendMeta, DocStore } from '../persistence/docStore';
import { MemoryDocStore } from '../persistence/memoryDocStore';
import type { ConnectionIdentity, RoomConnection } from './connectionTypes';
import { Room } from './room';

/** A store whose appends complete only when the test says so. */
class DeferredStore implements DocStore {
  readonly waiting: Array<() => void> = [];
  private readonly inner = new MemoryDocStore();
  load = (name: string) => this.inner.load(name);
  compact = (name: string, snapshot: Uint8Array, through: number) =>
    this.inner.compact(name, snapshot, through);
  listUpdates = (name: string) => this.inner.listUpdates(name);
  quarantine = (name: string, seq: number, reason: string) =>
    this.inner.quarantine(name, seq, reason);
  listQuarantined = (name: string) => this.inner.listQuarantined(name);
  delete = (name: string) => this.inner.delete(name);
  close = () => this.inner.close();
  append(docName: string, update: Uint8Array, meta: AppendMeta): Promise<number> {
    return new Promise((resolve) => {
      this.waiting.push(() => resolve(this.inner.append(docName, update, meta)));
    });
  }
}

class FakeConnection implements RoomConnection {
  readonly sent: Uint8Array[] = [];
  closedWith: number | null = null;
  constructor(
    readonly id: string,
    readonly identity: ConnectionIdentity = {
      participantId: id,
      canWrite: () => true,
      awarenessUser: null,
    },
  ) {}
  send(m: Uint8Array, sent?: () => void) {
    this.sent.push(m);
    sent?.();
  }
  close(code: number) {
    this.closedWith = code;
  }
  /** The sync updates (type 2) this connection was sent. */
  updates(): Uint8Array[] {
    return this.sent.flatMap((m) => {
      const d = decoding.createDecoder(m);
      if (decoding.readVarUint(d) !== MessageType.sync) return [];
      return decoding.readVarUint(d) === syncProtocol.messageYjsUpdate
        ? [decoding.readVarUint8Array(d)]
        : [];
    });
  }
}

function updateFrame(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.sync);
  syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc));
  return encoding.toUint8Array(e);
}

const log = pino({ level: 'silent' });
const tick = () => new Promise((r) => setImmediate(r));

/** Waits for a condition over turns of the event loop (batches go out per turn). */
async function until(condition: () => boolean, turns = 50): Promise<void> {
  for (let i = 0; i < turns && !condition(); i++) await tick();
  expect(condition()).toBe(true);
}

describe('Room', () => {
  it('with an asynchronous store, sends an update to others only after it is stored, in order', async () => {
    const store = new DeferredStore();
    const room = await Room.load('r', { store, log, compactAfterUpdates: 1000 });
    const a = new FakeConnection('a');
    const b = new FakeConnection('b');
    room.add(a);
    room.add(b);
    room.handleMessage(a, updateFrame('first'));
    room.handleMessage(a, updateFrame('second'));
    await tick();
    expect(b.updates()).toHaveLength(0);
    store.waiting.shift()!();
    await until(() => b.updates().length === 1);
    await tick();
    expect(b.updates()).toHaveLength(1);
    store.waiting.shift()!();
    await until(() => b.updates().length === 2);
    expect(a.updates()).toHaveLength(0); // the sender already has its own update
    expect((await store.listUpdates('r')).map((r) => r.participantId)).toEqual(['a', 'a']);
  });

  it('drops a read-only connection’s update and tells it once', async () => {
    const store = new MemoryDocStore();
    const room = await Room.load('r', { store, log, compactAfterUpdates: 1000 });
    const projector = new FakeConnection('p', {
      participantId: null,
      canWrite: () => false,
      awarenessUser: null,
    });
    const tablet = new FakeConnection('t');
    room.add(projector);
    room.add(tablet);
    room.handleMessage(projector, updateFrame('forged'));
    room.handleMessage(projector, updateFrame('again'));
    expect(room.doc.getText('t').toString()).toBe('');
    expect(tablet.updates()).toHaveLength(0);
    expect(await store.listUpdates('r')).toHaveLength(0);
    const denials = projector.sent.filter((m) => m[0] === MessageType.auth);
    expect(denials).toHaveLength(1);
  });

  it('refuses an update that would take the document past its size bound, and tells the writer', async () => {
    const store = new MemoryDocStore();
    const room = await Room.load('r', {
      store,
      log,
      compactAfterUpdates: 1000,
      maxDocumentBytes: 4096,
    });
    const a = new FakeConnection('a');
    const b = new FakeConnection('b');
    room.add(a);
    room.add(b);
    room.handleMessage(a, updateFrame('x'.repeat(1000)));
    room.handleMessage(a, updateFrame('y'.repeat(5000)));
    await until(() => b.updates().length >= 1);
    await tick();
    expect(b.updates()).toHaveLength(1);
    expect(await store.listUpdates('r')).toHaveLength(1);
    expect(room.doc.getText('t').toString()).toBe('x'.repeat(1000));
    expect(a.sent.filter((m) => m[0] === MessageType.auth)).toHaveLength(1);
  });

  it('compacts into one snapshot once the log reaches the threshold, and reloads the same state', async () => {
    const store = new MemoryDocStore();
    const room = await Room.load('r', { store, log, compactAfterUpdates: 5 });
    const a = new FakeConnection('a');
    room.add(a);
    for (let i = 0; i < 12; i++) room.handleMessage(a, updateFrame(`${i}`));
    await tick();
    await tick();
    expect((await store.listUpdates('r')).length).toBeLessThan(5);
    const expected = room.doc.getText('t').toString();
    room.remove(a);
    await room.close();
    const again = await Room.load('r', { store, log, compactAfterUpdates: 5 });
    expect(again.doc.getText('t').toString()).toBe(expected);
    await again.close();
  });

  it('closes every connection and drops the room when the store fails', async () => {
    const store = new MemoryDocStore();
    store.append = () => {
      throw new Error('disk full');
    };
    const room = await Room.load('r', { store, log, compactAfterUpdates: 1000 });
    let emptied = false;
    room.onEmpty = () => {
      emptied = true;
    };
    const a = new FakeConnection('a');
    const b = new FakeConnection('b');
    room.add(a);
    room.add(b);
    room.handleMessage(a, updateFrame('lost'));
    expect(b.updates()).toHaveLength(0);
    expect([a.closedWith, b.closedWith]).toEqual([4500, 4500]);
    expect(emptied).toBe(true);
    expect(room.isOpen).toBe(false);
  });
});
