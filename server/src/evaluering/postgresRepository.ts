import type { EvaluationBaseline, EvaluationExport } from '@samskap/shared/evaluering';
import type { ParticipantRole } from '@samskap/shared/workshop';
import type { Sql } from '../persistence/sql';
import {
  restoredEvaluation,
  type EvaluationRepository,
  type SealedEvaluation,
  type StoredEvaluationAnswer,
  type StoredForm,
} from './repository';

type Column = 'statements' | 'form' | 'sealed' | 'baseline';

/** Writes one column of the workshop's row (the others as they were); null writes SQL NULL. */
async function put(sql: Sql, workshopId: string, column: Column, value: unknown): Promise<void> {
  await sql.query(
    `INSERT INTO evaluations (workshop_id, ${column}) VALUES ($1, $2)
     ON CONFLICT (workshop_id) DO UPDATE SET ${column} = excluded.${column}`,
    [workshopId, value ? JSON.stringify(value) : null],
  );
}

/**
 * The closing evaluation in PostgreSQL (issue 18), as `SqliteEvaluationRepository` keeps it:
 * one row per workshop, and the open form's answers under the voter's key, one per voter
 * ([M2], [EV3]), deleted in the transaction that seals the result ([M5]).
 */
export class PostgresEvaluationRepository implements EvaluationRepository {
  constructor(private readonly sql: Sql) {}

  private async read<T>(workshopId: string, column: Column): Promise<T | null> {
    const { rows } = await this.sql.query<Record<Column, T | null>>(
      `SELECT ${column} FROM evaluations WHERE workshop_id = $1`,
      [workshopId],
    );
    return rows[0]?.[column] ?? null;
  }

  statements(workshopId: string): Promise<string[] | null> {
    return this.read<string[]>(workshopId, 'statements');
  }

  async setStatements(workshopId: string, statements: string[] | null): Promise<void> {
    await put(this.sql, workshopId, 'statements', statements);
  }

  form(workshopId: string): Promise<StoredForm | null> {
    return this.read<StoredForm>(workshopId, 'form');
  }

  async putForm(workshopId: string, form: StoredForm): Promise<void> {
    await put(this.sql, workshopId, 'form', form);
  }

  async answer(workshopId: string, a: StoredEvaluationAnswer): Promise<void> {
    const { voterKey, role, ...data } = a;
    await this.sql.query(
      `INSERT INTO sealed_evaluation_answers (workshop_id, voter_key, role, data) VALUES ($1, $2, $3, $4)
       ON CONFLICT (workshop_id, voter_key) DO UPDATE SET data = excluded.data`,
      [workshopId, voterKey, role, JSON.stringify(data)],
    );
  }

  async answers(workshopId: string): Promise<StoredEvaluationAnswer[]> {
    const { rows } = await this.sql.query<{
      voter_key: string;
      role: ParticipantRole;
      data: Omit<StoredEvaluationAnswer, 'voterKey' | 'role'>;
    }>(
      `SELECT voter_key, role, data FROM sealed_evaluation_answers WHERE workshop_id = $1
       ORDER BY voter_key COLLATE "C"`,
      [workshopId],
    );
    return rows.map((r) => ({ voterKey: r.voter_key, role: r.role, ...r.data }));
  }

  async seal(workshopId: string, form: StoredForm, sealed: SealedEvaluation): Promise<void> {
    // [EV2] [EV3] The result in, every answer out, the form closed: all or nothing.
    await this.sql.transaction(async (tx) => {
      await put(tx, workshopId, 'sealed', sealed);
      await tx.query('DELETE FROM sealed_evaluation_answers WHERE workshop_id = $1', [workshopId]);
      await put(tx, workshopId, 'form', form);
    });
  }

  sealed(workshopId: string): Promise<SealedEvaluation | null> {
    return this.read<SealedEvaluation>(workshopId, 'sealed');
  }

  baseline(workshopId: string): Promise<EvaluationBaseline | null> {
    return this.read<EvaluationBaseline>(workshopId, 'baseline');
  }

  async setBaseline(workshopId: string, baseline: EvaluationBaseline | null): Promise<void> {
    await put(this.sql, workshopId, 'baseline', baseline);
  }

  /** [EV7] An export's evaluation as an archive's (inside the import's one transaction). */
  async restore(workshopId: string, data: EvaluationExport): Promise<void> {
    const r = restoredEvaluation(data);
    await this.sql.transaction(async (tx) => {
      await put(tx, workshopId, 'statements', r.statements);
      await put(tx, workshopId, 'baseline', r.baseline);
      if (!r.closed) return;
      await put(tx, workshopId, 'sealed', r.closed.sealed);
      await put(tx, workshopId, 'form', r.closed.form);
    });
  }
}
