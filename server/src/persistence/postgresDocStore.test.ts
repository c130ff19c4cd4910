import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { squashStored } from '../sync/roomStorage';
import { selfReferencingUpdate } from '../testing/forgedUpdates';
import { storedParts } from '../sync/updates';
import { docStoreContract } from './docStoreContract';
import { openPostgres, schemaInUrl } from './postgres';
import { PostgresDocStore } from './postgresDocStore';
import { poolSql } from './sql';
import type { DocStore } from './docStore';
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

  /** A client's edits: each call appends `text` to its own part and returns the update. */
  function writer(part: string) {
    const doc = new Y.Doc();
    return (text: string): Uint8Array => {
      let update: Uint8Array | null = null;
      const take = (u: Uint8Array) => {
        update = u;
      };
      doc.on('update', take);
      doc.getText(part).insert(doc.getText(part).length, text);
      doc.off('update', take);
      return update!;
    };
  }

  async function textsOf(store: DocStore, name: string, parts: string[]): Promise<string[]> {
    const loaded = await store.load(name);
    const doc = new Y.Doc();
    Y.applyUpdate(
      doc,
      Y.mergeUpdates(storedParts({ snapshot: loaded.snapshot, rows: loaded.updates })),
    );
    return parts.map((p) => doc.getText(p).toString());
  }

  describe('[F6] compaction from what is stored, across instances', () => {
    async function twoPools() {
      const schema = `ds_test_${randomBytes(6).toString('hex')}`;
      const a = await openPostgres({ url, schema, maxConnections: 4 });
      const b = await openPostgres({ url, schema, maxConnections: 4 });
      return {
        a: new PostgresDocStore(poolSql(a)),
        b: new PostgresDocStore(poolSql(b)),
        poolB: b,
        async dispose() {
          await a.end();
          await b.end();
          await dropSchema(schema);
        },
      };
    }

    it('[F6] a row committed while a compaction works stays, though its number is lower', async () => {
      const t = await twoPools();
      try {
        const writeA = writer('a');
        const writeB = writer('b');
        await t.a.append('d', writeA('one '), { participantId: null, at: 1 });
        // Instance B's append is in flight: its row has a number, and is not committed yet.
        const client = await t.poolB.connect();
        await client.query('BEGIN');
        await client.query(
          'INSERT INTO doc_updates (doc, update_data, participant_id, created_at) VALUES ($1, $2, null, 2)',
          ['d', Buffer.from(writeB('late'))],
        );
        await t.a.append('d', writeA('two'), { participantId: null, at: 3 });
        // It commits after the compaction read the log, before the compaction deletes.
        const done = await t.a.compactStored('d', async (stored) => {
          await client.query('COMMIT');
          return squashStored(stored);
        });
        client.release();
        expect(done?.rows).toBe(2);
        expect(await textsOf(t.a, 'd', ['a', 'b'])).toEqual(['one two', 'late']);
        // The next compaction takes it in.
        expect((await t.b.compactStored('d', squashStored))?.rows).toBe(1);
        expect((await t.a.load('d')).updates).toHaveLength(0);
        expect(await textsOf(t.b, 'd', ['a', 'b'])).toEqual(['one two', 'late']);
      } finally {
        await t.dispose();
      }
    });

    it('[F6] two instances compacting one document at once, appending in between from two pools, lose nothing', async () => {
      const t = await twoPools();
      try {
        const writeA = writer('a');
        const writeB = writer('b');
        const expectedA: string[] = [];
        const expectedB: string[] = [];
        const compactions: Array<Promise<unknown>> = [];
        for (let i = 0; i < 30; i++) {
          // Each instance's own appends are in order (a room's queue); the two run side by side.
          const wordA = `a${i} `;
          const wordB = `b${i} `;
          expectedA.push(wordA);
          expectedB.push(wordB);
          const appends = Promise.all([
            t.a.append('d', writeA(wordA), { participantId: 'pa', at: i }),
            t.b.append('d', writeB(wordB), { participantId: 'pb', at: i }),
          ]);
          if (i % 3 === 0) {
            compactions.push(t.a.compactStored('d', squashStored));
            compactions.push(t.b.compactStored('d', squashStored));
          }
          await appends;
        }
        await Promise.all(compactions);
        expect(await textsOf(t.a, 'd', ['a', 'b'])).toEqual([
          expectedA.join(''),
          expectedB.join(''),
        ]);
        await Promise.all([
          t.a.compactStored('d', squashStored),
          t.b.compactStored('d', squashStored),
        ]);
        const loaded = await t.b.load('d');
        expect(loaded.updates).toHaveLength(0);
        expect(await textsOf(t.b, 'd', ['a', 'b'])).toEqual([
          expectedA.join(''),
          expectedB.join(''),
        ]);
      } finally {
        await t.dispose();
      }
    });

    it('[F6] a stored row that cannot be applied goes to quarantine with the compaction', async () => {
      const t = await twoPools();
      try {
        const writeA = writer('a');
        await t.a.append('d', writeA('kept'), { participantId: null, at: 1 });
        const bad = await t.a.append('d', selfReferencingUpdate(), {
          participantId: 'p9',
          at: 2,
        });
        const done = await t.a.compactStored('d', squashStored);
        expect(done?.rows).toBe(2);
        expect((await t.a.listQuarantined('d')).map((r) => r.seq)).toEqual([bad]);
        expect(await textsOf(t.a, 'd', ['a'])).toEqual(['kept']);
      } finally {
        await t.dispose();
      }
    });
  });
}
