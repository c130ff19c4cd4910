import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError } from './errors';
import { parseTrustedProxies } from './http/clientAddress';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Every setting, its default and its bound. The README's table of settings mirrors this. */
const envSchema = z.object({
  PORT: int(0, 65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default(join(repoRoot, 'data')),
  CLIENT_DIST: z
    .string()
    .min(1)
    .default(join(repoRoot, 'client', 'dist')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STORAGE: z.enum(['sqlite', 'memory', 'postgres']).default('sqlite'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL')
    .optional(),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lower-case schema name: letters, digits and "_"')
    .optional(),
  FANOUT: z.enum(['local', 'redis']).default('local'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'expected a redis:// URL')
    .optional(),
  TRUSTED_PROXIES: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a !== ''),
    )
    .superRefine((entries, ctx) => {
      try {
        parseTrustedProxies(entries);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
      }
    })
    .default([]),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'letters, digits, "_", ".", ":" and "-", at most 64')
    .default('samskap:'),
  INSTANCE_ID: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'letters, digits, "_", "." and "-", at most 64')
    .optional(),
  SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
  MAX_MESSAGE_BYTES: int(1024, 64 * 1024 * 1024).default(4 * 1024 * 1024),
  MAX_MESSAGES_PER_SECOND: int(1, 100_000).default(100),
  MESSAGE_BURST: int(1, 100_000).default(400),
  MAX_BUFFERED_WHILE_LOADING: int(1, 100_000).default(256),
  COMPACT_AFTER_UPDATES: int(1, 10_000_000).default(1000),
  PING_INTERVAL_MS: int(1000, 600_000).default(30_000),
  MAX_BODY_BYTES: int(1024, 64 * 1024 * 1024).default(1024 * 1024),
  MAX_DOCUMENT_BYTES: int(64 * 1024, 1024 * 1024 * 1024).default(32 * 1024 * 1024),
  MAX_IMPORT_BYTES: int(64 * 1024, 256 * 1024 * 1024).default(8 * 1024 * 1024),
  WORKSHOPS_PER_IP_PER_HOUR: int(1, 100_000).default(60),
  WORKSHOPS_PER_HOUR: int(1, 1_000_000).default(600),
  JOIN_FAILURES_PER_MINUTE: int(1, 100_000).default(30),
  JOIN_FAILURE_BURST: int(1, 1_000_000).default(600),
  MAX_PENDING_BYTES: int(1024, 256 * 1024 * 1024).default(1024 * 1024),
  MAX_PENDING_AGE_MS: int(1000, 24 * 3600 * 1000).default(120_000),
  MAX_AWARENESS_STATE_BYTES: int(256, 1024 * 1024).default(8 * 1024),
  MAX_AWARENESS_PER_SECOND: int(1, 10_000).default(20),
  AWARENESS_BURST: int(1, 10_000).default(60),
  MAX_CONNECTIONS_PER_TOKEN: int(1, 10_000).default(8),
  MAX_CONNECTIONS_PER_ROOM: int(1, 100_000).default(250),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  clientDist: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  storage: 'sqlite' | 'memory' | 'postgres';
  /** `STORAGE=postgres`: the database every instance shares. */
  databaseUrl: string | null;
  /**
   * The schema the tables live in (a test or a shared database may take its own); null: the one
   * `DATABASE_URL` puts on its search path, else `public`.
   */
  databaseSchema: string | null;
  /** `FANOUT=redis`: updates, presence and live changes reach every instance through Redis. */
  fanout: 'local' | 'redis';
  redisUrl: string | null;
  /** Before every Redis channel and key: several deployments (or test runs) on one Redis. */
  redisPrefix: string;
  /** [L3] Reverse proxies whose `X-Forwarded-For` names the client (addresses and subnets). */
  trustedProxies: string[];
  /** This instance's name in logs and on the health endpoint (a random one when not set). */
  instanceId: string | null;
  sqliteSynchronous: 'normal' | 'full';
  limits: SyncLimits;
  compactAfterUpdates: number;
  pingIntervalMs: number;
  maxBodyBytes: number;
  /** The largest a workshop's shared document may grow (encoded bytes). */
  maxDocumentBytes: number;
  /** The largest import file [L2]. */
  maxImportBytes: number;
  /** Workshops made by create, duplicate and import together [L1]. */
  creations: { perAddressPerHour: number; perHour: number };
  /** Wrong join codes checked server-wide [J2]. */
  joinFailures: { perMinute: number; burst: number };
}

/** The bounds the sync server enforces on every connection. */
export interface SyncLimits {
  maxMessageBytes: number;
  maxMessagesPerSecond: number;
  messageBurst: number;
  maxBufferedWhileLoading: number;
  /** Bytes Yjs may hold back in a room waiting for missing parts ([S12]). */
  maxPendingBytes: number;
  /** How long pending bytes may wait for their missing parts before they are dropped ([S12]). */
  maxPendingAgeMs: number;
  /** The largest awareness (presence) state of one client, as JSON bytes ([S14]). */
  maxAwarenessStateBytes: number;
  /** Awareness messages per second per connection, and the burst above it ([S14]). */
  maxAwarenessPerSecond: number;
  awarenessBurst: number;
  /** Open sync connections per credential (one participant, facilitator or projector) ([S14]). */
  maxConnectionsPerToken: number;
  /** Open sync connections per room ([S14]). */
  maxConnectionsPerRoom: number;
}

/** The limits as they are when nothing is configured (tests build rooms with them). */
export const DEFAULT_SYNC_LIMITS: SyncLimits = limitsOf(envSchema.parse({}));

function limitsOf(e: z.infer<typeof envSchema>): SyncLimits {
  return {
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    maxMessagesPerSecond: e.MAX_MESSAGES_PER_SECOND,
    messageBurst: e.MESSAGE_BURST,
    maxBufferedWhileLoading: e.MAX_BUFFERED_WHILE_LOADING,
    maxPendingBytes: e.MAX_PENDING_BYTES,
    maxPendingAgeMs: e.MAX_PENDING_AGE_MS,
    maxAwarenessStateBytes: e.MAX_AWARENESS_STATE_BYTES,
    maxAwarenessPerSecond: e.MAX_AWARENESS_PER_SECOND,
    awarenessBurst: e.AWARENESS_BURST,
    maxConnectionsPerToken: e.MAX_CONNECTIONS_PER_TOKEN,
    maxConnectionsPerRoom: e.MAX_CONNECTIONS_PER_ROOM,
  };
}

/**
 * Reads the configuration from the environment. A bad value throws a `ConfigError` that names
 * the variable and what it should be; start-up stops there.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(envSchema.shape)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join('.')}=${JSON.stringify(present[String(i.path[0])])}: ${i.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  // Settings that only make sense together: each refusal names what is missing.
  const together: string[] = [];
  if (e.STORAGE === 'postgres' && !e.DATABASE_URL)
    together.push(
      '  DATABASE_URL: STORAGE=postgres needs the database, e.g. postgres://host/samskap',
    );
  if (e.FANOUT === 'redis' && !e.REDIS_URL)
    together.push('  REDIS_URL: FANOUT=redis needs the Redis server, e.g. redis://host:6379');
  if (e.FANOUT === 'redis' && e.STORAGE !== 'postgres')
    together.push(
      `  FANOUT=redis: several instances share their state in PostgreSQL; STORAGE=${e.STORAGE} is one process's own`,
    );
  if (together.length > 0) throw new ConfigError(`Invalid configuration:\n${together.join('\n')}`);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    clientDist: resolve(e.CLIENT_DIST),
    logLevel: e.LOG_LEVEL,
    storage: e.STORAGE,
    databaseUrl: e.DATABASE_URL ?? null,
    databaseSchema: e.DATABASE_SCHEMA ?? null,
    fanout: e.FANOUT,
    redisUrl: e.REDIS_URL ?? null,
    redisPrefix: e.REDIS_PREFIX,
    instanceId: e.INSTANCE_ID ?? null,
    trustedProxies: e.TRUSTED_PROXIES,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    limits: limitsOf(e),
    compactAfterUpdates: e.COMPACT_AFTER_UPDATES,
    pingIntervalMs: e.PING_INTERVAL_MS,
    maxBodyBytes: e.MAX_BODY_BYTES,
    maxDocumentBytes: e.MAX_DOCUMENT_BYTES,
    maxImportBytes: e.MAX_IMPORT_BYTES,
    creations: {
      perAddressPerHour: e.WORKSHOPS_PER_IP_PER_HOUR,
      perHour: e.WORKSHOPS_PER_HOUR,
    },
    joinFailures: { perMinute: e.JOIN_FAILURES_PER_MINUTE, burst: e.JOIN_FAILURE_BURST },
  };
}
