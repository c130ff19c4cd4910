import type { MiddlewareHandler } from 'hono';

/**
 * [H1] The policy every HTML page is served with. Scripts come only from our own files: the
 * built `index.html` has no inline script, and none may be added.
 *
 * - `style-src 'unsafe-inline'`: TipTap injects its base styles as a `<style>` element and
 *   Designsystemet/React components set `style` attributes; inline CSS cannot run script, and
 *   the script policy stays strict.
 * - `img-src data:`: Designsystemet's stylesheet draws its icons as `data:` SVGs.
 * - `connect-src`: the API, and the sync and live websockets on the same host (`'self'` covers
 *   `ws:`/`wss:` only in CSP level 3 browsers, so the host is also named for older ones).
 * - `worker-src`/`manifest-src 'self'`: for an offline service worker and its manifest.
 * - `frame-ancestors 'none'` (and `X-Frame-Options: DENY` for older browsers): the console keeps
 *   its token in storage and must not be framed by another site.
 */
export function pageContentSecurityPolicy(host: string | undefined): string {
  // A Host header is the client's word: only a plain host[:port] is repeated into the policy.
  const sameHost =
    host !== undefined && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)
      ? ` ws://${host} wss://${host}`
      : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${sameHost}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** [H2] What the API and files other than pages get: nothing may load from them, or frame them. */
export const RESOURCE_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * [H4] The service worker's own policy. A worker script's CSP header governs the worker, so the
 * deny-all of [H2] would keep it from loading Workbox and from caching the app shell: it may
 * load scripts from and connect to its own origin, nothing else.
 */
export const WORKER_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";

/** Where the client's service worker is served (`client/vite.config.ts`, vite-plugin-pwa). */
const SERVICE_WORKER_PATH = '/sw.js';

function policyFor(path: string, type: string, host: string | undefined): string {
  if (type.startsWith('text/html')) return pageContentSecurityPolicy(host);
  if (path === SERVICE_WORKER_PATH) return WORKER_CONTENT_SECURITY_POLICY;
  return RESOURCE_CONTENT_SECURITY_POLICY;
}

/**
 * [H1–H4] Security headers on every response: the page policy on HTML, a deny-all policy on the
 * rest, and on both `nosniff`, `no-referrer` (links carry workshop ids; their fragments carry
 * tokens) and `X-Frame-Options: DENY`.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const type = c.res.headers.get('content-type') ?? '';
    const headers = c.res.headers;
    headers.set('content-security-policy', policyFor(c.req.path, type, c.req.header('host')));
    headers.set('x-content-type-options', 'nosniff');
    headers.set('referrer-policy', 'no-referrer');
    headers.set('x-frame-options', 'DENY');
    headers.set('cross-origin-opener-policy', 'same-origin');
  };
}
