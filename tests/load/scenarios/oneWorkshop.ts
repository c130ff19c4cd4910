import { summarizeList } from '../histogram';
import { WorkerPool } from '../pool';
import type { Target } from '../targets';
import {
  buildRooms,
  closeWindow,
  GENERATOR_THREADS,
  openWindow,
  roomsAfterLeaving,
  type Figures,
} from './common';

export interface WorkshopLoad {
  clients: number;
  typists: number;
  keysPerSecond: number;
  seconds: number;
}

export const FULL_WORKSHOP: WorkshopLoad = {
  clients: 60,
  typists: 10,
  keysPerSecond: 5,
  seconds: 20,
};
export const SMOKE_WORKSHOP: WorkshopLoad = {
  clients: 20,
  typists: 4,
  keysPerSecond: 5,
  seconds: 2,
};

/**
 * (a) One workshop: everyone joins, some type with their cursor in awareness, then everyone
 * leaves. Every edit must reach every other client, and the room must leave memory.
 */
export async function runOneWorkshop(target: Target, load: WorkshopLoad): Promise<Figures> {
  const { specs, typists } = await buildRooms(target, 'a', 1, load.clients, load.typists);
  const pool = new WorkerPool(
    GENERATOR_THREADS,
    Math.ceil((load.seconds + 1) * load.keysPerSecond * 1.5) + 10,
    typists,
  );
  try {
    const joined = await pool.add(specs, 1000, 10_000);
    const failures = joined.reduce((sum, r) => sum + r.failures, 0);
    // A second of typing outside the window: JIT warm-up of server and clients is not latency.
    await pool.type(1000, 1000 / load.keysPerSecond);
    const start = await openWindow(target, pool);
    const edits = await pool.type(load.seconds * 1000, 1000 / load.keysPerSecond);
    const { missing, dropped } = await pool.drain(edits, 5000);
    const figures = await closeWindow(target, pool, start);
    const sent = [...edits.values()].reduce((sum, n) => sum + n, 0);
    const sync = summarizeList(joined.flatMap((r) => r.syncMs));
    await pool.closeClients();
    return {
      ...figures,
      'time to first sync p50 (ms)': sync.p50,
      'time to first sync p99 (ms)': sync.p99,
      'edits typed': sent,
      'deliveries expected': sent * (load.clients - 1),
      'deliveries missing': missing,
      'connections failed or dropped': failures + dropped,
      'documents in memory after all left': await roomsAfterLeaving(target),
    };
  } finally {
    await pool.terminate();
  }
}
