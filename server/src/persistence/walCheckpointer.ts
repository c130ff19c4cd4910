import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { SqliteDatabase } from './database';

/** What one checkpoint did: WAL pages in the log and pages copied into the database. */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

export interface WalCheckpointer {
  /** Stops the thread; the connection that closes last checkpoints what is left. */
  stop(): Promise<void>;
}

export interface WalCheckpointerOptions {
  intervalMs?: number;
  onCheckpoint?: (result: CheckpointResult) => void;
  onError?: (err: Error) => void;
}

// Plain CommonJS, run with `eval`: the thread needs no TypeScript loader, whatever runs the server.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ result });
  } catch (err) {
    parentPort.postMessage({ error: String(err && err.message || err) });
  }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Moves WAL checkpoints off the main thread. SQLite's automatic checkpoint runs inside whichever
 * commit crosses 1000 pages and syncs the database file there: a pause of tens of milliseconds
 * in the middle of an append, that is, between a keystroke and its broadcast. Here the main
 * connection never checkpoints; a worker thread with its own connection does, passively, every
 * `intervalMs`, without blocking writers. If the thread fails, automatic checkpoints come back.
 */
export function startWalCheckpointer(
  db: SqliteDatabase,
  file: string,
  options: WalCheckpointerOptions = {},
): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  db.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: { file, driver, intervalMs: options.intervalMs ?? 500 },
  });
  worker.unref();
  let stopped = false;
  const restoreAutomatic = () => {
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  };
  worker.on('message', (m: { result?: CheckpointResult; error?: string }) => {
    if (m.result) options.onCheckpoint?.(m.result);
    if (m.error) options.onError?.(new Error(`WAL checkpoint failed: ${m.error}`));
  });
  worker.on('error', (err) => {
    restoreAutomatic();
    options.onError?.(err);
  });
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      if (!stopped) restoreAutomatic();
      resolve();
    }),
  );
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      worker.postMessage('stop');
      await exited;
    },
  };
}
