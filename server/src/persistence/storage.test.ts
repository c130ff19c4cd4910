import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { postgresBackend } from '../composeApp';
import { freshPostgres, postgresAnswers, TEST_DATABASE_URL } from '../testing/postgres';
import { openDatabase } from './database';
import { openPostgres } from './postgres';
import { sqliteStorage, type Mutex } from './storage';

/** The mutexes of the PostgreSQL storage ([M1]): across instances, and never starving queries. */
const url = TEST_DATABASE_URL;
const available = await postgresAnswers();
const log = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `n` tasks per key through the mutexes in turn and records the overlaps it saw. */
async function overlaps(mutexes: Mutex[], keys: string[], n: number): Promise<number> {
  const inside = new Map<string, number>();
  let seen = 0;
  const tasks: Promise<void>[] = [];
  for (let i = 0; i < n; i++)
    for (const key of keys)
      tasks.push(
        mutexes[i % mutexes.length]!.run(key, async () => {
          const now = (inside.get(key) ?? 0) + 1;
          inside.set(key, now);
          if (now > 1) seen++;
          // Let the other "instance" try while this one holds the key.
          await new Promise((r) => setImmediate(r));
          inside.set(key, (inside.get(key) ?? 1) - 1);
        }),
      );
  await Promise.all(tasks);
  return seen;
}

describe('Storage on SQLite', () => {
  it('rolls a transaction back when its work throws, and keeps it when it resolves', async () => {
    const db = openDatabase(':memory:', { synchronous: 'normal' });
    db.exec('CREATE TABLE t (v TEXT)');
    const storage = sqliteStorage(db);
    await expect(
      storage.transaction(async (tx) => {
        if (tx.kind !== 'sqlite') throw new Error('not sqlite');
        tx.db.prepare('INSERT INTO t VALUES (?)').run('lost');
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await storage.transaction(async (tx) => {
      if (tx.kind === 'sqlite') tx.db.prepare('INSERT INTO t VALUES (?)').run('kept');
    });
    expect(db.prepare('SELECT v FROM t').all()).toEqual([{ v: 'kept' }]);
  });

  it('[M1] serialises tasks per key in the process', async () => {
    const db = openDatabase(':memory:', { synchronous: 'normal' });
    expect(await overlaps([sqliteStorage(db).mutex('x')], ['a', 'b'], 20)).toBe(0);
  });
});

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
