import { describe, expect, it } from 'vitest';
import { freshPostgres, postgresAnswers, TEST_DATABASE_URL } from '../testing/postgres';
import { openDatabase } from './database';
import { AdvisoryMutex, sqliteStorage, type Mutex } from './storage';

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

const available = await postgresAnswers();
if (!available) {
  console.warn(`PostgreSQL does not answer at ${TEST_DATABASE_URL}: the [M1] test is skipped.`);
  describe.skip(`[M1] advisory mutex (skipped: no PostgreSQL at ${TEST_DATABASE_URL})`, () => {
    it('needs PostgreSQL', () => undefined);
  });
} else {
  describe('Storage on PostgreSQL', () => {
    it('[M1] serialises tasks per key across two instances (two pools, advisory locks)', async () => {
      const a = await freshPostgres('mutex');
      try {
        // A second "instance": its own pool on the same database.
        const { default: pg } = await import('pg');
        const other = new pg.Pool({
          connectionString: TEST_DATABASE_URL,
          max: 4,
          options: `-c search_path=${a.schema}`,
        });
        try {
          const mutexes = [new AdvisoryMutex(a.pool, 'test'), new AdvisoryMutex(other, 'test')];
          expect(await overlaps(mutexes, ['w1', 'w2', 'w3'], 12)).toBe(0);
          // Other namespaces do not wait on this one's keys.
          const free = new AdvisoryMutex(other, 'elsewhere');
          let ran = false;
          await mutexes[0]!.run('w1', () => free.run('w1', async () => void (ran = true)));
          expect(ran).toBe(true);
        } finally {
          await other.end();
        }
      } finally {
        await a.dispose();
      }
    });
  });
}
