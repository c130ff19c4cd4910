import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { redisAnswers, TEST_REDIS_URL, testRedis } from '../testing/redis';
import { waitFor } from '../testing/waitFor';
import { LocalBus, publishJson, subscribeJson } from './bus';
import { RedisBus } from './redisBus';

const log = pino({ level: 'silent' });
const available = await redisAnswers();

describe('[F1] the local bus', () => {
  it('[F1] one instance alone: publishing reaches nobody, and it always answers', async () => {
    const bus = new LocalBus('solo');
    const got: Uint8Array[] = [];
    const unsubscribe = await bus.subscribe('x', (m) => got.push(m));
    bus.publish('x', new Uint8Array([1]));
    expect(got).toEqual([]);
    expect(await bus.check()).toBeNull();
    await unsubscribe();
  });
});

if (!available) {
  describe.skip(`[F1] the Redis bus (skipped: Redis did not answer at ${TEST_REDIS_URL})`, () => {
    it('needs Redis', () => undefined);
  });
} else {
  describe('[F1] the Redis bus', () => {
    const buses: RedisBus[] = [];
    afterEach(async () => {
      for (const b of buses.splice(0)) await b.close();
    });

    async function pair() {
      const prefix = `test-${randomBytes(6).toString('hex')}:`;
      const a = await RedisBus.open({ url: TEST_REDIS_URL, prefix, instanceId: 'a', log });
      const b = await RedisBus.open({ url: TEST_REDIS_URL, prefix, instanceId: 'b', log });
      buses.push(a, b);
      return { a, b, prefix };
    }

    it('[F1] a message reaches the other instances in order, never its sender', async () => {
      const { a, b } = await pair();
      const atA: number[] = [];
      const atB: number[] = [];
      await a.subscribe('room:x', (m) => atA.push(m[0]!));
      await b.subscribe('room:x', (m) => atB.push(m[0]!));
      for (let i = 0; i < 50; i++) a.publish('room:x', new Uint8Array([i]));
      await waitFor(() => atB.length === 50, 'all 50 at b');
      expect(atB).toEqual(Array.from({ length: 50 }, (_, i) => i));
      b.publish('room:x', new Uint8Array([99]));
      await waitFor(() => atA.length === 1, 'b’s message at a');
      expect(atA).toEqual([99]);
      expect(atB).toHaveLength(50);
    });

    it('[F1] a channel is left with its last handler; JSON travels too', async () => {
      const { a, b } = await pair();
      const first: unknown[] = [];
      const second: unknown[] = [];
      const off1 = await subscribeJson(b, 'events', (v) => first.push(v));
      const off2 = await subscribeJson(b, 'events', (v) => second.push(v));
      publishJson(a, 'events', { n: 1 });
      await waitFor(() => first.length === 1 && second.length === 1, 'both handlers');
      await off1();
      publishJson(a, 'events', { n: 2 });
      await waitFor(() => second.length === 2, 'the second handler still listens');
      expect(first).toEqual([{ n: 1 }]);
      await off2();
      const redis = await testRedis();
      try {
        const channels = await redis.sendCommand(['PUBSUB', 'CHANNELS', `${b.prefix}events`]);
        expect(channels).toEqual([]);
      } finally {
        await redis.close();
      }
    });

    it('[F8] cut off and back: listeners resync, the other instance too, and messages flow again', async () => {
      const { a, b, prefix } = await pair();
      let resyncedA = 0;
      let resyncedB = 0;
      a.onReconnect(() => resyncedA++);
      b.onReconnect(() => resyncedB++);
      const atB: number[] = [];
      await b.subscribe('room:x', (m) => atB.push(m[0]!));
      const redis = await testRedis();
      try {
        // Redis drops both of b's connections, as a network cut would.
        const list = String(await redis.sendCommand(['CLIENT', 'LIST']));
        const ids = list
          .split('\n')
          .filter((line) => line.includes(` name=${prefix}b:`))
          .map((line) => /\bid=(\d+)/.exec(line)![1]!);
        expect(ids).toHaveLength(2);
        for (const id of ids) await redis.sendCommand(['CLIENT', 'KILL', 'ID', id]);
      } finally {
        await redis.close();
      }
      await waitFor(() => resyncedB >= 1, 'b resynced');
      // b said it was back: a reloads too (what b published meanwhile was lost to it).
      await waitFor(() => resyncedA >= 1, 'a resynced on b’s word');
      a.publish('room:x', new Uint8Array([7]));
      await waitFor(() => atB.includes(7), 'messages reach b again');
      expect(await b.check()).toBeNull();
    });
  });
}
