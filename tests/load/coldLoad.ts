import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { spawnServer } from '@samskap/server/testing';
import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse } from '@samskap/shared/workshop';

/*
 * What a tablet on a venue's shared Wi-Fi waits for (issue 19), measured, not asserted: Chromium
 * with the network throttled through CDP (2 Mbit/s down, 1 Mbit/s up, 150 ms latency), a
 * tablet's viewport, an empty cache, against the real server on port 0 serving CLIENT_DIST.
 *
 *   1. open /j/<code> cold → the join form can be used ("Bli med" is on screen)
 *   2. join → the tablet shows the first phase
 *   3. after the tablet has settled (idle prefetch done), the facilitator moves to the ambitions
 *      phase → the tablet's editor is on screen
 *
 * Bytes on the wire are what the page received over HTTP (CDP `encodedDataLength`: headers and
 * compressed bodies) plus websocket frames received; the service worker's own downloads (its
 * precache) are counted apart, since CDP throttling applies to the page and not to the worker.
 *
 *   pnpm --filter @samskap/tests coldload                  # client/dist, 3 runs
 *   CLIENT_DIST=/tmp/other-build COLDLOAD_RUNS=5 pnpm --filter @samskap/tests coldload
 */

const here = dirname(fileURLToPath(import.meta.url));
const clientDist = process.env.CLIENT_DIST ?? join(here, '..', '..', 'client', 'dist');
const runs = Number(process.env.COLDLOAD_RUNS ?? 3);
const label = process.env.COLDLOAD_LABEL ?? 'build';
const THROTTLE = {
  offline: false,
  latency: 150,
  downloadThroughput: (2_000_000 / 8) | 0,
  uploadThroughput: (1_000_000 / 8) | 0,
};
const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true };

interface Run {
  joinFormMs: number;
  joinFormBytes: number;
  firstPhaseMs: number;
  firstPhaseBytes: number;
  phaseChangeMs: number;
  sessionBytes: number;
  serviceWorkerBytes: number;
  largestScript: { url: string; bytes: number };
}

/** Counts what reaches the page over the network, per request and websocket frame. */
function countBytes(cdp: CDPSession) {
  let total = 0;
  const urls = new Map<string, string>();
  const scripts: { url: string; bytes: number }[] = [];
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    total += e.encodedDataLength;
    const url = urls.get(e.requestId) ?? '';
    if (url.endsWith('.js')) scripts.push({ url, bytes: e.encodedDataLength });
  });
  cdp.on('Network.webSocketFrameReceived', (e) => {
    const { opcode, payloadData } = e.response;
    total +=
      opcode === 2 ? Buffer.from(payloadData, 'base64').byteLength : Buffer.byteLength(payloadData);
  });
  return {
    total: () => total,
    largestScript: () => scripts.sort((a, b) => b.bytes - a.bytes)[0] ?? { url: '', bytes: 0 },
  };
}

/** What the service worker downloaded (its precache), from Playwright's worker network events. */
function countWorkerBytes(context: BrowserContext) {
  let total = 0;
  context.on('requestfinished', (request) => {
    if (request.serviceWorker() === null) return;
    void request.sizes().then((s) => {
      total += s.responseBodySize + s.responseHeadersSize;
    });
  });
  return () => total;
}

async function api<T>(base: string, path: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(new URL(path, base), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Waits until the page has been without HTTP traffic for `quietMs` (websockets excepted). */
async function settle(page: Page, quietMs = 1_500): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(quietMs);
  await page.waitForLoadState('networkidle');
}

async function oneRun(baseUrl: string, browser: Browser): Promise<Run> {
  const created = await api<CreateWorkshopResponse>(baseUrl, '/api/workshops', {
    ...planstrategiTemplate('nb', 2028),
    title: `Kaldstart ${Date.now()}`,
  });
  const context = await browser.newContext({ ...TABLET, baseURL: baseUrl, locale: 'nb-NO' });
  const workerBytes = countWorkerBytes(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Network.emulateNetworkConditions', THROTTLE);
  const bytes = countBytes(cdp);

  let started = performance.now();
  await page.goto(`/j/${created.workshop.joinCode}`, { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Bli med' }).waitFor();
  const joinFormMs = performance.now() - started;
  const joinFormBytes = bytes.total();

  await page.getByRole('radio', { name: 'Folkevalgt' }).check();
  const table = created.workshop.tables[0]!.name;
  await page.getByRole('radio', { name: new RegExp(`^${table} –`) }).check();
  started = performance.now();
  await page.getByRole('button', { name: 'Bli med' }).click();
  await page.getByTestId('current-phase').waitFor();
  const firstPhaseMs = performance.now() - started;
  const firstPhaseBytes = bytes.total();

  // The tablet sits in the first phase for a while: idle prefetching happens here.
  await settle(page);
  const ambitions = created.workshop.agenda.findIndex((p) => p.activity === 'ambitions');
  started = performance.now();
  await api(
    baseUrl,
    `/api/workshops/${created.workshop.id}/actions`,
    { type: 'phase.goto', index: ambitions },
    created.facilitatorToken,
  );
  await page.getByTestId('ambition-editor').waitFor();
  const phaseChangeMs = performance.now() - started;

  // The rest of the session: the service worker's precache, if the build has one.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker?.getRegistration();
    if (registration) await navigator.serviceWorker.ready;
  });
  await settle(page);
  const run: Run = {
    joinFormMs,
    joinFormBytes,
    firstPhaseMs,
    firstPhaseBytes,
    phaseChangeMs,
    sessionBytes: bytes.total(),
    serviceWorkerBytes: workerBytes(),
    largestScript: bytes.largestScript(),
  };
  await context.close();
  return run;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const kb = (n: number) => `${Math.round(n / 1024)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const server = await spawnServer({ env: { CLIENT_DIST: clientDist } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const results: Run[] = [];
try {
  for (let i = 0; i < runs; i += 1) {
    const run = await oneRun(server.url, browser);
    results.push(run);
    console.log(
      `run ${i + 1}: join form ${s(run.joinFormMs)} (${kb(run.joinFormBytes)}), first phase ` +
        `${s(run.firstPhaseMs)} (${kb(run.firstPhaseBytes)}), phase change ${s(run.phaseChangeMs)}, ` +
        `session ${kb(run.sessionBytes)} + service worker ${kb(run.serviceWorkerBytes)}; largest ` +
        `script ${kb(run.largestScript.bytes)}`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
  server.cleanup();
}

const pick = (f: (r: Run) => number) => median(results.map(f));
const row =
  `| ${label} | ${s(pick((r) => r.joinFormMs))} | ${kb(pick((r) => r.joinFormBytes))} | ` +
  `${s(pick((r) => r.firstPhaseMs))} | ${kb(pick((r) => r.firstPhaseBytes))} | ` +
  `${s(pick((r) => r.phaseChangeMs))} | ${kb(pick((r) => r.sessionBytes))} | ` +
  `${kb(pick((r) => r.serviceWorkerBytes))} |`;
console.log(`\nmedian of ${runs} runs, ${clientDist}:\n${row}`);
const out = join(here, 'results');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, `coldload-${label}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`),
  JSON.stringify({ label, clientDist, throttle: THROTTLE, runs: results }, null, 2),
);
