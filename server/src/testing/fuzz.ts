import { MessageType } from '@samskap/shared/protocol';
import * as encoding from 'lib0/encoding';
import { readFileSync } from 'node:fs';
import { WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { encodeAwarenessUpdate } from '../sync/awarenessFilter';
import { connectClient, openRawSocket, type TestClient } from './clients';
import { detachedUpdate, selfReferencingUpdate, splitEdit } from './forgedUpdates';
import { waitFor } from './waitFor';
import { createTestWorkshop, joinTestWorkshop, TEST_PART } from './workshops';

/**
 * A fuzzer for the sync server: random and mutated y-websocket frames from several raw sockets
 * with real credentials, against a running server. After each batch it checks that the server
 * answers health, that stock clients (in the fuzzed workshop and in another) still converge, and
 * reads the server's RSS. Deterministic for a seed (the frames; not the timing).
 */

export interface FuzzOptions {
  baseUrl: string;
  syncUrl: string;
  /** The server process, for its RSS from /proc. */
  serverPid: number;
  seed: number;
  frames: number;
  /** Frames per batch; checks run between batches. */
  batchFrames?: number;
  sockets?: number;
  onBatch?: (progress: FuzzProgress) => void;
}

export interface FuzzProgress {
  frames: number;
  batches: number;
  /** Socket closes by close code (what the server answered the fuzz with). */
  closes: Record<string, number>;
  maxRssMb: number;
  worstHealthMs: number;
  /** Frames sent of each kind. */
  kinds: Record<string, number>;
}

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

function msg(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

const syncMsg = (kind: number, payload: Uint8Array) =>
  msg((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, kind);
    encoding.writeVarUint8Array(e, payload);
  });

const awarenessMsg = (entries: Array<{ clientId: number; clock: number; state: string }>) =>
  msg((e) => {
    encoding.writeVarUint(e, MessageType.awareness);
    encoding.writeVarUint8Array(e, encodeAwarenessUpdate(entries));
  });

/** Makes frames of every kind the fuzzer knows, from one random source. */
export class FrameMaker {
  private readonly doc = new Y.Doc();
  private clock = 1;
  constructor(private readonly random: () => number) {
    this.doc.clientID = this.int(1, 2 ** 31);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min));
  }

  bytes(n: number): Uint8Array {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = this.int(0, 256);
    return b;
  }

  /** A real edit of this maker's document, as the update it produced. */
  edit(): Uint8Array {
    let captured: Uint8Array | null = null;
    const capture = (u: Uint8Array) => (captured = u);
    this.doc.once('update', capture);
    const t = this.doc.getText('t');
    if (t.length > 20 && this.random() < 0.3) t.delete(this.int(0, t.length - 5), 3);
    else t.insert(this.int(0, t.length + 1), 'x'.repeat(this.random() < 0.05 ? 20_000 : 8));
    this.doc.off('update', capture);
    return captured ?? new Uint8Array([0, 0]);
  }

  mutate(b: Uint8Array): Uint8Array {
    const out = b.slice();
    for (let i = this.int(1, 5); i > 0 && out.length > 0; i--) {
      out[this.int(0, out.length)] = this.int(0, 256);
    }
    return out;
  }

  /** One frame and its kind. */
  next(): { kind: string; data: Uint8Array } {
    const update = syncProtocol.messageYjsUpdate;
    const r = this.int(0, 20);
    switch (r) {
      case 0:
        return { kind: 'random bytes', data: this.bytes(this.int(0, 64)) };
      case 1:
      case 2:
        return { kind: 'valid update', data: syncMsg(update, this.edit()) };
      case 3: {
        const u = this.edit();
        return {
          kind: 'truncated update',
          data: syncMsg(update, u.slice(0, this.int(0, u.length))),
        };
      }
      case 4:
        return { kind: 'mutated update', data: syncMsg(update, this.mutate(this.edit())) };
      case 5:
        return {
          kind: 'self-referencing update',
          data: syncMsg(update, selfReferencingUpdate(this.int(1, 1000), this.int(0, 50))),
        };
      case 6:
        return {
          kind: 'huge clock',
          data: syncMsg(update, detachedUpdate(this.int(1, 2 ** 31), 2 ** this.int(20, 53), 'far')),
        };
      case 7: {
        const { second } = splitEdit(this.int(1, 2 ** 31), this.int(1, 100_000));
        return { kind: 'missing first structs', data: syncMsg(update, second) };
      }
      case 8:
        return {
          kind: 'step 1',
          data: syncMsg(
            syncProtocol.messageYjsSyncStep1,
            this.random() < 0.5 ? Y.encodeStateVector(this.doc) : this.bytes(this.int(0, 12)),
          ),
        };
      case 9:
        return {
          kind: 'step 2',
          data: syncMsg(syncProtocol.messageYjsSyncStep2, this.mutate(this.edit())),
        };
      case 10:
      case 11:
        return {
          kind: 'awareness own',
          data: awarenessMsg([
            {
              clientId: this.doc.clientID,
              clock: this.clock++,
              state: JSON.stringify({ cursor: this.int(0, 100), user: { name: 'Forged' } }),
            },
          ]),
        };
      case 12:
        return {
          kind: 'awareness oversize',
          data: awarenessMsg([
            {
              clientId: this.doc.clientID,
              clock: this.clock++,
              state: JSON.stringify({ blob: 'x'.repeat(this.int(8_000, 200_000)) }),
            },
          ]),
        };
      case 13:
        return {
          kind: 'awareness foreign id',
          data: awarenessMsg([
            { clientId: this.int(1, 50), clock: this.int(0, 2 ** 30), state: '{"cursor":1}' },
          ]),
        };
      case 14: {
        const states = ['not json', '[1,2]', '3', 'null', '{"a":', '"s"'];
        return {
          kind: 'awareness garbage state',
          data: awarenessMsg([
            {
              clientId: this.doc.clientID,
              clock: this.clock++,
              state: states[this.int(0, states.length)]!,
            },
          ]),
        };
      }
      case 15: {
        const a = awarenessMsg([
          { clientId: this.doc.clientID, clock: this.clock++, state: '{"cursor":2}' },
        ]);
        return { kind: 'awareness truncated', data: a.slice(0, this.int(1, a.length)) };
      }
      case 16:
        return { kind: 'query awareness', data: msg((e) => encoding.writeVarUint(e, 3)) };
      case 17:
        return {
          kind: 'unknown type',
          data: msg((e) => {
            encoding.writeVarUint(e, this.int(4, 2 ** 20));
            encoding.writeUint8Array(e, this.bytes(4));
          }),
        };
      case 18:
        return { kind: 'varuint overflow', data: new Uint8Array(12).fill(0xff) };
      default:
        return { kind: 'mutated frame', data: this.mutate(syncMsg(update, this.edit())) };
    }
  }
}

interface Fuzzer {
  ws: WebSocket | null;
  token: string;
  maker: FrameMaker;
}

/** Runs the fuzz; throws when a check fails (health, convergence, the server gone). */
export async function runFuzz(options: FuzzOptions): Promise<FuzzProgress> {
  const random = prng(options.seed);
  const batchFrames = options.batchFrames ?? 200;
  const { baseUrl, syncUrl } = options;
  const target = await createTestWorkshop(baseUrl);
  const other = await createTestWorkshop(baseUrl);
  const tokens = [target.facilitatorToken, target.projectorToken];
  for (let i = 0; i < 4; i++) {
    const p = await joinTestWorkshop(baseUrl, { code: target.joinCode, role: 'folkevalgt' });
    tokens.push(p.participantToken);
  }
  const stock: TestClient[] = [
    connectClient(syncUrl, target.room, target.facilitatorToken),
    connectClient(syncUrl, target.room, tokens[2]!),
    connectClient(syncUrl, other.room, other.facilitatorToken),
    connectClient(syncUrl, other.room, other.facilitatorToken),
  ];
  const progress: FuzzProgress = {
    frames: 0,
    batches: 0,
    closes: {},
    maxRssMb: rssMb(options.serverPid),
    worstHealthMs: 0,
    kinds: {},
  };
  const fuzzers: Fuzzer[] = Array.from({ length: options.sockets ?? 6 }, (_, i) => ({
    ws: null,
    token: tokens[i % tokens.length]!,
    maker: new FrameMaker(prng(options.seed * 1000 + i)),
  }));

  async function open(f: Fuzzer): Promise<WebSocket | null> {
    if (f.ws && f.ws.readyState === WebSocket.OPEN) return f.ws;
    try {
      const ws = await openRawSocket(syncUrl, target.room, f.token);
      ws.on('error', () => {});
      ws.on('close', (code) => {
        progress.closes[code] = (progress.closes[code] ?? 0) + 1;
      });
      f.ws = ws;
      return ws;
    } catch {
      return null;
    }
  }

  async function check(marker: string): Promise<void> {
    const started = performance.now();
    const res = await fetch(`${baseUrl}/api/health`);
    const took = performance.now() - started;
    if (res.status !== 200) throw new Error(`health answered ${res.status}`);
    progress.worstHealthMs = Math.max(progress.worstHealthMs, took);
    for (const [a, b] of [
      [stock[0]!, stock[1]!],
      [stock[2]!, stock[3]!],
    ] as const) {
      await waitFor(() => a.provider.synced, `a stock client synced (${marker})`, 30_000);
      a.doc.getText(TEST_PART).insert(0, marker);
      await waitFor(
        () => b.doc.getText(TEST_PART).toString().includes(marker),
        `stock clients converge (${marker})`,
        30_000,
      );
    }
    progress.maxRssMb = Math.max(progress.maxRssMb, rssMb(options.serverPid));
  }

  try {
    await check('start');
    while (progress.frames < options.frames) {
      const n = Math.min(batchFrames, options.frames - progress.frames);
      for (let i = 0; i < n; i++) {
        const f = fuzzers[Math.floor(random() * fuzzers.length)]!;
        const ws = await open(f);
        const { kind, data } = f.maker.next();
        progress.kinds[kind] = (progress.kinds[kind] ?? 0) + 1;
        progress.frames++;
        if (ws) ws.send(data);
        if (i % 20 === 19) await new Promise((r) => setImmediate(r));
      }
      progress.batches++;
      await check(`batch ${progress.batches}`);
      options.onBatch?.(progress);
    }
  } finally {
    for (const f of fuzzers) f.ws?.terminate();
    for (const c of stock) c.destroy();
  }
  return progress;
}
