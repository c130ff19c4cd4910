import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnServer } from '@samskap/server/testing';
import type { SpawnedServer } from '@samskap/server/testing';
import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse } from '@samskap/shared/workshop';
import { expectNoA11yViolations } from '../support/a11y';
import { ACTORS, expect, test } from '../support/fixtures';
import { joinTablet } from '../support/joinTablet';
import { saveScreen } from '../support/screens';
import { expectTouchTarget } from '../support/touch';

const clientDist =
  process.env.CLIENT_DIST ??
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'client', 'dist');

/** A copy of the build whose service worker differs by a byte: what a new deployment looks like. */
function deployments(): { first: string; second: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'samskap-deploy-'));
  const first = join(root, 'first');
  const second = join(root, 'second');
  cpSync(clientDist, first, { recursive: true });
  cpSync(clientDist, second, { recursive: true });
  const sw = join(second, 'sw.js');
  writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// deployment 2\n`);
  for (const copy of [`${sw}.br`, `${sw}.gz`]) if (existsSync(copy)) rmSync(copy);
  return { first, second, root };
}

test('[C5] a new deployment waits on a tablet in a workshop until the participant accepts it', async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const { first, second, root } = deployments();
  const dataDir = join(root, 'data');
  let server: SpawnedServer | null = await spawnServer({ dataDir, env: { CLIENT_DIST: first } });
  const context = await browser.newContext({
    ...ACTORS['tablet-1'],
    baseURL: server.url,
    locale: 'nb-NO',
  });
  try {
    const response = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...planstrategiTemplate('nb', 2028), title: 'Ny versjon' }),
    });
    const created = (await response.json()) as CreateWorkshopResponse;
    const t1 = await context.newPage();
    const table = created.workshop.tables[0]!.name;
    await joinTablet(t1, created.workshop.joinCode, { name: 'Kari', role: 'Folkevalgt', table });
    await t1.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

    // The server is redeployed on the same address with a new build.
    const port = server.port;
    await server.stop();
    server = await spawnServer({ dataDir, env: { CLIENT_DIST: second, PORT: String(port) } });

    // Kari's tablet reloads with network: the new version is found and waits for her.
    await t1.reload();
    await expect(t1.getByTestId('your-table')).toHaveText(table);
    await t1.evaluate(() => {
      (window as { samskapSamePage?: boolean }).samskapSamePage = true;
    });
    const prompt = t1.getByRole('status').filter({ hasText: 'En ny versjon av Samskap er klar' });
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    for (const name of ['Oppdater nå', 'Senere']) {
      await expectTouchTarget(prompt.getByRole('button', { name }));
    }
    await expectNoA11yViolations(t1);
    await saveScreen(t1, testInfo, 'update-prompt-tablet');
    // Asking is all it does: the page has not reloaded behind her back.
    expect(await t1.evaluate(() => (window as { samskapSamePage?: boolean }).samskapSamePage)).toBe(
      true,
    );

    // She accepts: the page reloads into the new version, back in her workshop.
    await prompt.getByRole('button', { name: 'Oppdater nå' }).click();
    await expect
      .poll(() =>
        t1
          .evaluate(() => (window as { samskapSamePage?: boolean }).samskapSamePage)
          // While the page is being replaced there is nothing to ask yet.
          .catch(() => true),
      )
      .toBeUndefined();
    await expect(t1.getByTestId('your-table')).toHaveText(table);
    await expect(prompt).toHaveCount(0);
    const waiting = await t1.evaluate(() =>
      navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null),
    );
    expect(waiting).toBeNull();
  } finally {
    await context.close();
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

test('[C5] on the start page, where nothing is in progress, a new deployment is taken at once', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const { first, second, root } = deployments();
  const dataDir = join(root, 'data');
  let server: SpawnedServer | null = await spawnServer({ dataDir, env: { CLIENT_DIST: first } });
  const context = await browser.newContext({
    ...ACTORS['tablet-1'],
    baseURL: server.url,
    locale: 'nb-NO',
  });
  try {
    const start = await context.newPage();
    await start.goto('/');
    await start.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const port = server.port;
    await server.stop();
    server = await spawnServer({ dataDir, env: { CLIENT_DIST: second, PORT: String(port) } });

    // The tablet is reloaded with network: it finds the new version, takes it and reloads once.
    let loads = 0;
    start.on('load', () => (loads += 1));
    await start.reload();
    await expect.poll(() => loads, { timeout: 20_000 }).toBe(2);
    await expect(start.getByRole('button', { name: 'Bli med' })).toBeVisible();
    await expect(start.getByText('En ny versjon av Samskap er klar')).toHaveCount(0);
    const waiting = await start.evaluate(() =>
      navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null),
    );
    expect(waiting).toBeNull();
  } finally {
    await context.close();
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
