import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const mainFile = join(serverDir, 'src', 'main.ts');

/** A real server running as a child process, for integration tests and Playwright scenarios. */
export interface SpawnedServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** `ws://127.0.0.1:PORT/sync` — the base URL a `WebsocketProvider` takes. */
  readonly syncUrl: string;
  readonly port: number;
  readonly dataDir: string;
  readonly process: ChildProcess;
  /** Every log line the server printed, parsed. */
  readonly logs: Record<string, unknown>[];
  /** SIGTERM and wait for exit. */
  stop(): Promise<void>;
  /** SIGKILL: the crash case. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** Remove the data folder (only if this spawn created it). */
  cleanup(): void;
}

export interface SpawnOptions {
  /** Reuse a data folder (to restart on the same storage); a fresh temp folder by default. */
  dataDir?: string;
  /** Extra environment (limits, log level, storage). */
  env?: Record<string, string>;
}

/**
 * Starts `server/src/main.ts` on port 0 and resolves once it has printed the port it listens on.
 */
export function spawnServer(options: SpawnOptions = {}): Promise<SpawnedServer> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'samskap-test-'));
  const child = spawn(process.execPath, ['--import', 'tsx', mainFile], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (process.env.SAMSKAP_TEST_VERBOSE) process.stderr.write(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    let started = false;
    lines.on('line', (line) => {
      if (process.env.SAMSKAP_TEST_VERBOSE) process.stdout.write(line + '\n');
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return;
      }
      logs.push(entry);
      if (!started && entry.msg === 'listening' && typeof entry.port === 'number') {
        started = true;
        const port = entry.port;
        resolve({
          url: `http://127.0.0.1:${port}`,
          syncUrl: `ws://127.0.0.1:${port}/sync`,
          port,
          dataDir,
          process: child,
          logs,
          async stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
          async kill() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
            await exited;
          },
          cleanup() {
            if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
          },
        });
      }
    });
    child.once('exit', (code, signal) => {
      if (!started) {
        reject(
          new Error(`server exited before listening (code ${code}, signal ${signal}):\n${stderr}`),
        );
      }
    });
  });
}
