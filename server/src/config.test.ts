import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { ConfigError } from './errors';

describe('loadConfig', () => {
  it('runs on embedded defaults with an empty environment', () => {
    const c = loadConfig({});
    expect(c.port).toBe(8080);
    expect(c.storage).toBe('sqlite');
    expect(c.limits.maxMessageBytes).toBe(4 * 1024 * 1024);
  });

  it('reads numbers and choices from strings', () => {
    const c = loadConfig({ PORT: '0', STORAGE: 'memory', MAX_MESSAGE_BYTES: '65536' });
    expect(c.port).toBe(0);
    expect(c.storage).toBe('memory');
    expect(c.limits.maxMessageBytes).toBe(65536);
  });

  it('names the variable and the value when one is bad', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty"/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL="loud"/);
    expect(() => loadConfig({ MAX_MESSAGE_BYTES: '10' })).toThrow(/MAX_MESSAGE_BYTES/);
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(8080);
  });

  it('reads the several-instance settings, and refuses combinations that cannot work', () => {
    const c = loadConfig({
      STORAGE: 'postgres',
      DATABASE_URL: 'postgres://db/samskap',
      DATABASE_SCHEMA: 'samskap',
      FANOUT: 'redis',
      REDIS_URL: 'redis://cache:6379',
      INSTANCE_ID: 'a-1',
      REDIS_PREFIX: 'kommune-a:',
    });
    expect(c).toMatchObject({
      storage: 'postgres',
      databaseUrl: 'postgres://db/samskap',
      databaseSchema: 'samskap',
      fanout: 'redis',
      redisUrl: 'redis://cache:6379',
      instanceId: 'a-1',
      redisPrefix: 'kommune-a:',
    });
    expect(() => loadConfig({ STORAGE: 'postgres' })).toThrow(/DATABASE_URL: STORAGE=postgres/);
    expect(() =>
      loadConfig({ STORAGE: 'postgres', DATABASE_URL: 'postgres://db/x', FANOUT: 'redis' }),
    ).toThrow(/REDIS_URL: FANOUT=redis/);
    expect(() => loadConfig({ FANOUT: 'redis', REDIS_URL: 'redis://cache' })).toThrow(
      /FANOUT=redis: .*STORAGE=sqlite/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db' })).toThrow(/DATABASE_URL="mysql:\/\/db"/);
    expect(() => loadConfig({ DATABASE_SCHEMA: 'Drop Table' })).toThrow(/DATABASE_SCHEMA/);
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.5, 172.16.0.0/12' }).trustedProxies).toEqual([
      '10.0.0.5',
      '172.16.0.0/12',
    ]);
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.5,nginx' })).toThrow(
      /TRUSTED_PROXIES=.*not an IP address or subnet: nginx/,
    );
  });
});
