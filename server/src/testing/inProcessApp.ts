import { pino } from 'pino';
import { composeApp, type Backend, type ComposedApp } from '../composeApp';
import { loadConfig, type Config } from '../config';
import type { CreationLimits } from '../http/creationGuard';
import type { JoinCodeLimits } from '../workshops/joinGuard';

export interface InProcessOptions {
  joinCodes?: JoinCodeLimits;
  creations?: CreationLimits;
  maxImportBytes?: number;
  maxDocumentBytes?: number;
}

/** The whole server in this process on an in-memory database, for `app.request` tests. */
export function inProcessApp(options: InProcessOptions = {}) {
  const composed = compose(loadConfig({ STORAGE: 'memory', CLIENT_DIST: '/nonexistent' }), options);
  const db = composed.db;
  if (!db) throw new Error('inProcessApp keeps its state in an in-memory SQLite');
  return { ...harness(composed), db };
}

/**
 * The whole server in this process on a backend opened beforehand: PostgreSQL (issue 18), as
 * `STORAGE=postgres` composes it. `close()` closes the app and the backend with it.
 */
export function inProcessAppOn(
  backend: Backend,
  databaseUrl: string,
  options: InProcessOptions = {},
) {
  const config = loadConfig({
    STORAGE: 'postgres',
    DATABASE_URL: databaseUrl,
    CLIENT_DIST: '/nonexistent',
  });
  const composed = compose(config, options, backend);
  return { ...harness(composed), close: () => composed.close() };
}

function compose(base: Config, options: InProcessOptions, backend?: Backend): ComposedApp {
  const config = {
    ...base,
    ...(options.maxImportBytes ? { maxImportBytes: options.maxImportBytes } : {}),
    ...(options.maxDocumentBytes ? { maxDocumentBytes: options.maxDocumentBytes } : {}),
  };
  return composeApp({
    config,
    log: pino({ level: 'silent' }),
    ...(backend ? { backend } : {}),
    ...(options.creations ? { creations: options.creations } : {}),
    ...(options.joinCodes ? { joinCodes: options.joinCodes } : {}),
  });
}

/** What the tests drive an in-process app with, whatever it keeps its state in. */
export type InProcessHarness = ReturnType<typeof harness>;

function harness(composed: ComposedApp) {
  const { app, workshops, store } = composed;
  const { planbehov, consent, arguments: args, oppdrag } = composed.activities;

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

  return {
    app,
    call,
    workshops,
    planbehov: planbehov.service,
    consent: consent.service,
    args: args.service,
    oppdrag: oppdrag.service,
    activities: composed.activities,
    outcomeSources: composed.outcomeSources,
    store,
  };
}
