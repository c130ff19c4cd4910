import {
  statementBlocksSchema,
  type ConsentCheck,
  type ConsentSubject,
  type StatementBlock,
} from '@samskap/shared/consent';
import type { ParticipantRole } from '@samskap/shared/workshop';
import type { SqliteDatabase } from '../persistence/database';
import { sealLegacyConsentAnswers } from '../planbehov';

export interface StoredCheck {
  id: string;
  subject: ConsentSubject;
  statement: string;
  /** [K3] The statement's structure; null on checks stored before it was kept. */
  blocks: StatementBlock[] | null;
  status: 'open' | 'closed';
  revealed: boolean;
  createdAt: number;
}

/** One answer as stored ([D7]): under the voter's key for this check, never their id. */
export interface StoredAnswer {
  checkId: string;
  voterKey: string;
  role: ParticipantRole;
  value: number;
}

/** A closed check's frozen aggregates ([D2]). */
export interface SealedCheck {
  answered: number;
  result: NonNullable<ConsentCheck['result']>;
}

/** Consent checks and their answers; an answer leaves only as the voter's own or in a count. */
export interface ConsentRepository {
  list(workshopId: string): Promise<StoredCheck[]>;
  insert(workshopId: string, check: StoredCheck): Promise<void>;
  update(workshopId: string, check: StoredCheck): Promise<void>;
  answer(workshopId: string, answer: StoredAnswer): Promise<void>;
  answers(workshopId: string): Promise<StoredAnswer[]>;
  /** Stores the check's aggregates, deletes its answers and closes it: one transaction. */
  seal(workshopId: string, check: StoredCheck, sealed: SealedCheck): Promise<void>;
  sealed(workshopId: string): Promise<Map<string, SealedCheck>>;
}

interface CheckRow {
  id: string;
  subject_kind: ConsentSubject['kind'];
  subject_id: string;
  statement: string;
  blocks: string | null;
  status: 'open' | 'closed';
  revealed: number;
  created_at: number;
}

export class SqliteConsentRepository implements ConsentRepository {
  private readonly s;
  private readonly db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.db = db;
    db.exec(`
      CREATE TABLE IF NOT EXISTS consent_checks (
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        id TEXT NOT NULL,
        subject_kind TEXT NOT NULL,
        subject_id TEXT NOT NULL,
        statement TEXT NOT NULL,
        status TEXT NOT NULL,
        revealed INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, id)
      );
      -- [D7] Answers to open checks, under HMAC(token, workshop|check); deleted at close.
      CREATE TABLE IF NOT EXISTS sealed_consent_answers (
        workshop_id TEXT NOT NULL,
        check_id TEXT NOT NULL,
        voter_key TEXT NOT NULL,
        role TEXT NOT NULL,
        value INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, check_id, voter_key)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS consent_results (
        workshop_id TEXT NOT NULL,
        check_id TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (workshop_id, check_id)
      );
    `);
    addBlocksColumn(db);
    sealLegacyConsentAnswers(db);
    this.s = {
      list: db.prepare<[string], CheckRow>(
        'SELECT * FROM consent_checks WHERE workshop_id = ? ORDER BY created_at, id',
      ),
      insert: db.prepare(
        'INSERT INTO consent_checks (workshop_id, id, subject_kind, subject_id, statement, blocks, status, revealed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      update: db.prepare(
        'UPDATE consent_checks SET status = ?, revealed = ? WHERE workshop_id = ? AND id = ?',
      ),
      answer: db.prepare(
        `INSERT INTO sealed_consent_answers (workshop_id, check_id, voter_key, role, value) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (workshop_id, check_id, voter_key) DO UPDATE SET value = excluded.value`,
      ),
      answers: db.prepare<
        [string],
        { check_id: string; voter_key: string; role: ParticipantRole; value: number }
      >(
        'SELECT check_id, voter_key, role, value FROM sealed_consent_answers WHERE workshop_id = ?',
      ),
      deleteAnswers: db.prepare(
        'DELETE FROM sealed_consent_answers WHERE workshop_id = ? AND check_id = ?',
      ),
      putSealed: db.prepare(
        'INSERT INTO consent_results (workshop_id, check_id, data) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      sealed: db.prepare<[string], { check_id: string; data: string }>(
        'SELECT check_id, data FROM consent_results WHERE workshop_id = ?',
      ),
    };
  }

  async list(workshopId: string): Promise<StoredCheck[]> {
    return this.s.list.all(workshopId).map((r) => ({
      id: r.id,
      subject: { kind: r.subject_kind, id: r.subject_id },
      statement: r.statement,
      blocks: readBlocks(r.blocks),
      status: r.status,
      revealed: r.revealed === 1,
      createdAt: r.created_at,
    }));
  }

  async insert(workshopId: string, c: StoredCheck): Promise<void> {
    this.s.insert.run(
      workshopId,
      c.id,
      c.subject.kind,
      c.subject.id,
      c.statement,
      c.blocks === null ? null : JSON.stringify(c.blocks),
      c.status,
      c.revealed ? 1 : 0,
      c.createdAt,
    );
  }

  async update(workshopId: string, c: StoredCheck): Promise<void> {
    this.s.update.run(c.status, c.revealed ? 1 : 0, workshopId, c.id);
  }

  async answer(workshopId: string, a: StoredAnswer): Promise<void> {
    this.s.answer.run(workshopId, a.checkId, a.voterKey, a.role, a.value);
  }

  async answers(workshopId: string): Promise<StoredAnswer[]> {
    return this.s.answers.all(workshopId).map((r) => ({
      checkId: r.check_id,
      voterKey: r.voter_key,
      role: r.role,
      value: r.value,
    }));
  }

  async seal(workshopId: string, check: StoredCheck, sealed: SealedCheck): Promise<void> {
    this.db.transaction(() => {
      this.s.putSealed.run(workshopId, check.id, JSON.stringify(sealed));
      this.s.deleteAnswers.run(workshopId, check.id);
      this.s.update.run(check.status, check.revealed ? 1 : 0, workshopId, check.id);
    })();
  }

  async sealed(workshopId: string): Promise<Map<string, SealedCheck>> {
    return new Map(
      this.s.sealed.all(workshopId).map((r) => [r.check_id, JSON.parse(r.data) as SealedCheck]),
    );
  }
}

/** Databases from before [K3] get the column; their checks keep `blocks` null. */
function addBlocksColumn(db: SqliteDatabase): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(consent_checks)').all();
  if (!columns.some((c) => c.name === 'blocks')) {
    db.exec('ALTER TABLE consent_checks ADD COLUMN blocks TEXT');
  }
}

/** Stored blocks are checked again on the way out: a row that does not parse reads as none. */
function readBlocks(json: string | null): StatementBlock[] | null {
  if (json === null) return null;
  try {
    return storedBlocks(JSON.parse(json));
  } catch {
    return null;
  }
}

/** Blocks as read from storage, checked again: what is not blocks reads as none. */
export function storedBlocks(value: unknown): StatementBlock[] | null {
  if (value === null) return null;
  const parsed = statementBlocksSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
