import type * as awarenessProtocol from 'y-protocols/awareness';
import type { RoomConnection } from './connectionTypes';
import { awarenessEntry, awarenessFrame, updateFrame } from './frames';

interface Pending {
  update: Uint8Array;
  sender: RoomConnection | null;
}

/**
 * Stored document updates waiting to go out. Everything stored within one turn of the event loop
 * leaves as one merged update per receiver, encoded once for all who get the same bytes; a sender
 * is not sent its own updates back. Only stored updates are pushed here ([S2]), and a room flushes
 * the batch before anything else it sends to a connection, so order per connection holds ([S3]).
 */
export class UpdateBatch {
  private pending: Pending[] = [];
  private scheduled: NodeJS.Immediate | null = null;

  constructor(private readonly receivers: () => Iterable<RoomConnection>) {}

  get size(): number {
    return this.pending.length;
  }

  push(update: Uint8Array, sender: RoomConnection | null): void {
    this.pending.push({ update, sender });
    this.scheduled ??= setImmediate(() => this.flush());
  }

  flush(): void {
    if (this.scheduled !== null) clearImmediate(this.scheduled);
    this.scheduled = null;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const everything = updateFrame(batch.map((p) => p.update));
    const senders = new Set(batch.flatMap((p) => (p.sender ? [p.sender] : [])));
    // A sender gets the others' updates only: usually one or two typists per turn.
    const forSender = new Map<RoomConnection, Uint8Array | null>();
    for (const s of senders) {
      const others = batch.filter((p) => p.sender !== s).map((p) => p.update);
      forSender.set(s, others.length > 0 ? updateFrame(others) : null);
    }
    for (const c of this.receivers()) {
      const own = forSender.get(c);
      if (own === undefined) c.send(everything);
      else if (own !== null) c.send(own);
    }
  }

  /** Forgets what is pending (the room failed or is gone). */
  clear(): void {
    if (this.scheduled !== null) clearImmediate(this.scheduled);
    this.scheduled = null;
    this.pending = [];
  }
}

/**
 * Awareness fan-out for one room, throttled: a change goes out at once when the room has been
 * quiet for `intervalMs`, otherwise with the next flush, at most one per interval. A flush carries
 * the latest state of each client that changed (a cursor that moved five times is sent once),
 * each entry encoded once, and never a client's own state back to the connection that owns it.
 */
export class AwarenessFanOut {
  private readonly changed = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private lastFlushAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly receivers: () => Iterable<RoomConnection>,
    /** The client id whose presence a connection speaks for, once it has said ([S5]). */
    private readonly ownClientIdOf: (conn: RoomConnection) => number | null,
    private readonly intervalMs: number,
    /** Called before a flush sends anything: the room sends its pending updates first. */
    private readonly beforeSend: () => void,
  ) {}

  note(clientIds: readonly number[]): void {
    for (const id of clientIds) this.changed.add(id);
    if (this.timer !== null || this.changed.size === 0) return;
    const wait = this.lastFlushAt + this.intervalMs - performance.now();
    if (wait <= 0) this.flush();
    else this.timer = setTimeout(() => this.flush(), wait);
  }

  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.changed.size === 0) return;
    this.lastFlushAt = performance.now();
    const entries = new Map<number, Uint8Array>();
    for (const id of this.changed) entries.set(id, this.encodeEntry(id));
    this.changed.clear();
    this.beforeSend();
    const everything = awarenessFrame([...entries.values()]);
    for (const c of this.receivers()) {
      const own = this.ownClientIdOf(c);
      if (own === null || !entries.has(own)) {
        c.send(everything);
        continue;
      }
      if (entries.size === 1) continue;
      c.send(awarenessFrame([...entries].filter(([id]) => id !== own).map(([, e]) => e)));
    }
  }

  clear(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.changed.clear();
  }

  private encodeEntry(clientId: number): Uint8Array {
    const clock = this.awareness.meta.get(clientId)?.clock ?? 0;
    return awarenessEntry(clientId, clock, this.awareness.getStates().get(clientId) ?? null);
  }
}
