import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { saveScreen } from '../support/screens';
import { expectTouchTarget } from '../support/touch';

const PHASE_1 = 'Arena og spilleregler';
const PHASE_2 = 'Politiske ambisjoner for perioden';

/** A participant joins the way people do: types the code on the start page, then the form. */
async function joinByCode(
  page: Page,
  code: string,
  who: { name: string; role: 'Folkevalgt' | 'Administrasjon'; party?: string; table?: string },
): Promise<void> {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Verkstedkode' }).fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Bli med' }).click();
  await expect(page).toHaveURL(new RegExp(`/j/${code}$`));
  await page.getByRole('textbox', { name: 'Navn (valgfritt)' }).fill(who.name);
  await page.getByRole('radio', { name: who.role }).check();
  if (who.party) await page.getByRole('textbox', { name: 'Parti (valgfritt)' }).fill(who.party);
  if (who.table) await page.getByRole('radio', { name: new RegExp(`^${who.table} –`) }).check();
}

test('a facilitator runs a seminar with two tablets and a projector', async ({
  facilitator,
  tablet1,
  tablet2,
  projector,
}, testInfo) => {
  test.setTimeout(90_000);
  const f = facilitator.page;
  const title = `Planstrategi-seminar ${testInfo.testId.slice(0, 6)}`;

  // The facilitator starts at the front page and creates the workshop from the template.
  await f.goto('/');
  await expectNoA11yViolations(f);
  await f.getByRole('link', { name: 'Opprett verksted' }).click();
  await expect(f.getByRole('heading', { level: 1 })).toHaveText('Opprett verksted');
  await f.getByRole('button', { name: 'Bruk malen «Planstrategi-seminar»' }).click();
  await expect(f.getByRole('textbox', { name: 'Navn på fase 1' })).toHaveValue(PHASE_1);
  await expect(f.getByRole('textbox', { name: 'Satsingsområde 1' })).toHaveValue(
    'Godt liv for alle',
  );
  await f.getByRole('textbox', { name: 'Tittel' }).fill(title);
  await expectNoA11yViolations(f);
  await saveScreen(f, testInfo, 'create-console');
  await f.getByRole('button', { name: 'Opprett verksted' }).click();

  await expect(f.getByRole('heading', { level: 1 })).toHaveText('Verkstedet er opprettet');
  await expect(f.getByText('Hemmelig: den som har denne lenken')).toBeVisible();
  await expectNoA11yViolations(f);
  const code = (await f.getByTestId('created-join-code').textContent())!.replace(' ', '');
  const projectorLink = await f.getByTestId('created-projector-link').inputValue();
  expect(projectorLink).toMatch(/\/p\/[\w-]+#[\w-]{20,}$/);
  await saveScreen(f, testInfo, 'created-links');

  await f.getByRole('link', { name: 'Åpne konsollen' }).click();
  await expect(f.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(f.getByTestId('current-phase')).toHaveText(PHASE_1);
  // The secret left the address bar but can still be copied from the console.
  await expect(f).not.toHaveURL(/#/);
  await expect(f.getByTestId('console-link')).toHaveValue(/\/f\/[\w-]+#[\w-]{20,}$/);

  // The projector opens its read-only link.
  const p = projector.page;
  await p.goto(projectorLink);
  await expect(p.getByTestId('current-phase')).toHaveText(PHASE_1);
  await expect(p.getByTestId('join-code')).toHaveText(`${code.slice(0, 3)} ${code.slice(3)}`);
  await expect(p.getByTestId('join-url')).toContainText(`/j/${code}`);
  await expect(p.getByRole('img', { name: /QR-kode/ })).toBeVisible();

  // Two tablets join by typing the code.
  const t1 = tablet1.page;
  const t2 = tablet2.page;
  await joinByCode(t1, code, { name: 'Kari', role: 'Folkevalgt', party: 'Senterpartiet' });
  await expectNoA11yViolations(t1);
  await saveScreen(t1, testInfo, 'join-tablet');
  for (const name of ['Folkevalgt', 'Administrasjon', 'Annen']) {
    await expectTouchTarget(t1.locator('label').filter({ hasText: new RegExp(`^${name}$`) }));
  }
  await t1.getByRole('button', { name: 'Bli med' }).click();
  await expect(t1).toHaveURL(/\/w\/[\w-]+$/);
  await expect(t1.getByTestId('current-phase')).toHaveText(PHASE_1);
  await expect(t1.getByRole('status').filter({ hasText: 'Tilkoblet' })).toBeVisible();

  await joinByCode(t2, code, { name: 'Ola', role: 'Administrasjon', table: 'Bord 2' });
  await t2.getByRole('button', { name: 'Bli med' }).click();
  await expect(t2.getByTestId('current-phase')).toHaveText(PHASE_1);
  await expect(t2.getByTestId('your-table')).toHaveText('Bord 2');

  // Everyone sees who is here.
  await expect(f.getByTestId('participant')).toHaveCount(2);
  await expect(p.getByTestId('attendance-total')).toHaveText('2 av 2 tilkoblet');

  // The facilitator moves on: every screen follows (latency is measured in the benchmark, not here).
  await f.getByRole('button', { name: 'Neste fase' }).click();
  for (const page of [f, p, t1, t2]) {
    await expect(page.getByTestId('current-phase')).toHaveText(PHASE_2);
  }

  // The timer starts, and the projector counts down from 45:00; a stopped clock is not on stage.
  await expect(p.getByTestId('countdown')).toHaveCount(0);
  await f.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(p.getByTestId('countdown')).toHaveText(/^44:[0-5]\d$/);
  await expect(t1.getByTestId('countdown')).toHaveText(/^44:[0-5]\d$/);

  // Input is locked: the tablets say so.
  await f.getByRole('button', { name: 'Lås innspill' }).click();
  await expect(t1.getByTestId('locked-banner')).toBeVisible();
  await expect(t2.getByTestId('locked-banner')).toBeVisible();

  // Each view passes axe, and the screens are kept for a human to look at.
  await expectNoA11yViolations(t1);
  await expectNoA11yViolations(p);
  await expectNoA11yViolations(f);
  await saveScreen(t1, testInfo, 'tablet-portrait');
  await t1.setViewportSize({ width: 1024, height: 768 });
  await saveScreen(t1, testInfo, 'tablet-landscape');
  await t1.setViewportSize({ width: 768, height: 1024 });
  await saveScreen(p, testInfo, 'projector');
  await saveScreen(f, testInfo, 'console');

  // The facilitator removes tablet-2: it loses access at once and is shown the way back.
  await f.getByRole('button', { name: 'Ta ut Ola' }).click();
  await f.getByRole('dialog').getByRole('button', { name: 'Ta ut' }).click();
  await expect(t2.getByRole('heading', { level: 1 })).toHaveText('Tilgangen din er avsluttet');
  await expect(t2.getByText('Prosesslederen har tatt deg ut')).toBeVisible();
  const back = t2.getByRole('link', { name: 'Bli med i et verksted' });
  await expectTouchTarget(back);
  await expectNoA11yViolations(t2);
  await saveScreen(t2, testInfo, 'revoked-tablet');
  await expect(f.getByTestId('participant')).toHaveCount(1);
  await expect(p.getByTestId('attendance-total')).toHaveText('1 av 1 tilkoblet');
  await back.click();
  await expect(t2.getByRole('textbox', { name: 'Verkstedkode' })).toBeVisible();

  // Tablet-1 reloads and is still Kari at the same table, in the current phase.
  const table = await t1.getByTestId('your-table').textContent();
  await t1.reload();
  await expect(t1.getByTestId('current-phase')).toHaveText(PHASE_2);
  await expect(t1.getByTestId('your-table')).toHaveText(table!);
  await expect(t1.getByText('Folkevalgt · Kari')).toBeVisible();

  // The facilitator ends the workshop: an archive everywhere.
  await f.getByRole('button', { name: 'Avslutt verkstedet' }).click();
  await f.getByRole('dialog').getByRole('button', { name: 'Avslutt' }).click();
  await expect(f.getByTestId('archived-notice')).toBeVisible();
  await expect(f.getByRole('button', { name: 'Neste fase' })).toBeDisabled();
  await expect(t1.getByTestId('archived-notice')).toBeVisible();
  await expectNoA11yViolations(f);
});
