import { StorageError } from '../errors';
import type { SqliteDatabase } from './database';
import type { AppendMeta, DocStore, LoadedDoc, QuarantinedUpdate, StoredUpdate } from './docStore';

interface UpdateRow {
  seq: number;
  update_data: Buffer;
  participant_id: string | null;
  created_at: number;
}

/** The embedded default `DocStore`: an append-only log and one snapshot per doc in SQLite. */
export class SqliteDocStore implements DocStore {
  private readonly stmts;

  constructor(private readonly db: SqliteDatabase) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS doc_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        doc TEXT NOT NULL,
        update_data BLOB NOT NULL,
        participant_id TEXT,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS doc_updates_by_doc ON doc_updates (doc, seq);
      CREATE TABLE IF NOT EXISTS doc_snapshots (
        doc TEXT PRIMARY KEY,
        state BLOB NOT NULL,
        through_seq INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS doc_quarantine (
        seq INTEGER PRIMARY KEY,
        doc TEXT NOT NULL,
        update_data BLOB NOT NULL,
        participant_id TEXT,
        created_at INTEGER NOT NULL,
        reason TEXT NOT NULL,
        quarantined_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS doc_quarantine_by_doc ON doc_quarantine (doc, seq);
    `);
    this.stmts = {
      append: db.prepare(
        'INSERT INTO doc_updates (doc, update_data, participant_id, created_at) VALUES (?, ?, ?, ?)',
      ),
      snapshot: db.prepare<[string], { state: Buffer; through_seq: number }>(
        'SELECT state, through_seq FROM doc_snapshots WHERE doc = ?',
      ),
      rows: db.prepare<[string], UpdateRow>(
        'SELECT seq, update_data, participant_id, created_at FROM doc_updates WHERE doc = ? ORDER BY seq',
      ),
      upsertSnapshot: db.prepare(
        `INSERT INTO doc_snapshots (doc, state, through_seq, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (doc) DO UPDATE SET state = excluded.state,
           through_seq = max(through_seq, excluded.through_seq), updated_at = excluded.updated_at`,
      ),
      deleteRowsThrough: db.prepare('DELETE FROM doc_updates WHERE doc = ? AND seq <= ?'),
      quarantine: db.prepare(
        `INSERT OR IGNORE INTO doc_quarantine
           (seq, doc, update_data, participant_id, created_at, reason, quarantined_at)
         SELECT seq, doc, update_data, participant_id, created_at, ?, ? FROM doc_updates
         WHERE doc = ? AND seq = ?`,
      ),
      deleteRow: db.prepare('DELETE FROM doc_updates WHERE doc = ? AND seq = ?'),
      quarantined: db.prepare<[string], UpdateRow & { reason: string; quarantined_at: number }>(
        `SELECT seq, update_data, participant_id, created_at, reason, quarantined_at
         FROM doc_quarantine WHERE doc = ? ORDER BY seq`,
      ),
      deleteQuarantined: db.prepare('DELETE FROM doc_quarantine WHERE doc = ?'),
      deleteRows: db.prepare('DELETE FROM doc_updates WHERE doc = ?'),
      deleteSnapshot: db.prepare('DELETE FROM doc_snapshots WHERE doc = ?'),
    };
  }

  async load(docName: string): Promise<LoadedDoc> {
    const read = this.db.transaction(() => ({
      snap: this.stmts.snapshot.get(docName),
      rows: this.stmts.rows.all(docName),
    }));
    const { snap, rows } = read();
    const last = rows.at(-1);
    return {
      snapshot: snap ? new Uint8Array(snap.state) : null,
      updates: rows.map((r) => new Uint8Array(r.update_data)),
      seqs: rows.map((r) => r.seq),
      lastSeq: last ? last.seq : (snap?.through_seq ?? 0),
    };
  }

  append(docName: string, update: Uint8Array, meta: AppendMeta): number {
    try {
      const info = this.stmts.append.run(docName, update, meta.participantId, meta.at);
      return Number(info.lastInsertRowid);
    } catch (err) {
      throw new StorageError(`could not append to ${docName}`, { cause: err });
    }
  }

  async compact(docName: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    this.db.transaction(() => {
      this.stmts.upsertSnapshot.run(docName, snapshot, throughSeq, Date.now());
      this.stmts.deleteRowsThrough.run(docName, throughSeq);
    })();
  }

  async listUpdates(docName: string): Promise<StoredUpdate[]> {
    return this.stmts.rows.all(docName).map((r) => ({
      seq: r.seq,
      update: new Uint8Array(r.update_data),
      participantId: r.participant_id,
      at: r.created_at,
    }));
  }

  async quarantine(docName: string, seq: number, reason: string): Promise<void> {
    this.db.transaction(() => {
      this.stmts.quarantine.run(reason, Date.now(), docName, seq);
      this.stmts.deleteRow.run(docName, seq);
    })();
  }

  async listQuarantined(docName: string): Promise<QuarantinedUpdate[]> {
    return this.stmts.quarantined.all(docName).map((r) => ({
      seq: r.seq,
      update: new Uint8Array(r.update_data),
      participantId: r.participant_id,
      at: r.created_at,
      reason: r.reason,
      quarantinedAt: r.quarantined_at,
    }));
  }

  async delete(docName: string): Promise<void> {
    this.db.transaction(() => {
      this.stmts.deleteQuarantined.run(docName);
      this.stmts.deleteRows.run(docName);
      this.stmts.deleteSnapshot.run(docName);
    })();
  }

  /** The database is shared with the other stores: whoever opened it closes it. */
  async close(): Promise<void> {}
}
