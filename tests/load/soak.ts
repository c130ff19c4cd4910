/**
 * The soak (issue 12): one workshop of 60 tablets typing for a long time, each dropping its
 * connection every few minutes and typing on while offline, as tablets on school Wi-Fi do.
 * Passes when every edit typed is in the document a fresh client loads at the end (nothing
 * lost) and the server's RSS ends near where it was after warm-up (flat). Loopback only; the
 * server runs with its defaults, tablets are stock y-websocket clients with their own
 * participant tokens (joined through the API). Usage:
 * `pnpm soak [--minutes 30] [--tablets 60] [--reconnect-minutes 3]`;
 * writes `load/results/soak-<date>.json`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spawnServer } from '@samskap/server/testing';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { openWorkshops } from './samskapAccess';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    tablets: { type: 'string', default: '60' },
    'reconnect-minutes': { type: 'string', default: '3' },
    'type-every-ms': { type: 'string', default: '2000' },
  },
});
const minutes = Number(values.minutes);
const tabletCount = Number(values.tablets);
const reconnectMs = Number(values['reconnect-minutes']) * 60_000;
const typeEveryMs = Number(values['type-every-ms']);
for (const [name, v] of Object.entries({ minutes, tabletCount, reconnectMs, typeEveryMs })) {
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number`);
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

interface Tablet {
  doc: Y.Doc;
  provider: WebsocketProvider;
  typed: number;
  reconnects: number;
  nextReconnectAt: number;
}

const server = await spawnServer();
const pid = server.process.pid!;
const started = Date.now();
const endAt = started + minutes * 60_000;
const [workshop] = await openWorkshops(server.url, 1, tabletCount);
const room = workshop!.room;
const syncUrl = server.syncUrl;

function connect(protocols: string[]): Tablet {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    protocols,
  });
  return {
    doc,
    provider,
    typed: 0,
    reconnects: 0,
    nextReconnectAt: Date.now() + reconnectMs * (0.5 + Math.random()),
  };
}

const tablets = workshop!.protocols.map((p) => connect(p));
const samples: Array<{ atS: number; rssMb: number; healthMs: number }> = [];
let worstHealthMs = 0;

async function sample(): Promise<void> {
  const t0 = performance.now();
  const res = await fetch(`${server.url}/api/health`);
  const healthMs = performance.now() - t0;
  if (res.status !== 200) throw new Error(`health answered ${res.status}`);
  worstHealthMs = Math.max(worstHealthMs, healthMs);
  samples.push({ atS: Math.round((Date.now() - started) / 1000), rssMb: rssMb(pid), healthMs });
}

// Each tablet types a token of its own every few seconds (jittered), into one shared text,
// with a cursor in its awareness like the editor's; every few minutes it loses the connection
// for 5–20 s and goes on typing, as a tablet on flaky Wi-Fi does.
const timers: NodeJS.Timeout[] = [];
const TOKEN_WIDTH = '[000:000000]'.length;
tablets.forEach((tablet, i) => {
  const typeOnce = () => {
    const text = tablet.doc.getText('t');
    // Tokens of one width, inserted between tokens: concurrent inserts never split one.
    const token = `[${String(i).padStart(3, '0')}:${String(tablet.typed).padStart(6, '0')}]`;
    const slots = Math.floor(text.length / TOKEN_WIDTH) + 1;
    text.insert(Math.floor(Math.random() * slots) * TOKEN_WIDTH, token);
    tablet.typed++;
    tablet.provider.awareness.setLocalStateField('cursor', { index: text.length });
    if (Date.now() >= tablet.nextReconnectAt && tablet.provider.wsconnected) {
      tablet.reconnects++;
      tablet.provider.disconnect();
      const away = 5_000 + Math.random() * 15_000;
      timers.push(setTimeout(() => tablet.provider.connect(), away));
      tablet.nextReconnectAt = Date.now() + away + reconnectMs * (0.5 + Math.random());
    }
  };
  const loop = () => {
    if (Date.now() >= endAt) return;
    typeOnce();
    timers.push(setTimeout(loop, typeEveryMs * (0.5 + Math.random())));
  };
  timers.push(setTimeout(loop, Math.random() * typeEveryMs));
});

const sampler = setInterval(() => {
  sample().catch((err: unknown) => console.error('sample failed', err));
}, 10_000);
while (Date.now() < endAt) {
  await new Promise((r) => setTimeout(r, 30_000));
  const last = samples.at(-1);
  if (last) console.log(`${last.atS} s: RSS ${last.rssMb.toFixed(0)} MB`);
}
clearInterval(sampler);
for (const t of timers) clearTimeout(t);
// Everyone back online, then everyone synced: all edits have reached the server.
for (const t of tablets) if (!t.provider.wsconnected) t.provider.connect();
const deadline = Date.now() + 120_000;
while (Date.now() < deadline && !tablets.every((t) => t.provider.synced)) {
  await new Promise((r) => setTimeout(r, 200));
}
const expected = tablets.reduce((n, t) => n + t.typed, 0);
const countIn = (doc: Y.Doc) =>
  (
    doc
      .getText('t')
      .toString()
      .match(/\[\d+:\d+\]/g) ?? []
  ).length;
while (Date.now() < deadline && !tablets.every((t) => countIn(t.doc) === expected)) {
  await new Promise((r) => setTimeout(r, 200));
}
const tabletsComplete = tablets.filter((t) => countIn(t.doc) === expected).length;
await sample();
for (const t of tablets) {
  t.provider.destroy();
  t.doc.destroy();
}
// A fresh client after everyone left: the room is loaded from storage.
await new Promise((r) => setTimeout(r, 2_000));
const fresh = connect(workshop!.protocols[0]!);
while (Date.now() < deadline + 30_000 && countIn(fresh.doc) < expected) {
  await new Promise((r) => setTimeout(r, 200));
}
const stored = countIn(fresh.doc);
fresh.provider.destroy();
await server.stop();
server.cleanup();

// Flat: the median of the last fifth of samples against the median of the second fifth (the
// first is warm-up: joins, the first rooms, JIT).
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fifth = Math.max(1, Math.floor(samples.length / 5));
const early = median(samples.slice(fifth, 2 * fifth).map((s) => s.rssMb));
const late = median(samples.slice(-fifth).map((s) => s.rssMb));
const report = {
  date: new Date(started).toISOString(),
  minutes,
  tablets: tabletCount,
  editsTyped: expected,
  reconnects: tablets.reduce((n, t) => n + t.reconnects, 0),
  tabletsWithEveryEdit: tabletsComplete,
  editsInStoredDocument: stored,
  lost: expected - stored,
  rssAfterWarmupMb: Math.round(early),
  rssAtEndMb: Math.round(late),
  rssMaxMb: Math.round(Math.max(...samples.map((s) => s.rssMb))),
  worstHealthMs: Math.round(worstHealthMs),
  samples,
};
const dir = join(dirname(fileURLToPath(import.meta.url)), 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, `soak-${report.date.replace(/[:.]/g, '-')}.json`),
  JSON.stringify(report, null, 2),
);
console.log(JSON.stringify({ ...report, samples: samples.length }, null, 2));
if (report.lost !== 0 || tabletsComplete !== tabletCount) process.exitCode = 1;
process.exit();
