import { createAdaptorServer } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Config } from './config';
import { createApp } from './http/app';
import { CreationGuard, creationLimitsPerHour } from './http/creationGuard';
import type { Logger } from './log';
import { openDatabase, type SqliteDatabase } from './persistence/database';
import { startWalCheckpointer } from './persistence/walCheckpointer';
import type { DocStore } from './persistence/docStore';
import { MemoryDocStore } from './persistence/memoryDocStore';
import { SqliteDocStore } from './persistence/sqliteDocStore';
import { RoomRegistry } from './sync/roomRegistry';
import { createSyncServer } from './sync/syncServer';
import { argumentsRoutes, viewerOf } from './arguments/routes';
import { SqliteArgumentsRepository } from './arguments/repository';
import { ArgumentsService } from './arguments/service';
import { SqliteConsentRepository } from './consent/repository';
import { consentRoutes } from './consent/routes';
import { ConsentService } from './consent/service';
import { loadStoredDoc, readAmbitions } from './outcome/ambitions';
import { outcomeRoutes } from './outcome/routes';
import { SqliteArchiveStore } from './transfer/archive';
import { transferRoutes } from './transfer/routes';
import { SqliteOppdragRepository } from './oppdrag/repository';
import { oppdragRoutes } from './oppdrag/routes';
import { OppdragService } from './oppdrag/service';
import { planbehovRoutes } from './planbehov/routes';
import { PlanbehovService } from './planbehov/service';
import { SqlitePlanbehovRepository } from './planbehov/sqliteRepository';
import { createLiveHub } from './workshops/liveHub';
import { Presence } from './workshops/presence';
import { workshopRoutes } from './workshops/routes';
import { defaultJoinCodeLimits } from './workshops/joinGuard';
import { WorkshopService } from './workshops/service';
import { activityWorkFrom } from './workshops/setupRules';
import { SqliteWorkshopRepository } from './workshops/sqliteRepository';
import { chooseProtocol } from './workshops/subprotocol';
import { contentRoom, workshopSyncAuth, WriteGate } from './workshops/syncAuth';
import { CloseCode, SYNC_PATH_PREFIX } from '@samskap/shared/protocol';
import { LIVE_PATH_PREFIX } from '@samskap/shared/workshop';

const version = '0.1.0';

export interface RunningServer {
  listen(): Promise<number>;
  close(): Promise<void>;
}

/** Wires storage, rooms, the sync websocket and the HTTP app onto one port. */
export async function createServer(config: Config, log: Logger): Promise<RunningServer> {
  // STORAGE=memory keeps everything in this process (an in-memory SQLite for the workshops).
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
  const workshopsRepo = new SqliteWorkshopRepository(db);
  const service = new WorkshopService(workshopsRepo);
  const archive = new SqliteArchiveStore(db);
  const plansRepo = new SqlitePlanbehovRepository(db);
  const planbehov = new PlanbehovService(plansRepo, service, archive);
  const consent = new ConsentService(new SqliteConsentRepository(db), service, archive);
  const argumentsRepo = new SqliteArgumentsRepository(db);
  const args = new ArgumentsService(argumentsRepo, service);
  const oppdragRepo = new SqliteOppdragRepository(db);
  const oppdrag = new OppdragService(oppdragRepo, service);
  service.useActivityWork(activityWorkFrom({ planbehov, consent, args }));
  const presence = new Presence();
  const gate = new WriteGate(service);

  const registry = new RoomRegistry({
    store,
    log,
    compactAfterUpdates: config.compactAfterUpdates,
    maxDocumentBytes: config.maxDocumentBytes,
    limits: config.limits,
  });
  const sync = createSyncServer({
    registry,
    authenticate: workshopSyncAuth(service, gate),
    limits: config.limits,
    log,
    pingIntervalMs: config.pingIntervalMs,
    handleProtocols: chooseProtocol,
  });
  const live = createLiveHub({
    service,
    presence,
    log,
    pingIntervalMs: config.pingIntervalMs,
    sections: async (workshopId) => {
      const [plans, checks, argumentsFor] = await Promise.all([
        planbehov.view(workshopId),
        consent.view(workshopId),
        args.viewer(workshopId),
      ]);
      return (principal) => ({
        planbehov: plans,
        consent: checks,
        arguments: argumentsFor(viewerOf(principal)),
      });
    },
  });
  service.events.on('changed', (workshopId) => {
    if (!gate.tracks(workshopId)) return;
    gate.refresh(workshopId).then(
      () => sync.resyncDroppedWrites(),
      (err: unknown) => log.error({ err, workshopId }, 'refreshing write access failed'),
    );
  });
  service.events.on('participantRemoved', (_workshopId, participantId) => {
    sync.closeWhere(
      (identity) => identity.participantId === participantId,
      CloseCode.forbidden,
      'removed by the facilitator',
    );
  });
  const started = Date.now();
  // [L1] create, duplicate and import draw on one budget.
  const creations = new CreationGuard(
    creationLimitsPerHour(config.creations.perAddressPerHour, config.creations.perHour),
  );
  const joinCodes = {
    perAddress: defaultJoinCodeLimits.perAddress,
    server: { burst: config.joinFailures.burst, perMinute: config.joinFailures.perMinute },
  };
  const app = createApp({
    log,
    clientDist: config.clientDist,
    health: () => ({
      status: 'ok',
      version,
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
      rooms: registry.size,
      connections: sync.connectionCount + live.connectionCount,
    }),
    api: [
      workshopRoutes({ service, presence, creations, joinCodes }),
      planbehovRoutes(service, planbehov),
      consentRoutes(service, consent),
      argumentsRoutes(service, args),
      oppdragRoutes(service, oppdrag),
      outcomeRoutes(service, {
        workshops: service,
        planbehov,
        consent,
        args,
        oppdrag,
        ambitions: async (workshopId, w) =>
          readAmbitions(await loadStoredDoc(store, contentRoom(workshopId)), w),
      }),
      transferRoutes(
        service,
        { workshops: service, planbehov, consent, argumentsRepo, oppdrag, store },
        {
          db,
          workshops: workshopsRepo,
          plans: plansRepo,
          argumentsRepo,
          oppdrag: oppdragRepo,
          archive,
          store,
        },
        {
          creations,
          maxImportBytes: config.maxImportBytes,
          maxDocumentBytes: config.maxDocumentBytes,
        },
      ),
    ],
    maxBodyBytes: config.maxBodyBytes,
  });
  const http = createAdaptorServer({ fetch: app.fetch });
  http.on('upgrade', (req, socket, head) => {
    const path = req.url ?? '';
    if (path.startsWith(SYNC_PATH_PREFIX)) sync.handleUpgrade(req, socket, head);
    else if (path.startsWith(LIVE_PATH_PREFIX)) live.handleUpgrade(req, socket, head);
    else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });

  return {
    listen() {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(config.port, config.host, () => {
          const port = (http.address() as AddressInfo).port;
          log.info({ port, host: config.host, storage: config.storage }, 'listening');
          resolve(port);
        });
      });
    },
    async close() {
      http.close();
      sync.close();
      live.close();
      await registry.closeAll();
      await store.close();
      await checkpointer?.stop();
      db.close();
      log.info('stopped');
    },
  };
}
