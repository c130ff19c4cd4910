import type { Locator } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { joinTablet } from '../support/joinTablet';
import { switchableNetwork } from '../support/network';
import { saveScreen } from '../support/screens';
import { createWorkshop } from '../support/workshops';

const PHASE_2 = 'Politiske ambisjoner for perioden';

/** The first paragraph under "Hvor vi er nå (A)" in an ambition editor. */
function firstParagraph(editor: Locator): Locator {
  return editor.locator('h3 + p').first();
}

test('[C3] [C4] a tablet reloaded without network opens its workshop, keeps writing, and syncs when back', async ({
  request,
  facilitator,
  tablet1,
  projector,
}, testInfo) => {
  test.setTimeout(90_000);
  const created = await createWorkshop(request, {
    title: `Uten nett ${testInfo.testId.slice(0, 6)}`,
  });
  const table = created.workshop.tables[0]!;
  const f = facilitator.page;
  const p = projector.page;
  const t1 = tablet1.page;

  const network = await switchableNetwork(tablet1.context);
  await f.goto(created.links.console);
  await p.goto(created.links.projector);
  await joinTablet(t1, created.workshop.joinCode, {
    name: 'Kari',
    role: 'Folkevalgt',
    table: table.name,
  });

  // The facilitator starts the ambitions phase; Kari writes while the Wi-Fi still works.
  await f.getByRole('button', { name: 'Neste fase' }).click();
  await expect(t1.getByTestId('current-phase')).toHaveText(PHASE_2);
  const editor = t1.getByTestId('ambition-editor');
  await expect(editor.locator('h3').first()).toHaveText('Hvor vi er nå (A)');
  await firstParagraph(editor).click();
  await t1.keyboard.type('Skolen først.');
  const projected = p.getByTestId(`projector-table-${table.id}`);
  await expect(projected).toContainText('Skolen først.');

  // The facilitator lifts the draft into the plenary and asks for consent on it.
  await f.getByRole('button', { name: `Løft hele utkastet fra ${table.name} til plenum` }).click();
  await f.getByRole('button', { name: 'Start samtykkesjekk' }).click();
  const consent = t1.getByTestId('consent-answer');
  await expect(consent.getByRole('button', { name: 'Enig', exact: true })).toBeEnabled();

  // The app shell is installed once the service worker is active (its precache is complete).
  await t1.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  // The Wi-Fi drops and someone reloads the tablet.
  await network.goOffline();
  await t1.reload();
  await expect(t1.getByTestId('current-phase')).toHaveText(PHASE_2);
  await expect(t1.getByTestId('your-table')).toHaveText(table.name);
  await expect(t1.getByTestId('offline-notice')).toContainText('Uten nett');
  const badge = t1.getByRole('region', { name: 'Verkstedstatus' }).getByRole('status');
  await expect(badge).toContainText(/Frakoblet|Kobler til/);
  // The service worker answers for the app, never for the API.
  const apiOffline = await t1.evaluate(() =>
    fetch('/api/health').then(
      () => 'answered',
      () => 'failed',
    ),
  );
  expect(apiOffline).toBe('failed');

  // A consent answer counts only once the server has it: it waits, and says why.
  await expect(consent.getByRole('button', { name: 'Enig', exact: true })).toBeDisabled();
  await expect(consent.getByTestId('waits-for-network')).toContainText('Venter på nett');

  // The draft comes from the tablet's own copy; Kari keeps writing into it.
  await expect(firstParagraph(editor)).toContainText('Skolen først.');
  await firstParagraph(editor).click();
  await t1.keyboard.press('End');
  await t1.keyboard.type(' Skrevet etter omlasting uten nett.');
  await expect(badge).toContainText('Endringer ikke lagret ennå');
  await expectNoA11yViolations(t1);
  await saveScreen(t1, testInfo, 'offline-reload-tablet');

  // The network returns: what was written offline reaches the projector.
  await network.goOnline();
  await expect(projected).toContainText('Skrevet etter omlasting uten nett.', { timeout: 20_000 });
  await expect(t1.getByTestId('offline-notice')).toHaveCount(0);
  await consent.getByRole('button', { name: 'Enig', exact: true }).click();
  await expect(consent.getByTestId('consent-own-answer')).toHaveText('Ditt svar: Enig');
  await expect(badge).toHaveText('Tilkoblet', { timeout: 15_000 });
  await expectNoA11yViolations(p);
  await expectNoA11yViolations(t1);
});
