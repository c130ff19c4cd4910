import type { SqliteDatabase } from '../persistence/database';
import type { Sql } from '../persistence/sql';
import { repositories, type StorageHandle } from '../persistence/storage';

/**
 * One module's part of an imported workshop's archive: the aggregates from the export, shown
 * in place of ballots and answers the workshop never had here (ballots never leave a server,
 * so they cannot arrive at another).
 */
export interface ArchivedPart<T> {
  get(workshopId: string): Promise<T | null>;
  /** Writes the part inside the import's transaction `tx`. */
  put(workshopId: string, value: T, tx: StorageHandle): Promise<void>;
}

/** The archives of imported workshops: one JSON object per workshop. */
export interface ArchiveRepository {
  read(workshopId: string): Promise<Record<string, unknown> | null>;
  write(workshopId: string, data: Record<string, unknown>): Promise<void>;
}

export class SqliteArchiveRepository implements ArchiveRepository {
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

  async read(workshopId: string): Promise<Record<string, unknown> | null> {
    const row = this.s.get.get(workshopId);
    return row ? (JSON.parse(row.data) as Record<string, unknown>) : null;
  }

  async write(workshopId: string, data: Record<string, unknown>): Promise<void> {
    this.s.put.run(workshopId, JSON.stringify(data));
  }
}

export class PostgresArchiveRepository implements ArchiveRepository {
  constructor(private readonly sql: Sql) {}

  async read(workshopId: string): Promise<Record<string, unknown> | null> {
    const { rows } = await this.sql.query<{ data: Record<string, unknown> }>(
      'SELECT data FROM archives WHERE workshop_id = $1',
      [workshopId],
    );
    return rows[0]?.data ?? null;
  }

  async write(workshopId: string, data: Record<string, unknown>): Promise<void> {
    await this.sql.query(
      `INSERT INTO archives (workshop_id, data) VALUES ($1, $2)
       ON CONFLICT (workshop_id) DO UPDATE SET data = excluded.data`,
      [workshopId, JSON.stringify(data)],
    );
  }
}

/**
 * The archives of imported workshops, a property per part (`rounds` for planbehov, `consent`
 * for consent: the names the table had before modules).
 */
export class ArchiveStore {
  private readonly repos;

  constructor(storage: StorageHandle) {
    this.repos = repositories<ArchiveRepository>(storage, {
      sqlite: (db) => new SqliteArchiveRepository(db),
      postgres: (sql) => new PostgresArchiveRepository(sql),
    });
  }

  part<T>(name: string): ArchivedPart<T> {
    return {
      get: async (workshopId) => {
        const value = (await this.repos.main.read(workshopId))?.[name];
        return value === undefined ? null : (value as T);
      },
      put: async (workshopId, value, tx) => {
        const repo = this.repos.in(tx);
        await repo.write(workshopId, { ...(await repo.read(workshopId)), [name]: value });
      },
    };
  }
}
