import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { docStoreContract } from './docStoreContract';
import { openPostgres } from './postgres';
import { PostgresDocStore } from './postgresDocStore';

/**
 * The doc store contract on PostgreSQL (issue 18), where a database answers: `TEST_DATABASE_URL`,
 * or the development and CI machines' `postgres://postgres@127.0.0.1:5432/test`. Each run works
 * in a schema of its own, dropped at the end. Where none answers, the run says it was skipped.
 */
const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function answers(): Promise<boolean> {
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

const available = await answers();

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}

if (!available) {
  console.warn(`PostgreSQL does not answer at ${url}: the postgres doc store tests are skipped.`);
  describe.skip(`DocStore contract: postgres (skipped: no PostgreSQL at ${url})`, () => {
    it('needs PostgreSQL', () => undefined);
  });
} else {
  docStoreContract('postgres', async () => {
    const schema = `ds_test_${randomBytes(6).toString('hex')}`;
    let store = new PostgresDocStore(await openPostgres({ url, schema, maxConnections: 4 }));
    return {
      store,
      async reopen() {
        await store.close();
        store = new PostgresDocStore(await openPostgres({ url, schema, maxConnections: 4 }));
        return store;
      },
      async dispose() {
        await store.close().catch(() => undefined);
        await dropSchema(schema);
      },
    };
  });

  describe('PostgreSQL migrations', () => {
    it('run once, and a second start (another instance) finds the schema up to date', async () => {
      const schema = `ds_test_${randomBytes(6).toString('hex')}`;
      try {
        const [a, b] = await Promise.all([
          openPostgres({ url, schema }).catch((err: unknown) => err),
          openPostgres({ url, schema }).catch((err: unknown) => err),
        ]);
        // Two instances starting at once: the advisory lock lets one migrate; the other may be
        // refused ("Another migration is already running") but never half-migrates.
        const pools = [a, b].filter((x): x is pg.Pool => x instanceof pg.Pool);
        expect(pools.length).toBeGreaterThan(0);
        for (const pool of pools) await pool.end();
        const again = await openPostgres({ url, schema });
        const ran = await again.query<{ name: string }>('SELECT name FROM pgmigrations');
        expect(ran.rows.map((r) => r.name)).toEqual(['1764460800000_doc-store']);
        await again.end();
      } finally {
        await dropSchema(schema);
      }
    });
  });
}
