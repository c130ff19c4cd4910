import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { joinTablet } from '../support/joinTablet';
import { saveScreen } from '../support/screens';

/*
 * Issue 16, the closing evaluation on screen: the facilitator creates the seminar from the
 * template, edits a statement on the setup page, opens the form in the last phase; three
 * tablets at two tables answer anonymously; the projector shows the count, then the result
 * once the form is closed and revealed, without scrolling.
 */

const STATEMENTS = [
  'Formålet med seminaret var tydelig',
  'Jeg følte meg trygg på å si min mening',
  'Rollene og grensene mellom politikk og administrasjon var avklart',
  'Alle folkevalgte hadde mulighet til å delta',
  'Vi kom tidlig nok inn i planprosessen',
  'Seminaret ga meg mer kunnskap om plansystemet og plansaker',
  'Gruppearbeidet ved bordene var nyttig',
];

async function answer(page: Page, step: string, worked: string): Promise<void> {
  for (const statement of STATEMENTS) {
    await page.getByRole('group', { name: statement }).getByRole('radio', { name: step }).check();
  }
  await page
    .getByRole('group', { name: 'Hvor godt fikk du igjen for tiden du brukte?' })
    .getByRole('radio', { name: 'Godt', exact: true })
    .check();
  await page.getByRole('textbox', { name: 'Hva fungerte godt?' }).fill(worked);
  await page.getByRole('button', { name: 'Send tilbakemeldingen' }).click();
  await expect(page.getByTestId('evaluation-saved')).toHaveText(/Svaret ditt er lagret/);
}

test('the councillors give anonymous feedback at the end, and the projector shows the result', async ({
  facilitator,
  tablet1,
  tablet2,
  projector,
  tablet3,
  server,
}, testInfo) => {
  test.setTimeout(180_000);
  const f = facilitator.page;
  const title = `Tilbakemelding ${testInfo.testId.slice(0, 6)}`;

  await f.goto('/');
  await f.getByRole('link', { name: 'Opprett verksted' }).click();
  await f.getByRole('button', { name: 'Bruk malen «Planstrategi-seminar»' }).click();
  await expect(f.getByRole('textbox', { name: 'Navn på fase 6' })).toHaveValue('Tilbakemelding');
  await f.getByRole('textbox', { name: 'Tittel' }).fill(title);
  await f.getByRole('button', { name: 'Opprett verksted' }).click();
  await expect(f.getByRole('heading', { level: 1 })).toHaveText('Verkstedet er opprettet');
  const code = (await f.getByTestId('created-join-code').textContent())!.replace(' ', '');
  const projectorLink = await f.getByTestId('created-projector-link').inputValue();
  const consoleLink = await f.getByRole('link', { name: 'Åpne konsollen' }).getAttribute('href');
  await f.getByRole('link', { name: 'Åpne konsollen' }).click();
  // The console waits for its live channel; on a busy machine that can take a while.
  await expect(f.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 30_000 });

  // The setup page: the template's seven statements, one reworded for this seminar.
  await f.getByRole('link', { name: 'Endre oppsettet' }).click();
  await expect(f.getByRole('textbox', { name: 'Påstand 1', exact: true })).toHaveValue(
    STATEMENTS[0]!,
  );
  await f.getByRole('textbox', { name: 'Påstand 7', exact: true }).fill(STATEMENTS[6]!);
  await f.getByRole('button', { name: 'Lagre påstandene' }).click();
  await expect(f.getByText('Påstandene er lagret.')).toBeVisible();
  await expectNoA11yViolations(f);
  await f.getByRole('link', { name: 'Tilbake til konsollen' }).first().click();

  const p = projector.page;
  await p.goto(projectorLink);
  const t1 = tablet1.page;
  const t2 = tablet2.page;
  const t3 = tablet3.page;
  await joinTablet(t1, code, { name: 'Kari', role: 'Folkevalgt', table: 'Bord 1' });
  await joinTablet(t2, code, { name: 'Ola', role: 'Folkevalgt', table: 'Bord 2' });
  await joinTablet(t3, code, { name: 'Siri', role: 'Administrasjon', table: 'Bord 1' });

  // The last phase: the form, opened from the console.
  await f.getByRole('button', { name: 'Gå til fase 6: Tilbakemelding' }).click();
  for (const page of [p, t1, t2, t3]) {
    await expect(page.getByTestId('current-phase')).toHaveText('Tilbakemelding');
  }
  await expect(t1.getByText('Prosesslederen har ikke åpnet skjemaet ennå.')).toBeVisible();
  await f.getByRole('button', { name: 'Åpne skjemaet' }).click();
  await expect(f.getByTestId('evaluation-status')).toContainText('Åpent for svar');

  // A form sent with a gap says what is missing and sends nothing.
  await t1.getByRole('button', { name: 'Send tilbakemeldingen' }).click();
  await expect(t1.getByRole('alert')).toContainText('Svar på alle påstandene');
  await expectNoA11yViolations(t1);
  await saveScreen(t1, testInfo, 'evaluering-tablet');

  await answer(t1, 'Helt enig', 'Gode samtaler ved bordet');
  await answer(t2, 'Litt enig', 'Tydelig opplegg');
  await answer(t3, 'Helt enig', 'Vi kom tidlig inn');
  // One changes their answer before close: still one answer each.
  await t2
    .getByRole('group', { name: STATEMENTS[0]! })
    .getByRole('radio', { name: 'Helt enig' })
    .check();
  await t2.getByRole('button', { name: 'Oppdater svaret' }).click();
  await expect(p.getByTestId('evaluation-count')).toHaveText('3 har svart');
  await expect(f.getByTestId('evaluation-status')).toContainText('3 har svart');
  await expectNoA11yViolations(p);

  await f.getByRole('button', { name: 'Lukk skjemaet' }).click();
  await f.getByRole('button', { name: 'Vis resultatet' }).click();
  const result = p.getByTestId('evaluation-result');
  await expect(result).toBeVisible();
  await expect(result.getByTestId('evaluation-row')).toHaveCount(8);
  await expect(result.getByRole('row', { name: new RegExp(STATEMENTS[0]!) })).toContainText('5,0');
  const worked = ['Gode samtaler ved bordet', 'Tydelig opplegg', 'Vi kom tidlig inn'];
  // The console lists the free text whole; the projector shows what fits and pages the rest,
  // and the facilitator steps through the pages from the console.
  const onConsole = f.getByTestId('evaluation-result');
  for (const text of worked) await expect(onConsole.getByText(text)).toBeVisible();
  await f.getByRole('button', { name: 'Hold siden' }).click();
  const shown = result.locator('.ev-texts__list li');
  const seen = new Set<string>();
  for (let page = 0; page < worked.length && seen.size < worked.length; page++) {
    await expect(shown.first()).toBeVisible();
    const before = await shown.allTextContents();
    before.forEach((text) => seen.add(text));
    if (seen.size === worked.length) break;
    await f.getByRole('button', { name: 'Neste side' }).click();
    await expect(shown.first()).not.toHaveText(before[0]!);
  }
  expect([...seen].sort()).toEqual([...worked].sort());
  // Two elected members and one administrator: no role is shown apart.
  await expect(result.getByText(/Administrasjonen: for få/)).toBeVisible();
  await expect(t1.getByText('Skjemaet er lukket. Takk for tilbakemeldingen!')).toBeVisible();
  // The projector never scrolls.
  expect(
    await p.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1),
  ).toBe(true);
  for (const page of [f, p, t1]) await expectNoA11yViolations(page);
  await saveScreen(p, testInfo, 'evaluering-projector');
  await saveScreen(f, testInfo, 'evaluering-console');

  // The outcome (Markdown from the console) has the result and the free text.
  const [download] = await Promise.all([
    f.waitForEvent('download'),
    f.getByRole('region', { name: 'Resultat og arkiv' }).getByTestId('download-md').click(),
  ]);
  const markdown = readFileSync((await download.path())!, 'utf8');
  expect(markdown).toContain('## Tilbakemelding');
  expect(markdown).toContain(STATEMENTS[6]!);
  for (const text of worked) expect(markdown).toContain(text);

  // The next seminar, a copy of this one, takes this one as its baseline by its console link.
  const firstUrl = f.url();
  await f.getByRole('button', { name: 'Dupliser som mal' }).click();
  await expect(f).not.toHaveURL(firstUrl);
  await expect(f.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  const next = f
    .locator('details.console-activity')
    .filter({ has: f.locator('summary', { hasText: /^Tilbakemelding$/ }) });
  await next.locator('summary').click();
  const baseline = next.getByTestId('evaluation-baseline');
  await expect(baseline).toHaveText('Ingen sammenligning er valgt.');
  const link = next.getByRole('textbox', {
    name: 'Eller: konsoll-lenken til et verksted på denne serveren',
  });
  // A link without its secret is refused on the spot, and nothing is chosen.
  await link.fill(consoleLink!.split('#')[0]!);
  await next.getByRole('button', { name: 'Bruk lenken' }).click();
  await expect(next.getByText('Lenken må inneholde /f/<id>#<hemmelighet>.')).toBeVisible();
  await expect(baseline).toHaveText('Ingen sammenligning er valgt.');
  await link.fill(new URL(consoleLink!, server.url).href);
  await next.getByRole('button', { name: 'Bruk lenken' }).click();
  await expect(baseline).toHaveText(new RegExp(`^Sammenlignes med «${title}»`));
  await expectNoA11yViolations(f);
});
