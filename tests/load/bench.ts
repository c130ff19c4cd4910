import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine, toMarkdown, type BenchResults, type ScenarioResult } from './report';
import { FULL_CAPACITY, runCapacity, SMOKE_CAPACITY } from './scenarios/capacity';
import { setLeaveWait, type Figures } from './scenarios/common';
import { runJoinStorm } from './scenarios/joinStorm';
import { FULL_LARGE, runLargeWorkshop, SMOKE_LARGE } from './scenarios/largeWorkshop';
import { FULL_WORKSHOP, runOneWorkshop, SMOKE_WORKSHOP } from './scenarios/oneWorkshop';
import { FULL_VOTES, runVoteBurst, SMOKE_VOTES, VOTES_NOT_APPLICABLE } from './scenarios/voteBurst';
import { checkSmoke } from './smokeChecks';
import {
  isOurs,
  oursIsBuilt,
  startTarget,
  TARGET_LABELS,
  type Target,
  type TargetName,
} from './targets';

const smoke = process.argv.includes('--smoke');
const started = performance.now();
// A hard bound on the whole run, so a hung socket can never hold CI.
const watchdog = setTimeout(
  () => {
    console.error(`bench: over the time bound, giving up`);
    process.exit(2);
  },
  (smoke ? 90 : 45 * 60) * 1000,
);
watchdog.unref();

const allTargets = Object.keys(TARGET_LABELS) as TargetName[];
// BENCH_TARGETS=ours,hocuspocus narrows a run to some servers, e.g. while one of them is changing.
const chosen = process.env.BENCH_TARGETS?.split(',').filter(
  (n): n is TargetName => n in TARGET_LABELS,
);
const wanted: TargetName[] = chosen ?? (smoke ? ['ours', 'y-websocket'] : allTargets);
const status: BenchResults['targets'] = {};
const available: TargetName[] = [];
for (const name of wanted) {
  if (name === 'ours' && !oursIsBuilt()) {
    status[name] = 'not built yet (server/src/main.ts missing)';
    continue;
  }
  try {
    const probe = await startTarget(name);
    await probe.stop();
    status[name] = 'ran';
    available.push(name);
  } catch (error) {
    status[name] = `could not start: ${(error as Error).message.split('\n')[0]}`;
  }
}

// BENCH_SCENARIOS=a,e runs only some scenarios.
const scenarioFilter = process.env.BENCH_SCENARIOS?.split(',');

/** Runs one scenario against every available server, each on a fresh process. */
async function scenario(
  id: string,
  title: string,
  notes: string[],
  run: (target: Target) => Promise<Figures> | Figures,
  /** Figures for a server the scenario does not apply to: it is then not started at all. */
  notApplicable?: (name: TargetName) => Figures | undefined,
): Promise<ScenarioResult> {
  const byTarget: ScenarioResult['byTarget'] = {};
  if (scenarioFilter && !scenarioFilter.includes(id)) return { id, title, byTarget, notes };
  for (const name of available) {
    const skipped = notApplicable?.(name);
    if (skipped) {
      byTarget[name] = skipped;
      continue;
    }
    const target = await startTarget(name);
    try {
      byTarget[name] = await run(target);
    } catch (error) {
      byTarget[name] = { error: String((error as Error).message) };
    } finally {
      await target.stop();
    }
    console.log(
      `bench: ${id} on ${name} done (${Math.round((performance.now() - started) / 1000)} s)`,
    );
  }
  return { id, title, byTarget, notes };
}

if (smoke) setLeaveWait(1500);
const workshop = smoke ? SMOKE_WORKSHOP : FULL_WORKSHOP;
const capacity = smoke ? SMOKE_CAPACITY : FULL_CAPACITY;
const large = smoke ? SMOKE_LARGE : FULL_LARGE;
const stormClients = smoke ? 20 : 60;
const votes = smoke ? SMOKE_VOTES : FULL_VOTES;
const capacityLevels: Record<string, unknown> = {};
const measuredHow = [
  'Latency: the sender stamps each keystroke (one character, so its Yjs clock counts its edits) in a table shared by the generator threads; a receiver records now − stamp when that clock arrives. One machine, one clock.',
  'Server event-loop delay: `monitorEventLoopDelay` (10 ms resolution) preloaded into every server process the same way (`servers/probe.ts`). RSS and CPU: `/proc/<pid>` of the server process. Messages and bytes: counted at the clients.',
];

const scenarios: ScenarioResult[] = [];
scenarios.push(
  await scenario(
    'a',
    `One workshop: ${workshop.clients} clients, ${workshop.typists} typing ${workshop.keysPerSecond} keys/s with cursor awareness, ${workshop.seconds} s`,
    [
      ...measuredHow,
      'Target: our p99 no higher than the best reference, while ours writes every update to disk first.',
    ],
    (target) => runOneWorkshop(target, workshop),
  ),
);
scenarios.push(
  await scenario(
    'b',
    `Capacity: workshops of ${capacity.perRoom} clients (levels ${capacity.levels.join(', ')}), ${capacity.typistsPerRoom} typing ${capacity.keysPerSecond} keys/s per workshop, ${capacity.seconds} s per level`,
    [
      `Stops at the first level with a failed connection, a lost edit or p99 > ${capacity.p99TargetMs} ms; figures are of the largest level that held. Server and generator share this machine's cores, so the generator's own event-loop delay says whether it, not the server, was the limit.`,
      `One typist per workshop, not (a)'s ten: at 100 workshops ten would mean 295,000 deliveries a second, which the clients alone could not apply on two cores.`,
      'Memory per idle connection: RSS growth from before connecting to 2 s after all synced, divided by connections (includes each room’s document and awareness).',
    ],
    async (target) => {
      const result = await runCapacity(target, capacity);
      capacityLevels[target.name] = result.levels;
      return result.figures;
    },
  ),
);
scenarios.push(
  await scenario(
    'c',
    `Join storm: ${stormClients} clients connecting within one second`,
    ['Target: all synced within 2 s.'],
    (target) => runJoinStorm(target, stormClients),
  ),
);
scenarios.push(
  await scenario(
    'd',
    `Vote burst: ${votes.voters} ballots within ${votes.spreadMs / 1000} s, tally on the projector`,
    [
      'Ballots are HTTP calls (PUT …/planbehov/ballots/:planId) from one workshop’s participants, spread evenly; the projector listens on the live channel. "After the last answer" is from the last ballot’s HTTP answer to the live state showing every voter in the turnout (0 when it came first).',
      'Target: every ballot counted, tally on the projector within 200 ms of the last ballot.',
    ],
    (target) => runVoteBurst(target, votes),
    (name) => (isOurs(name) ? undefined : VOTES_NOT_APPLICABLE),
  ),
);
scenarios.push(
  await scenario(
    'e',
    `Large workshop: ${large.edits.toLocaleString('en-US')} edits in the history`,
    [
      'Cold = the server had dropped the document (health shows 0 rooms) and reads it back from storage. Target: ≤ 100 ms. "Server answer arrived" stops when sync step 2 has arrived; "time to first sync" also includes the client applying it (the same for every server).',
    ],
    (target) => runLargeWorkshop(target, large),
  ),
);

const date = new Date().toISOString().replace(/:/g, '-').slice(0, 16);
const results: BenchResults = {
  date,
  mode: smoke ? 'smoke' : 'full',
  machine: describeMachine(),
  targets: status,
  scenarios,
  seconds: (performance.now() - started) / 1000,
};
const dir = join(dirname(fileURLToPath(import.meta.url)), 'results');
mkdirSync(dir, { recursive: true });
const base = join(dir, `bench-${smoke ? 'smoke-' : ''}${date}`);
writeFileSync(`${base}.json`, JSON.stringify({ ...results, capacityLevels }, null, 2));
const markdown = toMarkdown(results);
writeFileSync(`${base}.md`, markdown);
console.log(markdown);
console.log(`bench: wrote ${base}.json and .md`);

if (smoke) {
  const written = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as BenchResults;
  const problems = checkSmoke(written, TARGET_LABELS);
  for (const problem of problems) console.error(`bench:smoke FAILED: ${problem}`);
  console.log(problems.length === 0 ? 'bench:smoke: nothing lost, figures written' : '');
  process.exitCode = problems.length === 0 ? 0 : 1;
}
clearTimeout(watchdog);
