import type { Sql } from '../persistence/sql';
import type { ArgumentsRepository } from './repository';
import { emptyArgumentsState, type ArgumentsState } from './state';

/** The argument map in PostgreSQL (issue 18): one row per workshop, as in SQLite. */
export class PostgresArgumentsRepository implements ArgumentsRepository {
  constructor(private readonly sql: Sql) {}

  async get(workshopId: string): Promise<ArgumentsState> {
    const { rows } = await this.sql.query<{ state: ArgumentsState }>(
      'SELECT state FROM arguments_state WHERE workshop_id = $1',
      [workshopId],
    );
    return rows[0]?.state ?? emptyArgumentsState();
  }

  async save(workshopId: string, state: ArgumentsState): Promise<void> {
    await this.sql.query(
      `INSERT INTO arguments_state (workshop_id, state) VALUES ($1, $2)
       ON CONFLICT (workshop_id) DO UPDATE SET state = excluded.state`,
      [workshopId, JSON.stringify(state)],
    );
  }
}
