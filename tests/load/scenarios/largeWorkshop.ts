import * as Y from 'yjs';
import { LoadClient, type ClientCounters, type SendTimes } from '../client';
import { summarizeList } from '../histogram';
import type { Target } from '../targets';
import { buildRooms, roomsAfterLeaving, sleep, type Figures } from './common';

/** Below our server's default limit of 100 messages a second (awareness shares it). */
const UPDATES_PER_SECOND = 60;

export interface LargeLoad {
  edits: number;
  writers: number;
  editsPerUpdate: number;
  coldLoads: number;
}

export const FULL_LARGE: LargeLoad = {
  edits: 200_000,
  writers: 10,
  editsPerUpdate: 100,
  coldLoads: 3,
};
export const SMOKE_LARGE: LargeLoad = {
  edits: 5_000,
  writers: 2,
  editsPerUpdate: 100,
  coldLoads: 1,
};

const noTimes: SendTimes = { table: new Float64Array(1), perTypist: 0 };

function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));
}

/**
 * One writer's share: `updates` transactions of single-character edits at random places, paced
 * below our server's default per-connection message rate so the setup is not cut off by a limit.
 */
async function pushHistory(
  writer: LoadClient,
  updates: number,
  editsPerUpdate: number,
): Promise<void> {
  const started = performance.now();
  for (let u = 0; u < updates; u++) {
    writer.doc.transact(() => {
      for (let i = 0; i < editsPerUpdate; i++) {
        const length = writer.text.length;
        // One edit in ten deletes, as typing does: the history keeps it as a tombstone.
        if (length > 0 && Math.random() < 0.1)
          writer.text.delete(Math.floor(Math.random() * length), 1);
        else writer.text.insert(Math.floor(Math.random() * (length + 1)), 'x');
      }
    });
    const due = (u + 1) * (1000 / UPDATES_PER_SECOND) - (performance.now() - started);
    await sleep(Math.max(0, due));
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/**
 * (e) A large workshop: `writers` participants push `edits` single-character edits at random
 * places between them (an update per `editsPerUpdate`), everyone leaves, and a newcomer joins. "Warm" is joining while the document is still in memory; "cold" is joining after the
 * server has dropped it, so it must be read back from storage.
 */
export async function runLargeWorkshop(target: Target, load: LargeLoad): Promise<Figures> {
  const counters: ClientCounters = {
    sentMessages: 0,
    sentBytes: 0,
    receivedMessages: 0,
    receivedBytes: 0,
  };
  const { specs } = await buildRooms(target, 'e', 1, load.writers + 1 + load.coldLoads, 0);
  const client = (index: number): LoadClient => {
    const spec = specs[index];
    if (!spec) throw new Error('no such client');
    return new LoadClient(spec, noTimes, counters, () => undefined);
  };
  const writers = Array.from({ length: load.writers }, (_, i) => client(i));
  await Promise.all(writers.map((w) => w.connect(10_000)));
  const writeStart = performance.now();
  const updatesEach = Math.ceil(load.edits / load.editsPerUpdate / load.writers);
  await Promise.all(writers.map((writer) => pushHistory(writer, updatesEach, load.editsPerUpdate)));
  const writeMs = performance.now() - writeStart;
  const expected = writers[0]?.doc ?? new Y.Doc();
  // Every writer holds the whole history once the others' updates have reached it.
  await waitFor(() => writers.every((w) => sameState(w.doc, expected)), 30_000);
  const warm = client(load.writers);
  await warm.connect(30_000);
  const warmSyncMs = warm.syncedAt - warm.connectStartedAt;
  const warmAnswerMs = warm.answeredAt - warm.connectStartedAt;
  const complete = await waitFor(() => sameState(warm.doc, expected), 30_000);
  const figures: Figures = {
    'edits in history': updatesEach * load.writers * load.editsPerUpdate,
    'document state (KB)': Y.encodeStateAsUpdate(expected).length / 1024,
    'time to push the history (ms)': writeMs,
    'warm join: server answer arrived (ms)': warmAnswerMs,
    'warm join: time to first sync (ms)': warmSyncMs,
    'warm join: received everything': complete ? 'yes' : 'NO',
  };
  const expectedVector = Buffer.from(Y.encodeStateVector(expected));
  warm.close();
  for (const writer of writers) writer.close();
  const roomsLeft = await roomsAfterLeaving(target, target.durable ? 15_000 : undefined);
  figures['documents in memory after all left'] = roomsLeft;
  if (!target.durable) {
    figures['cold load (ms)'] =
      'not applicable: in-memory storage keeps nothing once the room is dropped';
    return figures;
  }
  if (roomsLeft > 0) {
    figures['cold load (ms)'] = 'not measured: the document never left memory';
    return figures;
  }
  const coldMs: number[] = [];
  const answerMs: number[] = [];
  let coldComplete = true;
  for (let i = 0; i < load.coldLoads; i++) {
    const cold = client(load.writers + 1 + i);
    await cold.connect(30_000);
    coldMs.push(cold.syncedAt - cold.connectStartedAt);
    answerMs.push(cold.answeredAt - cold.connectStartedAt);
    coldComplete &&= Buffer.from(Y.encodeStateVector(cold.doc)).equals(expectedVector);
    cold.close();
    await roomsAfterLeaving(target, 15_000);
  }
  const cold = summarizeList(coldMs);
  const answer = summarizeList(answerMs);
  // The server's part: until its whole answer has arrived, before the client applies it.
  figures['cold load: server answer arrived (ms, median)'] = answer.p50;
  figures['cold load: server answer arrived (ms, worst)'] = answer.max;
  figures['cold load: time to first sync (ms, median)'] = cold.p50;
  figures['cold load: time to first sync (ms, worst)'] = cold.max;
  figures['cold load: received everything'] = coldComplete ? 'yes' : 'NO';
  return figures;
}
