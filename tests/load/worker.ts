import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { LoadClient, type ClientCounters, type ClientSpec, type SendTimes } from './client';
import { createHistogram, record } from './histogram';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

/** A load-generator thread: runs its share of clients and measures its own event-loop delay. */
const port = parentPort;
if (!port) throw new Error('worker.ts runs only as a worker thread');
const { sendTable, perTypist } = workerData as { sendTable: SharedArrayBuffer; perTypist: number };
const sendTimes: SendTimes = { table: new Float64Array(sendTable), perTypist };

let clients: LoadClient[] = [];
let histogram = createHistogram();
const counters: ClientCounters = {
  sentMessages: 0,
  sentBytes: 0,
  receivedMessages: 0,
  receivedBytes: 0,
};
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function add(
  specs: readonly ClientSpec[],
  spreadMs: number,
  timeoutMs: number,
): Promise<WorkerReply> {
  const created = specs.map(
    (spec) => new LoadClient(spec, sendTimes, counters, (ms) => record(histogram, ms)),
  );
  clients.push(...created);
  const errors: string[] = [];
  const started = performance.now();
  await Promise.all(
    created.map(async (client, index) => {
      // Spread the connects evenly so that "60 within one second" means that, not 60 at once.
      const due = (spreadMs * index) / Math.max(1, created.length);
      const wait = due - (performance.now() - started);
      if (wait > 0) await sleep(wait);
      try {
        await client.connect(timeoutMs);
      } catch (error) {
        errors.push((error as Error).message);
      }
    }),
  );
  const synced = created.filter((c) => c.syncedAt > 0);
  return {
    kind: 'added',
    syncMs: synced.map((c) => c.syncedAt - c.connectStartedAt),
    firstConnectAt: Math.min(...created.map((c) => c.connectStartedAt)),
    lastSyncedAt: Math.max(0, ...synced.map((c) => c.syncedAt)),
    failures: errors.length,
    errors: [...new Set(errors)].slice(0, 3),
  };
}

async function type(durationMs: number, intervalMs: number): Promise<WorkerReply> {
  const typists = clients.filter((c) => c.spec.typistSlot >= 0);
  const timers = typists.map((client) => {
    // A random phase per typist, or every keystroke in the room would land in the same tick.
    const phase = Math.random() * intervalMs;
    let interval: NodeJS.Timeout | undefined;
    const start = setTimeout(() => {
      client.type();
      interval = setInterval(() => client.type(), intervalMs);
    }, phase);
    return () => {
      clearTimeout(start);
      if (interval) clearInterval(interval);
    };
  });
  await sleep(durationMs);
  for (const stop of timers) stop();
  return { kind: 'typed', edits: typists.map((c) => [c.spec.clientId, c.edits] as const) };
}

async function drain(
  expected: ReadonlyMap<number, number>,
  timeoutMs: number,
): Promise<WorkerReply> {
  const missingNow = (): number => {
    let missing = 0;
    for (const client of clients) {
      for (const [id, seen] of client.arrived()) {
        if (id === client.spec.clientId) continue;
        missing += Math.max(0, (expected.get(id) ?? 0) - seen);
      }
    }
    return missing;
  };
  const deadline = performance.now() + timeoutMs;
  let missing = missingNow();
  while (missing > 0 && performance.now() < deadline) {
    await sleep(50);
    missing = missingNow();
  }
  return { kind: 'drained', missing, dropped: clients.filter((c) => c.closedUnexpectedly).length };
}

function stats(reset: boolean): WorkerReply {
  const reply: WorkerReply = {
    kind: 'stats',
    histogram,
    counters: { ...counters },
    // Less the 10 ms period: the histogram holds the time between its timer's ticks.
    loopDelay: {
      p99: Math.max(0, loopDelay.percentile(99) / 1e6 - 10),
      max: Math.max(0, loopDelay.max / 1e6 - 10),
    },
    clients: clients.length,
  };
  if (reset) {
    histogram = createHistogram();
    counters.sentMessages =
      counters.sentBytes =
      counters.receivedMessages =
      counters.receivedBytes =
        0;
    loopDelay.reset();
  }
  return reply;
}

port.on('message', (request: WorkerRequest) => {
  const reply = (async (): Promise<WorkerReply> => {
    switch (request.kind) {
      case 'add':
        return add(request.specs, request.spreadMs, request.timeoutMs);
      case 'type':
        return type(request.durationMs, request.intervalMs);
      case 'drain':
        return drain(new Map(request.expected), request.timeoutMs);
      case 'stats':
        return stats(request.reset);
      case 'close':
        for (const client of clients) client.close();
        clients = [];
        return { kind: 'closed' };
    }
  })();
  reply.then(
    (value) => port.postMessage({ id: request.id, value }),
    (error: unknown) => port.postMessage({ id: request.id, error: String(error) }),
  );
});
