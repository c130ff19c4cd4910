import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { composeApp } from '../composeApp';
import { loadConfig } from '../config';
import { localFanOut } from './openFanOut';

const config = loadConfig({ STORAGE: 'memory', CLIENT_DIST: '/nonexistent', INSTANCE_ID: 'web-1' });
const log = pino({ level: 'silent' });

describe('[F11] readiness beside liveness', () => {
  it('[F11] one instance is ready when its database answers; health names the instance', async () => {
    const app = composeApp({ config, log });
    try {
      const ready = await app.app.request('/api/ready');
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        status: 'ready',
        instance: 'web-1',
        checks: { database: null },
      });
      const health = await app.app.request('/api/health');
      expect(await health.json()).toMatchObject({ status: 'ok', instance: 'web-1' });
    } finally {
      await app.close();
    }
  });

  it('[F11] when Redis does not answer, not ready (503) with the reason; still alive', async () => {
    const fanout = {
      ...localFanOut('web-2'),
      kind: 'redis' as const,
      check: () => Promise.resolve('Redis does not answer: connection refused'),
    };
    const app = composeApp({ config, log, fanout });
    try {
      const ready = await app.app.request('/api/ready');
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({
        status: 'unavailable',
        instance: 'web-2',
        checks: { database: null, redis: 'Redis does not answer: connection refused' },
        reason: 'redis: Redis does not answer: connection refused',
      });
      expect((await app.app.request('/api/health')).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('[F11] when the database does not answer, not ready (503) naming it', async () => {
    const app = composeApp({ config, log });
    app.db!.close();
    const ready = await app.app.request('/api/ready');
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { checks: { database: string }; reason: string };
    expect(body.checks.database).toMatch(/^the database does not answer/);
    expect(body.reason).toMatch(/^database: /);
  });
});
