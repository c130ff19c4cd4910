import { summarizeList } from '../histogram';
import { WorkerPool } from '../pool';
import type { Target } from '../targets';
import { buildRooms, GENERATOR_THREADS, roomsAfterLeaving, type Figures } from './common';

/**
 * (c) Join storm: a class of tablets joins within one second. Each join also fans the newcomer's
 * presence out to everyone already there, so the work grows with the square of the room.
 */
export async function runJoinStorm(target: Target, clients: number): Promise<Figures> {
  const { specs } = await buildRooms(target, 'c', 1, clients, 0);
  const pool = new WorkerPool(GENERATOR_THREADS, 1, 0);
  try {
    const joined = await pool.add(specs, 1000, 10_000);
    const sync = summarizeList(joined.flatMap((r) => r.syncMs));
    const first = Math.min(...joined.map((r) => r.firstConnectAt));
    const last = Math.max(...joined.map((r) => r.lastSyncedAt));
    const failures = joined.reduce((sum, r) => sum + r.failures, 0);
    const generator = await pool.stats(true);
    await pool.closeClients();
    return {
      'time until all synced (ms, from first connect)':
        failures === 0 ? last - first : `${failures} never synced`,
      'time to first sync p50 (ms)': sync.p50,
      'time to first sync p99 (ms)': sync.p99,
      'time to first sync max (ms)': sync.max,
      'connections failed or dropped': failures,
      'generator event-loop delay p99 (ms, worst thread)': generator.loopDelayP99,
      'documents in memory after all left': await roomsAfterLeaving(target),
    };
  } finally {
    await pool.terminate();
  }
}
