import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from '@playwright/test';
import { startBalancer, type Balancer } from '@samskap/server/testing/balancer';
import { spawnServer, type SpawnedServer } from '@samskap/server/testing';
import {
  dropSchema,
  freshSchemaName,
  postgresAnswers,
  TEST_DATABASE_URL,
} from '@samskap/server/testing/postgres';
import { redisAnswers, TEST_REDIS_URL } from '@samskap/server/testing/redis';
import { expectNoA11yViolations } from '../support/a11y';
import { ACTORS, expect, test, type ActorName } from '../support/fixtures';
import { joinTablet } from '../support/joinTablet';
import { saveScreen } from '../support/screens';

/**
 * Issue 18 on the screens: a seminar run through a balancer in front of two instances over one
 * PostgreSQL and one Redis, and the instance most screens are on is killed in the middle of it.
 * Skipped, saying why, where PostgreSQL or Redis does not answer.
 */
const PHASE_1 = 'Arena og spilleregler';
const PHASE_2 = 'Politiske ambisjoner for perioden';
const PHASE_3 = 'Planbehov';

const clientDist =
  process.env.CLIENT_DIST ??
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'client', 'dist');

const [pgUp, redisUp] = await Promise.all([postgresAnswers(), redisAnswers()]);
const missing = [
  !pgUp && `PostgreSQL at ${TEST_DATABASE_URL}`,
  !redisUp && `Redis at ${TEST_REDIS_URL}`,
]
  .filter(Boolean)
  .join(' and ');

/** An actor's own browser context (own storage, own sockets), pointed at the balancer. */
async function actorBehind(browser: Browser, name: ActorName, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ ...ACTORS[name], baseURL, locale: 'nb-NO' });
  return context.newPage();
}

/** The first paragraph under "Hvor vi er nå (A)" in an ambition editor. */
const firstParagraph = (editor: Locator) => editor.locator('h3 + p').first();

async function connectionsOf(server: SpawnedServer): Promise<number> {
  const response = await fetch(`${server.url}/api/health`);
  return ((await response.json()) as { connections: number }).connections;
}

test('[M8] a seminar behind a balancer over two instances survives losing one', async ({
  browser,
}, testInfo) => {
  test.skip(missing !== '', `${missing} did not answer: the several-instance scenario is skipped`);
  test.setTimeout(120_000);
  expect(existsSync(join(clientDist, 'index.html'))).toBe(true);

  const schema = freshSchemaName('e2e');
  const env = {
    CLIENT_DIST: clientDist,
    STORAGE: 'postgres',
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: schema,
    FANOUT: 'redis',
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: `${schema}:`,
    TRUSTED_PROXIES: '127.0.0.1',
  };
  const servers = [
    await spawnServer({ env: { ...env, INSTANCE_ID: 'a' } }),
    await spawnServer({ env: { ...env, INSTANCE_ID: 'b' } }),
  ];
  let balancer: Balancer | null = null;
  try {
    // No stickiness: every connection, page load and websocket goes to the next instance.
    balancer = await startBalancer(servers.map((s) => s.port));
    const f = await actorBehind(browser, 'facilitator', balancer.url);
    const p = await actorBehind(browser, 'projector', balancer.url);
    const t1 = await actorBehind(browser, 'tablet-1', balancer.url);
    const t2 = await actorBehind(browser, 'tablet-2', balancer.url);

    // The facilitator creates the seminar on screen, as on one instance.
    await f.goto('/');
    await f.getByRole('link', { name: 'Opprett verksted' }).click();
    await f.getByRole('button', { name: 'Bruk malen «Planstrategi-seminar»' }).click();
    await f.getByRole('textbox', { name: 'Tittel' }).fill('Planstrategi, to instanser');
    await f.getByRole('button', { name: 'Opprett verksted' }).click();
    await expect(f.getByRole('heading', { level: 1 })).toHaveText('Verkstedet er opprettet');
    const code = (await f.getByTestId('created-join-code').textContent())!.replace(' ', '');
    const projectorLink = await f.getByTestId('created-projector-link').inputValue();
    await f.getByRole('link', { name: 'Åpne konsollen' }).click();
    await expect(f.getByTestId('current-phase')).toHaveText(PHASE_1);

    await p.goto(new URL(projectorLink).pathname + new URL(projectorLink).hash);
    await expect(p.getByTestId('current-phase')).toHaveText(PHASE_1);
    await joinTablet(t1, code, { name: 'Kari', role: 'Folkevalgt', table: 'Bord 1' });
    await joinTablet(t2, code, { name: 'Ola', role: 'Administrasjon', table: 'Bord 1' });
    // Who is here counts the tablets of both instances.
    await expect(p.getByTestId('attendance-total')).toHaveText('2 av 2 tilkoblet');

    await f.getByRole('button', { name: 'Neste fase' }).click();
    for (const page of [f, p, t1, t2]) {
      await expect(page.getByTestId('current-phase')).toHaveText(PHASE_2);
    }
    const e1 = t1.getByTestId('ambition-editor');
    const e2 = t2.getByTestId('ambition-editor');
    await firstParagraph(e1).click();
    await t1.keyboard.type('Kari skriver om skolen.');
    await expect(firstParagraph(e2)).toContainText('Kari skriver om skolen.');
    await expect(p.locator('main')).toContainText('Kari skriver om skolen.');
    for (const page of [f, p, t1, t2]) await expectNoA11yViolations(page);
    await saveScreen(t1, testInfo, 'tablet-two-instances');

    // The instance with the most of the seminar's sockets dies.
    const counts = await Promise.all(servers.map(connectionsOf));
    const victim = counts[0]! >= counts[1]! ? 0 : 1;
    expect(counts[victim]).toBeGreaterThanOrEqual(3);
    await servers[victim]!.kill();

    // The screens that were on it reconnect through the balancer to the other: writing,
    // presence and the facilitator's next step reach every screen again.
    await firstParagraph(e2).click();
    await t2.keyboard.press('End');
    await t2.keyboard.type(' Ola skriver etter bruddet.');
    await expect(firstParagraph(e1)).toContainText('Ola skriver etter bruddet.', {
      timeout: 20_000,
    });
    await expect(firstParagraph(e1)).toContainText('Kari skriver om skolen.');
    await expect(p.locator('main')).toContainText('Ola skriver etter bruddet.', {
      timeout: 20_000,
    });
    await f.getByRole('button', { name: 'Neste fase' }).click();
    for (const page of [f, p, t1, t2]) {
      await expect(page.getByTestId('current-phase')).toHaveText(PHASE_3, { timeout: 20_000 });
    }
    for (const page of [t1, t2]) {
      const badge = page.getByRole('region', { name: 'Verkstedstatus' }).getByRole('status');
      await expect(badge).toHaveText('Tilkoblet', { timeout: 20_000 });
    }
    await expectNoA11yViolations(p);
    await saveScreen(p, testInfo, 'projector-after-losing-an-instance');
  } finally {
    await balancer?.close();
    for (const s of servers) {
      await s.kill();
      s.cleanup();
    }
    await dropSchema(schema).catch(() => undefined);
  }
});
