import { WorkerPool } from '../pool';
import { health, sampleTarget, type Target } from '../targets';
import {
  buildRooms,
  closeWindow,
  GENERATOR_THREADS,
  openWindow,
  roomsAfterLeaving,
  sleep,
  type Figures,
} from './common';

export interface CapacityLoad {
  /** Workshop counts to try in order; stops at the first that does not hold. */
  levels: number[];
  perRoom: number;
  typistsPerRoom: number;
  keysPerSecond: number;
  seconds: number;
  /** Connects per second while filling up: a bounded ramp, not a 6,000-socket stampede. */
  connectsPerSecond: number;
  p99TargetMs: number;
}

export const FULL_CAPACITY: CapacityLoad = {
  levels: [10, 25, 50, 100],
  perRoom: 60,
  typistsPerRoom: 1,
  keysPerSecond: 5,
  seconds: 10,
  connectsPerSecond: 600,
  p99TargetMs: 50,
};
export const SMOKE_CAPACITY: CapacityLoad = {
  ...FULL_CAPACITY,
  levels: [2],
  perRoom: 20,
  seconds: 2,
};

export interface CapacityResult {
  /** Figures of the largest level that held (or of the first level, if none did). */
  figures: Figures;
  levels: { workshops: number; held: boolean; why: string; figures: Figures }[];
}

async function runLevel(
  target: Target,
  load: CapacityLoad,
  workshops: number,
): Promise<{ held: boolean; why: string; figures: Figures }> {
  const { specs, typists } = await buildRooms(
    target,
    'b',
    workshops,
    load.perRoom,
    load.typistsPerRoom,
  );
  const pool = new WorkerPool(
    GENERATOR_THREADS,
    Math.ceil((load.seconds + 1) * load.keysPerSecond * 1.5) + 10,
    typists,
  );
  try {
    const base = await sampleTarget(target);
    const spreadMs = (specs.length / load.connectsPerSecond) * 1000;
    const joined = await pool.add(specs, spreadMs, 20_000);
    const failures = joined.reduce((sum, r) => sum + r.failures, 0);
    await sleep(2000);
    const idle = await sampleTarget(target);
    const { connections } = await health(target);
    await pool.type(1000, 1000 / load.keysPerSecond);
    const start = await openWindow(target, pool);
    const edits = await pool.type(load.seconds * 1000, 1000 / load.keysPerSecond);
    const { missing, dropped } = await pool.drain(edits, 10_000);
    const window = await closeWindow(target, pool, start);
    await pool.closeClients();
    const sent = [...edits.values()].reduce((sum, n) => sum + n, 0);
    const figures: Figures = {
      workshops,
      connections: specs.length,
      'connections the server counted': connections,
      'server RSS idle, all connected (MB)': idle.rssBytes / 2 ** 20,
      'memory per idle connection (KB, RSS growth / connections, incl. room share)':
        (idle.rssBytes - base.rssBytes) / 1024 / Math.max(1, specs.length - failures),
      ...window,
      'edits typed': sent,
      'deliveries missing': missing,
      'connections failed or dropped': failures + dropped,
      'documents in memory after all left': await roomsAfterLeaving(target),
    };
    const p99 = Number(window['edit latency p99 (ms)']);
    const why =
      failures + dropped > 0
        ? `${failures + dropped} connections failed`
        : missing > 0
          ? `${missing} deliveries missing`
          : !(p99 <= load.p99TargetMs)
            ? `p99 ${p99.toFixed(1)} ms > ${load.p99TargetMs} ms`
            : 'held';
    // Server and generator share two cores (and other work on the machine): say which was saturated.
    const generatorDelay = Number(window['generator event-loop delay p99 (ms, worst thread)']);
    const saturated = why !== 'held' && generatorDelay > load.p99TargetMs;
    const note = saturated
      ? ` (generator event-loop p99 ${generatorDelay.toFixed(0)} ms: the machine was saturated)`
      : '';
    return { held: why === 'held', why: why + note, figures };
  } finally {
    await pool.terminate();
  }
}

/**
 * (b) Capacity: step the number of 60-client workshops up until one level does not hold
 * (a failed connection, a lost edit, or p99 over the target) and report the largest that did.
 */
export async function runCapacity(target: Target, load: CapacityLoad): Promise<CapacityResult> {
  const levels: CapacityResult['levels'] = [];
  for (const workshops of load.levels) {
    const level = await runLevel(target, load, workshops);
    levels.push({ workshops, ...level });
    if (!level.held) break;
  }
  const held = levels.filter((l) => l.held);
  const best = held[held.length - 1] ?? levels[0];
  const stopped = levels.find((l) => !l.held);
  return {
    figures: {
      'most workshops held (p99 ≤ target, nothing lost)':
        held.length > 0 ? (best?.workshops ?? 0) : 'none',
      'first level that did not hold': stopped
        ? `${stopped.workshops}: ${stopped.why}`
        : 'none tried failed',
      ...(best?.figures ?? {}),
    },
    levels,
  };
}
