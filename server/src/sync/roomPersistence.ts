import type { Logger } from '../log';
import type { AppendMeta, DocStore, Squash } from '../persistence/docStore';

/**
 * Compaction encodes the whole document on the main thread. After one that took `d` ms the next
 * waits at least this many times `d`, so that a big document's compactions take no more than a
 * few percent of the event loop, whatever the threshold of rows says ([S6]).
 */
const COMPACTION_SPACING = 20;

/** What the room's persistence needs from the room. */
export interface PersistenceHooks {
  /** The store failed ([S7]): the room closes everything and is dropped unsaved. */
  failed(err: unknown): void;
  /** Builds the document if it is still dormant ([S9]); false when the room is gone. */
  ready(): boolean;
  /** The integrated state to squash the log into ([S11]). */
  snapshot(): Uint8Array;
  /** [F6] How stored state is squashed, where the store compacts from what it holds. */
  squash: Squash;
}

/** What storage held when the room was loaded. */
export interface LoadedLog {
  lastSeq: number;
  rows: number;
  bytes: number;
}

/**
 * The storage side of one room: appends in order, with sends waiting behind appends in flight
 * ([S2]), and compaction off the message path, paced by how long the last one took ([S6]).
 * A synchronous store (SQLite) appends at once; an asynchronous one forms a queue.
 */
export class RoomPersistence {
  private lastSeq: number;
  /** An upper bound of the encoded state: what is stored, before compaction squashes it. */
  storedBytes: number;
  private rowsSinceSnapshot: number;
  /** Set while an asynchronous store has appends in flight: sends wait behind it, in order. */
  private queue: Promise<void> | null = null;
  private cancelCompaction: (() => void) | null = null;
  private nextCompactionAt = 0;
  private stopped = false;

  constructor(
    private readonly name: string,
    private readonly store: DocStore,
    private readonly compactAfterUpdates: number,
    private readonly log: Logger,
    private readonly hooks: PersistenceHooks,
    loaded: LoadedLog,
  ) {
    this.lastSeq = loaded.lastSeq;
    this.rowsSinceSnapshot = loaded.rows;
    this.storedBytes = loaded.bytes;
    if (this.rowsSinceSnapshot >= compactAfterUpdates) this.scheduleCompaction();
  }

  /**
   * [S2] Appends `update`; `stored` runs once it is stored, after every earlier append (at once
   * with a synchronous store). A failure goes to `hooks.failed`, and `stored` never runs.
   */
  append(update: Uint8Array, meta: AppendMeta, stored: () => void): void {
    const appended = (seq: number) => {
      this.lastSeq = seq;
      this.storedBytes += update.length;
      this.rowsSinceSnapshot++;
      if (this.rowsSinceSnapshot >= this.compactAfterUpdates) this.scheduleCompaction();
      stored();
    };
    if (this.queue === null) {
      let result: number | Promise<number>;
      try {
        result = this.store.append(this.name, update, meta);
      } catch (err) {
        this.hooks.failed(err);
        return;
      }
      if (typeof result === 'number') appended(result);
      else this.enqueue(result.then(appended));
    } else {
      this.enqueue(
        this.queue.then(() => this.store.append(this.name, update, meta)).then(appended),
      );
    }
  }

  /** [S2] Runs `send` once every append so far is stored (at once when none is in flight). */
  afterPersisted(send: () => void): void {
    if (this.queue === null) send();
    else this.enqueue(this.queue.then(send));
  }

  /**
   * Squashes the appended rows into one snapshot (off the message path: `scheduleCompaction`).
   * [F6] A store that several instances write compacts from what it holds, under its own lock:
   * this document may lack a row another instance stored a moment ago, and must not drop it.
   */
  async compact(): Promise<void> {
    if (this.stopped || this.rowsSinceSnapshot === 0) return;
    if (this.queue !== null) await this.queue;
    if (this.store.compactStored) {
      if (this.stopped) return;
      const covered = this.rowsSinceSnapshot;
      const started = performance.now();
      const done = await this.store.compactStored(this.name, this.hooks.squash);
      this.rowsSinceSnapshot = Math.max(0, this.rowsSinceSnapshot - covered);
      if (done) {
        this.lastSeq = Math.max(this.lastSeq, done.throughSeq);
        this.storedBytes = done.snapshotBytes;
      }
      this.nextCompactionAt =
        performance.now() + COMPACTION_SPACING * (performance.now() - started);
      return;
    }
    if (this.stopped || !this.hooks.ready() || this.stopped) return;
    const covered = this.rowsSinceSnapshot;
    const through = this.lastSeq;
    const started = performance.now();
    const snapshot = this.hooks.snapshot();
    await this.store.compact(this.name, snapshot, through);
    this.rowsSinceSnapshot -= covered;
    this.storedBytes = snapshot.length;
    const took = performance.now() - started;
    this.nextCompactionAt = performance.now() + COMPACTION_SPACING * took;
  }

  /** No more compactions (the room is gone); a compaction already running still finishes. */
  stop(): void {
    this.stopped = true;
    this.cancelCompaction?.();
    this.cancelCompaction = null;
  }

  private enqueue(step: Promise<void>): void {
    const tail = step.catch((err: unknown) => this.hooks.failed(err));
    this.queue = tail;
    void tail.then(() => {
      if (this.queue === tail) this.queue = null;
    });
  }

  private scheduleCompaction(): void {
    if (this.cancelCompaction !== null || this.stopped) return;
    const run = () => {
      this.cancelCompaction = null;
      this.compact().catch((err: unknown) =>
        this.log.error({ err, room: this.name }, 'compaction failed'),
      );
    };
    const wait = this.nextCompactionAt - performance.now();
    if (wait <= 0) {
      const immediate = setImmediate(run);
      this.cancelCompaction = () => clearImmediate(immediate);
    } else {
      const timer = setTimeout(run, wait);
      timer.unref();
      this.cancelCompaction = () => clearTimeout(timer);
    }
  }
}
