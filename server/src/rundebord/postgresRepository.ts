import type { Sql } from '../persistence/sql';
import type { RundebordRepository } from './repository';
import { emptyRundebordState, type RundebordState } from './state';

/** The round table in PostgreSQL (issue 18): one row per workshop, as in SQLite. */
export class PostgresRundebordRepository implements RundebordRepository {
  constructor(private readonly sql: Sql) {}

  async get(workshopId: string): Promise<RundebordState> {
    const { rows } = await this.sql.query<{ state: RundebordState }>(
      'SELECT state FROM rundebord_state WHERE workshop_id = $1',
      [workshopId],
    );
    return rows[0]?.state ?? emptyRundebordState();
  }

  async save(workshopId: string, state: RundebordState): Promise<void> {
    await this.sql.query(
      `INSERT INTO rundebord_state (workshop_id, state) VALUES ($1, $2)
       ON CONFLICT (workshop_id) DO UPDATE SET state = excluded.state`,
      [workshopId, JSON.stringify(state)],
    );
  }
}
