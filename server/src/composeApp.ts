import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import pg from 'pg';
import { CloseCode, SYNC_PATH_PREFIX, workshopOfContentRoom } from '@samskap/shared/protocol';
import { LIVE_PATH_PREFIX } from '@samskap/shared/workshop';
import { ArchiveStore } from './activities/archive';
import {
  buildActivities,
  liveSectionsOf,
  outcomePartsOf,
  storedWorkOf,
  transferPartsOf,
} from './activities/compose';
import type { Config } from './config';
import { localFanOut, type FanOut } from './fanout/openFanOut';
import { createApp } from './http/app';
import { CreationGuard, creationLimitsPerHour, type CreationLimits } from './http/creationGuard';
import type { Logger } from './log';
import type { OutcomeSources } from './outcome/collect';
import { outcomeRoutes } from './outcome/routes';
import { openDatabase, type SqliteDatabase } from './persistence/database';
import type { DocStore } from './persistence/docStore';
import { MemoryDocStore } from './persistence/memoryDocStore';
import { openPostgres } from './persistence/postgres';
import { PostgresDocStore } from './persistence/postgresDocStore';
import { poolSql } from './persistence/sql';
import { SqliteDocStore } from './persistence/sqliteDocStore';
import { postgresStorage, repositories, sqliteStorage, type Storage } from './persistence/storage';
import { startWalCheckpointer } from './persistence/walCheckpointer';
import { RoomRegistry } from './sync/roomRegistry';
import { createSyncServer, type SyncServer } from './sync/syncServer';
import { transferRoutes } from './transfer/routes';
import { defaultJoinCodeLimits, type JoinCodeLimits } from './workshops/joinGuard';
import { createLiveHub } from './workshops/liveHub';
import { workshopRoutes } from './workshops/routes';
import { PostgresWorkshopRepository } from './workshops/postgresRepository';
import type { WorkshopRepository } from './workshops/repository';
import { WorkshopService } from './workshops/service';
import { SqliteWorkshopRepository } from './workshops/sqliteRepository';
import { chooseProtocol } from './workshops/subprotocol';
import { workshopSyncAuth, WriteGate } from './workshops/syncAuth';

export const version = '0.1.0';

/**
 * [AM3] Only run-state changes (phase, lock, setup, seating, end) refresh write rights and walk
 * the sync sockets; a removal closes the participant's connections. Activity changes (a ballot,
 * an argument) leave the sync server alone.
 */
export function syncFollowsRunState(
  events: WorkshopService['events'],
  gate: Pick<WriteGate, 'tracks' | 'refresh'>,
  sync: Pick<SyncServer, 'resyncDroppedWrites' | 'closeWhere'>,
  log: Logger,
): void {
  events.on('runChanged', (workshopId) => {
    if (!gate.tracks(workshopId)) return;
    gate.refresh(workshopId).then(
      () => sync.resyncDroppedWrites(),
      (err: unknown) => log.error({ err, workshopId }, 'refreshing write access failed'),
    );
  });
  events.on('participantRemoved', (_workshopId, participantId) => {
    sync.closeWhere(
      (identity) => identity.participantId === participantId,
      CloseCode.forbidden,
      'removed by the facilitator',
    );
  });
}

/** Where the state is kept: the storage the repositories are built on, and the documents. */
export interface Backend {
  readonly storage: Storage;
  readonly store: DocStore;
  close(): Promise<void>;
}

/**
 * SQLite in the data directory (`STORAGE=sqlite`), or in memory (`STORAGE=memory`: an in-memory
 * SQLite for the repositories, the documents in a map).
 */
export function sqliteBackend(config: Config, log: Logger): Backend & { db: SqliteDatabase } {
  const dbFile = config.storage === 'sqlite' ? join(config.dataDir, 'samskap.sqlite') : ':memory:';
  const db: SqliteDatabase = openDatabase(dbFile, { synchronous: config.sqliteSynchronous });
  // WAL checkpoints sync the file: a worker thread does them, never an append on the main thread.
  const checkpointer =
    dbFile === ':memory:'
      ? null
      : startWalCheckpointer(db, dbFile, {
          onError: (err) => log.error({ err }, 'WAL checkpoints fall back to the main thread'),
        });
  const store: DocStore =
    config.storage === 'sqlite' ? new SqliteDocStore(db) : new MemoryDocStore();
  return {
    db,
    storage: sqliteStorage(db),
    store,
    async close() {
      await store.close();
      await checkpointer?.stop();
      db.close();
    },
  };
}

/**
 * The backend the configuration names. PostgreSQL (`STORAGE=postgres`) is opened, and its
 * schema brought up to date, before anything is served.
 */
export async function openBackend(config: Config, log: Logger): Promise<Backend> {
  if (config.storage !== 'postgres') return sqliteBackend(config, log);
  if (!config.databaseUrl) throw new Error('STORAGE=postgres without DATABASE_URL');
  const schema = config.databaseSchema ?? undefined;
  return postgresBackend(await openPostgres({ url: config.databaseUrl, schema }), log);
}

/**
 * Every repository and the documents on a PostgreSQL pool (migrated), and the mutexes' locks on
 * a second pool like it ([M1]); closing ends both.
 */
export function postgresBackend(pool: pg.Pool, log: Logger): Backend {
  const locks = new pg.Pool({ ...pool.options });
  for (const p of [pool, locks])
    p.on('error', (err) => log.error({ err }, 'an idle PostgreSQL connection failed'));
  const store = new PostgresDocStore(poolSql(pool));
  return {
    storage: postgresStorage(pool, locks),
    store,
    async close() {
      await store.close();
      await locks.end();
      await pool.end();
    },
  };
}

export interface ComposeOptions {
  config: Config;
  log: Logger;
  /** The storage, opened beforehand (`openBackend`); SQLite or memory by the config if not. */
  backend?: Backend;
  /**
   * What this instance shares with the others, opened beforehand (`openFanOut`); one instance
   * alone if not. Closed with the app, like the backend.
   */
  fanout?: FanOut;
  /** Tests set tighter budgets than the configuration can express. */
  creations?: CreationLimits;
  joinCodes?: JoinCodeLimits;
}

/** Whether the database answers (readiness): null when it does, else the reason. */
async function storageAnswers(storage: Storage): Promise<string | null> {
  try {
    if (storage.kind === 'sqlite') storage.db.prepare('SELECT 1').get();
    else await storage.sql.query('SELECT 1');
    return null;
  } catch (err) {
    return `the database does not answer: ${err instanceof Error ? err.message : String(err)}`;
  }
}

/**
 * Storage, services, activity modules, routes, the live hub and the sync server, wired once:
 * `server.ts` puts this on a port, tests call it in-process (`testing/inProcessApp.ts`).
 */
export function composeApp({
  config,
  log,
  creations: creationLimits,
  joinCodes,
  backend = sqliteBackend(config, log),
  fanout = localFanOut(config.instanceId),
}: ComposeOptions) {
  const { storage, store } = backend;
  const workshopRepos = repositories<WorkshopRepository>(storage, {
    sqlite: (db) => new SqliteWorkshopRepository(db),
    postgres: (sql) => new PostgresWorkshopRepository(sql),
  });
  const workshops = new WorkshopService(workshopRepos.main, storage.mutex('workshops'));
  const archive = new ArchiveStore(storage);
  const activities = buildActivities({
    storage,
    workshops,
    store,
    log,
    archived: (part) => archive.part(part),
  });
  workshops.useActivityWork(storedWorkOf(activities));
  // [F9] Who is connected: this instance's connections, or every instance's.
  const presence = fanout.presence;
  const gate = new WriteGate(workshops);

  const registry = new RoomRegistry({
    store,
    log,
    compactAfterUpdates: config.compactAfterUpdates,
    maxDocumentBytes: config.maxDocumentBytes,
    limits: config.limits,
    peers: fanout.peers,
  });
  const sync = createSyncServer({
    registry,
    authenticate: workshopSyncAuth(workshops, gate),
    limits: config.limits,
    log,
    pingIntervalMs: config.pingIntervalMs,
    handleProtocols: chooseProtocol,
    // [F12] On several instances the caps count every instance's connections.
    caps: fanout.connections({
      maxPerRoom: config.limits.maxConnectionsPerRoom,
      maxPerHolder: config.limits.maxConnectionsPerToken,
    }),
  });
  const live = createLiveHub({
    service: workshops,
    presence,
    log,
    pingIntervalMs: config.pingIntervalMs,
    sections: liveSectionsOf(activities),
  });
  syncFollowsRunState(workshops.events, gate, sync, log);
  // [F7] The events reach the other instances' listeners; [F8] what this one holds is reloaded
  // when news may have been lost.
  fanout.relay({
    workshops,
    held: () => [
      ...live.workshopIds(),
      ...registry.names().flatMap((room) => workshopOfContentRoom(room) ?? []),
    ],
  });
  const outcomeSources: OutcomeSources = { workshops, parts: outcomePartsOf(activities) };
  const started = Date.now();
  // [L1] create, duplicate and import draw on one budget.
  // [F10] On several instances the budgets are shared.
  const creations = new CreationGuard(
    fanout.creations(
      creationLimits ??
        creationLimitsPerHour(config.creations.perAddressPerHour, config.creations.perHour),
    ),
  );
  const joinCodeLimits = fanout.joinCodes(
    joinCodes ?? {
      perAddress: defaultJoinCodeLimits.perAddress,
      server: { burst: config.joinFailures.burst, perMinute: config.joinFailures.perMinute },
    },
  );
  const app = createApp({
    log,
    clientDist: config.clientDist,
    health: () => ({
      status: 'ok',
      version,
      instance: fanout.instanceId,
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
      rooms: registry.size,
      connections: sync.connectionCount + live.connectionCount,
    }),
    ready: async () => {
      const [database, redis] = await Promise.all([storageAnswers(storage), fanout.check()]);
      return { database, ...(fanout.kind === 'redis' ? { redis } : {}) };
    },
    api: [
      workshopRoutes({ service: workshops, presence, creations, joinCodes: joinCodeLimits }),
      // [AM1] Every module's routes, in registry order.
      ...activities.list.flatMap((a) => (a.instance.routes ? [a.instance.routes] : [])),
      outcomeRoutes(workshops, outcomeSources),
      transferRoutes(
        workshops,
        { workshops, store, parts: transferPartsOf(activities) },
        {
          storage,
          workshopsIn: (tx) => workshopRepos.in(tx),
          // On SQLite the store shares the connection, so its append is in the transaction too.
          storeIn: (tx) => (tx.kind === 'postgres' ? new PostgresDocStore(tx.sql) : store),
          parts: transferPartsOf(activities),
        },
        {
          creations,
          maxImportBytes: config.maxImportBytes,
          maxDocumentBytes: config.maxDocumentBytes,
        },
      ),
    ],
    maxBodyBytes: config.maxBodyBytes,
    trustedProxies: config.trustedProxies,
  });

  return {
    app,
    storage,
    /** The SQLite database, where the state is kept in SQLite (tests read raw rows from it). */
    db: storage.kind === 'sqlite' ? storage.db : null,
    store,
    workshops,
    activities: activities.byKey,
    /** What the outcome documents are read from. */
    outcomeSources,
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
      const path = req.url ?? '';
      if (path.startsWith(SYNC_PATH_PREFIX)) sync.handleUpgrade(req, socket, head);
      else if (path.startsWith(LIVE_PATH_PREFIX)) live.handleUpgrade(req, socket, head);
      else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    },
    /** This instance's name among several (`INSTANCE_ID`, or a random one). */
    instanceId: fanout.instanceId,
    /** Closes the sockets, unloads the rooms, leaves the fan-out and closes the storage. */
    async close() {
      sync.close();
      live.close();
      await registry.closeAll();
      await fanout.close();
      await backend.close();
    },
  };
}

export type ComposedApp = ReturnType<typeof composeApp>;
