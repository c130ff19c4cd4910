import { createClient } from 'redis';

/**
 * Redis for tests (issue 18): `TEST_REDIS_URL`, or the development and CI machines' local one.
 * Each test takes a prefix of its own for channels and keys; where no Redis answers, the suites
 * say they were skipped.
 */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether Redis answers at `url` (within two seconds). */
export async function redisAnswers(url = TEST_REDIS_URL): Promise<boolean> {
  const client = createClient({ url, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    if (client.isOpen) await client.close().catch(() => client.destroy());
  }
}

/** A plain Redis connection for a test to look at or cut off what the instances use. */
export async function testRedis() {
  const client = createClient({ url: TEST_REDIS_URL });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}
