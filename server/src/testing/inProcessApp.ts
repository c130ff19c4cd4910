import { pino } from 'pino';
import { composeApp } from '../composeApp';
import { loadConfig } from '../config';
import type { CreationLimits } from '../http/creationGuard';
import type { JoinCodeLimits } from '../workshops/joinGuard';

/** The whole server in this process on an in-memory database, for `app.request` tests. */
export function inProcessApp(
  options: {
    joinCodes?: JoinCodeLimits;
    creations?: CreationLimits;
    maxImportBytes?: number;
    maxDocumentBytes?: number;
  } = {},
) {
  const config = {
    ...loadConfig({ STORAGE: 'memory', CLIENT_DIST: '/nonexistent' }),
    ...(options.maxImportBytes ? { maxImportBytes: options.maxImportBytes } : {}),
    ...(options.maxDocumentBytes ? { maxDocumentBytes: options.maxDocumentBytes } : {}),
  };
  const composed = composeApp({
    config,
    log: pino({ level: 'silent' }),
    ...(options.creations ? { creations: options.creations } : {}),
    ...(options.joinCodes ? { joinCodes: options.joinCodes } : {}),
  });
  const { app, workshops, store } = composed;
  const db = composed.db;
  if (!db) throw new Error('inProcessApp keeps its state in an in-memory SQLite');
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
    db,
  };
}
