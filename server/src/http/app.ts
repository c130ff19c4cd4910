import type { Health } from '@samskap/shared/schemas';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { bodyLimit } from 'hono/body-limit';
import { ZodError } from 'zod';
import {
  answerableCode,
  ApiProblem,
  AppError,
  type ApiErrorCode,
  type ErrorParams,
} from '../errors';
import { parseTrustedProxies, trustForwardedFrom } from './clientAddress';
import { securityHeaders } from './securityHeaders';
import { problemFromZod } from './validate';
import { clientIsBuilt, staticClient } from './staticClient';
import type { Logger } from '../log';

export interface AppDeps {
  log: Logger;
  clientDist: string;
  health: () => Health;
  /**
   * Readiness: per dependency (the database, Redis with FANOUT=redis), null when it answers,
   * else why not. Absent: ready whenever the process answers.
   */
  ready?: () => Promise<Record<string, string | null>>;
  /** Feature routes, mounted under /api. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- sub-apps carry their own Env
  api: Hono<any>[];
  /** Largest request body the API accepts. */
  maxBodyBytes: number;
  /** [L3] Reverse proxies whose `X-Forwarded-For` is believed (none: the socket's address). */
  trustedProxies?: readonly string[];
}

/** The JSON error every API failure answers with: a stable code and a sentence for people. */
export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    message: string;
    field?: string;
    params?: ErrorParams;
    details?: unknown;
  };
}

/**
 * The HTTP side: the JSON API under /api and the built client with a fallback to index.html for
 * the client's own routes. Request logs carry the path only, never the query string.
 */
export function createApp(deps: AppDeps) {
  const { log } = deps;
  const app = new Hono();

  app.use(securityHeaders());
  const proxies = deps.trustedProxies ?? [];
  app.use(trustForwardedFrom(proxies.length > 0 ? parseTrustedProxies(proxies) : null));
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });

  const apiBodyLimit = bodyLimit({
    maxSize: deps.maxBodyBytes,
    onError: (c) =>
      c.json<ApiErrorBody>(
        {
          error: {
            code: 'too_large',
            message: `The request is larger than ${deps.maxBodyBytes} bytes.`,
          },
        },
        413,
      ),
  });
  // File imports set their own limit, with a message that speaks of the file.
  app.use('/api/*', (c, next) => (c.req.path.endsWith('/import') ? next() : apiBodyLimit(c, next)));
  // Liveness: the process answers (a load balancer restarts it when not).
  app.get('/api/health', (c) => c.json(deps.health()));
  // Readiness: its dependencies answer too (a load balancer sends it no traffic while not).
  app.get('/api/ready', async (c) => {
    const checks = (await deps.ready?.()) ?? {};
    const failing = Object.entries(checks).filter(([, reason]) => reason !== null);
    const body = {
      status: failing.length === 0 ? 'ready' : 'unavailable',
      instance: deps.health().instance,
      checks,
      ...(failing.length > 0
        ? { reason: failing.map(([name, why]) => `${name}: ${why}`).join('; ') }
        : {}),
    };
    return c.json(body, failing.length === 0 ? 200 : 503);
  });
  for (const routes of deps.api) app.route('/api', routes);

  app.all('/api/*', (c) =>
    c.json<ApiErrorBody>(
      { error: { code: 'not_found', message: `No API route ${c.req.method} ${c.req.path}` } },
      404,
    ),
  );

  if (clientIsBuilt(deps.clientDist)) {
    app.route('/', staticClient(deps.clientDist));
  } else {
    log.warn({ clientDist: deps.clientDist }, 'client not built: run `pnpm build`');
    app.get('*', (c) =>
      c.text(
        'Samskap: the client is not built yet. Run `pnpm build`, then restart the server.',
        503,
      ),
    );
  }

  app.onError((err, c) => {
    if (err instanceof ApiProblem) {
      const body: ApiErrorBody = { error: { code: err.code, message: err.message } };
      if (err.field !== undefined) body.error.field = err.field;
      if (err.params !== undefined) body.error.params = err.params;
      if (err.details !== undefined) body.error.details = err.details;
      return c.json(body, err.status);
    }
    if (err instanceof HTTPException) {
      return c.json<ApiErrorBody>(
        { error: { code: 'bad_request', message: err.message } },
        err.status,
      );
    }
    if (err instanceof ZodError) {
      const p = problemFromZod(err);
      return c.json<ApiErrorBody>(
        { error: { code: p.code, message: p.message, ...(p.field ? { field: p.field } : {}) } },
        400,
      );
    }
    if (err instanceof AppError) {
      return c.json<ApiErrorBody>(
        { error: { code: answerableCode(err.code), message: err.message } },
        400 as ContentfulStatusCode,
      );
    }
    log.error({ err, path: c.req.path }, 'unhandled error');
    return c.json<ApiErrorBody>(
      { error: { code: 'internal', message: 'Something went wrong on the server.' } },
      500,
    );
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
