import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFuzz } from '../testing/fuzz';
import { spawnServer, type SpawnedServer } from '../testing/spawnServer';

let server: SpawnedServer;

beforeAll(async () => {
  server = await spawnServer();
});

afterAll(async () => {
  await server.stop();
  server.cleanup();
});

describe('fuzzing the sync server', () => {
  it('[S10] [S12] [S14] random and forged frames from several sockets: the server stays up, answers health, stock clients converge, RSS stays bounded', async () => {
    const result = await runFuzz({
      baseUrl: server.url,
      syncUrl: server.syncUrl,
      serverPid: server.process.pid!,
      seed: 12,
      frames: 1500,
      batchFrames: 300,
      sockets: 6,
    });
    expect(result.frames).toBe(1500);
    expect(server.process.exitCode).toBeNull();
    // Nothing reached Yjs that made it throw: the shape check refused it first ([S10]).
    expect(server.logs.filter((l) => typeof l.level === 'number' && l.level >= 50)).toEqual([]);
    // Every kind of frame was tried, and the server refused the bad ones.
    expect(Object.keys(result.kinds).length).toBeGreaterThanOrEqual(18);
    expect(result.closes[4400]).toBeGreaterThan(0);
    expect(result.maxRssMb).toBeLessThan(600);
  }, 120_000);
});
