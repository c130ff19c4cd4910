#!/usr/bin/env node
// The README's two commands (`npm start`, `npm test`) land here. They must work on a machine with
// only Node and npm, so this file uses nothing but Node's standard library: it brings pnpm, the
// dependencies (native addons built from source) and, for the tests, Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '10.34.9';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };

// pnpm's node-gyp reads npm_config_nodedir; without the installed headers it would try to
// download them, which this network refuses.
if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h'))
  env.npm_config_nodedir = '/usr';

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env, ...opts });
  if (r.error) return 127;
  return r.status ?? 1;
}

function must(cmd, args, what) {
  const status = run(cmd, args);
  if (status !== 0) {
    console.error(`\n✖ ${what} failed (exit ${status}).`);
    process.exit(status);
  }
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { env, encoding: 'utf8' });
  const major = (v) => String(v).trim().split('.')[0];
  if (probe.status === 0 && major(probe.stdout) === major(PNPM_VERSION)) return ['pnpm', []];
  if (probe.status === 0) {
    // Another major reads the lockfile and the build allow-list differently (pnpm 11 refuses
    // an install with any unlisted build script): use the pinned one without replacing theirs.
    console.log(`pnpm ${probe.stdout.trim()} found; using pnpm@${PNPM_VERSION} through npx…`);
    return ['npx', ['--yes', `pnpm@${PNPM_VERSION}`]];
  }
  console.log(`pnpm not found: installing pnpm@${PNPM_VERSION} with npm…`);
  if (run('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`]) === 0) {
    const again = spawnSync('pnpm', ['--version'], { env, encoding: 'utf8' });
    if (again.status === 0) return ['pnpm', []];
  }
  // No right to install globally: run it through npx instead.
  return ['npx', ['--yes', `pnpm@${PNPM_VERSION}`]];
}

function chromiumPath() {
  if (env.CHROMIUM_PATH && existsSync(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

function ensureChromium() {
  if (chromiumPath()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      '✖ Chromium is missing. Install Debian\'s "chromium" package (apt-get install chromium), ' +
        'or set CHROMIUM_PATH to a Chromium binary.',
    );
    process.exit(1);
  }
  console.log("Chromium not found: installing Debian's chromium package…");
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  must('apt-get', ['update', '-qq'], 'apt-get update');
  const status = run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: aptEnv });
  if (status !== 0 || !chromiumPath()) {
    console.error('✖ Installing chromium failed.');
    process.exit(1);
  }
}

const task = process.argv[2];
const [pnpm, pre] = pnpmCommand();
const p = (args, what) => must(pnpm, [...pre, ...args], what);

const frozen = env.CI ? ['--frozen-lockfile'] : [];

if (task === 'start') {
  // The app needs the server and client and what they use; not the test tools (Playwright,
  // the benchmark's reference servers with their native builds).
  p(
    ['install', ...frozen, '--filter', '@samskap/server...', '--filter', '@samskap/client...'],
    'Installing dependencies',
  );
  p(['run', 'build'], 'Building the client');
  p(['run', 'serve'], 'The server');
} else if (task === 'test') {
  p(['install', ...frozen], 'Installing dependencies');
  ensureChromium();
  p(['run', 'typecheck'], 'Typecheck');
  p(['run', 'lint'], 'Lint');
  p(['run', 'format:check'], 'Format check');
  p(['run', 'test:unit'], 'Unit and integration tests');
  p(['run', 'build'], 'Building the client');
  p(['run', 'test:e2e'], 'Playwright scenarios');
  p(['run', 'bench:smoke'], 'Benchmark smoke run');
  console.log('\n✔ All checks passed.');
} else {
  console.error('usage: node scripts/bootstrap.mjs start|test');
  process.exit(2);
}
