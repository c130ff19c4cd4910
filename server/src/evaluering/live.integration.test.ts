import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from '../testing/spawnServer';
import { createTestWorkshop, listenLive } from '../testing/workshops';

describe('the evaluation on the live channel', () => {
  let server: SpawnedServer;
  beforeAll(async () => {
    server = await spawnServer();
  });
  afterAll(async () => {
    await server.stop();
    server.cleanup();
  });

  it('[EV5] every screen gets the evaluation section with the rest of the state', async () => {
    const w = await createTestWorkshop(server.url);
    const live = listenLive(server.url, w.id, w.projectorToken);
    const state = await live.until((s) => s.evaluering !== undefined, 'the evaluation section');
    expect(state.evaluering).toMatchObject({ status: 'planned', answered: 0, result: null });
    live.close();
  });
});
