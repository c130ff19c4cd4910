import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { IMMUTABLE, REVALIDATE, chooseEncoding } from './staticClient';

const script = `console.log(${JSON.stringify('samskap '.repeat(200))});`;
const indexHtml = '<!doctype html><title>Samskap</title><script src="/assets/index-abc123.js">';
let dist: string;
let app: ReturnType<typeof createApp>;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'samskap-static-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), indexHtml);
  writeFileSync(join(dist, 'index.html.br'), brotliCompressSync(indexHtml));
  writeFileSync(join(dist, 'index.html.gz'), gzipSync(indexHtml));
  writeFileSync(join(dist, 'assets/index-abc123.js'), script);
  writeFileSync(join(dist, 'assets/index-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(join(dist, 'assets/index-abc123.js.gz'), gzipSync(script));
  writeFileSync(join(dist, 'assets/inter-def456.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  app = createApp({
    log: pino({ level: 'silent' }),
    clientDist: dist,
    health: () => ({ status: 'ok', version: 't', uptimeSeconds: 0, rooms: 0, connections: 0 }),
    api: [],
    maxBodyBytes: 1024,
  });
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('static client', () => {
  it('[C1] sends the precompressed brotli copy to a browser that accepts it, varying on Accept-Encoding', async () => {
    const res = await app.request('/assets/index-abc123.js', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Encoding')).toBe('br');
    expect(res.headers.get('Vary')).toBe('Accept-Encoding');
    expect(res.headers.get('Content-Type')).toContain('text/javascript');
    const body = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('Content-Length'))).toBe(body.byteLength);
    expect(body.byteLength).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(body).toString()).toBe(script);
  });

  it('[C1] falls back to gzip, and to the plain file when no encoding is accepted', async () => {
    const gz = await app.request('/assets/index-abc123.js', {
      headers: { 'Accept-Encoding': 'gzip, br;q=0' },
    });
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);

    const plain = await app.request('/assets/index-abc123.js');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(plain.headers.get('Vary')).toBe('Accept-Encoding');
    expect(await plain.text()).toBe(script);
  });

  it('[C2] lets browsers keep hashed assets, fonts included, for a year without asking', async () => {
    const js = await app.request('/assets/index-abc123.js');
    expect(js.headers.get('Cache-Control')).toBe(IMMUTABLE);
    const font = await app.request('/assets/inter-def456.woff2', {
      headers: { 'Accept-Encoding': 'br' },
    });
    expect(font.status).toBe(200);
    expect(font.headers.get('Content-Type')).toBe('font/woff2');
    expect(font.headers.get('Cache-Control')).toBe(IMMUTABLE);
    expect(font.headers.get('Content-Encoding')).toBeNull();
  });

  it('[C3] has index.html, the SPA fallback and the service worker revalidated on every load', async () => {
    for (const path of ['/', '/index.html', '/j/ABC234', '/w/some-workshop']) {
      const res = await app.request(path, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('Cache-Control'), path).toBe(REVALIDATE);
      expect(res.headers.get('Content-Type'), path).toContain('text/html');
      expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString(), path).toBe(indexHtml);
    }
    const sw = await app.request('/sw.js');
    expect(sw.headers.get('Cache-Control')).toBe(REVALIDATE);
    expect(sw.headers.get('Content-Type')).toContain('text/javascript');
  });

  it('[C3] answers 304 to a revalidation whose ETag still matches', async () => {
    const first = await app.request('/j/ABC234');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^".+"$/);
    const again = await app.request('/j/ABC234', { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const changed = await app.request('/j/ABC234', { headers: { 'If-None-Match': '"other"' } });
    expect(changed.status).toBe(200);
  });

  it('answers a missing hashed asset with 404, not with the page', async () => {
    const res = await app.request('/assets/index-gone999.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).not.toContain('text/html');
  });

  it('leaves unknown API paths to the API', async () => {
    const res = await app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});

describe('chooseEncoding', () => {
  const both = { br: Buffer.from('b'), gzip: Buffer.from('g') };
  it('prefers brotli, honours q=0 and a wildcard', () => {
    expect(chooseEncoding('gzip, br', both)).toBe('br');
    expect(chooseEncoding('br;q=0, gzip;q=0.5', both)).toBe('gzip');
    expect(chooseEncoding('*', both)).toBe('br');
    expect(chooseEncoding('identity', both)).toBeNull();
    expect(chooseEncoding(undefined, both)).toBeNull();
    expect(chooseEncoding('br', { gzip: both.gzip })).toBeNull();
  });
});
