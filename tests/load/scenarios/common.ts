import type { ClientSpec } from '../client';
import { summarize } from '../histogram';
import type { WorkerPool } from '../pool';
import { openWorkshops } from '../samskapAccess';
import {
  health,
  isOurs,
  sampleTarget,
  serverLoopDelay,
  type ProcessSample,
  type Target,
} from '../targets';

/** One figure of one scenario against one server: a number, or why there is none. */
export type Figure = number | string;
export type Figures = Record<string, Figure>;

/** Workers for the load generator: the server needs a core too, so never more than the machine has. */
export const GENERATOR_THREADS = 2;

let nextClientId = 1;

export interface Rooms {
  specs: ClientSpec[];
  typists: number;
}

/**
 * Clients for `rooms` workshops of `perRoom` clients, the first `typistsPerRoom` of each typing.
 * Client ids never repeat within a run, so a Y.Doc clientID is never reused by a later scenario.
 * On our server the workshops are created and joined through its API first.
 */
export async function buildRooms(
  target: Target,
  prefix: string,
  rooms: number,
  perRoom: number,
  typistsPerRoom: number,
): Promise<Rooms> {
  const specs: ClientSpec[] = [];
  let typists = 0;
  const runTag = Date.now().toString(36);
  // Ours admits only participants of a workshop; the references take any room name.
  const workshops = isOurs(target.name)
    ? await openWorkshops(target.httpUrl, rooms, perRoom)
    : undefined;
  for (let r = 0; r < rooms; r++) {
    const room = workshops?.[r]?.room ?? `${prefix}-${runTag}-${r}`;
    const roomTypists: [number, number][] = [];
    const ids = Array.from({ length: perRoom }, () => nextClientId++);
    for (let i = 0; i < typistsPerRoom && i < perRoom; i++)
      roomTypists.push([ids[i] ?? 0, typists++]);
    ids.forEach((clientId, i) => {
      specs.push({
        clientId,
        room,
        // Several instances: the clients of each workshop are dealt over them in turn.
        url: target.instances[i % target.instances.length]!.syncUrl,
        dialect: target.dialect,
        typistSlot: i < typistsPerRoom ? (roomTypists[i]?.[1] ?? -1) : -1,
        roomTypists,
        protocols: workshops?.[r]?.protocols[i],
        part: workshops?.[r]?.part,
      });
    });
  }
  return { specs, typists };
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How long a server may take to drop a room after its last client left. Shorter in the smoke run,
 * which must fit in a minute although the reference y-websocket server never drops a room.
 */
let leaveWaitMs = 5000;
export function setLeaveWait(ms: number): void {
  leaveWaitMs = ms;
}

/** Polls health until no document is left in memory, up to the leave wait; returns the last count. */
export async function roomsAfterLeaving(target: Target, timeoutMs = leaveWaitMs): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  let rooms = (await health(target)).rooms;
  while (rooms > 0 && performance.now() < deadline) {
    await sleep(100);
    rooms = (await health(target)).rooms;
  }
  return rooms;
}

/** Opens a measurement window: resets the generator's and the server's counters. */
export async function openWindow(target: Target, pool: WorkerPool): Promise<ProcessSample> {
  await pool.stats(true);
  await serverLoopDelay(target);
  return sampleTarget(target);
}

/** Closes the window opened by `openWindow` and turns what was counted into figures. */
export async function closeWindow(
  target: Target,
  pool: WorkerPool,
  start: ProcessSample,
): Promise<Figures> {
  const end = await sampleTarget(target);
  const loop = await serverLoopDelay(target);
  const generator = await pool.stats(true);
  const seconds = (end.at - start.at) / 1000;
  const latency = summarize(generator.histogram);
  return {
    'edit latency p50 (ms)': latency.p50,
    'edit latency p99 (ms)': latency.p99,
    'edit latency max (ms)': latency.max,
    'edits delivered': latency.count,
    'server event-loop delay p99 (ms)': loop?.p99 ?? 'not measured (probe not loaded)',
    'server event-loop delay max (ms)': loop?.max ?? 'not measured (probe not loaded)',
    'server RSS (MB)': end.rssBytes / 2 ** 20,
    'server CPU (% of one core)': ((end.cpuSeconds - start.cpuSeconds) / seconds) * 100,
    'messages/s into server': generator.sentMessages / seconds,
    'messages/s out of server': generator.receivedMessages / seconds,
    'KB/s into server': generator.sentBytes / 1024 / seconds,
    'KB/s out of server': generator.receivedBytes / 1024 / seconds,
    'generator event-loop delay p99 (ms, worst thread)': generator.loopDelayP99,
    'generator event-loop delay max (ms, worst thread)': generator.loopDelayMax,
  };
}
