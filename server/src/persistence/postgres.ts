import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';
import pg from 'pg';

/** The migrations every PostgreSQL database of Samskap runs to, in order (`server/migrations`). */
export const POSTGRES_MIGRATIONS = fileURLToPath(
  new URL('../../migrations/postgres', import.meta.url),
);

export interface PostgresOptions {
  /** `postgres://…`: the database (`DATABASE_URL`). */
  readonly url: string;
  /** The schema to keep the tables in; `public` unless given (tests take one of their own). */
  readonly schema?: string;
  readonly maxConnections?: number;
}

/**
 * Opens a pool on the database and brings its schema up to date first, with node-pg-migrate:
 * plain SQL files, each applied once and recorded, under an advisory lock so that instances
 * starting together do not run them twice.
 */
export async function openPostgres(options: PostgresOptions): Promise<pg.Pool> {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Not a schema name: ${schema}`);
  for (let attempt = 1; ; attempt++) {
    try {
      await migrate(options.url, schema);
      break;
    } catch (err) {
      // Another instance starting at the same moment holds the migration lock: once it is done
      // the schema is up to date, so wait and look again rather than fail the start.
      const busy = err instanceof Error && /Another migration is already running/.test(err.message);
      if (!busy || attempt >= 20) throw err;
      await new Promise((r) => setTimeout(r, Math.min(100 * 2 ** attempt, 2000)));
    }
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    // Every connection works in the schema the migrations ran in.
    options: `-c search_path=${schema}`,
  });
  return pool;
}

async function migrate(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await runner({
      dbClient: client,
      dir: POSTGRES_MIGRATIONS,
      direction: 'up',
      migrationsTable: 'pgmigrations',
      schema,
      createSchema: true,
      checkOrder: true,
      singleTransaction: true,
      log: () => {},
    });
  } finally {
    await client.end();
  }
}
