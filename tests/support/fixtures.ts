import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { spawnServer } from '@samskap/server/testing';
import type { SpawnedServer } from '@samskap/server/testing';

// CLIENT_DIST lets a developer test a build of their own while others rebuild client/dist.
const clientDist =
  process.env.CLIENT_DIST ??
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'client', 'dist');
const clientIndex = join(clientDist, 'index.html');

/** The people (and screens) in a workshop, each with the device they use. */
export const ACTORS = {
  facilitator: { viewport: { width: 1440, height: 900 } },
  'tablet-1': { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true },
  'tablet-2': { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true },
  'tablet-3': { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true },
  projector: { viewport: { width: 1920, height: 1080 } },
} as const satisfies Record<string, BrowserContextOptions>;

export type ActorName = keyof typeof ACTORS;

/** One actor: a browser context of their own (own storage, own sockets) and a page in it. */
export interface Actor {
  readonly name: ActorName;
  readonly context: BrowserContext;
  readonly page: Page;
  /**
   * Says that hostile content the scenario sends (a pasted `onerror`, say) is to be blocked by
   * the page's Content-Security-Policy under this directive: the scenario then fails unless it
   * was, instead of failing because it was.
   */
  expectBlockedByCsp(directive: string): void;
}

interface WorkerFixtures {
  /** The real Samskap server on a free port, with a fresh data folder, one per worker. */
  server: SpawnedServer;
}

interface ScenarioFixtures {
  facilitator: Actor;
  tablet1: Actor;
  tablet2: Actor;
  /** A third tablet, for what needs three at two tables (a result shown from three answers). */
  tablet3: Actor;
  projector: Actor;
}

async function openActor(
  browser: Browser,
  name: ActorName,
  baseURL: string,
  use: (actor: Actor) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ ...ACTORS[name], baseURL, locale: 'nb-NO' });
  const violations = await watchContentSecurityPolicy(context);
  const expected = new Set<string>();
  const page = await context.newPage();
  await use({ name, context, page, expectBlockedByCsp: (directive) => expected.add(directive) });
  await context.close();
  // [H1] The pages must work under their policy: anything it blocked fails the scenario.
  const unexpected = violations.filter((v) => !expected.has(v.directive));
  if (unexpected.length > 0) {
    const lines = unexpected.map((v) => v.text).join('\n');
    throw new Error(`${name}: the Content-Security-Policy blocked:\n${lines}`);
  }
  for (const directive of expected) {
    if (!violations.some((v) => v.directive === directive))
      throw new Error(
        `${name}: the Content-Security-Policy was to block ${directive}, and did not`,
      );
  }
}

interface Violation {
  directive: string;
  text: string;
}

/**
 * Collects what the page's Content-Security-Policy blocks: the page reports each violation as
 * an event, passed on to the console here with its directive.
 */
async function watchContentSecurityPolicy(context: BrowserContext): Promise<Violation[]> {
  const violations: Violation[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}:${e.columnNumber})`,
      );
    });
  });
  context.on('console', (message) => {
    const match = /^CSP violation: (\S+)/.exec(message.text());
    if (message.type() === 'error' && match) {
      violations.push({ directive: match[1]!, text: message.text() });
    }
  });
  return violations;
}

/**
 * The test function for scenarios. Actors are created only when a test asks for them, so a test
 * that needs one tablet opens one context.
 */
export const test = base.extend<ScenarioFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, use) => {
      if (!existsSync(clientIndex)) {
        throw new Error(`No built client at ${clientIndex}: run \`pnpm build\` first.`);
      }
      const server = await spawnServer({ env: { CLIENT_DIST: clientDist } });
      await use(server);
      await server.stop();
      server.cleanup();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
  facilitator: async ({ browser, server }, use) => {
    await openActor(browser, 'facilitator', server.url, use);
  },
  tablet1: async ({ browser, server }, use) => {
    await openActor(browser, 'tablet-1', server.url, use);
  },
  tablet2: async ({ browser, server }, use) => {
    await openActor(browser, 'tablet-2', server.url, use);
  },
  tablet3: async ({ browser, server }, use) => {
    await openActor(browser, 'tablet-3', server.url, use);
  },
  projector: async ({ browser, server }, use) => {
    await openActor(browser, 'projector', server.url, use);
  },
});

export { expect } from '@playwright/test';
