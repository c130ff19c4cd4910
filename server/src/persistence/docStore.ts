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
  /**
   * [F6] Compacts from what is stored, not from one instance's memory, where several instances
   * write one document (PostgreSQL): under a lock per document, the snapshot and every row are
   * read, `squash` merges them, and the result replaces exactly the rows it was made of. A row
   * `squash` rejects is moved to quarantine in the same transaction ([S13]). Resolves with what
   * was done, or null when there was nothing to compact. A store without it is written by one
   * process only, and the room compacts from its own document (`compact`).
   */
  compactStored?(docName: string, squash: Squash): Promise<StoredCompaction | null>;
}

/** What a document's stored state is, for `compactStored`. */
export interface StoredDocState {
  snapshot: Uint8Array | null;
  rows: Uint8Array[];
  seqs: number[];
}

/**
 * Merges a document's stored state into one snapshot ([S11]: integrated state only); may be
 * asynchronous (the lock is held meanwhile).
 */
export type Squash = (stored: StoredDocState) => Squashed | Promise<Squashed>;

export interface Squashed {
  snapshot: Uint8Array;
  /** Rows left out because they cannot be applied ([S13]). */
  rejected: Array<{ seq: number; reason: string }>;
}

export interface StoredCompaction {
  /** The highest sequence number the new snapshot covers. */
  throughSeq: number;
  /** Rows squashed into it (and deleted). */
  rows: number;
  snapshotBytes: number;
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
