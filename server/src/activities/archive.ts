import type { SqliteDatabase } from '../persistence/database';

/**
 * One module's part of an imported workshop's archive: the aggregates from the export, shown
 * in place of ballots and answers the workshop never had here (ballots never leave a server,
 * so they cannot arrive at another).
 */
export interface ArchivedPart<T> {
  get(workshopId: string): Promise<T | null>;
  /** Synchronous on SQLite, so it can run inside the import's transaction. */
  put(workshopId: string, value: T): void;
}

/**
 * The archives of imported workshops: one JSON object per workshop, a property per part
 * (`rounds` for planbehov, `consent` for consent: the names the table had before modules).
 */
export class SqliteArchiveStore {
  private readonly s;

  constructor(db: SqliteDatabase) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS archives (
        workshop_id TEXT PRIMARY KEY REFERENCES workshops (id),
        data TEXT NOT NULL
      );
    `);
    this.s = {
      get: db.prepare<[string], { data: string }>(
        'SELECT data FROM archives WHERE workshop_id = ?',
      ),
      put: db.prepare(
        `INSERT INTO archives (workshop_id, data) VALUES (?, ?)
         ON CONFLICT (workshop_id) DO UPDATE SET data = excluded.data`,
      ),
    };
  }

  private read(workshopId: string): Record<string, unknown> | null {
    const row = this.s.get.get(workshopId);
    return row ? (JSON.parse(row.data) as Record<string, unknown>) : null;
  }

  part<T>(name: string): ArchivedPart<T> {
    return {
      get: async (workshopId) => {
        const value = this.read(workshopId)?.[name];
        return value === undefined ? null : (value as T);
      },
      put: (workshopId, value) => {
        const data = { ...this.read(workshopId), [name]: value };
        this.s.put.run(workshopId, JSON.stringify(data));
      },
    };
  }
}
