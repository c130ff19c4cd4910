import { pino } from 'pino';
import { createApp } from '../http/app';
import { CreationGuard, defaultCreationLimits } from '../http/creationGuard';
import { openDatabase } from '../persistence/database';
import { Presence } from '../workshops/presence';
import { workshopRoutes } from '../workshops/routes';
import { WorkshopService } from '../workshops/service';
import { SqliteWorkshopRepository } from '../workshops/sqliteRepository';
import { SqliteEvaluationRepository } from './repository';
import { evalueringRoutes } from './routes';
import { EvaluationService } from './service';

/** Workshops and the evaluation in this process on an in-memory database, for route tests. */
export function evaluationTestApp() {
  const db = openDatabase(':memory:', { synchronous: 'normal' });
  const workshops = new WorkshopService(new SqliteWorkshopRepository(db));
  const repo = new SqliteEvaluationRepository(db);
  const evaluation = new EvaluationService(repo, workshops);
  const app = createApp({
    log: pino({ level: 'silent' }),
    clientDist: '/nonexistent',
    health: () => ({ status: 'ok', version: 't', uptimeSeconds: 0, rooms: 0, connections: 0 }),
    api: [
      workshopRoutes({
        service: workshops,
        presence: new Presence(),
        creations: new CreationGuard(defaultCreationLimits),
      }),
      evalueringRoutes(workshops, evaluation),
    ],
    maxBodyBytes: 1024 * 1024,
  });

  async function call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    token?: string,
  ) {
    const res = await app.request(`/api${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    type ErrorBody = { error?: { code: string; message: string; field?: string } };
    return { status: res.status, body: (await res.json()) as T & ErrorBody };
  }

  return { app, call, workshops, evaluation, repo, db };
}
