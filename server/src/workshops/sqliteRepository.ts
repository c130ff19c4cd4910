import type { RunState, WorkshopSetup } from '@samskap/shared/workshop';
import type { SqliteDatabase } from '../persistence/database';
import type {
  NewWorkshop,
  PhaseLogEntry,
  ParticipantRecord,
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

/** Workshops and participants in the embedded SQLite database. */
export class SqliteWorkshopRepository implements WorkshopRepository {
  private readonly s;

  constructor(db: SqliteDatabase) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS workshops (
        id TEXT PRIMARY KEY,
        join_code TEXT NOT NULL UNIQUE,
        facilitator_token_hash TEXT NOT NULL UNIQUE,
        projector_token_hash TEXT NOT NULL UNIQUE,
        setup TEXT NOT NULL,
        run TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        ended_at INTEGER
      );
      CREATE TABLE IF NOT EXISTS participants (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        token_hash TEXT NOT NULL UNIQUE,
        display_name TEXT,
        role TEXT NOT NULL,
        party TEXT,
        table_id TEXT NOT NULL,
        colour TEXT NOT NULL,
        joined_at INTEGER NOT NULL,
        removed_at INTEGER
      );
      CREATE INDEX IF NOT EXISTS participants_by_workshop ON participants (workshop_id);
      CREATE TABLE IF NOT EXISTS phase_log (
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        phase_index INTEGER NOT NULL,
        at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS phase_log_by_workshop ON phase_log (workshop_id, at);
    `);
    const cols = 'id, join_code, setup, run, created_at, ended_at';
    this.s = {
      insertWorkshop: db.prepare(
        `INSERT OR IGNORE INTO workshops (id, join_code, facilitator_token_hash, projector_token_hash, setup, run, created_at, ended_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      getWorkshop: db.prepare<[string], WorkshopRow>(`SELECT ${cols} FROM workshops WHERE id = ?`),
      byCode: db.prepare<[string], WorkshopRow>(
        `SELECT ${cols} FROM workshops WHERE join_code = ?`,
      ),
      updateSetup: db.prepare('UPDATE workshops SET setup = ? WHERE id = ?'),
      updateRun: db.prepare('UPDATE workshops SET run = ? WHERE id = ?'),
      end: db.prepare('UPDATE workshops SET ended_at = ? WHERE id = ? AND ended_at IS NULL'),
      tokenWorkshop: db.prepare<
        [string, string],
        { id: string; kind: 'facilitator' | 'projector' }
      >(
        `SELECT id, 'facilitator' AS kind FROM workshops WHERE facilitator_token_hash = ?
         UNION ALL SELECT id, 'projector' AS kind FROM workshops WHERE projector_token_hash = ?`,
      ),
      tokenParticipant: db.prepare<[string], { id: string; workshop_id: string }>(
        'SELECT id, workshop_id FROM participants WHERE token_hash = ?',
      ),
      insertParticipant: db.prepare(
        `INSERT INTO participants (id, workshop_id, token_hash, display_name, role, party, table_id, colour, joined_at, removed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      getParticipant: db.prepare<[string], ParticipantRow>(
        'SELECT * FROM participants WHERE id = ?',
      ),
      listParticipants: db.prepare<[string], ParticipantRow>(
        'SELECT * FROM participants WHERE workshop_id = ? ORDER BY joined_at, rowid',
      ),
      move: db.prepare('UPDATE participants SET table_id = ? WHERE id = ?'),
      remove: db.prepare(
        'UPDATE participants SET removed_at = ? WHERE id = ? AND removed_at IS NULL',
      ),
      logPhase: db.prepare('INSERT INTO phase_log (workshop_id, phase_index, at) VALUES (?, ?, ?)'),
      phaseLog: db.prepare<[string], { phase_index: number; at: number }>(
        'SELECT phase_index, at FROM phase_log WHERE workshop_id = ? ORDER BY at, rowid',
      ),
    };
  }

  async insertWorkshop(w: NewWorkshop): Promise<boolean> {
    const info = this.s.insertWorkshop.run(
      w.id,
      w.joinCode,
      w.facilitatorTokenHash,
      w.projectorTokenHash,
      JSON.stringify(w.setup),
      JSON.stringify(w.run),
      w.createdAt,
      w.endedAt,
    );
    return info.changes === 1;
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const row = this.s.getWorkshop.get(id);
    return row ? toWorkshop(row) : null;
  }

  async findByJoinCode(code: string): Promise<WorkshopRecord | null> {
    const row = this.s.byCode.get(code);
    return row ? toWorkshop(row) : null;
  }

  async updateSetup(id: string, setup: WorkshopSetup): Promise<void> {
    this.s.updateSetup.run(JSON.stringify(setup), id);
  }

  async updateRun(id: string, run: RunState): Promise<void> {
    this.s.updateRun.run(JSON.stringify(run), id);
  }

  async end(id: string, at: number): Promise<void> {
    this.s.end.run(at, id);
  }

  async resolveToken(tokenHash: string): Promise<TokenOwner | null> {
    const w = this.s.tokenWorkshop.get(tokenHash, tokenHash);
    if (w) return { kind: w.kind, workshopId: w.id };
    const p = this.s.tokenParticipant.get(tokenHash);
    return p ? { kind: 'participant', workshopId: p.workshop_id, participantId: p.id } : null;
  }

  async insertParticipant(p: ParticipantRecord, tokenHash: string): Promise<void> {
    this.s.insertParticipant.run(...participantValues(p, tokenHash));
  }

  async getParticipant(id: string): Promise<ParticipantRecord | null> {
    const row = this.s.getParticipant.get(id);
    return row ? toParticipant(row) : null;
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    return this.s.listParticipants.all(workshopId).map(toParticipant);
  }

  async moveParticipant(id: string, tableId: string): Promise<void> {
    this.s.move.run(tableId, id);
  }

  async removeParticipant(id: string, at: number): Promise<void> {
    this.s.remove.run(at, id);
  }

  async logPhase(workshopId: string, phaseIndex: number, at: number): Promise<void> {
    this.s.logPhase.run(workshopId, phaseIndex, at);
  }

  async phaseLog(workshopId: string): Promise<PhaseLogEntry[]> {
    return this.s.phaseLog.all(workshopId).map((r) => ({ phaseIndex: r.phase_index, at: r.at }));
  }
}
