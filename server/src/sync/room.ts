import { CloseCode, MessageType } from '@samskap/shared/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as authProtocol from 'y-protocols/auth';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { AppError } from '../errors';
import type { Logger } from '../log';
import type { DocStore } from '../persistence/docStore';
import { filterAwarenessUpdate } from './awarenessFilter';
import type { RoomConnection } from './connectionTypes';

/** A frame that does not follow the protocol: it closes its own connection, nothing else. */
export class BadMessageError extends AppError {
  constructor(message: string) {
    super('bad_message', message);
    this.name = 'BadMessageError';
  }
}

export interface RoomOptions {
  store: DocStore;
  log: Logger;
  /** Squash the log into a snapshot after this many appended rows. */
  compactAfterUpdates: number;
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/**
 * A room owns one document, its awareness and its connections. Every update that reaches the
 * document is appended to the store before any other connection is sent it: what a tablet has
 * seen is on disk.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly conns = new Set<RoomConnection>();
  private lastSeq = 0;
  private rowsSinceSnapshot = 0;
  /** Set while an asynchronous store has appends in flight: sends wait behind it, in order. */
  private queue: Promise<void> | null = null;
  private compactScheduled = false;
  private closing = false;
  private destroyed = false;
  /** Called once when the last connection has left, or the room failed. */
  onEmpty: ((room: Room) => void) | null = null;

  private constructor(
    readonly name: string,
    private readonly options: RoomOptions,
  ) {
    this.awareness.setLocalState(null);
  }

  /** Loads the stored state, then starts listening: loading is not re-stored or broadcast. */
  static async load(name: string, options: RoomOptions): Promise<Room> {
    const room = new Room(name, options);
    const loaded = await options.store.load(name);
    const parts = loaded.snapshot ? [loaded.snapshot, ...loaded.updates] : loaded.updates;
    if (parts.length > 0)
      Y.applyUpdate(room.doc, parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts));
    room.lastSeq = loaded.lastSeq;
    room.rowsSinceSnapshot = loaded.updates.length;
    room.doc.on('update', room.onDocUpdate);
    room.awareness.on('update', room.onAwarenessUpdate);
    if (room.rowsSinceSnapshot >= options.compactAfterUpdates) room.scheduleCompaction();
    return room;
  }

  get connectionCount(): number {
    return this.conns.size;
  }

  /** False from the moment the room starts to close: a late joiner must load it anew. */
  get isOpen(): boolean {
    return !this.closing && !this.destroyed;
  }

  /** Greets a new connection with our state vector and everyone's presence. */
  add(conn: RoomConnection): void {
    if (!this.isOpen) throw new AppError('room_closed', `room ${this.name} is closed`);
    this.conns.add(conn);
    this.requestMissing(conn);
    const states = this.awareness.getStates();
    if (states.size > 0) conn.send(this.awarenessFrame([...states.keys()]));
  }

  /**
   * Sends our state vector: a y-websocket client answers with every update we lack. Used on
   * connect, and when a connection whose writes were dropped (a lock) may write again, so that
   * its later updates, which build on the dropped ones, are not stuck.
   */
  requestMissing(conn: RoomConnection): void {
    conn.writeDeniedNotified = false;
    conn.droppedWrites = false;
    conn.send(
      frame((e) => {
        encoding.writeVarUint(e, MessageType.sync);
        syncProtocol.writeSyncStep1(e, this.doc);
      }),
    );
  }

  remove(conn: RoomConnection): void {
    if (!this.conns.delete(conn)) return;
    if (conn.ownClientId !== null) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [conn.ownClientId], null);
    }
    this.releaseIfEmpty();
  }

  /** Tells the registry the room can go when nobody is in it (also after a joiner gave up). */
  releaseIfEmpty(): void {
    if (this.conns.size === 0 && this.isOpen) this.onEmpty?.(this);
  }

  /**
   * Handles one binary frame. Throws `BadMessageError` (or a decoding error) for input that does
   * not follow the protocol; the caller closes that connection.
   */
  handleMessage(conn: RoomConnection, data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync:
        this.handleSync(conn, decoder);
        return;
      case MessageType.awareness:
        this.handleAwareness(conn, decoding.readVarUint8Array(decoder));
        return;
      case MessageType.queryAwareness:
        conn.send(this.awarenessFrame([...this.awareness.getStates().keys()]));
        return;
      case MessageType.auth:
        return; // clients have nothing to say on this channel
      default:
        throw new BadMessageError(`unknown message type ${type}`);
    }
  }

  private handleSync(conn: RoomConnection, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    switch (syncType) {
      case syncProtocol.messageYjsSyncStep1: {
        const stateVector = decoding.readVarUint8Array(decoder);
        Y.decodeStateVector(stateVector); // throws on garbage before we encode anything
        const reply = frame((e) => {
          encoding.writeVarUint(e, MessageType.sync);
          encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2);
          encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(this.doc, stateVector));
        });
        this.afterPersisted(() => conn.send(reply));
        return;
      }
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate: {
        const update = decoding.readVarUint8Array(decoder);
        // Decoding the whole update first means a truncated or garbled one is refused before
        // any part of it is integrated, stored or sent on.
        const decoded = Y.decodeUpdate(update);
        if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return;
        if (!conn.identity.canWrite()) {
          conn.droppedWrites = true;
          this.denyWrite(conn);
          return;
        }
        Y.applyUpdate(this.doc, update, conn);
        return;
      }
      default:
        throw new BadMessageError(`unknown sync message type ${syncType}`);
    }
  }

  private handleAwareness(conn: RoomConnection, update: Uint8Array): void {
    const user = conn.identity.awarenessUser;
    const rewrite = user
      ? (state: string) => {
          const parsed: unknown = JSON.parse(state);
          if (typeof parsed !== 'object' || parsed === null)
            throw new BadMessageError('awareness state is not an object');
          return JSON.stringify({ ...parsed, user });
        }
      : undefined;
    const filtered = filterAwarenessUpdate(
      update,
      conn.ownClientId,
      (id) => [...this.conns].some((c) => c !== conn && c.ownClientId === id),
      rewrite,
    );
    conn.ownClientId = filtered.ownClientId;
    if (filtered.update)
      awarenessProtocol.applyAwarenessUpdate(this.awareness, filtered.update, conn);
  }

  private denyWrite(conn: RoomConnection): void {
    if (conn.writeDeniedNotified) return;
    conn.writeDeniedNotified = true;
    conn.send(
      frame((e) => {
        encoding.writeVarUint(e, MessageType.auth);
        authProtocol.writePermissionDenied(e, 'read-only connection: changes are not accepted');
      }),
    );
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    const sender = this.conns.has(origin as RoomConnection) ? (origin as RoomConnection) : null;
    const message = frame((e) => {
      encoding.writeVarUint(e, MessageType.sync);
      syncProtocol.writeUpdate(e, update);
    });
    const meta = { participantId: sender?.identity.participantId ?? null, at: Date.now() };
    const broadcast = () => {
      for (const c of this.conns) if (c !== sender) c.send(message);
    };
    const appended = (seq: number) => {
      this.lastSeq = seq;
      this.rowsSinceSnapshot++;
      if (this.rowsSinceSnapshot >= this.options.compactAfterUpdates) this.scheduleCompaction();
      broadcast();
    };
    if (this.queue === null) {
      let result: number | Promise<number>;
      try {
        result = this.options.store.append(this.name, update, meta);
      } catch (err) {
        this.fail(err);
        return;
      }
      if (typeof result === 'number') appended(result);
      else this.enqueue(result.then(appended));
    } else {
      this.enqueue(
        this.queue.then(() => this.options.store.append(this.name, update, meta)).then(appended),
      );
    }
  };

  private enqueue(step: Promise<void>): void {
    const tail = step.catch((err: unknown) => this.fail(err));
    this.queue = tail;
    void tail.then(() => {
      if (this.queue === tail) this.queue = null;
    });
  }

  private afterPersisted(send: () => void): void {
    if (this.queue === null) send();
    else this.enqueue(this.queue.then(send));
  }

  private readonly onAwarenessUpdate = (changes: {
    added: number[];
    updated: number[];
    removed: number[];
  }): void => {
    const changed = [...changes.added, ...changes.updated, ...changes.removed];
    if (changed.length === 0 || this.conns.size === 0) return;
    const message = this.awarenessFrame(changed);
    for (const c of this.conns) c.send(message);
  };

  private awarenessFrame(clients: number[]): Uint8Array {
    return frame((e) => {
      encoding.writeVarUint(e, MessageType.awareness);
      encoding.writeVarUint8Array(
        e,
        awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients),
      );
    });
  }

  private scheduleCompaction(): void {
    if (this.compactScheduled) return;
    this.compactScheduled = true;
    setImmediate(() => {
      this.compactScheduled = false;
      this.compact().catch((err: unknown) =>
        this.options.log.error({ err, room: this.name }, 'compaction failed'),
      );
    });
  }

  /** Squashes the appended rows into one snapshot (off the message path: see scheduleCompaction). */
  async compact(): Promise<void> {
    if (this.destroyed || this.rowsSinceSnapshot === 0) return;
    if (this.queue !== null) await this.queue;
    const covered = this.rowsSinceSnapshot;
    const through = this.lastSeq;
    await this.options.store.compact(this.name, Y.encodeStateAsUpdate(this.doc), through);
    this.rowsSinceSnapshot -= covered;
  }

  /**
   * Storage failed: what is in memory but not stored must not reach anyone. Every connection is
   * closed (they reconnect and resend what they have) and the room is dropped without saving.
   */
  private fail(err: unknown): void {
    if (this.destroyed) return;
    const wasOpen = this.isOpen;
    this.options.log.error({ err, room: this.name }, 'storage failed; closing the room');
    for (const c of [...this.conns]) c.close(CloseCode.serverError, 'storage failed');
    this.conns.clear();
    this.destroy();
    if (wasOpen) this.onEmpty?.(this);
  }

  /** Compacts what is pending, then releases the document and awareness (and its timer). */
  async close(): Promise<void> {
    if (this.closing || this.destroyed) return;
    this.closing = true;
    try {
      await this.compact();
    } finally {
      this.destroy();
    }
  }

  private destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }
}
