import { Worker } from 'node:worker_threads';
import type { ClientSpec } from './client';
import { createHistogram, mergeInto } from './histogram';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = Distribute<WorkerRequest>;
type ReplyOf<K extends WorkerReply['kind']> = Extract<WorkerReply, { kind: K }>;

const workerUrl = new URL('./worker.ts', import.meta.url).href;
// A data: module has no base to resolve a bare `tsx` from, so both addresses are made absolute here.
const bootstrap = new URL(
  'data:text/javascript,' +
    encodeURIComponent(
      `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};` +
        `register(); await import(${JSON.stringify(workerUrl)});`,
    ),
);

export interface PoolStats {
  histogram: Float64Array;
  sentMessages: number;
  sentBytes: number;
  receivedMessages: number;
  receivedBytes: number;
  /** Worst event-loop delay p99 and max over the workers, ms: is the generator keeping up? */
  loopDelayP99: number;
  loopDelayMax: number;
}

/**
 * Load-generator worker threads. Clients are dealt out room by room, so one room's clients share a
 * thread only when there are more rooms than threads, and every request goes to every worker.
 */
export class WorkerPool {
  private readonly workers: Worker[];
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (v: WorkerReply) => void; reject: (e: Error) => void }
  >();
  readonly sendTable: SharedArrayBuffer;

  constructor(
    count: number,
    readonly perTypist: number,
    typists: number,
  ) {
    this.sendTable = new SharedArrayBuffer(
      Math.max(1, typists * perTypist) * Float64Array.BYTES_PER_ELEMENT,
    );
    this.workers = Array.from({ length: count }, () => {
      // The worker is TypeScript too, and a worker does not inherit the main thread's loader hooks.
      const worker = new Worker(bootstrap, {
        workerData: { sendTable: this.sendTable, perTypist },
      });
      worker.on('message', (message: { id: number; value?: WorkerReply; error?: string }) => {
        const waiter = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error !== undefined) waiter?.reject(new Error(message.error));
        else if (message.value) waiter?.resolve(message.value);
      });
      worker.on('error', (error) => {
        for (const waiter of this.pending.values()) waiter.reject(error);
        this.pending.clear();
      });
      return worker;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  private ask<K extends WorkerReply['kind']>(
    worker: Worker,
    request: Request,
  ): Promise<ReplyOf<K>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: WorkerReply) => void, reject });
      worker.postMessage({ ...request, id });
    });
  }

  private all<K extends WorkerReply['kind']>(request: Request): Promise<ReplyOf<K>[]> {
    return Promise.all(this.workers.map((worker) => this.ask<K>(worker, request)));
  }

  /** Connects clients (split by room over workers) and waits until each synced or failed. */
  async add(
    specs: readonly ClientSpec[],
    spreadMs: number,
    timeoutMs: number,
  ): Promise<ReplyOf<'added'>[]> {
    const rooms = [...new Set(specs.map((s) => s.room))];
    const shares: ClientSpec[][] = this.workers.map(() => []);
    specs.forEach((spec, index) => {
      // One room: deal its clients round-robin; many rooms: whole rooms per worker.
      const slot = rooms.length >= this.workers.length ? rooms.indexOf(spec.room) : index;
      shares[slot % this.workers.length]?.push(spec);
    });
    return Promise.all(
      this.workers.map((worker, i) =>
        this.ask<'added'>(worker, { kind: 'add', specs: shares[i] ?? [], spreadMs, timeoutMs }),
      ),
    );
  }

  /** Typists type for `durationMs`; resolves with the edit count per typist clientId. */
  async type(durationMs: number, intervalMs: number): Promise<Map<number, number>> {
    const replies = await this.all<'typed'>({ kind: 'type', durationMs, intervalMs });
    return new Map(replies.flatMap((r) => r.edits));
  }

  /** Waits until every client holds every edit; returns the deliveries still missing. */
  async drain(
    expected: Map<number, number>,
    timeoutMs: number,
  ): Promise<{ missing: number; dropped: number }> {
    const replies = await this.all<'drained'>({
      kind: 'drain',
      expected: [...expected],
      timeoutMs,
    });
    return {
      missing: replies.reduce((sum, r) => sum + r.missing, 0),
      dropped: replies.reduce((sum, r) => sum + r.dropped, 0),
    };
  }

  async stats(reset: boolean): Promise<PoolStats> {
    const replies = await this.all<'stats'>({ kind: 'stats', reset });
    const histogram = createHistogram();
    for (const reply of replies) mergeInto(histogram, reply.histogram);
    const sum = (pick: (r: ReplyOf<'stats'>) => number): number =>
      replies.reduce((s, r) => s + pick(r), 0);
    return {
      histogram,
      sentMessages: sum((r) => r.counters.sentMessages),
      sentBytes: sum((r) => r.counters.sentBytes),
      receivedMessages: sum((r) => r.counters.receivedMessages),
      receivedBytes: sum((r) => r.counters.receivedBytes),
      loopDelayP99: Math.max(...replies.map((r) => r.loopDelay.p99)),
      loopDelayMax: Math.max(...replies.map((r) => r.loopDelay.max)),
    };
  }

  async closeClients(): Promise<void> {
    await this.all<'closed'>({ kind: 'close' });
  }

  async terminate(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
