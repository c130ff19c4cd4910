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
  /**
   * The schema to keep the tables in (tests take one of their own); else the one the URL puts
   * first on the search path (`?options=-c%20search_path%3Dsamskap`), else `public`.
   */
  readonly schema?: string;
  readonly maxConnections?: number;
}

/**
 * The schema a URL's `options` put first on the search path, if any. pg lets the URL's options
 * win over the pool's, so the migrations must run in that schema too.
 */
export function schemaInUrl(url: string): string | null {
  const options = new URL(url).searchParams.get('options') ?? '';
  const path = /(?:^|\s)(?:-c\s*|--)search_path=(\S+)/.exec(options)?.[1];
  return path?.split(',')[0]?.replace(/^"|"$/g, '') ?? null;
}

/**
 * Opens a pool on the database and brings its schema up to date first, with node-pg-migrate:
 * plain SQL files, each applied once and recorded, under an advisory lock so that instances
 * starting together do not run them twice.
 */
export async function openPostgres(options: PostgresOptions): Promise<pg.Pool> {
  const inUrl = schemaInUrl(options.url);
  const schema = options.schema ?? inUrl ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Not a schema name: ${schema}`);
  if (inUrl !== null && inUrl !== schema)
    throw new Error(`The URL's search_path (${inUrl}) is not the schema asked for (${schema})`);
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
