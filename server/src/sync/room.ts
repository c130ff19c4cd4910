import { CloseCode, MessageType } from '@samskap/shared/protocol';
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from '../config';
import { AppError } from '../errors';
import type { Logger } from '../log';
import type { DocStore, LoadedDoc } from '../persistence/docStore';
import type { RoomConnection } from './connectionTypes';
import { DormantLoad } from './dormantLoad';
import { AwarenessFanOut, UpdateBatch } from './fanOut';
import { permissionDeniedFrame, syncStep1Frame, syncStep2Frame } from './frames';
import { applyClientUpdate } from './clientUpdate';
import {
  applyGuarded,
  checkUpdateShape,
  encodeIntegratedState,
  pendingBytes,
} from './guardedApply';
import { PendingBound } from './pendingBound';
import type { RemoteReceiver, RoomLink } from './roomPeers';
import { BadMessageError, ClientIdOwners, RoomPresence } from './roomPresence';
import { RoomPersistence } from './roomPersistence';
import { buildFromStorage, squashStored } from './roomStorage';
import { mergeUpdates, storedParts } from './updates';

export interface RoomOptions {
  store: DocStore;
  log: Logger;
  /** Squash the log into a snapshot after this many appended rows. */
  compactAfterUpdates: number;
  /** Awareness goes out at most once per this many ms per room (default 50). */
  awarenessIntervalMs?: number;
  /** The largest a document may grow, in encoded bytes; past it, growing updates are refused. */
  maxDocumentBytes?: number;
  /** Bounds on pending bytes and presence ([S12], [S14]); the defaults where absent. */
  limits?: Partial<SyncLimits>;
  /** Who owns which Yjs client id, shared by the rooms of one server ([S15]). */
  clientIdOwners?: ClientIdOwners;
  /** The same room on the other instances (FANOUT=redis, [F2]–[F5]); absent on one instance. */
  link?: RoomLink | null;
}

/** Origin of the transaction that builds the document from storage: not stored or sent again. */
const LOADING = Symbol('loading');
/** [F2] Origin of an update another instance stored: sent to this room's connections only. */
const REMOTE = Symbol('remote');
/**
 * [F3] Origin of another instance's update applied while something here waits for missing
 * parts: what the update lets in of that was never stored, so the whole change is stored (a
 * stored part again is harmless: Yjs applies what it has once) and published like our own.
 */
const REMOTE_COMPLETING = Symbol('remote, completing');

/** What the room keeps about each of its connections ([S16]: never on the connection). */
interface ConnectionState {
  /** Whether the connection has been told that its writes are refused ([S4]: once). */
  writeDeniedNotified: boolean;
  /** Set when a write was dropped: once writing is allowed again, the room asks for it anew. */
  droppedWrites: boolean;
}

/**
 * A room owns one document, its awareness and its connections. Every update that reaches the
 * document is appended to the store before any other connection is sent it: what a tablet has
 * seen is on disk. Storage and compaction live in `RoomPersistence`, the lazy build from
 * storage in `DormantLoad`, presence in `RoomPresence`, the frames in `frames.ts`.
 */
export class Room implements RemoteReceiver {
  private ydoc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.ydoc);
  private readonly conns = new Map<RoomConnection, ConnectionState>();
  private readonly updates = new UpdateBatch(() => this.conns.keys());
  private readonly presence: AwarenessFanOut;
  private readonly presenceGuard: RoomPresence;
  private readonly limits: SyncLimits;
  /** Set while an update that failed inside Yjs is being unwound: nothing of it is stored. */
  private poisoned = false;
  private readonly pending: PendingBound;
  /** Set when the stored state could not be loaded: the registry refuses the room a while. */
  unavailable = false;
  private readonly persistence: RoomPersistence;
  /** [S9] What storage held, until the document is built from it. */
  private readonly dormant: DormantLoad<RoomConnection>;
  /** The sync step 2 frame of the whole document, while the document has not changed since. */
  private fullState: Uint8Array | null = null;
  private closing = false;
  private destroyed = false;
  /** Called once when the last connection has left, or the room failed. */
  onEmpty: ((room: Room) => void) | null = null;

  private constructor(
    readonly name: string,
    private readonly options: RoomOptions,
    loaded: LoadedDoc,
  ) {
    this.awareness.setLocalState(null);
    this.limits = { ...DEFAULT_SYNC_LIMITS, ...options.limits };
    this.presenceGuard = new RoomPresence(
      name,
      this.awareness,
      this.limits,
      options.clientIdOwners ?? new ClientIdOwners(),
      options.log,
      options.link
        ? {
            accepted: (update, holder) => options.link?.publishAwareness(update, holder),
            claimed: (clientId, holder) => options.link?.claimed(clientId, holder),
          }
        : null,
    );
    this.pending = new PendingBound(
      name,
      () => (this.destroyed ? null : this.ydoc),
      this.limits,
      options.log,
    );
    this.presence = new AwarenessFanOut(
      this.awareness,
      () => this.conns.keys(),
      (conn) => this.presenceGuard.ownClientIdOf(conn),
      options.awarenessIntervalMs ?? 50,
      () => this.updates.flush(),
    );
    const stored =
      loaded.snapshot || loaded.updates.length > 0
        ? { snapshot: loaded.snapshot, rows: loaded.updates, seqs: loaded.seqs }
        : null;
    this.dormant = new DormantLoad(stored, () => this.materialize());
    this.persistence = new RoomPersistence(
      name,
      options.store,
      options.compactAfterUpdates,
      options.log,
      {
        failed: (err) => this.fail(err),
        ready: () => {
          this.materialize();
          return !this.destroyed;
        },
        snapshot: () => {
          // [S11] Only what was integrated: pending bytes never reach a snapshot.
          const snapshot = encodeIntegratedState(this.ydoc);
          // Until the next update, the snapshot is also the answer to a fresh client.
          this.fullState = syncStep2Frame(snapshot);
          return snapshot;
        },
        squash: squashStored,
      },
      {
        lastSeq: loaded.lastSeq,
        rows: loaded.updates.length,
        bytes: (loaded.snapshot?.length ?? 0) + loaded.updates.reduce((n, u) => n + u.length, 0),
      },
    );
    this.ydoc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /**
   * Reads the stored state. The document is built from it lazily ([S9]): a fresh client is
   * answered from the stored bytes first. Loading is not re-stored or broadcast.
   */
  static async load(name: string, options: RoomOptions): Promise<Room> {
    return new Room(name, options, await options.store.load(name));
  }

  get connectionCount(): number {
    return this.conns.size;
  }

  /** False from the moment the room starts to close: a late joiner must load it anew. */
  get isOpen(): boolean {
    return !this.closing && !this.destroyed;
  }

  /** The room's document, built from storage first if it was still dormant ([S9]). */
  get doc(): Y.Doc {
    this.materialize();
    return this.ydoc;
  }

  /** Whether the document has been built from storage yet (see [S9]). */
  get isMaterialized(): boolean {
    return !this.dormant.isDormant;
  }

  /** The Yjs client id whose presence `conn` speaks for, once it has said ([S5], [S15]). */
  ownClientIdOf(conn: RoomConnection): number | null {
    return this.presenceGuard.ownClientIdOf(conn);
  }

  /** Greets a new connection with our state vector and everyone's presence. */
  add(conn: RoomConnection): void {
    if (!this.isOpen) throw new AppError('room_closed', `room ${this.name} is closed`);
    this.conns.set(conn, { writeDeniedNotified: false, droppedWrites: false });
    if (this.dormant.isDormant) {
      // Our state vector needs the built document; the greeting waits for it ([S9]). Its own
      // step 1 is usually on its way: building waits for that answer, or for a deadline.
      this.dormant.wait(conn);
    } else {
      this.requestMissing(conn);
    }
    // [S14] Everyone's presence in frames of bounded size.
    for (const f of this.presenceGuard.framesFor()) this.sendTo(conn, f);
  }

  /**
   * [S4] A connection whose writes were dropped (a lock) and that may write now is asked again
   * for what it has, so that its later updates, which build on the dropped ones, are not stuck.
   */
  resyncIfAllowed(conn: RoomConnection): void {
    if (this.conns.get(conn)?.droppedWrites && conn.identity.canWrite()) this.requestMissing(conn);
  }

  /** Sends our state vector: a y-websocket client answers with every update we lack. */
  private requestMissing(conn: RoomConnection): void {
    this.materialize();
    if (!this.isOpen) return;
    this.dormant.forget(conn);
    const state = this.conns.get(conn);
    if (state) {
      state.writeDeniedNotified = false;
      state.droppedWrites = false;
    }
    this.sendTo(conn, syncStep1Frame(this.ydoc));
  }

  remove(conn: RoomConnection): void {
    if (!this.conns.delete(conn)) return;
    this.dormant.forget(conn);
    if (!this.destroyed) this.presenceGuard.remove(conn);
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
        this.presenceGuard.handleUpdate(conn, decoding.readVarUint8Array(decoder));
        return;
      case MessageType.queryAwareness:
        // Counted like an update: each answer can be as big as the whole room's presence.
        if (this.presenceGuard.allow(conn)) {
          for (const f of this.presenceGuard.framesFor()) this.sendTo(conn, f);
        }
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
        // Throws on garbage before we encode anything.
        const fresh = Y.decodeStateVector(stateVector).size === 0;
        if (fresh && this.dormant.isDormant) {
          this.answerFromStorage(conn);
          return;
        }
        this.materialize();
        if (!this.isOpen) return;
        const reply = fresh
          ? this.fullStateFrame()
          : syncStep2Frame(encodeIntegratedState(this.ydoc, stateVector));
        this.persistence.afterPersisted(() => this.sendTo(conn, reply));
        return;
      }
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate: {
        const update = decoding.readVarUint8Array(decoder);
        // Decoding the whole update first means a truncated, garbled or forged one is refused
        // before any part of it is integrated, stored or sent on ([S1], [S10]).
        const shape = checkUpdateShape(update);
        if (shape.structs === 0 && shape.deletes === 0) return;
        if (!conn.identity.canWrite()) {
          const state = this.conns.get(conn);
          if (state) state.droppedWrites = true;
          this.denyWrite(conn);
          return;
        }
        if (this.wouldOverflow(update)) {
          this.options.log.warn(
            { room: this.name, conn: conn.id, bytes: update.length },
            'document full: update refused',
          );
          this.denyWrite(conn, 'document full: the shared document has reached its size limit');
          return;
        }
        this.materialize();
        if (!this.isOpen) return;
        this.applyFromClient(conn, update);
        return;
      }
      default:
        throw new BadMessageError(`unknown sync message type ${syncType}`);
    }
  }

  /**
   * Applies a client's update ([S10], [W1]-[W7]) and keeps what it leaves pending within bounds
   * ([S12]). What the update changed has been stored (and batched for the others) when this
   * returns: a check of what a connection may write belongs right after the apply.
   */
  private applyFromClient(conn: RoomConnection, update: Uint8Array): void {
    const failed = applyClientUpdate(this.ydoc, update, conn, {
      room: this.name,
      log: this.options.log,
      poison: () => {
        this.poisoned = true;
      },
    });
    if (failed) {
      // The document may be half-changed: drop it unsaved and let storage be the truth again.
      this.fail(failed, CloseCode.roomUnavailable, 'an update could not be applied', conn);
      return;
    }
    this.pending.check(conn);
  }

  /**
   * [S9] A client with nothing gets the stored bytes as they are: the document has not changed
   * since loading (every update builds it first), so they are the whole state. Building the
   * document waits until this answer has been handed to the socket.
   */
  private answerFromStorage(conn: RoomConnection): void {
    if (this.dormant.answer((reply, sent) => this.sendTo(conn, reply, sent))) return;
    // [S13] Bytes that do not even merge: build the document, which sets aside what is bad.
    this.materialize();
    if (this.isOpen) this.sendTo(conn, this.fullStateFrame());
  }

  /** Builds the document from what storage held, then greets who joined meanwhile ([S9]). */
  private materialize(): void {
    const dormant = this.dormant.take();
    if (!dormant || this.destroyed) return;
    let built;
    try {
      built = buildFromStorage(dormant, LOADING);
    } catch (err) {
      // [S13] Nothing of this room can be trusted; the other rooms go on.
      this.unavailable = true;
      this.fail(err, CloseCode.roomUnavailable, 'stored state cannot be loaded; room closed');
      return;
    }
    this.ydoc.off('update', this.onDocUpdate);
    this.ydoc = built.doc;
    this.ydoc.on('update', this.onDocUpdate);
    for (const r of built.rejected) {
      this.options.log.error(
        { room: this.name, seq: r.seq, reason: r.reason },
        'a stored update cannot be applied: moved to quarantine',
      );
      this.options.store
        .quarantine(this.name, r.seq, r.reason)
        .catch((err: unknown) =>
          this.options.log.error({ err, room: this.name, seq: r.seq }, 'quarantine failed'),
        );
    }
    if (dormant.rows.length === 0 && dormant.snapshot && pendingBytes(this.ydoc) === 0)
      this.fullState = syncStep2Frame(dormant.snapshot);
    // A snapshot written before [S11] may hold pending bytes: they age out like any others.
    this.pending.check(null);
    for (const c of this.dormant.takeUngreeted()) this.requestMissing(c);
  }

  private fullStateFrame(): Uint8Array {
    this.fullState ??= syncStep2Frame(encodeIntegratedState(this.ydoc));
    return this.fullState;
  }

  /**
   * Whether applying `update` could take the document past its bound. The running count of
   * stored bytes overstates a document with many small edits, so before refusing, the real
   * encoded size is measured.
   */
  private wouldOverflow(update: Uint8Array): boolean {
    const max = this.options.maxDocumentBytes;
    // [S12] What waits for missing parts counts too: it becomes document when they arrive.
    const pending = this.dormant.isDormant ? 0 : pendingBytes(this.ydoc);
    const stored = this.persistence.storedBytes;
    if (max === undefined || stored + pending + update.length <= max) return false;
    this.materialize();
    if (!this.isOpen) return true;
    this.persistence.storedBytes = encodeIntegratedState(this.ydoc).length;
    return this.persistence.storedBytes + pendingBytes(this.ydoc) + update.length > max;
  }

  private denyWrite(
    conn: RoomConnection,
    reason = 'read-only connection: changes are not accepted',
  ): void {
    const state = this.conns.get(conn);
    if (!state || state.writeDeniedNotified) return;
    state.writeDeniedNotified = true;
    this.sendTo(conn, permissionDeniedFrame(reason));
  }

  /** Sends to one connection after the updates already batched for it ([S3], [S8]). */
  private sendTo(conn: RoomConnection, message: Uint8Array, sent?: () => void): void {
    this.updates.flush();
    conn.send(message, sent);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOADING || this.poisoned) return;
    this.fullState = null;
    if (origin === REMOTE) {
      // [F2] Stored by the instance it came from: sent on here, never stored or published again.
      if (!this.destroyed) this.updates.push(update, null);
      return;
    }
    const sender = this.conns.has(origin as RoomConnection) ? (origin as RoomConnection) : null;
    const meta = { participantId: sender?.identity.participantId ?? null, at: Date.now() };
    this.persistence.append(update, meta, () => {
      if (this.destroyed) return;
      this.updates.push(update, sender);
      // [F2] [S2] across instances: published only once stored.
      this.options.link?.publishUpdate(update);
    });
  };

  /**
   * [F2] An update another instance has stored: applied with an origin that is neither stored
   * nor published again, and sent to this room's connections. [S10] still holds: a failure
   * drops the room unsaved, to be loaded again from storage.
   */
  applyRemoteUpdate(update: Uint8Array): void {
    if (!this.isOpen) return;
    this.materialize();
    if (!this.isOpen) return;
    try {
      checkUpdateShape(update);
    } catch (err) {
      this.fail(err, CloseCode.roomUnavailable, 'an update from another instance is malformed');
      return;
    }
    // [F3] Something here waits for missing parts: what this lets in must be stored.
    const origin = pendingBytes(this.ydoc) > 0 ? REMOTE_COMPLETING : REMOTE;
    const failed = applyGuarded(this.ydoc, update, origin, () => {
      this.poisoned = true;
    });
    if (failed) {
      this.fail(failed, CloseCode.roomUnavailable, 'an update from another instance failed');
      return;
    }
    // An upper bound of the stored state grows with it ([S12]'s document bound).
    this.persistence.storedBytes += update.length;
    this.pending.check(null);
  }

  /** [F4] What this instance's connections say of their presence, for a newcomer. */
  localPresence(): Array<{ update: Uint8Array; holder: string | null }> {
    return this.isOpen ? this.presenceGuard.ownStates() : [];
  }

  /** [F4] Presence another instance accepted from its connections. */
  applyRemoteAwareness(update: Uint8Array, holder: string | null): void {
    if (!this.isOpen) return;
    try {
      this.presenceGuard.applyRemote(update, holder);
    } catch (err) {
      this.options.log.warn({ err, room: this.name }, 'presence from another instance dropped');
    }
  }

  /**
   * [F8] Messages from other instances may have been lost: what storage holds now is applied
   * (Yjs applies what the document already has as nothing), and what was missing goes out to
   * this room's connections like any other instance's update.
   */
  resync(stored: LoadedDoc): void {
    const parts = storedParts({ snapshot: stored.snapshot, rows: stored.updates });
    if (parts.length === 0 || !this.isOpen) return;
    let merged: Uint8Array | null;
    try {
      merged = mergeUpdates(parts);
    } catch {
      merged = null;
    }
    if (merged) this.applyRemoteUpdate(merged);
    else for (const part of parts) this.applyRemoteUpdate(part);
  }

  private readonly onAwarenessUpdate = (changes: {
    added: number[];
    updated: number[];
    removed: number[];
  }): void => {
    if (this.conns.size === 0) return;
    this.presence.note([...changes.added, ...changes.updated, ...changes.removed]);
  };

  /** Squashes the appended rows into one snapshot (off the message path, paced: [S6]). */
  compact(): Promise<void> {
    return this.persistence.compact();
  }

  /**
   * Storage failed, or the document can no longer be trusted ([S7], [S10], [S13]): what is in
   * memory but not stored must not reach anyone. Every connection is closed (they reconnect and
   * resend what they have; `culprit`, if any, with 4400) and the room is dropped without saving.
   */
  private fail(
    err: unknown,
    code: number = CloseCode.serverError,
    reason = 'storage failed; closing the room',
    culprit: RoomConnection | null = null,
  ): void {
    if (this.destroyed) return;
    const wasOpen = this.isOpen;
    // Closing the connections below must not compact (save) this document.
    this.closing = true;
    this.options.log.error({ err, room: this.name, conn: culprit?.id }, reason);
    this.updates.clear();
    culprit?.close(CloseCode.badMessage, 'update could not be applied');
    const said = code === CloseCode.serverError ? 'storage failed' : 'room unavailable';
    for (const c of [...this.conns.keys()]) c.close(code, said);
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
    this.updates.clear();
    this.presence.clear();
    this.presenceGuard.clear();
    this.pending.clear();
    this.persistence.stop();
    this.dormant.clear();
    this.ydoc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.ydoc.destroy();
  }
}
