import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies, trustForwardedFrom } from './clientAddress';

/** An app that answers with the address it saw, the socket being `remote`. */
function appFrom(remote: string, trusted: string[] | null) {
  const app = new Hono();
  app.use(trustForwardedFrom(trusted ? parseTrustedProxies(trusted) : null));
  app.get('/', (c) => c.text(clientAddress(c)));
  return async (headers: Record<string, string> = {}) => {
    const env = { incoming: { socket: { remoteAddress: remote } } };
    return (await app.request('/', { headers }, env)).text();
  };
}

describe('[L3] the client address behind a reverse proxy', () => {
  it('believes X-Forwarded-For from a trusted proxy: the rightmost address it does not trust', async () => {
    const ask = appFrom('172.18.0.5', ['172.16.0.0/12']);
    expect(await ask({ 'x-forwarded-for': '203.0.113.7' })).toBe('203.0.113.7');
    // A client that sends its own header: the proxy appends the real one, which wins.
    expect(await ask({ 'x-forwarded-for': '1.2.3.4, 203.0.113.7' })).toBe('203.0.113.7');
    // Two trusted hops: the first untrusted one from the right.
    expect(await ask({ 'x-forwarded-for': '198.51.100.2, 172.18.0.9' })).toBe('198.51.100.2');
    // No header: the proxy itself.
    expect(await ask()).toBe('172.18.0.5');
  });

  it('ignores the header from anyone else, so nobody picks their own address', async () => {
    const direct = appFrom('203.0.113.50', ['172.16.0.0/12']);
    expect(await direct({ 'x-forwarded-for': '10.9.9.9' })).toBe('203.0.113.50');
    const untrusting = appFrom('172.18.0.5', null);
    expect(await untrusting({ 'x-forwarded-for': '10.9.9.9' })).toBe('172.18.0.5');
  });

  it('stops at a hop that is not an address', async () => {
    const ask = appFrom('127.0.0.1', ['127.0.0.1']);
    expect(await ask({ 'x-forwarded-for': 'unknown' })).toBe('127.0.0.1');
    expect(await ask({ 'x-forwarded-for': '::ffff:192.0.2.1' })).toBe('192.0.2.1');
  });

  it('refuses a setting that is not an address or a subnet', () => {
    expect(() => parseTrustedProxies(['proxy.local'])).toThrow(/proxy\.local/);
    expect(() => parseTrustedProxies(['10.0.0.0/33'])).toThrow(/10\.0\.0\.0\/33/);
  });
});
