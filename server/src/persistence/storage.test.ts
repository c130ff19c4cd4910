import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { postgresBackend } from '../composeApp';
import { freshPostgres, postgresAnswers, TEST_DATABASE_URL } from '../testing/postgres';
import { openPostgres } from './postgres';

/** The mutexes of the PostgreSQL storage ([M1]): across instances, and never starving queries. */
const url = TEST_DATABASE_URL;
const available = await postgresAnswers();
const log = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

if (!available) {
  console.warn(`PostgreSQL does not answer at ${url}: the PostgreSQL mutex tests are skipped.`);
  describe.skip(`the PostgreSQL storage's mutexes (skipped: no PostgreSQL at ${url})`, () => {
    it('needs PostgreSQL', () => undefined);
  });
} else {
  describe('the PostgreSQL storage’s mutexes', () => {
    it('[M1] run one task per key at a time across two instances; other keys run meanwhile', async () => {
      const db = await freshPostgres('mutex', 4);
      const a = postgresBackend(db.pool, log);
      const b = postgresBackend(await openPostgres({ url, schema: db.schema }), log);
      try {
        const running = new Map<string, number>();
        let most = 0;
        let overlappedKeys = false;
        const task = (key: string) => async () => {
          running.set(key, (running.get(key) ?? 0) + 1);
          most = Math.max(most, running.get(key)!);
          overlappedKeys ||= [...running.entries()].some(([k, n]) => k !== key && n > 0);
          await sleep(5);
          running.set(key, running.get(key)! - 1);
        };
        const [ma, mb] = [a.storage.mutex('test'), b.storage.mutex('test')];
        await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            (i % 2 ? ma : mb).run(i % 3 ? 'w1' : 'w2', task(i % 3 ? 'w1' : 'w2')),
          ),
        );
        expect(most).toBe(1);
        expect(overlappedKeys).toBe(true);
      } finally {
        await b.close();
        await a.close();
        await db.dispose();
      }
    });

    it('[M1] more keys at once than the pool has connections: every task’s queries still run', async () => {
      const db = await freshPostgres('mutex', 2);
      const backend = postgresBackend(db.pool, log);
      try {
        const mutex = backend.storage.mutex('test');
        const sql = backend.storage.kind === 'postgres' ? backend.storage.sql : null;
        const done = Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            mutex.run(`w${i}`, async () => {
              await sleep(5);
              return (await sql!.query<{ n: number }>('SELECT $1::integer AS n', [i])).rows[0]!.n;
            }),
          ),
        );
        const timeout = sleep(5000).then(() => 'stuck');
        expect(await Promise.race([done, timeout])).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      } finally {
        await backend.close();
        await db.dispose();
      }
    });
  });
}
