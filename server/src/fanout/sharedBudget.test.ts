import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLog } from '../testing/roomHarness';
import { redisAnswers, TEST_REDIS_URL, testRedis } from '../testing/redis';
import type { RedisCommand } from './redisBus';
import { SharedBudget, SharedKnownCodes } from './sharedBudget';

const available = await redisAnswers();
const failing: RedisCommand = () => Promise.reject(new Error('connection lost'));

describe('[F10] a shared budget without Redis', () => {
  it('[F10] falls back to a budget of its own: the same sizes, the same refusals', async () => {
    const budget = new SharedBudget({
      command: failing,
      log: silentLog,
      keyPrefix: 'x:',
      perAddress: { burst: 2, perMinute: 1 },
      server: { burst: 100, perMinute: 1 },
    });
    expect(await budget.spend('10.0.0.1')).toEqual({ ok: true });
    expect(await budget.spend('10.0.0.1')).toEqual({ ok: true });
    expect(await budget.spend('10.0.0.1')).toMatchObject({ ok: false, scope: 'address' });
    const known = new SharedKnownCodes(failing, silentLog, 'x:');
    await known.remember('10.0.0.1', 'ABCDEF');
    expect(await known.has('10.0.0.1', 'ABCDEF')).toBe(true);
  });
});

if (!available) {
  describe.skip(`[F10] shared budgets (skipped: Redis did not answer at ${TEST_REDIS_URL})`, () => {
    it('needs Redis', () => undefined);
  });
} else {
  describe('[F10] budgets shared through Redis', () => {
    let redis: Awaited<ReturnType<typeof testRedis>>;
    const prefix = `test-${randomBytes(6).toString('hex')}:`;
    beforeAll(async () => {
      redis = await testRedis();
    });
    afterAll(async () => {
      const keys: string[] = [];
      for await (const batch of redis.scanIterator({ MATCH: `${prefix}*` })) keys.push(...batch);
      if (keys.length > 0) await redis.del(keys);
      await redis.close();
    });
    const command: RedisCommand = (args) => redis.sendCommand(args);
    const budget = (name: string) =>
      new SharedBudget({
        command,
        log: silentLog,
        keyPrefix: `${prefix}${name}:`,
        perAddress: { burst: 3, perMinute: 1 },
        server: { burst: 5, perMinute: 0.5 },
      });

    it('[F10] two instances’ budgets are one: per address, then server-wide', async () => {
      const a = budget('b1');
      const b = budget('b1');
      const results = [];
      for (const g of [a, b, a]) results.push(await g.spend('10.0.0.1'));
      expect(results).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
      expect(await b.spend('10.0.0.1')).toEqual({
        ok: false,
        scope: 'address',
        retryAfterSeconds: expect.any(Number) as number,
      });
      expect(await a.spend('10.0.0.2')).toEqual({ ok: true });
      expect(await b.spend('10.0.0.3')).toEqual({ ok: true });
      // Five used of the server's five: a new address is refused, naming the server.
      const paused = await a.spend('10.0.0.4');
      expect(paused).toMatchObject({ ok: false, scope: 'server' });
      // 0.5 a minute: the next unit is two minutes away.
      expect((paused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(100);
    });

    it('[F10] check uses nothing; charge uses a unit even past empty', async () => {
      const a = budget('b2');
      for (let i = 0; i < 5; i++) expect(await a.check('10.0.0.9')).toEqual({ ok: true });
      for (let i = 0; i < 4; i++) await a.charge('10.0.0.9');
      expect(await a.check('10.0.0.9')).toMatchObject({ ok: false, scope: 'address' });
    });

    it('[F10] a code remembered through one instance is known to the other', async () => {
      const a = new SharedKnownCodes(command, silentLog, `${prefix}known:`);
      const b = new SharedKnownCodes(command, silentLog, `${prefix}known:`);
      await a.remember('10.0.0.1', 'K7PQ2M');
      expect(await b.has('10.0.0.1', 'K7PQ2M')).toBe(true);
      expect(await b.has('10.0.0.2', 'K7PQ2M')).toBe(false);
      await b.forget('10.0.0.1', 'K7PQ2M');
      expect(await a.has('10.0.0.1', 'K7PQ2M')).toBe(false);
    });
  });
}
