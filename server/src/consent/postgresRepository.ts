import type { ConsentSubject } from '@samskap/shared/consent';
import type { ParticipantRole } from '@samskap/shared/workshop';
import type { Sql } from '../persistence/sql';
import {
  storedBlocks,
  type ConsentRepository,
  type SealedCheck,
  type StoredAnswer,
  type StoredCheck,
} from './repository';

interface CheckRow {
  id: string;
  subject_kind: ConsentSubject['kind'];
  subject_id: string;
  statement: string;
  blocks: unknown;
  status: 'open' | 'closed';
  revealed: boolean;
  created_at: string;
}

/**
 * Consent checks in PostgreSQL (issue 18), as `SqliteConsentRepository` keeps them: answers
 * under the voter's key while the check is open, one per voter ([M2]), and sealed into the
 * aggregates in one transaction ([M5]). Lists in SQLite's order (ids compared as bytes).
 */
export class PostgresConsentRepository implements ConsentRepository {
  constructor(private readonly sql: Sql) {}

  async list(workshopId: string): Promise<StoredCheck[]> {
    const { rows } = await this.sql.query<CheckRow>(
      `SELECT id, subject_kind, subject_id, statement, blocks, status, revealed, created_at
       FROM consent_checks WHERE workshop_id = $1 ORDER BY created_at, id COLLATE "C"`,
      [workshopId],
    );
    return rows.map((r) => ({
      id: r.id,
      subject: { kind: r.subject_kind, id: r.subject_id },
      statement: r.statement,
      blocks: storedBlocks(r.blocks),
      status: r.status,
      revealed: r.revealed,
      createdAt: Number(r.created_at),
    }));
  }

  async insert(workshopId: string, c: StoredCheck): Promise<void> {
    await this.sql.query(
      `INSERT INTO consent_checks (workshop_id, id, subject_kind, subject_id, statement, blocks, status, revealed, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        workshopId,
        c.id,
        c.subject.kind,
        c.subject.id,
        c.statement,
        c.blocks === null ? null : JSON.stringify(c.blocks),
        c.status,
        c.revealed,
        c.createdAt,
      ],
    );
  }

  async update(workshopId: string, c: StoredCheck): Promise<void> {
    await this.sql.query(
      'UPDATE consent_checks SET status = $1, revealed = $2 WHERE workshop_id = $3 AND id = $4',
      [c.status, c.revealed, workshopId, c.id],
    );
  }

  async answer(workshopId: string, a: StoredAnswer): Promise<void> {
    await this.sql.query(
      `INSERT INTO sealed_consent_answers (workshop_id, check_id, voter_key, role, value)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (workshop_id, check_id, voter_key) DO UPDATE SET value = excluded.value`,
      [workshopId, a.checkId, a.voterKey, a.role, a.value],
    );
  }

  async answers(workshopId: string): Promise<StoredAnswer[]> {
    const { rows } = await this.sql.query<{
      check_id: string;
      voter_key: string;
      role: ParticipantRole;
      value: number;
    }>(
      `SELECT check_id, voter_key, role, value FROM sealed_consent_answers WHERE workshop_id = $1
       ORDER BY check_id COLLATE "C", voter_key COLLATE "C"`,
      [workshopId],
    );
    return rows.map((r) => ({
      checkId: r.check_id,
      voterKey: r.voter_key,
      role: r.role,
      value: r.value,
    }));
  }

  async seal(workshopId: string, check: StoredCheck, sealed: SealedCheck): Promise<void> {
    // [D2] [D7] The aggregates in, the answers out, the check closed: all or nothing.
    await this.sql.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO consent_results (workshop_id, check_id, data) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [workshopId, check.id, JSON.stringify(sealed)],
      );
      await tx.query(
        'DELETE FROM sealed_consent_answers WHERE workshop_id = $1 AND check_id = $2',
        [workshopId, check.id],
      );
      await tx.query(
        'UPDATE consent_checks SET status = $1, revealed = $2 WHERE workshop_id = $3 AND id = $4',
        [check.status, check.revealed, workshopId, check.id],
      );
    });
  }

  async sealed(workshopId: string): Promise<Map<string, SealedCheck>> {
    const { rows } = await this.sql.query<{ check_id: string; data: SealedCheck }>(
      'SELECT check_id, data FROM consent_results WHERE workshop_id = $1 ORDER BY check_id COLLATE "C"',
      [workshopId],
    );
    return new Map(rows.map((r) => [r.check_id, r.data]));
  }
}
