import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app';

const dist = mkdtempSync(join(tmpdir(), 'samskap-headers-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(
  join(dist, 'index.html'),
  '<!doctype html><html><head><script type="module" src="/assets/a.js"></script></head></html>',
);
writeFileSync(join(dist, 'assets', 'a.js'), 'console.log(1);');
writeFileSync(join(dist, 'sw.js'), "importScripts('/workbox-1.js');");
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function appWith(clientDist: string) {
  return createApp({
    log: pino({ level: 'silent' }),
    clientDist,
    health: () => ({ status: 'ok', version: 't', uptimeSeconds: 0, rooms: 0, connections: 0 }),
    api: [],
    maxBodyBytes: 1024,
  });
}

function expectCommon(res: Response): void {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
}

/** The policy as directive → sources. */
function policy(res: Response): Map<string, string[]> {
  const csp = res.headers.get('content-security-policy') ?? '';
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('security headers', () => {
  const app = appWith(dist);

  it.each(['/', '/new', '/f/abc', '/p/abc', '/j/ABC234', '/index.html'])(
    '[H1] the page %s gets a strict policy without inline script, and cannot be framed',
    async (path) => {
      const res = await app.request(path, { headers: { host: 'samskap.example:8080' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expectCommon(res);
      const p = policy(res);
      expect(p.get('script-src')).toEqual(["'self'"]);
      expect(p.get('default-src')).toEqual(["'self'"]);
      expect(p.get('frame-ancestors')).toEqual(["'none'"]);
      expect(p.get('object-src')).toEqual(["'none'"]);
      expect(p.get('base-uri')).toEqual(["'none'"]);
      expect(p.get('worker-src')).toEqual(["'self'"]);
      expect(p.get('manifest-src')).toEqual(["'self'"]);
      expect(p.get('connect-src')).toEqual([
        "'self'",
        'ws://samskap.example:8080',
        'wss://samskap.example:8080',
      ]);
      for (const [, sources] of p) expect(sources).not.toContain("'unsafe-eval'");
    },
  );

  it('[H1] a Host header that is not a plain host is not repeated into the policy', async () => {
    const res = await app.request('/', { headers: { host: "evil; script-src 'unsafe-inline'" } });
    const p = policy(res);
    expect(p.get('connect-src')).toEqual(["'self'"]);
    expect(p.get('script-src')).toEqual(["'self'"]);
  });

  it('[H2] the API and static files get a deny-all policy and the same headers', async () => {
    for (const path of ['/api/health', '/api/nothing-here', '/assets/a.js']) {
      const res = await app.request(path);
      expectCommon(res);
      expect(res.headers.get('content-security-policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
    }
  });

  it('[H4] the service worker may load its scripts and cache the app from its own origin only', async () => {
    const res = await app.request('/sw.js');
    expect(res.status).toBe(200);
    expectCommon(res);
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'",
    );
  });

  it('[H3] the notice shown before the client is built carries the headers too', async () => {
    const res = await appWith(join(dist, 'missing')).request('/');
    expect(res.status).toBe(503);
    expectCommon(res);
  });

  it('[H1] the client page has no inline script or style element the policy would block', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const html = readFileSync(join(here, '..', '..', '..', 'client', 'index.html'), 'utf8');
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc=/);
    expect(html).not.toMatch(/<style\b|\son[a-z]+=/i);
  });
});
