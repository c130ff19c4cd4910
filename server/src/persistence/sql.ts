import type pg from 'pg';

/**
 * What a PostgreSQL repository talks to: a query, and a transaction. The same repository works
 * on the pool (each call on its own connection, `transaction` takes one) and inside a
 * transaction already begun (`transaction` then runs on that connection), so an import can hand
 * every module one transaction.
 */
export interface Sql {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    params?: readonly unknown[],
  ): Promise<pg.QueryResult<R>>;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws.
   * Inside a transaction already begun it runs in that one.
   */
  transaction<T>(work: (sql: Sql) => Promise<T>, isolation?: Isolation): Promise<T>;
}

export type Isolation = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/** The pool: a query on any free connection; a transaction on one connection held throughout. */
export function poolSql(pool: pg.Pool): Sql {
  return {
    query: (text, params) => pool.query(text, params as unknown[] | undefined),
    async transaction(work, isolation = 'READ COMMITTED') {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query(`BEGIN ISOLATION LEVEL ${isolation}`);
        const result = await work(clientSql(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw err;
      } finally {
        // A connection that could not even roll back is not given to anyone else.
        client.release(broken);
      }
    },
  };
}

/** One connection inside a transaction already begun. */
export function clientSql(client: pg.PoolClient | pg.Client): Sql {
  const sql: Sql = {
    query: (text, params) => client.query(text, params as unknown[] | undefined),
    transaction: (work) => work(sql),
  };
  return sql;
}

/**
 * Takes a transaction-scoped advisory lock on `key` in a transaction already begun (`sql` is the
 * one `transaction` hands its work): other transactions that ask for the same key, on any
 * instance, wait until this one commits or rolls back. A repository takes one before a check
 * and the write it allows ([M4]).
 *
 * Why a lock and not SERIALIZABLE: the check reads rows that may not exist yet (a voter's first
 * ballot), so a row lock (`FOR UPDATE`) has nothing to hold, and SERIALIZABLE would abort one
 * of two concurrent writers with a serialization failure to be retried (and, on predicate locks
 * grown to pages, writers for other voters too). The lock makes the second writer wait and then
 * see the first's row; it never fails, and it is released with the transaction, on a crash too.
 * Keys are hashed to 64 bits, and named apart from the mutexes' keys (`namespace:key`, [M1]).
 */
export async function lockForTransaction(sql: Sql, key: string): Promise<void> {
  await sql.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
}
