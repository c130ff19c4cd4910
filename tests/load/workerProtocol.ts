import type { ClientCounters, ClientSpec } from './client';

/** What the main thread asks a load worker; each request carries an id echoed in the reply. */
export type WorkerRequest = { id: number } & (
  | { kind: 'add'; specs: ClientSpec[]; spreadMs: number; timeoutMs: number }
  | { kind: 'type'; durationMs: number; intervalMs: number }
  | { kind: 'drain'; expected: [number, number][]; timeoutMs: number }
  | { kind: 'stats'; reset: boolean }
  | { kind: 'close' }
);

export type WorkerReply =
  | {
      kind: 'added';
      syncMs: number[];
      firstConnectAt: number;
      lastSyncedAt: number;
      failures: number;
      errors: string[];
    }
  | { kind: 'typed'; edits: (readonly [number, number])[] }
  | { kind: 'drained'; missing: number; dropped: number }
  | {
      kind: 'stats';
      histogram: Float64Array;
      counters: ClientCounters;
      loopDelay: { p99: number; max: number };
      clients: number;
    }
  | { kind: 'closed' };
