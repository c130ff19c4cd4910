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
});
