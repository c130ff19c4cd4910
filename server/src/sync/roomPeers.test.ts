import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AppendMeta, DocStore } from '../persistence/docStore';
import { MemoryDocStore } from '../persistence/memoryDocStore';
import { splitEdit } from '../testing/forgedUpdates';
import {
  awarenessFrame,
  RecordingConnection,
  silentLog,
  until,
  updateFrame,
} from '../testing/roomHarness';
import { decodeAwarenessUpdate, encodeAwarenessUpdate } from './awarenessFilter';
import { Room } from './room';
import type { RemoteReceiver, RoomLink } from './roomPeers';
import { ClientIdOwners } from './roomPresence';

/** A line to the other instances that records what the room tells them. */
class RecordingLink implements RoomLink {
  readonly updates: Uint8Array[] = [];
  readonly awareness: Array<{ update: Uint8Array; holder: string | null }> = [];
  readonly claims: Array<[number, string]> = [];
  publishUpdate(update: Uint8Array) {
    this.updates.push(update);
  }
  publishAwareness(update: Uint8Array, holder: string | null) {
    this.awareness.push({ update, holder });
  }
  claimed(clientId: number, holder: string) {
    this.claims.push([clientId, holder]);
  }
  attach(_room: RemoteReceiver) {}
  leave() {
    return Promise.resolve();
  }
}

/** A store whose appends complete only when the test says so ([S2]). */
class DeferredStore extends MemoryDocStore {
  readonly waiting: Array<() => void> = [];
  deferred(docName: string, update: Uint8Array, meta: AppendMeta): Promise<number> {
    return new Promise((resolve) => {
      this.waiting.push(() => resolve(super.append(docName, update, meta)));
    });
  }
}

/** The store's methods, bound, to build another store around. */
function storeMethods(store: DocStore): DocStore {
  return {
    load: (name) => store.load(name),
    append: (name, update, meta) => store.append(name, update, meta),
    compact: (name, snapshot, through) => store.compact(name, snapshot, through),
    listUpdates: (name) => store.listUpdates(name),
    quarantine: (name, seq, reason) => store.quarantine(name, seq, reason),
    listQuarantined: (name) => store.listQuarantined(name),
    delete: (name) => store.delete(name),
    close: () => store.close(),
  };
}

function textEdit(text: string, clientId = 11): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

async function roomWith(store: DocStore = new MemoryDocStore(), owners = new ClientIdOwners()) {
  const link = new RecordingLink();
  const room = await Room.load('w/x', {
    store,
    log: silentLog,
    compactAfterUpdates: 1000,
    awarenessIntervalMs: 0,
    clientIdOwners: owners,
    link,
  });
  return { room, link, store };
}

describe('a room among instances', () => {
  it('[F2] an update is published to the other instances only once it is stored', async () => {
    const store = new DeferredStore();
    const { room, link } = await roomWith({
      ...storeMethods(store),
      append: (name, update, meta) => store.deferred(name, update, meta),
    });
    const writer = new RecordingConnection('w');
    room.add(writer);
    room.handleMessage(writer, updateFrame(textEdit('hei')));
    expect(store.waiting).toHaveLength(1);
    expect(link.updates).toHaveLength(0);
    store.waiting.shift()!();
    await until(() => link.updates.length === 1);
    expect((await store.load('w/x')).updates).toHaveLength(1);
  });

  it('[F2] another instance’s update reaches the connections, and is neither stored nor published again', async () => {
    const { room, link, store } = await roomWith();
    const reader = new RecordingConnection('r');
    room.add(reader);
    room.applyRemoteUpdate(textEdit('fra b'));
    await until(() => reader.of('update').length === 1);
    expect(room.doc.getText('t').toString()).toBe('fra b');
    expect((await store.load('w/x')).updates).toHaveLength(0);
    expect(link.updates).toHaveLength(0);
  });

  it('[F3] another instance’s update that lets in what waited here: what was let in is stored and published', async () => {
    const { room, link, store } = await roomWith();
    const writer = new RecordingConnection('f', { participantId: null });
    room.add(writer);
    const { first, second } = splitEdit();
    room.handleMessage(writer, updateFrame(second)); // waits for its first part
    expect((await store.load('w/x')).updates).toHaveLength(0);
    room.applyRemoteUpdate(first);
    await until(() => link.updates.length === 1);
    const stored = new Y.Doc();
    for (const u of (await store.load('w/x')).updates) Y.applyUpdate(stored, u);
    expect(stored.getText('t').toString()).toBe(room.doc.getText('t').toString());
    expect(stored.getText('t').length).toBe(11);
  });

  it('[F4] presence accepted here is announced with whose it is, and its removal too', async () => {
    const { room, link } = await roomWith();
    const tablet = new RecordingConnection('t', { holder: 'participant:p1' });
    room.add(tablet);
    room.handleMessage(tablet, awarenessFrame(42, 1, { cursor: 1 }));
    expect(link.claims).toEqual([[42, 'participant:p1']]);
    expect(link.awareness.map((a) => a.holder)).toEqual(['participant:p1']);
    room.remove(tablet);
    const last = decodeAwarenessUpdate(link.awareness.at(-1)!.update);
    expect(last).toEqual([{ clientId: 42, clock: 1, state: 'null' }]);
  });

  it('[F4] [F5] another instance’s presence is shown here, never announced back, and its id cannot be taken here', async () => {
    const owners = new ClientIdOwners();
    const { room, link } = await roomWith(new MemoryDocStore(), owners);
    const viewer = new RecordingConnection('v', { holder: 'participant:p2' });
    room.add(viewer);
    const remote = encodeAwarenessUpdate([
      { clientId: 42, clock: 3, state: JSON.stringify({ user: { participantId: 'p1' } }) },
    ]);
    room.applyRemoteAwareness(remote, 'participant:p1');
    await until(() => viewer.awarenessEntries().some((e) => e.clientId === 42));
    expect(link.awareness).toHaveLength(0);
    // p2 speaks for 42 here: dropped, 42 stays p1's.
    room.handleMessage(viewer, awarenessFrame(42, 9, { squat: true }));
    expect(room.awareness.getStates().get(42)).toEqual({ user: { participantId: 'p1' } });
    expect(room.ownClientIdOf(viewer)).toBeNull();
    // And once p1's presence has gone, the claim it made still holds ([S15] across instances).
    room.applyRemoteAwareness(
      encodeAwarenessUpdate([{ clientId: 42, clock: 3, state: 'null' }]),
      'participant:p1',
    );
    expect(room.awareness.getStates().has(42)).toBe(false);
    room.handleMessage(viewer, awarenessFrame(42, 10, { squat: true }));
    expect(room.ownClientIdOf(viewer)).toBeNull();
    expect(owners.claim('w/x', 42, 'participant:p1')).toBe(true);
  });

  it('[F8] a resync applies what storage holds and sends only what was missing', async () => {
    const { room, store } = await roomWith();
    const reader = new RecordingConnection('r');
    room.add(reader);
    room.applyRemoteUpdate(textEdit('kjent', 1));
    await until(() => reader.of('update').length === 1);
    await store.append('w/x', textEdit('kjent', 1), { participantId: null, at: 1 });
    await store.append('w/x', textEdit('tapt', 2), { participantId: null, at: 2 });
    room.resync(await store.load('w/x'));
    await until(() => reader.of('update').length === 2);
    const missing = new Y.Doc();
    Y.applyUpdate(missing, reader.of('update')[1]!);
    expect(missing.getText('t').toString()).toBe('tapt');
    expect(room.doc.getText('t').toString()).toContain('tapt');
  });
});
