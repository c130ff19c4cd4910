import type pg from 'pg';
import { KeyedMutex } from '../workshops/keyedMutex';
import type { SqliteDatabase } from './database';
import { poolSql, type Sql } from './sql';

/**
 * Where a repository keeps its rows: the embedded SQLite database, or PostgreSQL for several
 * instances (issue 18). A module builds its repository for either with `repositoryFor`.
 */
export type StorageHandle =
  | { readonly kind: 'sqlite'; readonly db: SqliteDatabase }
  | { readonly kind: 'postgres'; readonly sql: Sql };

/** One way of serialising tasks per key: in this process, or across every instance. */
export interface Mutex {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

export type Storage = StorageHandle & {
  /**
   * Runs `work` in one transaction of the database, with a handle to build repositories on:
   * everything written through it is kept together or not at all.
   *
   * On SQLite the transaction is the connection's own (BEGIN IMMEDIATE … COMMIT): `work` must
   * only wait on the SQLite repositories (which do their work before their promises resolve),
   * never on the network or a timer, so nothing else runs on the connection meanwhile.
   */
  transaction<T>(work: (tx: StorageHandle) => Promise<T>): Promise<T>;
  /**
   * [M1] A mutex per key in the given namespace (`planbehov`, `workshops`): in this process on
   * SQLite; on PostgreSQL also across instances, with an advisory lock per key.
   */
  mutex(namespace: string): Mutex;
};

/** Builds a repository for the handle's engine. */
export function repositoryFor<R>(
  handle: StorageHandle,
  make: { sqlite(db: SqliteDatabase): R; postgres(sql: Sql): R },
): R {
  return handle.kind === 'sqlite' ? make.sqlite(handle.db) : make.postgres(handle.sql);
}

/**
 * A module's repository on the storage, and the same repository inside a transaction. On SQLite
 * the transaction's handle is the storage itself, so the repository built once serves both.
 */
export function repositories<R>(
  storage: StorageHandle,
  make: { sqlite(db: SqliteDatabase): R; postgres(sql: Sql): R },
): { readonly main: R; in(tx: StorageHandle): R } {
  const main = repositoryFor(storage, make);
  return {
    main,
    in: (tx) =>
      tx.kind === 'sqlite' && storage.kind === 'sqlite' && tx.db === storage.db
        ? main
        : repositoryFor(tx, make),
  };
}

export function sqliteStorage(db: SqliteDatabase): Storage {
  const handle = { kind: 'sqlite', db } as const;
  return {
    ...handle,
    async transaction(work) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(handle);
        db.exec('COMMIT');
        return result;
      } catch (err) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw err;
      }
    },
    mutex: () => new KeyedMutex(),
  };
}

/**
 * The repositories' queries and transactions on `pool`; the mutexes' locks on `locks`, a pool of
 * their own ([M1]). A task holds its key's connection while its queries take others: on one
 * pool, as many keys at once as it has connections would hold them all and wait for ever for one
 * more. Apart, a task waits for a lock connection holding nothing, and a holder's queries find
 * theirs. So a task under the mutex may run queries and transactions, and a transaction never
 * waits on a mutex.
 */
export function postgresStorage(pool: pg.Pool, locks: pg.Pool): Storage {
  const sql = poolSql(pool);
  const handle = { kind: 'postgres', sql } as const;
  return {
    ...handle,
    transaction: (work) => sql.transaction((tx) => work({ kind: 'postgres', sql: tx })),
    mutex: (namespace) => new AdvisoryMutex(locks, namespace),
  };
}

/**
 * [M1] Serialises tasks per key across every instance on one PostgreSQL: first in this process
 * (so a process holds at most one connection per key while it waits), then with a session
 * advisory lock on a connection held for the task (from the storage's lock pool, never the one
 * the task's queries use). A crashed instance's connection closes and its locks go with it.
 */
export class AdvisoryMutex implements Mutex {
  private readonly local = new KeyedMutex();

  constructor(
    private readonly pool: pg.Pool,
    private readonly namespace: string,
  ) {}

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.local.run(key, async () => {
      const client = await this.pool.connect();
      const lockKey = `${this.namespace}:${key}`;
      let broken = false;
      try {
        await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [lockKey]);
        try {
          return await task();
        } finally {
          await client
            .query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [lockKey])
            .catch(() => {
              broken = true;
            });
        }
      } finally {
        // A connection whose unlock failed may still hold the lock: it is closed, not reused.
        client.release(broken);
      }
    });
  }
}
