import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SpawnedServer } from '@samskap/server/testing';
import type { Dialect } from './protocol';

const here = dirname(fileURLToPath(import.meta.url));
const probeUrl = pathToFileURL(join(here, 'servers', 'probe.ts')).href;

export type TargetName =
  'ours' | 'ours-postgres' | 'ours-2' | 'y-websocket' | 'hocuspocus' | 'hocuspocus-sqlite';

export const TARGET_LABELS: Record<TargetName, string> = {
  ours: 'Samskap (SQLite, write before broadcast)',
  'ours-postgres': 'Samskap, 1 instance (PostgreSQL + Redis)',
  'ours-2': 'Samskap, 2 instances (PostgreSQL + Redis), clients split',
  'y-websocket': '@y/websocket-server 0.1.1 (memory)',
  hocuspocus: 'Hocuspocus 3.4 (memory)',
  'hocuspocus-sqlite': 'Hocuspocus 3.4 + SQLite extension (file)',
};

/** One process of a server under test. */
export interface Instance {
  /** Base websocket URL: y-websocket clients append `/<room>`. */
  readonly syncUrl: string;
  readonly httpUrl: string;
  readonly pid: number;
  /** JSON lines the process printed (probe figures among them). */
  readonly lines: Record<string, unknown>[];
}

/** Our server, in any of its modes: it has workshops, tokens and ballots. */
export const isOurs = (name: TargetName): boolean => name.startsWith('ours');

/**
 * A server under test, running as its own process, or (`ours-2`) as two processes behind no
 * balancer: the clients are dealt over `instances` in turn. `syncUrl`, `httpUrl`, `pid` and
 * `lines` are the first instance's.
 */
export interface Target extends Instance {
  readonly name: TargetName;
  readonly dialect: Dialect;
  readonly instances: readonly Instance[];
  /** Whether a document outlives its last client (cold load is measurable). */
  readonly durable: boolean;
  stop(): Promise<void>;
}

export interface Health {
  rooms: number;
  connections: number;
}

export interface ProcessSample {
  rssBytes: number;
  /** user + system CPU time, seconds */
  cpuSeconds: number;
  at: number;
}

const serverMain = join(here, '..', '..', 'server', 'src', 'main.ts');

/** Whether our server exists yet (it is written in parallel with this harness). */
export function oursIsBuilt(): boolean {
  return existsSync(serverMain);
}

/** PostgreSQL and Redis for the several-instance targets (the development machine's own). */
const BENCH_DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BENCH_REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function startOurs(name: TargetName, nodeOptions: string): Promise<Target> {
  const { spawnServer } = await import('@samskap/server/testing');
  const clustered = name !== 'ours';
  const { dropSchema, freshSchemaName } = await import('@samskap/server/testing/postgres');
  // A schema of its own per start, dropped at stop: every scenario begins on an empty database.
  const schema = clustered ? freshSchemaName('bench') : '';
  const env: Record<string, string> = { NODE_OPTIONS: nodeOptions };
  if (clustered)
    Object.assign(env, {
      STORAGE: 'postgres',
      DATABASE_URL: BENCH_DATABASE_URL,
      DATABASE_SCHEMA: schema,
      FANOUT: 'redis',
      REDIS_URL: BENCH_REDIS_URL,
    });
  const servers: SpawnedServer[] = [];
  try {
    // One after the other: the first migrates the schema, the second finds it done.
    for (let i = 0; i < (name === 'ours-2' ? 2 : 1); i++)
      servers.push(await spawnServer({ env: { ...env, INSTANCE_ID: `bench-${i}` } }));
  } catch (error) {
    for (const s of servers) await s.stop();
    if (clustered) await dropSchema(schema, BENCH_DATABASE_URL).catch(() => undefined);
    throw error;
  }
  const instances: Instance[] = servers.map((server) => {
    const pid = server.process.pid;
    if (pid === undefined) throw new Error('our server has no pid');
    return { syncUrl: server.syncUrl, httpUrl: server.url, pid, lines: server.logs };
  });
  return {
    name,
    dialect: 'y-websocket',
    ...instances[0]!,
    instances,
    durable: true,
    async stop() {
      for (const server of servers) {
        await server.stop();
        server.cleanup();
      }
      if (clustered) await dropSchema(schema, BENCH_DATABASE_URL);
    },
  };
}

export async function startTarget(name: TargetName): Promise<Target> {
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --import tsx --import ${probeUrl}`.trim();
  if (isOurs(name)) return startOurs(name, nodeOptions);
  const dataDir = mkdtempSync(join(tmpdir(), 'samskap-bench-'));
  const script = name === 'y-websocket' ? 'yWebsocketServer.ts' : 'hocuspocusServer.ts';
  const env: Record<string, string> = {};
  if (name === 'hocuspocus-sqlite') env.SQLITE_FILE = join(dataDir, 'hocuspocus.sqlite');
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'servers', script)], {
    cwd: join(here, '..'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines: Record<string, unknown>[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        lines.push(entry);
        if (entry.msg === 'listening' && typeof entry.port === 'number') resolve(entry.port);
      } catch {
        // not a JSON line: the reference servers may print plain text
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`${name} exited before listening (code ${code})`)),
    );
  });
  const instance: Instance = {
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    httpUrl: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    lines,
  };
  return {
    name,
    dialect: name === 'y-websocket' ? 'y-websocket' : 'hocuspocus',
    ...instance,
    instances: [instance],
    durable: name === 'hocuspocus-sqlite',
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Rooms and connections, summed over the target's instances. */
export async function health(target: Target): Promise<Health> {
  const each = await Promise.all(
    target.instances.map(async (instance) => {
      const response = await fetch(`${instance.httpUrl}/api/health`);
      const body = (await response.json()) as Partial<Health>;
      return { rooms: body.rooms ?? Number.NaN, connections: body.connections ?? Number.NaN };
    }),
  );
  return {
    rooms: each.reduce((sum, h) => sum + h.rooms, 0),
    connections: each.reduce((sum, h) => sum + h.connections, 0),
  };
}

/** RSS and CPU time summed over the target's processes. */
export async function sampleTarget(target: Target): Promise<ProcessSample> {
  const each = await Promise.all(target.instances.map((i) => sampleProcess(i.pid)));
  return {
    rssBytes: each.reduce((sum, s) => sum + s.rssBytes, 0),
    cpuSeconds: each.reduce((sum, s) => sum + s.cpuSeconds, 0),
    at: performance.now(),
  };
}

/** RSS and CPU time of the server process, read from /proc: the same for every server. */
export async function sampleProcess(pid: number): Promise<ProcessSample> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { rssBytes: rssKb * 1024, cpuSeconds: ticks / 100, at: performance.now() };
}

export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

/**
 * Event-loop delay inside the server since the previous call (see servers/probe.ts); with
 * several instances, the worst of them.
 */
export async function serverLoopDelay(target: Target): Promise<LoopDelay | undefined> {
  const each = await Promise.all(target.instances.map((i) => instanceLoopDelay(i)));
  if (each.some((d) => d === undefined)) return undefined;
  const worst = (pick: (d: LoopDelay) => number) => Math.max(...each.map((d) => pick(d!)));
  return { p50: worst((d) => d.p50), p99: worst((d) => d.p99), max: worst((d) => d.max) };
}

async function instanceLoopDelay(target: Instance): Promise<LoopDelay | undefined> {
  if (!target.lines.some((l) => l.msg === 'bench-probe-ready')) return undefined;
  const before = target.lines.length;
  process.kill(target.pid, 'SIGUSR2');
  const deadline = performance.now() + 2000;
  while (performance.now() < deadline) {
    const line = target.lines.slice(before).find((l) => l.msg === 'bench-probe');
    if (line)
      return { p50: Number(line.eldP50), p99: Number(line.eldP99), max: Number(line.eldMax) };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}
