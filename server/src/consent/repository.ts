import type { ConsentSubject } from '@samskap/shared/consent';
import type { SqliteDatabase } from '../persistence/database';

export interface StoredCheck {
  id: string;
  subject: ConsentSubject;
  statement: string;
  status: 'open' | 'closed';
  revealed: boolean;
  createdAt: number;
}

/** Consent checks and their answers; an answer leaves only as the voter's own or in a count. */
export interface ConsentRepository {
  list(workshopId: string): Promise<StoredCheck[]>;
  insert(workshopId: string, check: StoredCheck): Promise<void>;
  update(workshopId: string, check: StoredCheck): Promise<void>;
  answer(workshopId: string, checkId: string, participantId: string, value: number): Promise<void>;
  answers(
    workshopId: string,
  ): Promise<Array<{ checkId: string; participantId: string; value: number }>>;
}

interface CheckRow {
  id: string;
  subject_kind: ConsentSubject['kind'];
  subject_id: string;
  statement: string;
  status: 'open' | 'closed';
  revealed: number;
  created_at: number;
}

export class SqliteConsentRepository implements ConsentRepository {
  private readonly s;

  constructor(db: SqliteDatabase) {
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
      CREATE TABLE IF NOT EXISTS consent_answers (
        workshop_id TEXT NOT NULL,
        check_id TEXT NOT NULL,
        participant_id TEXT NOT NULL,
        value INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, check_id, participant_id)
      );
    `);
    this.s = {
      list: db.prepare<[string], CheckRow>(
        'SELECT * FROM consent_checks WHERE workshop_id = ? ORDER BY created_at, id',
      ),
      insert: db.prepare(
        'INSERT INTO consent_checks (workshop_id, id, subject_kind, subject_id, statement, status, revealed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      update: db.prepare(
        'UPDATE consent_checks SET status = ?, revealed = ? WHERE workshop_id = ? AND id = ?',
      ),
      answer: db.prepare(
        `INSERT INTO consent_answers (workshop_id, check_id, participant_id, value) VALUES (?, ?, ?, ?)
         ON CONFLICT (workshop_id, check_id, participant_id) DO UPDATE SET value = excluded.value`,
      ),
      answers: db.prepare<[string], { check_id: string; participant_id: string; value: number }>(
        'SELECT check_id, participant_id, value FROM consent_answers WHERE workshop_id = ?',
      ),
    };
  }

  async list(workshopId: string): Promise<StoredCheck[]> {
    return this.s.list.all(workshopId).map((r) => ({
      id: r.id,
      subject: { kind: r.subject_kind, id: r.subject_id },
      statement: r.statement,
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
      c.status,
      c.revealed ? 1 : 0,
      c.createdAt,
    );
  }

  async update(workshopId: string, c: StoredCheck): Promise<void> {
    this.s.update.run(c.status, c.revealed ? 1 : 0, workshopId, c.id);
  }

  async answer(
    workshopId: string,
    checkId: string,
    participantId: string,
    value: number,
  ): Promise<void> {
    this.s.answer.run(workshopId, checkId, participantId, value);
  }

  async answers(workshopId: string) {
    return this.s.answers
      .all(workshopId)
      .map((r) => ({ checkId: r.check_id, participantId: r.participant_id, value: r.value }));
  }
}
