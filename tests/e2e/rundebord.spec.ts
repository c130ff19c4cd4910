import type { Locator, Page } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { openTabletAs } from '../support/participants';
import { saveScreen } from '../support/screens';
import { createWorkshop } from '../support/workshops';

const CARD_1 = 'Arbeidsmøter med formannskapet før oppdragene skrives';
const CARD_2 = 'En oppdragsliste til alle folkevalgte i januar';
const THEME = 'Tidligere inn i oppdragene';

/** The console's round table, apart from the other activities' sections. */
function roundTable(page: Page): Locator {
  return page
    .locator('details.console-activity')
    .filter({ has: page.locator('summary', { hasText: /^Rundebordet$/ }) });
}

// Not yet run green: on the shared machine (load ~27 on 2 cores) its fixtures timed out before
// the first step. Remove `fixme` after one green run with --workers=1.
test.fixme('a round table: cards at two tables, report-back on the projector, a theme on the console', async ({
  facilitator,
  tablet1,
  tablet2,
  projector,
}, testInfo) => {
  test.setTimeout(120_000);
  const f = facilitator.page;
  const p = projector.page;
  const t1 = tablet1.page;
  const t2 = tablet2.page;
  const created = await createWorkshop(f.request, {
    agenda: [{ id: 'phase-1', title: 'Rundebord', minutes: 30, activity: 'rundebord' }],
  });
  await f.goto(created.links.console);
  await p.goto(created.links.projector);
  await openTabletAs(t1, created, { role: 'folkevalgt', tableId: 'table-1' });
  await openTabletAs(t2, created, { role: 'administrasjon', tableId: 'table-2' });

  // The template's question is on every tablet.
  for (const page of [t1, t2]) {
    await expect(page.getByTestId('rt-question')).toContainText('tidligere politisk involvering');
  }

  // Each tablet writes a card; each table sees only its own.
  await t1.getByLabel('Nytt kort: én idé').fill(CARD_1);
  await t1.getByRole('button', { name: 'Legg kortet på bordet' }).click();
  await t2.getByLabel('Nytt kort: én idé').fill(CARD_2);
  await t2.getByRole('button', { name: 'Legg kortet på bordet' }).click();
  await expect(t1.getByTestId('rt-card')).toHaveText(new RegExp(CARD_1));
  await expect(t2.getByTestId('rt-card')).toHaveText(new RegExp(CARD_2));
  await expect(t1.getByText(CARD_2)).toHaveCount(0);

  // Table 1 marks its top three; the tablet says who marked, as a role.
  await t1.getByRole('button', { name: 'Merk som topp tre' }).click();
  await expect(t1.getByTestId('rt-card')).toContainText('Merket av Folkevalgt');
  await expectNoA11yViolations(t1);
  await saveScreen(t1, testInfo, 'rundebord-tablet');

  // Report-back: the facilitator shows table 1 and gives it the floor.
  const console = roundTable(f);
  await console.getByRole('button', { name: 'Vis Bord 1' }).click();
  await expect(p.getByTestId('rt-top3')).toContainText(CARD_1);
  await console.getByRole('button', { name: 'Gi ordet til Bord 1' }).click();
  await expect(t1.getByTestId('rt-floor')).toHaveText(
    'Ordet er deres: bordet ditt legger fram nå.',
  );
  await expect(t2.getByTestId('rt-floor')).toHaveText('Bord 1 har ordet.');
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'rundebord-projector-report');

  // Plenary synthesis: a theme, and both cards put in it with the keyboard's picker.
  await console.getByRole('button', { name: 'Vis oversikten' }).click();
  await console.getByLabel('Navn på nytt tema').fill(THEME);
  await console.getByRole('button', { name: 'Legg til tema' }).click();
  const ungrouped = console.getByTestId('rt-ungrouped');
  await expect(ungrouped.getByTestId('rt-syn-card')).toHaveCount(2);
  for (let i = 0; i < 2; i++) {
    await ungrouped
      .getByTestId('rt-syn-card')
      .first()
      .getByLabel('Tema for kortet')
      .selectOption({ label: THEME });
    await expect(ungrouped.getByTestId('rt-syn-card')).toHaveCount(1 - i);
  }
  await expect(console.getByTestId('rt-theme')).toContainText('Fra Bord 1, Bord 2');
  await expectNoA11yViolations(f);
  await saveScreen(f, testInfo, 'rundebord-console');
  await expect(p.getByTestId('rt-themes')).toContainText(THEME);
  await expect(p.getByTestId('rt-themes')).toContainText(CARD_2);
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'rundebord-projector-themes');
});
