import { CloseCode } from '@samskap/shared/protocol';
import * as awarenessProtocol from 'y-protocols/awareness';
import { AppError } from '../errors';
import type { Logger } from '../log';
import { decodeAwarenessUpdate, encodeAwarenessUpdate } from './awarenessFilter';
import type { RoomConnection } from './connectionTypes';
import { awarenessStatesFrame } from './frames';
import { TokenBucket } from './rateLimit';

/**
 * A frame that does not follow the protocol or breaks a bound: it closes its own connection
 * (with `closeCode`), nothing else.
 */
export class BadMessageError extends AppError {
  constructor(
    message: string,
    readonly closeCode: number = CloseCode.badMessage,
  ) {
    super('bad_message', message);
    this.name = 'BadMessageError';
  }
}

export interface PresenceLimits {
  maxAwarenessStateBytes: number;
  maxAwarenessPerSecond: number;
  awarenessBurst: number;
}

/** A joiner gets everyone's presence in frames of about this size, never one giant frame. */
const GREETING_FRAME_BYTES = 64 * 1024;
/** Client ids remembered per room, and rooms remembered, before the oldest are forgotten. */
const OWNED_IDS_PER_ROOM = 4096;
const ROOMS_REMEMBERED = 10_000;

/**
 * [S15] Who first used each Yjs client id in a room (a workshop), for the life of the process,
 * across unloads of the room: a participant who was offline finds their id still theirs. Bounded:
 * the oldest claims are forgotten first.
 */
export class ClientIdOwners {
  private readonly rooms = new Map<string, Map<number, string>>();

  /** Claims `clientId` for `holder`; false when another holder has it. */
  claim(room: string, clientId: number, holder: string): boolean {
    let owners = this.rooms.get(room);
    if (owners) {
      this.rooms.delete(room); // re-inserted below: most recently used last
    } else {
      owners = new Map();
      if (this.rooms.size >= ROOMS_REMEMBERED) this.rooms.delete(this.rooms.keys().next().value!);
    }
    this.rooms.set(room, owners);
    const owner = owners.get(clientId);
    if (owner !== undefined) return owner === holder;
    if (owners.size >= OWNED_IDS_PER_ROOM) owners.delete(owners.keys().next().value!);
    owners.set(clientId, holder);
    return true;
  }

  /**
   * [F5] Takes note that `holder` claimed `clientId` on another instance: the same as a claim
   * here (the first claim this process saw stays). False when another holder had it here.
   */
  learn(room: string, clientId: number, holder: string): boolean {
    return this.claim(room, clientId, holder);
  }
}

/** What a room's presence tells the other instances ([F4], [F5]); absent on one instance. */
export interface PresenceAnnouncer {
  /** Awareness entries accepted from a local connection, or the removal of its state. */
  accepted(update: Uint8Array, holder: string | null): void;
  /** `holder` claimed `clientId` here. */
  claimed(clientId: number, holder: string): void;
}

/** The origin of awareness that another instance accepted ([F4]): applied, never announced. */
export const REMOTE_PRESENCE = Symbol('remote presence');

interface ConnPresence {
  /** The Yjs client id whose presence this connection speaks for, once it has said ([S5]). */
  ownClientId: number | null;
  bucket: TokenBucket;
  /** Whether "awareness rate exceeded" has been logged for this connection ([S14]: once). */
  rateLogged: boolean;
  /** Whether a refused client id claim has been logged for this connection. */
  claimLogged: boolean;
}

/**
 * The awareness side of a room: checks what a connection says about its presence against the
 * bounds and the owner of its client id, stamps the identity the server gave, and greets joiners.
 */
export class RoomPresence {
  private readonly perConn = new Map<RoomConnection, ConnPresence>();
  /**
   * [F5] Client ids whose presence another instance relayed, and whose they are: while such a
   * state is live here, no local connection may claim the id.
   */
  private readonly remote = new Map<number, string | null>();

  constructor(
    private readonly roomName: string,
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly limits: PresenceLimits,
    private readonly owners: ClientIdOwners,
    private readonly log: Logger,
    private readonly announcer: PresenceAnnouncer | null = null,
  ) {}

  /** Everyone's presence for a joiner (or a query), in bounded frames. */
  framesFor(): Uint8Array[] {
    const states = this.awareness.getStates();
    const frames: Uint8Array[] = [];
    let batch: number[] = [];
    let size = 0;
    for (const [clientId, state] of states) {
      const bytes = JSON.stringify(state).length + 16;
      if (batch.length > 0 && size + bytes > GREETING_FRAME_BYTES) {
        frames.push(this.frameOf(batch));
        batch = [];
        size = 0;
      }
      batch.push(clientId);
      size += bytes;
    }
    if (batch.length > 0) frames.push(this.frameOf(batch));
    return frames;
  }

  private frameOf(clients: number[]): Uint8Array {
    return awarenessStatesFrame(this.awareness, clients);
  }

  /** The Yjs client id `conn` speaks for, once it has said; null before. */
  ownClientIdOf(conn: RoomConnection): number | null {
    return this.perConn.get(conn)?.ownClientId ?? null;
  }

  /** Whether a presence message (an update or a query) from `conn` is within its rate. */
  allow(conn: RoomConnection): boolean {
    const p = this.stateOf(conn);
    if (p.bucket.take()) return true;
    if (!p.rateLogged) {
      p.rateLogged = true;
      this.log.warn(
        { room: this.roomName, conn: conn.id },
        'awareness rate exceeded: messages dropped',
      );
    }
    return false;
  }

  /**
   * [S5] [S14] [S15] Applies the sender's own entry of an awareness update, stamped with the
   * identity the server gave. Entries about other clients are dropped quietly (stock clients
   * relay what they saw), and so are entries for a client id another participant owns. Throws
   * `BadMessageError` for a state over the size bound (4413).
   */
  handleUpdate(conn: RoomConnection, update: Uint8Array): void {
    if (!this.allow(conn)) return;
    const p = this.stateOf(conn);
    const entries = decodeAwarenessUpdate(update);
    const kept = [];
    for (const e of entries) {
      if (p.ownClientId === null && e.state !== 'null') this.claim(conn, p, e.clientId);
      if (e.clientId !== p.ownClientId) continue;
      if (e.state === 'null') {
        kept.push(e);
        continue;
      }
      if (Buffer.byteLength(e.state) > this.limits.maxAwarenessStateBytes) {
        throw new BadMessageError(
          `awareness state of ${Buffer.byteLength(e.state)} bytes is over the bound of ${this.limits.maxAwarenessStateBytes}`,
          CloseCode.tooLarge,
        );
      }
      kept.push({ ...e, state: this.stamp(conn, e.state) });
    }
    if (kept.length > 0) {
      const accepted = encodeAwarenessUpdate(kept);
      awarenessProtocol.applyAwarenessUpdate(this.awareness, accepted, conn);
      this.announcer?.accepted(accepted, conn.identity.holder ?? null);
    }
  }

  /** Forgets a connection: its state is removed (and fanned out), its counters released. */
  remove(conn: RoomConnection): void {
    const own = this.ownClientIdOf(conn);
    this.perConn.delete(conn);
    if (own === null) return;
    const clock = this.awareness.meta.get(own)?.clock ?? 0;
    awarenessProtocol.removeAwarenessStates(this.awareness, [own], null);
    // [F4] The removal reaches the other instances too: state null at the clock they have
    // (a removal at the same clock applies).
    this.announcer?.accepted(
      encodeAwarenessUpdate([{ clientId: own, clock, state: 'null' }]),
      conn.identity.holder ?? null,
    );
  }

  /**
   * [F4] [F5] Presence another instance accepted under its own guard: applied as it is (this
   * instance does not judge another's connections), with its claims noted, so that no local
   * connection can take those ids while they are live, nor later from their holders.
   */
  applyRemote(update: Uint8Array, holder: string | null): void {
    const entries = decodeAwarenessUpdate(update);
    for (const e of entries) {
      if (e.state === 'null') {
        this.remote.delete(e.clientId);
        continue;
      }
      this.remote.set(e.clientId, holder);
      if (holder !== null && !this.owners.learn(this.roomName, e.clientId, holder)) {
        this.log.warn(
          { room: this.roomName, clientId: e.clientId },
          'another instance accepted presence for a client id owned by someone else here',
        );
      }
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE_PRESENCE);
    if (this.remote.size > OWNED_IDS_PER_ROOM) {
      // States that timed out here (their instance went away) no longer hold their ids.
      const live = this.awareness.getStates();
      for (const id of this.remote.keys()) if (!live.has(id)) this.remote.delete(id);
    }
  }

  /** [F4] Each local connection's state as an awareness update, with whose it is. */
  ownStates(): Array<{ update: Uint8Array; holder: string | null }> {
    const states = this.awareness.getStates();
    const out = [];
    for (const [conn, p] of this.perConn) {
      if (p.ownClientId === null || !states.has(p.ownClientId)) continue;
      out.push({
        update: awarenessProtocol.encodeAwarenessUpdate(this.awareness, [p.ownClientId]),
        holder: conn.identity.holder ?? null,
      });
    }
    return out;
  }

  clear(): void {
    this.perConn.clear();
    this.remote.clear();
  }

  /**
   * Takes `clientId` as the connection's own, unless a live connection or another participant
   * has it: then the entry is dropped (a stock client relays others' states, so this is not
   * always an attack) and logged once per connection.
   */
  private claim(conn: RoomConnection, p: ConnPresence, clientId: number): void {
    let taken = false;
    for (const other of this.perConn.values()) if (other.ownClientId === clientId) taken = true;
    // [F5] A live connection on another instance has it, as a live one here would.
    if (this.remote.has(clientId) && this.awareness.getStates().has(clientId)) taken = true;
    const holder = conn.identity.holder;
    if (!taken && holder && !this.owners.claim(this.roomName, clientId, holder)) taken = true;
    if (!taken) {
      p.ownClientId = clientId;
      if (holder) this.announcer?.claimed(clientId, holder);
      return;
    }
    if (!p.claimLogged) {
      p.claimLogged = true;
      this.log.warn(
        { room: this.roomName, conn: conn.id, clientId },
        'awareness for a client id owned by someone else: dropped',
      );
    }
  }

  private stateOf(conn: RoomConnection): ConnPresence {
    let p = this.perConn.get(conn);
    if (!p) {
      p = {
        ownClientId: null,
        bucket: new TokenBucket(this.limits.maxAwarenessPerSecond, this.limits.awarenessBurst),
        rateLogged: false,
        claimLogged: false,
      };
      this.perConn.set(conn, p);
    }
    return p;
  }

  private stamp(conn: RoomConnection, state: string): string {
    const user = conn.identity.awarenessUser;
    if (!user) return state;
    const parsed: unknown = JSON.parse(state);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new BadMessageError('awareness state is not an object');
    }
    return JSON.stringify({ ...parsed, user });
  }
}
