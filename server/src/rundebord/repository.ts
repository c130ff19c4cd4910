import type { SqliteDatabase } from '../persistence/database';
import { emptyRundebordState, type RundebordState } from './state';

/** The round table of each workshop, kept whole: it is small and changes at human speed. */
export interface RundebordRepository {
  get(workshopId: string): Promise<RundebordState>;
  save(workshopId: string, state: RundebordState): Promise<void>;
}

export class SqliteRundebordRepository implements RundebordRepository {
  private readonly s;

  constructor(db: SqliteDatabase) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS rundebord_state (
        workshop_id TEXT PRIMARY KEY REFERENCES workshops (id),
        state TEXT NOT NULL
      );
    `);
    this.s = {
      get: db.prepare<[string], { state: string }>(
        'SELECT state FROM rundebord_state WHERE workshop_id = ?',
      ),
      save: db.prepare(
        'INSERT INTO rundebord_state (workshop_id, state) VALUES (?, ?) ON CONFLICT (workshop_id) DO UPDATE SET state = excluded.state',
      ),
    };
  }

  async get(workshopId: string): Promise<RundebordState> {
    const row = this.s.get.get(workshopId);
    return row ? (JSON.parse(row.state) as RundebordState) : emptyRundebordState();
  }

  async save(workshopId: string, state: RundebordState): Promise<void> {
    this.s.save.run(workshopId, JSON.stringify(state));
  }
}
