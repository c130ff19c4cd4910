import { createAdaptorServer } from '@hono/node-server';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import {
  composeApp,
  postgresBackend,
  type Backend,
  type ComposeOptions,
  type ComposedApp,
} from '../composeApp';
import { loadConfig, type Config } from '../config';
import type { Logger } from '../log';
import { redisFanOut, type FanOut } from '../fanout/openFanOut';
import { openPostgres } from '../persistence/postgres';
import { dropSchema, freshSchemaName, postgresAnswers, TEST_DATABASE_URL } from './postgres';
import { redisAnswers, TEST_REDIS_URL, testRedis } from './redis';

/** Null when Redis and PostgreSQL both answer; else what did not, for a skip message. */
export async function whatDoesNotAnswer(): Promise<string | null> {
  const [redis, postgres] = await Promise.all([redisAnswers(), postgresAnswers()]);
  const missing = [
    ...(redis ? [] : [`Redis at ${TEST_REDIS_URL}`]),
    ...(postgres ? [] : [`PostgreSQL at ${TEST_DATABASE_URL}`]),
  ];
  return missing.length === 0 ? null : `${missing.join(' and ')} did not answer`;
}

/**
 * The state both instances share, built in this one place: a fresh PostgreSQL schema, on which
 * each instance opens a backend of its own (its pools), as `STORAGE=postgres` builds it.
 */
export function sharedState() {
  const schema = freshSchemaName('fanout');
  return {
    schema,
    /** A backend of its own for one instance, over the shared state. */
    async backendFor(log: Logger): Promise<Backend> {
      const pool = await openPostgres({ url: TEST_DATABASE_URL, schema, maxConnections: 6 });
      return postgresBackend(pool, log);
    },
    async dispose() {
      await dropSchema(schema);
    },
  };
}

/** One instance of the server in this process, on a port of its own. */
export interface TestInstance {
  readonly id: string;
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** `ws://127.0.0.1:PORT/sync` */
  readonly syncUrl: string;
  readonly composed: ComposedApp;
  readonly fanout: FanOut;
  close(): Promise<void>;
}

export interface TwoInstancesOptions {
  /** Settings both instances share (the rest are the defaults). */
  config?: Partial<Config>;
  creations?: ComposeOptions['creations'];
  joinCodes?: ComposeOptions['joinCodes'];
  presenceTtlMs?: number;
  presenceHeartbeatMs?: number;
}

/**
 * Two instances behind an imagined load balancer: one shared state (`sharedState`), one Redis
 * with a channel and key prefix of this call's own (tests never see each other's messages),
 * each instance on its own HTTP server on port 0.
 */
export async function twoInstances(options: TwoInstancesOptions = {}) {
  const prefix = `test-${randomBytes(6).toString('hex')}:`;
  const state = sharedState();
  const instances: TestInstance[] = [];
  const start = async (id: string): Promise<TestInstance> => {
    const log = pino({ level: process.env.SAMSKAP_TEST_VERBOSE ? 'debug' : 'silent' }).child({
      instance: id,
    });
    const config: Config = {
      ...loadConfig({ STORAGE: 'memory', CLIENT_DIST: '/nonexistent' }),
      storage: 'postgres',
      databaseUrl: TEST_DATABASE_URL,
      fanout: 'redis',
      redisUrl: TEST_REDIS_URL,
      instanceId: id,
      ...options.config,
    };
    const backend = await state.backendFor(log);
    const fanout = await redisFanOut({
      url: TEST_REDIS_URL,
      log,
      instanceId: id,
      prefix,
      ...(options.presenceTtlMs ? { presenceTtlMs: options.presenceTtlMs } : {}),
      ...(options.presenceHeartbeatMs ? { presenceHeartbeatMs: options.presenceHeartbeatMs } : {}),
    });
    const composed = composeApp({
      config,
      log,
      backend,
      fanout,
      ...(options.creations ? { creations: options.creations } : {}),
      ...(options.joinCodes ? { joinCodes: options.joinCodes } : {}),
    });
    const http = createAdaptorServer({ fetch: composed.app.fetch }) as Server;
    http.on('upgrade', (req, socket, head) => composed.handleUpgrade(req, socket, head));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const port = (http.address() as AddressInfo).port;
    let closed = false;
    const instance: TestInstance = {
      id,
      url: `http://127.0.0.1:${port}`,
      syncUrl: `ws://127.0.0.1:${port}/sync`,
      composed,
      fanout,
      async close() {
        if (closed) return;
        closed = true;
        http.closeAllConnections();
        http.close();
        await composed.close();
      },
    };
    instances.push(instance);
    return instance;
  };
  const a = await start('a');
  const b = await start('b');
  return {
    a,
    b,
    /** The prefix of this pair's channels and keys in Redis. */
    prefix,
    state,
    async dispose() {
      for (const i of instances) await i.close().catch(() => undefined);
      await state.dispose();
      await removeKeys(prefix);
    },
  };
}

/** Deletes what a test left in Redis under its prefix. */
async function removeKeys(prefix: string): Promise<void> {
  const client = await testRedis();
  try {
    const keys: string[] = [];
    for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 }))
      keys.push(...batch);
    if (keys.length > 0) await client.del(keys);
  } finally {
    await client.close();
  }
}

/**
 * Makes Redis drop every connection of instance `id` under `prefix` (as a network cut would);
 * resolves with how many it dropped. The instance reconnects by itself.
 */
export async function cutOff(prefix: string, id: string): Promise<number> {
  const redis = await testRedis();
  try {
    const list = String(await redis.sendCommand(['CLIENT', 'LIST']));
    const ids = list
      .split('\n')
      .filter((line) => line.includes(` name=${prefix}${id}:`))
      .map((line) => /\bid=(\d+)/.exec(line)?.[1])
      .filter((x): x is string => x !== undefined);
    for (const clientId of ids) await redis.sendCommand(['CLIENT', 'KILL', 'ID', clientId]);
    return ids.length;
  } finally {
    await redis.close();
  }
}
