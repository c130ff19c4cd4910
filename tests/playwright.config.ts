import { defineConfig } from '@playwright/test';

/**
 * Playwright scenarios against the real server (see `support/fixtures.ts`), which serves the
 * built client: run `pnpm build` first (the root `pnpm test` does).
 *
 * Playwright cannot download browsers on this network, so it drives the system Chromium.
 */
export default defineConfig({
  testDir: './e2e',
  // E2E_OUTPUT: a folder of one's own, since a run empties this one first.
  outputDir: process.env.E2E_OUTPUT ?? './test-results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // A 2-core machine shared with other jobs; each worker also runs its own server.
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 1,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    browserName: 'chromium',
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
