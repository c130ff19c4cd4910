import { planstrategiTemplate } from '@samskap/shared/templates';
import { workshopSetupSchema } from '@samskap/shared/workshop';
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from '../persistence/database';
import { openPostgres } from '../persistence/postgres';
import {
  postgresStorage,
  repositories,
  sqliteStorage,
  type Storage,
  type StorageHandle,
} from '../persistence/storage';
import { PostgresWorkshopRepository } from '../workshops/postgresRepository';
import type { WorkshopRepository } from '../workshops/repository';
import { initialRunState } from '../workshops/runState';
import { SqliteWorkshopRepository } from '../workshops/sqliteRepository';
import { freshPostgres, postgresAnswers, TEST_DATABASE_URL } from './postgres';

/**
 * Runs a repository's contract on every engine (issue 18): SQLite (in memory, as `STORAGE=memory`
 * keeps it) and PostgreSQL (a migrated schema of its own per suite), so that both keep the same
 * behaviour. Where PostgreSQL does not answer, its suite is skipped and says so.
 */
export interface Engine {
  readonly name: 'sqlite' | 'postgres';
  readonly storage: Storage;
  /**
   * Another instance on the same database: on PostgreSQL a pool of its own (another process's
   * connections); on SQLite, where the instance is the process, the same storage.
   */
  readonly peer: Storage;
  /** A new workshop (its rows reference one), with its id. */
  workshop(): Promise<string>;
  /** How many rows `table` holds for the workshop, read raw. */
  rows(table: string, workshopId: string): Promise<number>;
  /** Makes every `op` on `table` fail until the returned function is called (a trigger). */
  failOn(table: string, op: 'INSERT' | 'UPDATE' | 'DELETE'): Promise<() => Promise<void>>;
}

const postgresUp = await postgresAnswers();
if (!postgresUp)
  console.warn(
    `PostgreSQL does not answer at ${TEST_DATABASE_URL}: the repository contracts run on SQLite only.`,
  );

/** `cases` once per engine, each with an engine opened for the suite. */
export function describeOnEngines(title: string, cases: (engine: () => Engine) => void): void {
  describe(`${title}: sqlite`, () => {
    let opened: Opened;
    beforeAll(() => {
      opened = openSqlite();
    });
    afterAll(() => opened.close());
    cases(() => opened.engine);
  });
  if (!postgresUp) {
    describe.skip(`${title}: postgres (skipped: no PostgreSQL at ${TEST_DATABASE_URL})`, () => {
      it('needs PostgreSQL', () => undefined);
    });
    return;
  }
  describe(`${title}: postgres`, () => {
    let opened: Opened;
    beforeAll(async () => {
      opened = await openPostgresEngine();
    });
    afterAll(() => opened.close());
    cases(() => opened.engine);
  });
}

/** The workshops repository on a handle: every other table references its rows. */
export function workshopsOn(handle: StorageHandle) {
  return repositories<WorkshopRepository>(handle, {
    sqlite: (db) => new SqliteWorkshopRepository(db),
    postgres: (sql) => new PostgresWorkshopRepository(sql),
  });
}

/** A workshop row as a repository test needs it: a new id, code and tokens. */
export function newWorkshopRecord(id = randomBytes(9).toString('base64url')) {
  const setup = workshopSetupSchema.parse(planstrategiTemplate('nb', 2028));
  const unique = randomBytes(9).toString('hex');
  return {
    id,
    joinCode: unique.slice(0, 6).toUpperCase(),
    facilitatorTokenHash: `f-${unique}`,
    projectorTokenHash: `p-${unique}`,
    setup,
    run: initialRunState(setup),
    createdAt: 1_700_000_000_000,
    endedAt: null,
  };
}

interface Opened {
  engine: Engine;
  close(): Promise<void>;
}

function common(storage: Storage) {
  const workshops = workshopsOn(storage).main;
  return {
    async workshop() {
      const record = newWorkshopRecord();
      if (!(await workshops.insertWorkshop(record))) throw new Error('join code taken');
      return record.id;
    },
  };
}

function openSqlite(): Opened {
  const db: SqliteDatabase = openDatabase(':memory:', { synchronous: 'normal' });
  const storage = sqliteStorage(db);
  const engine: Engine = {
    name: 'sqlite',
    storage,
    peer: storage,
    ...common(storage),
    async rows(table, workshopId) {
      return db
        .prepare<[string], { n: number }>(
          `SELECT count(*) AS n FROM ${table} WHERE workshop_id = ?`,
        )
        .get(workshopId)!.n;
    },
    async failOn(table, op) {
      const name = `refuse_${table}_${op.toLowerCase()}`;
      db.exec(
        `CREATE TRIGGER ${name} BEFORE ${op} ON ${table} BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
      );
      return async () => {
        db.exec(`DROP TRIGGER ${name}`);
      };
    },
  };
  return {
    engine,
    async close() {
      db.close();
    },
  };
}

async function openPostgresEngine(): Promise<Opened> {
  const fresh = await freshPostgres('contract');
  // The second instance: its own pool on the same schema (the migrations have run already).
  const peerPool: pg.Pool = await openPostgres({
    url: TEST_DATABASE_URL,
    schema: fresh.schema,
    maxConnections: 4,
  });
  // The contracts use no mutex: its lock pool is the pool itself.
  const storage = postgresStorage(fresh.pool, fresh.pool);
  const engine: Engine = {
    name: 'postgres',
    storage,
    peer: postgresStorage(peerPool, peerPool),
    ...common(storage),
    async rows(table, workshopId) {
      const { rows } = await fresh.pool.query<{ n: number }>(
        `SELECT count(*)::integer AS n FROM ${table} WHERE workshop_id = $1`,
        [workshopId],
      );
      return rows[0]!.n;
    },
    async failOn(table, op) {
      const name = `refuse_${table}_${op.toLowerCase()}`;
      await fresh.pool.query(
        `CREATE OR REPLACE FUNCTION refuse_for_test() RETURNS trigger LANGUAGE plpgsql
         AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`,
      );
      await fresh.pool.query(
        `CREATE TRIGGER ${name} BEFORE ${op} ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_for_test()`,
      );
      return async () => {
        await fresh.pool.query(`DROP TRIGGER ${name} ON ${table}`);
      };
    },
  };
  return {
    engine,
    async close() {
      await peerPool.end();
      await fresh.dispose();
    },
  };
}
