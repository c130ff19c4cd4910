import type { Sql } from './sql';

/** The tables that keep an activity's state whole, one JSON row per workshop. */
export type StateTable = 'arguments_state' | 'rundebord_state' | 'oppdrag_state';

/**
 * An activity's state kept whole in PostgreSQL, one row per workshop (`workshop_id`, `state`),
 * as its SQLite repository keeps it: small, and changed at human speed.
 */
export class PostgresStateRow<T> {
  constructor(
    protected readonly sql: Sql,
    private readonly table: StateTable,
    private readonly empty: () => T,
  ) {}

  async get(workshopId: string): Promise<T> {
    const { rows } = await this.sql.query<{ state: T }>(
      `SELECT state FROM ${this.table} WHERE workshop_id = $1`,
      [workshopId],
    );
    return rows[0]?.state ?? this.empty();
  }

  /** Writes the state; on `sql` when given (a transaction under way). */
  async save(workshopId: string, state: T, sql: Sql = this.sql): Promise<void> {
    await sql.query(
      `INSERT INTO ${this.table} (workshop_id, state) VALUES ($1, $2)
       ON CONFLICT (workshop_id) DO UPDATE SET state = excluded.state`,
      [workshopId, JSON.stringify(state)],
    );
  }
}
