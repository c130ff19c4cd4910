import { CloseCode } from '@samskap/shared/protocol';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MemoryDocStore } from '../persistence/memoryDocStore';
import { detachedUpdate, selfReferencingUpdate, splitEdit } from '../testing/forgedUpdates';
import {
  awarenessFrame,
  RecordingConnection,
  silentLog as log,
  tick,
  until,
  updateFrame,
} from '../testing/roomHarness';
import { UnappliableUpdateError } from './guardedApply';
import { Room, type RoomOptions } from './room';
import { BadMessageError, ClientIdOwners } from './roomPresence';

function options(store = new MemoryDocStore(), extra: Partial<RoomOptions> = {}): RoomOptions {
  return { store, log, compactAfterUpdates: 1000, ...extra };
}

function text(room: Room): string {
  return room.doc.getText('t').toString();
}

describe('[S10] foreign bytes are applied only guarded', () => {
  it('an item that follows itself closes its sender, and nothing of it is stored or sent', async () => {
    const store = new MemoryDocStore();
    const room = await Room.load('r', options(store));
    const [bad, other] = [new RecordingConnection('bad'), new RecordingConnection('other')];
    room.add(bad);
    room.add(other);
    expect(() => room.handleMessage(bad, updateFrame(selfReferencingUpdate()))).toThrow(
      UnappliableUpdateError,
    );
    await tick();
    expect(await store.listUpdates('r')).toHaveLength(0);
    expect(other.of('update')).toHaveLength(0);
    expect(room.isOpen).toBe(true);
    await room.close();
  });
});

describe('[S11] [S12] pending updates', () => {
  it('[S11] an update whose first part is missing never reaches the snapshot; the room reloads clean', async () => {
    const store = new MemoryDocStore();
    const room = await Room.load('r', options(store));
    const a = new RecordingConnection('a');
    room.add(a);
    const { first, second } = splitEdit();
    room.handleMessage(a, updateFrame(second));
    room.handleMessage(a, updateFrame(Y.encodeStateAsUpdate(textDoc(3, 'ok'))));
    await room.compact();
    const stored = await store.load('r');
    const clients = Y.decodeUpdate(stored.snapshot!).structs.map((s) => s.id.client);
    expect(clients).not.toContain(7);
    room.remove(a);
    await room.close();
    const again = await Room.load('r', options(store));
    const b = new RecordingConnection('b');
    again.add(b);
    again.handleMessage(b, updateFrame(first));
    expect(text(again)).toContain('hello');
    expect(text(again)).not.toContain('x');
    await again.close();
  });

  it('[S12] pending bytes over the bound are dropped and their sender is closed (4413)', async () => {
    const room = await Room.load('r', options(undefined, { limits: { maxPendingBytes: 2048 } }));
    const [a, b] = [new RecordingConnection('a'), new RecordingConnection('b')];
    room.add(a);
    room.add(b);
    room.handleMessage(a, updateFrame(detachedUpdate(50, 1000, 'x'.repeat(1000))));
    expect(a.closedWith).toBeNull();
    room.handleMessage(a, updateFrame(detachedUpdate(51, 1000, 'y'.repeat(3000))));
    expect(a.closedWith).toBe(CloseCode.tooLarge);
    // Nothing of it is left: the missing first parts no longer release anything.
    room.handleMessage(b, updateFrame(detachedUpdate(50, 0, 'z'.repeat(1000))));
    expect(text(room)).toBe('z'.repeat(1000));
    await room.close();
  });

  it('[S12] pending bytes count against the document bound', async () => {
    const room = await Room.load('r', options(undefined, { maxDocumentBytes: 4096 }));
    const a = new RecordingConnection('a');
    room.add(a);
    room.handleMessage(a, updateFrame(detachedUpdate(50, 1000, 'x'.repeat(3000))));
    room.handleMessage(a, updateFrame(Y.encodeStateAsUpdate(textDoc(9, 'y'.repeat(2000)))));
    expect(text(room)).toBe('');
    await room.close();
  });

  it('[S12] pending bytes older than the bound are dropped for the room', async () => {
    const room = await Room.load('r', options(undefined, { limits: { maxPendingAgeMs: 20 } }));
    const a = new RecordingConnection('a');
    room.add(a);
    room.handleMessage(a, updateFrame(detachedUpdate(50, 5, 'late')));
    await until(() => Y.decodeUpdate(Y.encodeStateAsUpdate(room.doc)).structs.length === 0);
    room.handleMessage(a, updateFrame(detachedUpdate(50, 0, 'early')));
    expect(text(room)).toBe('early');
    await room.close();
  });
});

describe('[S13] stored state that cannot be applied', () => {
  it('a stored row that cannot be applied is moved to quarantine; the rest loads', async () => {
    const store = new MemoryDocStore();
    store.append('r', Y.encodeStateAsUpdate(textDoc(1, 'kept')), { participantId: 'p', at: 1 });
    const bad = store.append('r', selfReferencingUpdate(), { participantId: 'q', at: 2 });
    const room = await Room.load('r', options(store));
    expect(text(room)).toBe('kept');
    await tick();
    const aside = await store.listQuarantined('r');
    expect(aside.map((r) => [r.seq, r.participantId])).toEqual([[bad, 'q']]);
    expect((await store.load('r')).seqs).not.toContain(bad);
    await room.close();
  });

  it('a stored snapshot that cannot be applied closes the room (4503) without saving it', async () => {
    const store = new MemoryDocStore();
    await store.compact('r', selfReferencingUpdate(), 0);
    const room = await Room.load('r', options(store));
    let emptied = false;
    room.onEmpty = () => (emptied = true);
    const a = new RecordingConnection('a');
    room.add(a);
    expect(room.doc).toBeDefined();
    expect(a.closedWith).toBe(CloseCode.roomUnavailable);
    expect(room.unavailable).toBe(true);
    expect(emptied).toBe(true);
    expect((await store.load('r')).snapshot).toEqual(selfReferencingUpdate());
  });
});

describe('[S14] [S15] presence is bounded and bound to its holder', () => {
  const holder = (h: string) => ({ holder: h, awarenessUser: { name: h } });

  it('[S14] a state over the size bound closes that connection (4413)', async () => {
    const room = await Room.load(
      'r',
      options(undefined, { limits: { maxAwarenessStateBytes: 512 } }),
    );
    const a = new RecordingConnection('a');
    room.add(a);
    room.handleMessage(a, awarenessFrame(11, 1, { cursor: 1 }));
    let thrown: unknown = null;
    try {
      room.handleMessage(a, awarenessFrame(11, 2, { blob: 'x'.repeat(600) }));
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(BadMessageError);
    expect((thrown as BadMessageError).closeCode).toBe(CloseCode.tooLarge);
    await room.close();
  });

  it('[S14] messages over the rate are dropped, not relayed', async () => {
    const room = await Room.load(
      'r',
      options(undefined, {
        awarenessIntervalMs: 1,
        limits: { maxAwarenessPerSecond: 1, awarenessBurst: 3 },
      }),
    );
    const [a, b] = [new RecordingConnection('a'), new RecordingConnection('b')];
    room.add(a);
    room.add(b);
    for (let clock = 1; clock <= 10; clock++)
      room.handleMessage(a, awarenessFrame(11, clock, { n: clock }));
    await until(() => b.awarenessEntries().length > 0);
    expect(room.awareness.meta.get(11)?.clock).toBe(3);
    await room.close();
  });

  it('[S14] a joiner is greeted in frames of bounded size', async () => {
    const room = await Room.load('r', options());
    for (let i = 0; i < 40; i++) {
      const c = new RecordingConnection(`c${i}`);
      room.add(c);
      room.handleMessage(c, awarenessFrame(100 + i, 1, { blob: 'x'.repeat(7000) }));
    }
    const joiner = new RecordingConnection('joiner');
    room.add(joiner);
    const frames = joiner.of('awareness');
    expect(frames.length).toBeGreaterThan(1);
    expect(Math.max(...frames.map((f) => f.length))).toBeLessThan(80 * 1024);
    expect(joiner.awarenessEntries()).toHaveLength(40);
    await room.close();
  });

  it('[S15] a client id belongs to its first holder: another one is dropped, even while the owner is away', async () => {
    const owners = new ClientIdOwners();
    const room = await Room.load('r', options(undefined, { clientIdOwners: owners }));
    const owner = new RecordingConnection('owner', holder('participant:1'));
    const squatter = new RecordingConnection('squatter', holder('participant:2'));
    const watcher = new RecordingConnection('watcher', holder('participant:3'));
    room.add(watcher);
    room.add(owner);
    room.handleMessage(owner, awarenessFrame(42, 1, { cursor: 'mine' }));
    room.remove(owner);
    room.add(squatter);
    room.handleMessage(squatter, awarenessFrame(42, 5, { cursor: 'stolen' }));
    expect(room.ownClientIdOf(squatter)).toBeNull();
    expect(room.awareness.getStates().has(42)).toBe(false);
    const back = new RecordingConnection('owner-again', holder('participant:1'));
    room.add(back);
    room.handleMessage(back, awarenessFrame(42, 6, { cursor: 'mine again' }));
    expect(room.ownClientIdOf(back)).toBe(42);
    // What others see is stamped with the identity the server gave.
    expect(room.awareness.getStates().get(42)).toEqual({
      cursor: 'mine again',
      user: { name: 'participant:1' },
    });
    await room.close();
  });
});

describe('[S16] a room keeps its connections’ state', () => {
  it('[S16] a frozen connection is refused once, asked again when it may write, and speaks for its presence', async () => {
    let writable = false;
    const room = await Room.load('r', options());
    // Frozen: any flag the room tried to write onto it would throw.
    const tablet = Object.freeze(new RecordingConnection('t', { canWrite: () => writable }));
    room.add(tablet);
    room.handleMessage(tablet, updateFrame(Y.encodeStateAsUpdate(textDoc(3, 'early'))));
    room.handleMessage(tablet, updateFrame(Y.encodeStateAsUpdate(textDoc(3, 'again'))));
    expect(tablet.of('other')).toHaveLength(1); // told once that its writes are refused
    const asked = tablet.of('step1').length;
    room.resyncIfAllowed(tablet); // still read-only: nothing
    expect(tablet.of('step1')).toHaveLength(asked);
    writable = true;
    room.resyncIfAllowed(tablet);
    expect(tablet.of('step1')).toHaveLength(asked + 1);
    room.resyncIfAllowed(tablet); // nothing dropped since: not asked again
    expect(tablet.of('step1')).toHaveLength(asked + 1);
    room.handleMessage(tablet, awarenessFrame(42, 1, { cursor: 'here' }));
    expect(room.ownClientIdOf(tablet)).toBe(42);
    // The same connection in another room starts with nothing known about it there.
    const other = await Room.load('r2', options());
    other.add(tablet);
    expect(other.ownClientIdOf(tablet)).toBeNull();
    room.remove(tablet);
    expect(room.ownClientIdOf(tablet)).toBeNull();
    other.remove(tablet);
    await room.close();
    await other.close();
  });
});

function textDoc(client: number, content: string): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = client;
  doc.getText('t').insert(0, content);
  return doc;
}
