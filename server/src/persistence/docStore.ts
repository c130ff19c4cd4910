/**
 * Where the shared documents live. Every update a client sends is appended before anyone else
 * sees it; now and then the log is squashed into a snapshot. Implementations: in memory (tests),
 * SQLite (the embedded default), PostgreSQL (for the multi-instance mode, issue 18; not yet
 * selectable by `STORAGE`). All of them pass `docStoreContract`.
 */
export interface DocStore {
  /** The snapshot and every update appended after it, in order. An unknown doc loads empty. */
  load(docName: string): Promise<LoadedDoc>;
  /**
   * Appends one update and returns its sequence number. Synchronous stores return the number
   * itself — the caller may then broadcast at once; asynchronous ones return a promise, and the
   * caller must wait for it before anyone else sees the update.
   */
  append(docName: string, update: Uint8Array, meta: AppendMeta): number | Promise<number>;
  /**
   * Replaces the snapshot with `snapshot` and deletes the appended rows with seq ≤ `throughSeq`,
   * atomically: either both happen or neither.
   */
  compact(docName: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;
  /** The rows appended since the last compaction, with who sent them and when (the audit trail). */
  listUpdates(docName: string): Promise<StoredUpdate[]>;
  /**
   * [S13] Moves the row `seq` out of the log into quarantine, with why: it is kept for
   * inspection and never loaded again. Unknown rows are ignored.
   */
  quarantine(docName: string, seq: number, reason: string): Promise<void>;
  /** The rows moved into quarantine, oldest first. */
  listQuarantined(docName: string): Promise<QuarantinedUpdate[]>;
  /** Removes the document entirely (its quarantined rows too). */
  delete(docName: string): Promise<void>;
  close(): Promise<void>;
}

export interface AppendMeta {
  /** The participant whose connection sent the update; null for the server itself. */
  participantId: string | null;
  /** Milliseconds since the epoch. */
  at: number;
}

export interface LoadedDoc {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** The sequence number of each of `updates`, in the same order. */
  seqs: number[];
  /** The highest sequence number the load covers (snapshot or rows); 0 for an empty doc. */
  lastSeq: number;
}

export interface StoredUpdate extends AppendMeta {
  seq: number;
  update: Uint8Array;
}

export interface QuarantinedUpdate extends StoredUpdate {
  reason: string;
  /** When it was moved aside, in milliseconds since the epoch. */
  quarantinedAt: number;
}
