import { pino } from 'pino';
import { ArgumentsService } from '../arguments/service';
import { SqliteArgumentsRepository } from '../arguments/repository';
import { argumentsRoutes } from '../arguments/routes';
import { SqliteConsentRepository } from '../consent/repository';
import { consentRoutes } from '../consent/routes';
import { ConsentService } from '../consent/service';
import { createApp } from '../http/app';
import { CreationGuard, defaultCreationLimits, type CreationLimits } from '../http/creationGuard';
import type { JoinCodeLimits } from '../workshops/joinGuard';
import { loadStoredDoc, readAmbitions } from '../outcome/ambitions';
import { outcomeRoutes } from '../outcome/routes';
import { openDatabase } from '../persistence/database';
import { MemoryDocStore } from '../persistence/memoryDocStore';
import { SqliteArchiveStore } from '../transfer/archive';
import { transferRoutes } from '../transfer/routes';
import { contentRoom } from '../workshops/syncAuth';
import { SqliteOppdragRepository } from '../oppdrag/repository';
import { oppdragRoutes } from '../oppdrag/routes';
import { OppdragService } from '../oppdrag/service';
import { planbehovRoutes } from '../planbehov/routes';
import { PlanbehovService } from '../planbehov/service';
import { SqlitePlanbehovRepository } from '../planbehov/sqliteRepository';
import { Presence } from '../workshops/presence';
import { workshopRoutes } from '../workshops/routes';
import { WorkshopService } from '../workshops/service';
import { activityWorkFrom } from '../workshops/setupRules';
import { SqliteWorkshopRepository } from '../workshops/sqliteRepository';

/** The whole API in this process on an in-memory database, for `app.request` tests. */
export function inProcessApp(
  options: {
    joinCodes?: JoinCodeLimits;
    creations?: CreationLimits;
    maxImportBytes?: number;
    maxDocumentBytes?: number;
  } = {},
) {
  const db = openDatabase(':memory:', { synchronous: 'normal' });
  const workshopsRepo = new SqliteWorkshopRepository(db);
  const workshops = new WorkshopService(workshopsRepo);
  const archive = new SqliteArchiveStore(db);
  const plansRepo = new SqlitePlanbehovRepository(db);
  const planbehov = new PlanbehovService(plansRepo, workshops, archive);
  const consent = new ConsentService(new SqliteConsentRepository(db), workshops, archive);
  const argumentsRepo = new SqliteArgumentsRepository(db);
  const args = new ArgumentsService(argumentsRepo, workshops);
  const oppdragRepo = new SqliteOppdragRepository(db);
  const oppdrag = new OppdragService(oppdragRepo, workshops);
  workshops.useActivityWork(activityWorkFrom({ planbehov, consent, args }));
  const store = new MemoryDocStore();
  const creations = new CreationGuard(options.creations ?? defaultCreationLimits);
  const app = createApp({
    log: pino({ level: 'silent' }),
    clientDist: '/nonexistent',
    health: () => ({ status: 'ok', version: 't', uptimeSeconds: 0, rooms: 0, connections: 0 }),
    api: [
      workshopRoutes({
        service: workshops,
        presence: new Presence(),
        creations,
        ...(options.joinCodes ? { joinCodes: options.joinCodes } : {}),
      }),
      planbehovRoutes(workshops, planbehov),
      consentRoutes(workshops, consent),
      argumentsRoutes(workshops, args),
      oppdragRoutes(workshops, oppdrag),
      outcomeRoutes(workshops, {
        workshops,
        planbehov,
        consent,
        args,
        oppdrag,
        ambitions: async (id, w) => readAmbitions(await loadStoredDoc(store, contentRoom(id)), w),
      }),
      transferRoutes(
        workshops,
        { workshops, planbehov, consent, argumentsRepo, oppdrag, store },
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
          ...(options.maxImportBytes ? { maxImportBytes: options.maxImportBytes } : {}),
          ...(options.maxDocumentBytes ? { maxDocumentBytes: options.maxDocumentBytes } : {}),
        },
      ),
    ],
    maxBodyBytes: 1024 * 1024,
  });

  /** JSON in and out; a string goes as raw JSON text, bytes as a CSV upload would. */
  async function call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    token?: string,
  ) {
    const raw = body instanceof Uint8Array || typeof body === 'string';
    const res = await app.request(`/api${path}`, {
      method,
      headers: {
        ...(body !== undefined
          ? { 'content-type': body instanceof Uint8Array ? 'text/csv' : 'application/json' }
          : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body:
        body === undefined ? undefined : raw ? (body as string | Uint8Array) : JSON.stringify(body),
    });
    type ErrorBody = {
      error?: { code: string; message: string; field?: string; details?: { problems: unknown[] } };
    };
    return { status: res.status, body: (await res.json()) as T & ErrorBody };
  }

  return { app, call, workshops, planbehov, consent, args, oppdrag, store, db };
}
