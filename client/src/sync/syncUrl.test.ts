import { describe, expect, it } from 'vitest';
import { syncServerUrl } from './syncUrl';

describe('syncServerUrl', () => {
  it('uses ws on the same host and port behind plain HTTP', () => {
    expect(syncServerUrl({ protocol: 'http:', host: '127.0.0.1:5173' })).toBe(
      'ws://127.0.0.1:5173/sync',
    );
  });

  it('uses wss behind HTTPS', () => {
    expect(syncServerUrl({ protocol: 'https:', host: 'samskap.kommune.no' })).toBe(
      'wss://samskap.kommune.no/sync',
    );
  });
});
