/**
 * The long fuzz run (issue 12): random and forged sync frames against our server, by default
 * 100,000 frames, with health, convergence of stock clients and RSS checked after every batch.
 * The frames and checks are those of the suite's `server/src/sync/fuzz.integration.test.ts`
 * (`@samskap/server/testing/fuzz`), only many more. Loopback only; the server runs with its
 * defaults. Usage: `pnpm fuzz [--frames N] [--seed S]`; writes `load/results/fuzz-<date>.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spawnServer } from '@samskap/server/testing';
import { runFuzz, type FuzzProgress } from '@samskap/server/testing/fuzz';

const { values } = parseArgs({
  options: {
    frames: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '2026' },
    batch: { type: 'string', default: '1000' },
  },
});
const frames = Number(values.frames);
const seed = Number(values.seed);
if (!Number.isInteger(frames) || frames < 1) throw new Error('--frames must be a positive integer');

const server = await spawnServer();
let crashes = 0;
server.process.once('exit', (code, signal) => {
  if (code !== 0 || signal !== null) crashes++;
});
const started = Date.now();
let result: FuzzProgress | null = null;
let failure: string | null = null;
try {
  result = await runFuzz({
    baseUrl: server.url,
    syncUrl: server.syncUrl,
    serverPid: server.process.pid!,
    seed,
    frames,
    batchFrames: Number(values.batch),
    sockets: 8,
    onBatch: (p) => {
      if (p.batches % 10 === 0)
        console.log(
          `${p.frames} frames, max RSS ${p.maxRssMb.toFixed(0)} MB, worst health ${p.worstHealthMs.toFixed(0)} ms`,
        );
    },
  });
} catch (err) {
  failure = err instanceof Error ? err.message : String(err);
} finally {
  const alive = server.process.exitCode === null && server.process.signalCode === null;
  if (!alive) crashes = Math.max(crashes, 1);
  await server.stop();
  server.cleanup();
}
const report = {
  date: new Date(started).toISOString(),
  seconds: Math.round((Date.now() - started) / 1000),
  seed,
  frames: result?.frames ?? 0,
  crashes,
  failure,
  maxRssMb: result ? Math.round(result.maxRssMb) : null,
  worstHealthMs: result ? Math.round(result.worstHealthMs) : null,
  closes: result?.closes,
  errorsLogged: errorsLogged(),
  kinds: result?.kinds,
};
/** What the server logged at level error or above, by message and cause. */
function errorsLogged(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const l of server.logs) {
    if (typeof l.level !== 'number' || l.level < 50) continue;
    const err = l.err as { message?: string } | undefined;
    const key = `${String(l.msg)}${err?.message ? `: ${err.message}` : ''}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

const dir = join(dirname(fileURLToPath(import.meta.url)), 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, `fuzz-${report.date.replace(/[:.]/g, '-')}.json`),
  JSON.stringify(report, null, 2),
);
console.log(JSON.stringify(report, null, 2));
if (failure || crashes > 0) process.exitCode = 1;
