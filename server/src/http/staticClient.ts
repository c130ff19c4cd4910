import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { Hono } from 'hono';

/**
 * The built client, served from memory. The build (`client/vite.config.ts`) writes a `.br` and a
 * `.gz` beside every compressible file, so nothing is compressed per request: sixty tablets
 * joining at once cost the server a map lookup each. Files are read once at start-up, as
 * `index.html` always was; a rebuild needs a restart.
 *
 * Caching ([C1]–[C3] in the server README): what Vite puts under `assets/` carries a content
 * hash in its name and never changes, so browsers keep it a year without asking; everything else
 * (`index.html`, the SPA fallback, the service worker and its registration script, the manifest)
 * is `no-cache`, answered 304 when its ETag still matches.
 */

/** Names under this folder carry a content hash (Vite's `build.assetsDir`). */
const HASHED_DIR = 'assets/';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};

type Encoding = 'br' | 'gzip';

interface StaticFile {
  readonly type: string;
  readonly cacheControl: string;
  readonly etag: string;
  readonly identity: Buffer;
  readonly variants: Partial<Record<Encoding, Buffer>>;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

function loadFiles(root: string): Map<string, StaticFile> {
  const all = listFiles(root);
  const present = new Set(all);
  const files = new Map<string, StaticFile>();
  for (const full of all) {
    // A precompressed copy is a variant of its original, not a file of its own.
    if ((full.endsWith('.br') || full.endsWith('.gz')) && present.has(full.slice(0, -3))) continue;
    const rel = relative(root, full).split(sep).join('/');
    const identity = readFileSync(full);
    const variants: Partial<Record<Encoding, Buffer>> = {};
    if (present.has(`${full}.br`)) variants.br = readFileSync(`${full}.br`);
    if (present.has(`${full}.gz`)) variants.gzip = readFileSync(`${full}.gz`);
    files.set(`/${rel}`, {
      type: TYPES[extname(full).toLowerCase()] ?? 'application/octet-stream',
      cacheControl: rel.startsWith(HASHED_DIR) ? IMMUTABLE : REVALIDATE,
      etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 22)}"`,
      identity,
      variants,
    });
  }
  return files;
}

/** The q-value `accept` gives `coding` (an explicit entry, else `*`, else 0). */
function qualityOf(accept: string, coding: string): number {
  let star = 0;
  for (const part of accept.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    const value = Number.isFinite(q) ? q : 0;
    if (name.trim() === coding) return value;
    if (name.trim() === '*') star = value;
  }
  return star;
}

/** Brotli if the client takes it (smallest), else gzip, else the file as it is. */
export function chooseEncoding(
  accept: string | undefined,
  available: Partial<Record<Encoding, Buffer>>,
): Encoding | null {
  if (!accept) return null;
  if (available.br && qualityOf(accept, 'br') > 0) return 'br';
  if (available.gzip && qualityOf(accept, 'gzip') > 0) return 'gzip';
  return null;
}

function respond(file: StaticFile, acceptEncoding: string | undefined, ifNoneMatch?: string) {
  const headers = new Headers({
    'Content-Type': file.type,
    'Cache-Control': file.cacheControl,
    ETag: file.etag,
  });
  const compressible = file.variants.br !== undefined || file.variants.gzip !== undefined;
  if (compressible) headers.set('Vary', 'Accept-Encoding');
  if (ifNoneMatch !== undefined && ifNoneMatch.split(',').some((t) => t.trim() === file.etag)) {
    return new Response(null, { status: 304, headers });
  }
  const encoding = chooseEncoding(acceptEncoding, file.variants);
  const body = encoding ? file.variants[encoding]! : file.identity;
  if (encoding) headers.set('Content-Encoding', encoding);
  headers.set('Content-Length', String(body.byteLength));
  return new Response(new Uint8Array(body), { status: 200, headers });
}

/** Whether `clientDist` holds a built client. */
export function clientIsBuilt(clientDist: string): boolean {
  const index = join(clientDist, 'index.html');
  return existsSync(index) && statSync(index).isFile();
}

/**
 * GET/HEAD for the built client: a file by its path, a missing hashed asset as 404 (never the
 * page, which a browser would take for the script), and any other path as `index.html` so the
 * client's router takes it. Mount after the API routes.
 */
export function staticClient(clientDist: string): Hono {
  const files = loadFiles(clientDist);
  const index = files.get('/index.html');
  if (!index) throw new Error(`No index.html in ${clientDist}`);
  const app = new Hono();
  app.get('*', (c) => {
    const accept = c.req.header('Accept-Encoding');
    const ifNoneMatch = c.req.header('If-None-Match');
    const file = files.get(c.req.path);
    if (file) return respond(file, accept, ifNoneMatch);
    if (c.req.path.startsWith(`/${HASHED_DIR}`)) return c.text('Not found', 404);
    return respond(index, accept, ifNoneMatch);
  });
  return app;
}
