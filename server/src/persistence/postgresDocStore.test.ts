import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { docStoreContract } from './docStoreContract';
import { openPostgres, schemaInUrl } from './postgres';
import { PostgresDocStore } from './postgresDocStore';
import { poolSql } from './sql';
import { dropSchema, postgresAnswers, TEST_DATABASE_URL } from '../testing/postgres';

/** The doc store contract on PostgreSQL (issue 18), where a database answers. */
const url = TEST_DATABASE_URL;
const available = await postgresAnswers();

if (!available) {
  console.warn(`PostgreSQL does not answer at ${url}: the postgres doc store tests are skipped.`);
  describe.skip(`DocStore contract: postgres (skipped: no PostgreSQL at ${url})`, () => {
    it('needs PostgreSQL', () => undefined);
  });
} else {
  docStoreContract('postgres', async () => {
    const schema = `ds_test_${randomBytes(6).toString('hex')}`;
    let pool = await openPostgres({ url, schema, maxConnections: 4 });
    let store = new PostgresDocStore(poolSql(pool));
    return {
      store,
      async reopen() {
        await pool.end();
        pool = await openPostgres({ url, schema, maxConnections: 4 });
        store = new PostgresDocStore(poolSql(pool));
        return store;
      },
      async dispose() {
        await pool.end().catch(() => undefined);
        await dropSchema(schema);
      },
    };
  });

  describe('PostgreSQL migrations', () => {
    it('run once; a second instance starting at the same time waits and finds them done', async () => {
      const schema = `ds_test_${randomBytes(6).toString('hex')}`;
      try {
        // Two instances starting at once: the advisory lock lets one migrate; the other waits
        // for it (it is refused, and looks again) and starts on the schema up to date.
        const pools = await Promise.all([
          openPostgres({ url, schema }),
          openPostgres({ url, schema }),
        ]);
        for (const pool of pools) await pool.end();
        const again = await openPostgres({ url, schema });
        const ran = await again.query<{ name: string }>('SELECT name FROM pgmigrations');
        expect(ran.rows.map((r) => r.name)).toEqual([
          '1764460800000_doc-store',
          '1764547200000_state',
        ]);
        await again.end();
      } finally {
        await dropSchema(schema);
      }
    });

    it('run in the schema a DATABASE_URL puts on its search path, where the pool then works', async () => {
      const schema = `ds_test_${randomBytes(6).toString('hex')}`;
      const inUrl = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      expect(schemaInUrl(inUrl)).toBe(schema);
      expect(schemaInUrl(url)).toBeNull();
      try {
        const pool = await openPostgres({ url: inUrl });
        const where = await pool.query<{ schema: string; tables: number }>(
          `SELECT current_schema() AS schema,
             (SELECT count(*)::integer FROM information_schema.tables
              WHERE table_schema = $1 AND table_name = 'workshops') AS tables`,
          [schema],
        );
        expect(where.rows[0]).toEqual({ schema, tables: 1 });
        await pool.end();
        await expect(openPostgres({ url: inUrl, schema: 'other' })).rejects.toThrow(/search_path/);
      } finally {
        await dropSchema(schema);
      }
    });
  });
}
