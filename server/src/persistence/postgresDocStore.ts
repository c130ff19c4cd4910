import { StorageError } from '../errors';
import { lockForTransaction, type Sql } from './sql';
import type {
  AppendMeta,
  DocStore,
  LoadedDoc,
  QuarantinedUpdate,
  Squash,
  StoredCompaction,
  StoredUpdate,
} from './docStore';

/**
 * [F6] The transaction-scoped advisory lock that compactions of one document take: one at a
 * time across every instance on the database.
 */
const lockDoc = (sql: Sql, docName: string) => lockForTransaction(sql, `doc:${docName}`);

interface UpdateRow {
  seq: string;
  update_data: Buffer;
  participant_id: string | null;
  created_at: string;
}

const toUpdate = (r: UpdateRow): StoredUpdate => ({
  seq: Number(r.seq),
  update: new Uint8Array(r.update_data),
  participantId: r.participant_id,
  at: Number(r.created_at),
});

/**
 * The shared documents in PostgreSQL, for several instances over one database (issue 18): the
 * same log, snapshot and quarantine as `SqliteDocStore`, and the same contract. `append`
 * resolves once the row is committed, so the caller sends the update on only after that.
 * Tables come from `server/migrations/postgres` (`openPostgres`).
 */
export class PostgresDocStore implements DocStore {
  constructor(private readonly sql: Sql) {}

  async load(docName: string): Promise<LoadedDoc> {
    // One snapshot of the database for both reads: a compaction in between cannot drop rows.
    const { snap, rows } = await this.sql.transaction(async (c) => {
      const s = await c.query<{ state: Buffer; through_seq: string }>(
        'SELECT state, through_seq FROM doc_snapshots WHERE doc = $1',
        [docName],
      );
      const r = await c.query<UpdateRow>(
        'SELECT seq, update_data, participant_id, created_at FROM doc_updates WHERE doc = $1 ORDER BY seq',
        [docName],
      );
      return { snap: s.rows[0], rows: r.rows };
    }, 'REPEATABLE READ');
    const last = rows.at(-1);
    return {
      snapshot: snap ? new Uint8Array(snap.state) : null,
      updates: rows.map((r) => new Uint8Array(r.update_data)),
      seqs: rows.map((r) => Number(r.seq)),
      // A row committed after a compaction may carry a lower number than the snapshot covers
      // ([F6] leaves it for the next one): the highest of both is what the load covers.
      lastSeq: Math.max(last ? Number(last.seq) : 0, snap ? Number(snap.through_seq) : 0),
    };
  }

  async append(docName: string, update: Uint8Array, meta: AppendMeta): Promise<number> {
    try {
      const r = await this.sql.query<{ seq: string }>(
        'INSERT INTO doc_updates (doc, update_data, participant_id, created_at) VALUES ($1, $2, $3, $4) RETURNING seq',
        [docName, Buffer.from(update), meta.participantId, meta.at],
      );
      return Number(r.rows[0]!.seq);
    } catch (err) {
      throw new StorageError(`could not append to ${docName}`, { cause: err });
    }
  }

  async compact(docName: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    await this.sql.transaction(async (c) => {
      await lockDoc(c, docName);
      await c.query(
        `INSERT INTO doc_snapshots (doc, state, through_seq, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (doc) DO UPDATE SET state = excluded.state,
           through_seq = GREATEST(doc_snapshots.through_seq, excluded.through_seq),
           updated_at = excluded.updated_at`,
        [docName, Buffer.from(snapshot), throughSeq, Date.now()],
      );
      await c.query('DELETE FROM doc_updates WHERE doc = $1 AND seq <= $2', [docName, throughSeq]);
    });
  }

  /**
   * [F6] Compaction from what is stored, once at a time per document across instances: the lock
   * is taken first, so the reads (each its own statement, READ COMMITTED) see every row a
   * compaction before committed. Only the rows read are deleted (by number, never "all up to"):
   * a row committed meanwhile, even with a lower number, stays for the next compaction.
   */
  async compactStored(docName: string, squash: Squash): Promise<StoredCompaction | null> {
    return this.sql.transaction(async (c) => {
      await lockDoc(c, docName);
      const s = await c.query<{ state: Buffer; through_seq: string }>(
        'SELECT state, through_seq FROM doc_snapshots WHERE doc = $1',
        [docName],
      );
      const r = await c.query<{ seq: string; update_data: Buffer }>(
        'SELECT seq, update_data FROM doc_updates WHERE doc = $1 ORDER BY seq',
        [docName],
      );
      if (r.rows.length === 0) return null;
      const seqs = r.rows.map((row) => Number(row.seq));
      const snap = s.rows[0];
      const { snapshot, rejected } = await squash({
        snapshot: snap ? new Uint8Array(snap.state) : null,
        rows: r.rows.map((row) => new Uint8Array(row.update_data)),
        seqs,
      });
      const now = Date.now();
      for (const bad of rejected) {
        await c.query(
          `INSERT INTO doc_quarantine
             (seq, doc, update_data, participant_id, created_at, reason, quarantined_at)
           SELECT seq, doc, update_data, participant_id, created_at, $1, $2 FROM doc_updates
           WHERE doc = $3 AND seq = $4
           ON CONFLICT (seq) DO NOTHING`,
          [bad.reason, now, docName, bad.seq],
        );
      }
      const throughSeq = Math.max(snap ? Number(snap.through_seq) : 0, seqs.at(-1)!);
      await c.query(
        `INSERT INTO doc_snapshots (doc, state, through_seq, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (doc) DO UPDATE SET state = excluded.state,
           through_seq = GREATEST(doc_snapshots.through_seq, excluded.through_seq),
           updated_at = excluded.updated_at`,
        [docName, Buffer.from(snapshot), throughSeq, now],
      );
      await c.query('DELETE FROM doc_updates WHERE doc = $1 AND seq = ANY($2::bigint[])', [
        docName,
        seqs,
      ]);
      return { throughSeq, rows: seqs.length, snapshotBytes: snapshot.length };
    });
  }

  async listUpdates(docName: string): Promise<StoredUpdate[]> {
    const r = await this.sql.query<UpdateRow>(
      'SELECT seq, update_data, participant_id, created_at FROM doc_updates WHERE doc = $1 ORDER BY seq',
      [docName],
    );
    return r.rows.map(toUpdate);
  }

  async quarantine(docName: string, seq: number, reason: string): Promise<void> {
    await this.sql.transaction(async (c) => {
      await c.query(
        `INSERT INTO doc_quarantine
           (seq, doc, update_data, participant_id, created_at, reason, quarantined_at)
         SELECT seq, doc, update_data, participant_id, created_at, $1, $2 FROM doc_updates
         WHERE doc = $3 AND seq = $4
         ON CONFLICT (seq) DO NOTHING`,
        [reason, Date.now(), docName, seq],
      );
      await c.query('DELETE FROM doc_updates WHERE doc = $1 AND seq = $2', [docName, seq]);
    });
  }

  async listQuarantined(docName: string): Promise<QuarantinedUpdate[]> {
    const r = await this.sql.query<UpdateRow & { reason: string; quarantined_at: string }>(
      `SELECT seq, update_data, participant_id, created_at, reason, quarantined_at
       FROM doc_quarantine WHERE doc = $1 ORDER BY seq`,
      [docName],
    );
    return r.rows.map((row) => ({
      ...toUpdate(row),
      reason: row.reason,
      quarantinedAt: Number(row.quarantined_at),
    }));
  }

  async delete(docName: string): Promise<void> {
    await this.sql.transaction(async (c) => {
      await c.query('DELETE FROM doc_quarantine WHERE doc = $1', [docName]);
      await c.query('DELETE FROM doc_updates WHERE doc = $1', [docName]);
      await c.query('DELETE FROM doc_snapshots WHERE doc = $1', [docName]);
    });
  }

  /** The pool is the backend's: it closes it. */
  async close(): Promise<void> {}
}
