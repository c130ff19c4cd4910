import type { ConsentCheck } from '@samskap/shared/consent';
import type { RoundResults } from '@samskap/shared/planbehov';
import type { SqliteDatabase } from '../persistence/database';

/**
 * What an imported workshop shows in place of ballots and answers it never had: the
 * aggregates from the export. Ballots never leave a server, so they cannot arrive at another.
 */
export interface Archive {
  rounds: RoundResults[];
  consent: ConsentCheck[];
}

export interface ArchiveStore {
  get(workshopId: string): Promise<Archive | null>;
  put(workshopId: string, archive: Archive): Promise<void>;
}

export class SqliteArchiveStore implements ArchiveStore {
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
      put: db.prepare('INSERT INTO archives (workshop_id, data) VALUES (?, ?)'),
    };
  }

  async get(workshopId: string): Promise<Archive | null> {
    const row = this.s.get.get(workshopId);
    return row ? (JSON.parse(row.data) as Archive) : null;
  }

  async put(workshopId: string, archive: Archive): Promise<void> {
    this.s.put.run(workshopId, JSON.stringify(archive));
  }
}
