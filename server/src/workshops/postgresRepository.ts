import type { RunState, WorkshopSetup } from '@samskap/shared/workshop';
import type { Sql } from '../persistence/sql';
import type {
  NewWorkshop,
  ParticipantRecord,
  PhaseLogEntry,
  TokenOwner,
  WorkshopRecord,
  WorkshopRepository,
} from './repository';
import {
  participantValues,
  toParticipant,
  toWorkshop,
  type ParticipantRow,
  type WorkshopRow,
} from './rows';

const WORKSHOP = 'id, join_code, setup, run, created_at, ended_at';
const PARTICIPANT =
  'id, workshop_id, display_name, role, party, table_id, colour, joined_at, removed_at';

/**
 * Workshops and participants in PostgreSQL (issue 18), as `SqliteWorkshopRepository` keeps
 * them. Tables from `server/migrations/postgres`.
 */
export class PostgresWorkshopRepository implements WorkshopRepository {
  constructor(private readonly sql: Sql) {}

  async insertWorkshop(w: NewWorkshop): Promise<boolean> {
    // A taken code writes nothing and raises nothing, so an import's transaction goes on with
    // another code. Only the join code: a clash on anything else is an error, not a retry.
    const r = await this.sql.query(
      `INSERT INTO workshops (id, join_code, facilitator_token_hash, projector_token_hash, setup, run, created_at, ended_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (join_code) DO NOTHING`,
      [
        w.id,
        w.joinCode,
        w.facilitatorTokenHash,
        w.projectorTokenHash,
        JSON.stringify(w.setup),
        JSON.stringify(w.run),
        w.createdAt,
        w.endedAt,
      ],
    );
    return r.rowCount === 1;
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const { rows } = await this.sql.query<WorkshopRow>(
      `SELECT ${WORKSHOP} FROM workshops WHERE id = $1`,
      [id],
    );
    return rows[0] ? toWorkshop(rows[0]) : null;
  }

  async findByJoinCode(code: string): Promise<WorkshopRecord | null> {
    const { rows } = await this.sql.query<WorkshopRow>(
      `SELECT ${WORKSHOP} FROM workshops WHERE join_code = $1`,
      [code],
    );
    return rows[0] ? toWorkshop(rows[0]) : null;
  }

  async updateSetup(id: string, setup: WorkshopSetup): Promise<void> {
    await this.sql.query('UPDATE workshops SET setup = $1 WHERE id = $2', [
      JSON.stringify(setup),
      id,
    ]);
  }

  async updateRun(id: string, run: RunState): Promise<void> {
    await this.sql.query('UPDATE workshops SET run = $1 WHERE id = $2', [JSON.stringify(run), id]);
  }

  async end(id: string, at: number): Promise<void> {
    await this.sql.query('UPDATE workshops SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL', [
      at,
      id,
    ]);
  }

  async resolveToken(tokenHash: string): Promise<TokenOwner | null> {
    const w = await this.sql.query<{ id: string; kind: 'facilitator' | 'projector' }>(
      `SELECT id, 'facilitator' AS kind FROM workshops WHERE facilitator_token_hash = $1
       UNION ALL SELECT id, 'projector' AS kind FROM workshops WHERE projector_token_hash = $1`,
      [tokenHash],
    );
    const owner = w.rows[0];
    if (owner) return { kind: owner.kind, workshopId: owner.id };
    const p = await this.sql.query<{ id: string; workshop_id: string }>(
      'SELECT id, workshop_id FROM participants WHERE token_hash = $1',
      [tokenHash],
    );
    const participant = p.rows[0];
    return participant
      ? { kind: 'participant', workshopId: participant.workshop_id, participantId: participant.id }
      : null;
  }

  async insertParticipant(p: ParticipantRecord, tokenHash: string): Promise<void> {
    await this.sql.query(
      `INSERT INTO participants (id, workshop_id, token_hash, display_name, role, party, table_id, colour, joined_at, removed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [...participantValues(p, tokenHash)],
    );
  }

  async getParticipant(id: string): Promise<ParticipantRecord | null> {
    const { rows } = await this.sql.query<ParticipantRow>(
      `SELECT ${PARTICIPANT} FROM participants WHERE id = $1`,
      [id],
    );
    return rows[0] ? toParticipant(rows[0]) : null;
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    // `seq` is the order of inserting, as SQLite's rowid.
    const { rows } = await this.sql.query<ParticipantRow>(
      `SELECT ${PARTICIPANT} FROM participants WHERE workshop_id = $1 ORDER BY joined_at, seq`,
      [workshopId],
    );
    return rows.map(toParticipant);
  }

  async moveParticipant(id: string, tableId: string): Promise<void> {
    await this.sql.query('UPDATE participants SET table_id = $1 WHERE id = $2', [tableId, id]);
  }

  async removeParticipant(id: string, at: number): Promise<void> {
    await this.sql.query(
      'UPDATE participants SET removed_at = $1 WHERE id = $2 AND removed_at IS NULL',
      [at, id],
    );
  }

  async logPhase(workshopId: string, phaseIndex: number, at: number): Promise<void> {
    await this.sql.query(
      'INSERT INTO phase_log (workshop_id, phase_index, at) VALUES ($1, $2, $3)',
      [workshopId, phaseIndex, at],
    );
  }

  async phaseLog(workshopId: string): Promise<PhaseLogEntry[]> {
    const { rows } = await this.sql.query<{ phase_index: number; at: string }>(
      'SELECT phase_index, at FROM phase_log WHERE workshop_id = $1 ORDER BY at, seq',
      [workshopId],
    );
    return rows.map((r) => ({ phaseIndex: r.phase_index, at: Number(r.at) }));
  }
}
