import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Dialect } from './protocol';

const here = dirname(fileURLToPath(import.meta.url));
const probeUrl = pathToFileURL(join(here, 'servers', 'probe.ts')).href;

export type TargetName = 'ours' | 'y-websocket' | 'hocuspocus' | 'hocuspocus-sqlite';

export const TARGET_LABELS: Record<TargetName, string> = {
  ours: 'Samskap (SQLite, write before broadcast)',
  'y-websocket': '@y/websocket-server 0.1.1 (memory)',
  hocuspocus: 'Hocuspocus 3.4 (memory)',
  'hocuspocus-sqlite': 'Hocuspocus 3.4 + SQLite extension (file)',
};

/** A server under test, running as its own process. */
export interface Target {
  readonly name: TargetName;
  readonly dialect: Dialect;
  /** Base websocket URL: y-websocket clients append `/<room>`. */
  readonly syncUrl: string;
  readonly httpUrl: string;
  readonly pid: number;
  /** Whether a document outlives its last client (cold load is measurable). */
  readonly durable: boolean;
  /** JSON lines the process printed (probe figures among them). */
  readonly lines: Record<string, unknown>[];
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

export async function startTarget(name: TargetName): Promise<Target> {
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --import tsx --import ${probeUrl}`.trim();
  if (name === 'ours') {
    const { spawnServer } = await import('@samskap/server/testing');
    const server = await spawnServer({ env: { NODE_OPTIONS: nodeOptions } });
    const pid = server.process.pid;
    if (pid === undefined) throw new Error('our server has no pid');
    return {
      name,
      dialect: 'y-websocket',
      syncUrl: server.syncUrl,
      httpUrl: server.url,
      pid,
      durable: true,
      lines: server.logs,
      async stop() {
        await server.stop();
        server.cleanup();
      },
    };
  }
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
  return {
    name,
    dialect: name === 'y-websocket' ? 'y-websocket' : 'hocuspocus',
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    httpUrl: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    durable: name === 'hocuspocus-sqlite',
    lines,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function health(target: Target): Promise<Health> {
  const response = await fetch(`${target.httpUrl}/api/health`);
  const body = (await response.json()) as Partial<Health>;
  return { rooms: body.rooms ?? Number.NaN, connections: body.connections ?? Number.NaN };
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

/** Event-loop delay inside the server since the previous call (see servers/probe.ts). */
export async function serverLoopDelay(target: Target): Promise<LoopDelay | undefined> {
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
