import type { SqliteDatabase } from '../persistence/database';
import { emptyArgumentsState, type ArgumentsState } from './state';

/** The argument map of each workshop, kept whole: it is small and changes at human speed. */
export interface ArgumentsRepository {
  get(workshopId: string): Promise<ArgumentsState>;
  save(workshopId: string, state: ArgumentsState): Promise<void>;
}

export class SqliteArgumentsRepository implements ArgumentsRepository {
  private readonly s;

  constructor(db: SqliteDatabase) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS arguments_state (
        workshop_id TEXT PRIMARY KEY REFERENCES workshops (id),
        state TEXT NOT NULL
      );
    `);
    this.s = {
      get: db.prepare<[string], { state: string }>(
        'SELECT state FROM arguments_state WHERE workshop_id = ?',
      ),
      save: db.prepare(
        'INSERT INTO arguments_state (workshop_id, state) VALUES (?, ?) ON CONFLICT (workshop_id) DO UPDATE SET state = excluded.state',
      ),
    };
  }

  async get(workshopId: string): Promise<ArgumentsState> {
    const row = this.s.get.get(workshopId);
    return row ? (JSON.parse(row.state) as ArgumentsState) : emptyArgumentsState();
  }

  async save(workshopId: string, state: ArgumentsState): Promise<void> {
    this.s.save.run(workshopId, JSON.stringify(state));
  }
}
