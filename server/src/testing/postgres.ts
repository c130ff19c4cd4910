import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgres } from '../persistence/postgres';

/**
 * PostgreSQL for tests (issue 18): `TEST_DATABASE_URL`, or the development and CI machines'
 * `postgres://postgres@127.0.0.1:5432/test`. Each test works in a schema of its own, dropped at
 * the end. Where no database answers, the suites say they were skipped.
 */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether PostgreSQL answers at `TEST_DATABASE_URL` (within two seconds). */
export async function postgresAnswers(url = TEST_DATABASE_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A new schema name of the form `<prefix>_<random>`. */
export const freshSchemaName = (prefix = 'test') => `${prefix}_${randomBytes(6).toString('hex')}`;

export async function dropSchema(schema: string, url = TEST_DATABASE_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** A migrated schema of its own and a pool on it; `dispose` ends the pool and drops it. */
export async function freshPostgres(prefix = 'test', maxConnections = 4) {
  const schema = freshSchemaName(prefix);
  const pool = await openPostgres({ url: TEST_DATABASE_URL, schema, maxConnections });
  return {
    schema,
    pool,
    /** The URL with the schema on the search path, for a server process (`DATABASE_URL`). */
    async dispose() {
      await pool.end().catch(() => undefined);
      await dropSchema(schema);
    },
  };
}
