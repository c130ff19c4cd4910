import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { joinTablet } from '../support/joinTablet';
import { saveScreen } from '../support/screens';

/*
 * Issue 16, the round table on screen: the facilitator creates the seminar from the template
 * on /new with a round-table phase, sets the question on the setup page; three tablets at two
 * tables join by code, write cards and mark their top three; the facilitator steps through the
 * tables on the projector (with the talking time and the floor), groups the cards into themes
 * on the console with the keyboard, everyone spends priority points, and the outcome has it all.
 */

const QUESTION =
  'Hvordan kan det legges til rette for tidligere politisk involvering i arbeidet med oppdrag i HØP i 2026?';
const CARD_1 = 'Arbeidsmøter med formannskapet før oppdragene skrives';
const CARD_2 = 'En oppdragsliste til alle folkevalgte i januar';
const CARD_3 = 'Administrasjonen legger fram utkast tidlig, ikke ferdige saker';
const CARD_4 = 'Faste spørretimer om oppdragene i kommunestyret';
const SUMMARY = 'Formannskapet bør møte oppdragene før de skrives';
const THEME_EARLY = 'Tidligere inn i oppdragene';
const THEME_OVERVIEW = 'Oversikt for alle folkevalgte';

/** The console's round table, apart from the other activities' sections. */
function roundTable(page: Page): Locator {
  return page
    .locator('details.console-activity')
    .filter({ has: page.locator('summary', { hasText: /^Rundebordet$/ }) });
}

/** The projector never scrolls: everything on it fits 1920 × 1080. */
async function expectNoScroll(page: Page): Promise<void> {
  expect(
    await page.evaluate(
      () =>
        document.documentElement.scrollHeight <= window.innerHeight + 1 &&
        document.documentElement.scrollWidth <= window.innerWidth + 1,
    ),
  ).toBe(true);
}

async function addCard(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Nytt kort: én idé' }).fill(text);
  await page.getByRole('button', { name: 'Legg kortet på bordet' }).click();
  await expect(page.getByText('Kortet ligger på bordet.')).toBeVisible();
}

function card(page: Page, text: string): Locator {
  return page.getByTestId('rt-card').filter({ hasText: text });
}

test('a round table: cards at two tables, report-back on the projector, themes and points on the console', async ({
  facilitator,
  tablet1,
  tablet2,
  projector,
  tablet3,
}, testInfo) => {
  test.setTimeout(240_000);
  const f = facilitator.page;
  const title = `Rundebord ${testInfo.testId.slice(0, 6)}`;

  // /new: the template, and a round-table phase added before the summary.
  await f.goto('/');
  await f.getByRole('link', { name: 'Opprett verksted' }).click();
  await f.getByRole('button', { name: 'Bruk malen «Planstrategi-seminar»' }).click();
  await expect(f.getByRole('textbox', { name: 'Navn på fase 6' })).toHaveValue('Tilbakemelding');
  await f.getByRole('textbox', { name: 'Tittel' }).fill(title);
  await f.getByRole('button', { name: 'Legg til fase' }).click();
  await f.getByRole('textbox', { name: 'Navn på fase 7' }).fill('Rundebord');
  await f.getByRole('textbox', { name: 'Minutter for fase 7' }).fill('30');
  await f.getByLabel('Aktivitet i fase 7').selectOption({ label: 'Rundebordet' });
  await f.getByRole('button', { name: 'Flytt fase 7 opp' }).click();
  await f.getByRole('button', { name: 'Flytt fase 6 opp' }).click();
  await expect(f.getByRole('textbox', { name: 'Navn på fase 5' })).toHaveValue('Rundebord');
  await f.getByRole('button', { name: 'Opprett verksted' }).click();
  await expect(f.getByRole('heading', { level: 1 })).toHaveText('Verkstedet er opprettet');
  const code = (await f.getByTestId('created-join-code').textContent())!.replace(' ', '');
  const projectorLink = await f.getByTestId('created-projector-link').inputValue();
  await f.getByRole('link', { name: 'Åpne konsollen' }).click();
  // The console waits for its live channel; on a busy machine that can take a while.
  await expect(f.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 30_000 });

  // The setup page: the template's question until the facilitator sets this seminar's.
  await f.getByRole('link', { name: 'Endre oppsettet' }).click();
  const setup = f.getByRole('region', { name: 'Rundebordet: spørsmål og utdelt materiale' });
  const question = setup.getByRole('textbox', { name: 'Spørsmål til alle bord' });
  await expect(question).toHaveValue(/tidligere politisk involvering/);
  await question.fill(QUESTION);
  await question.press('Enter');
  await expect(setup.getByRole('status').first()).toHaveText('Lagret.');
  await expect(question).toHaveValue(QUESTION);
  await expectNoA11yViolations(f);
  await saveScreen(f, testInfo, 'rundebord-setup');
  await f.getByRole('link', { name: 'Tilbake til konsollen' }).first().click();

  // The projector, and three tablets at two tables, joined by the code.
  const p = projector.page;
  await p.goto(projectorLink);
  const t1 = tablet1.page;
  const t2 = tablet2.page;
  const t3 = tablet3.page;
  await joinTablet(t1, code, { name: 'Kari', role: 'Folkevalgt', table: 'Bord 1' });
  await joinTablet(t3, code, { name: 'Siri', role: 'Administrasjon', table: 'Bord 1' });
  await joinTablet(t2, code, { name: 'Ola', role: 'Folkevalgt', table: 'Bord 2' });

  await f.getByRole('button', { name: 'Gå til fase 5: Rundebord' }).click();
  for (const page of [p, t1, t2, t3]) {
    await expect(page.getByTestId('current-phase')).toHaveText('Rundebord');
  }
  for (const page of [t1, t2, t3]) {
    await expect(page.getByTestId('rt-question')).toHaveText(QUESTION);
  }

  // Cards: each table sees its own, live; the other table's never reach it.
  await addCard(t1, CARD_1);
  await addCard(t3, CARD_3);
  await addCard(t2, CARD_2);
  await addCard(t2, CARD_4);
  await expect(card(t1, CARD_3)).toBeVisible();
  await expect(card(t3, CARD_1)).toBeVisible();
  await expect(t1.getByTestId('rt-card')).toHaveCount(2);
  await expect(t1.getByText(CARD_2)).toHaveCount(0);
  await expect(t2.getByTestId('rt-card')).toHaveCount(2);

  // The top three, marked together: the table sees who marked (as a role: no names here).
  await card(t1, CARD_1).getByRole('button', { name: 'Merk som topp tre' }).click();
  await card(t1, CARD_3).getByRole('button', { name: 'Merk som topp tre' }).click();
  await expect(card(t3, CARD_1)).toContainText('Merket av Folkevalgt');
  await expect(t3.getByText('2 av 3 merket som bordets topp tre')).toBeVisible();
  await card(t2, CARD_2).getByRole('button', { name: 'Merk som topp tre' }).click();
  await expect(card(t2, CARD_2)).toContainText('Topp tre');
  await expectNoA11yViolations(t1);
  await saveScreen(t1, testInfo, 'rundebord-tablet');

  // A secretary at table 1: only that tablet writes the table's summary line.
  const rt = roundTable(f);
  const secretary = rt.getByLabel('Sekretær ved Bord 1');
  const siri = await secretary
    .locator('option', { hasText: /Siri|Administrasjon/ })
    .getAttribute('value');
  await secretary.selectOption(siri!);
  await expect(
    t1.getByText('Bordet har en sekretær: bare sekretæren skriver oppsummeringen.'),
  ).toBeVisible();
  await expect(t3.getByText('Du er bordets sekretær.')).toBeVisible();
  await t3.getByRole('textbox', { name: 'Én linje som oppsummerer bordet' }).fill(SUMMARY);
  await t3.getByRole('button', { name: 'Lagre oppsummeringen' }).click();
  await expect(t3.getByText('Lagret.')).toBeVisible();
  await expect(t1.getByTestId('rt-summary')).toHaveText(SUMMARY);

  // Report-back, one table at a time: its top three large, the rest as a count, its time.
  await rt.getByRole('button', { name: 'Vis Bord 1' }).click();
  await expect(p.getByRole('heading', { name: 'Bord 1 legger fram' })).toBeVisible();
  await expect(p.getByTestId('rt-top3').getByRole('listitem')).toHaveText([CARD_1, CARD_3]);
  await expect(p.getByText(SUMMARY)).toBeVisible();
  await rt.getByRole('button', { name: 'Start taletiden' }).click();
  await expect(p.locator('.rt-talk')).toHaveAttribute('data-running', 'true');
  await rt.getByRole('button', { name: 'Gi ordet til Bord 1' }).click();
  await expect(t1.getByTestId('rt-floor')).toHaveText(
    'Ordet er deres: bordet ditt legger fram nå.',
  );
  await expect(t2.getByTestId('rt-floor')).toHaveText('Bord 1 har ordet.');
  await expectNoScroll(p);
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'rundebord-projector-report');

  await rt.getByRole('button', { name: 'Vis Bord 2' }).click();
  await expect(p.getByRole('heading', { name: 'Bord 2 legger fram' })).toBeVisible();
  await expect(p.getByTestId('rt-top3').getByRole('listitem')).toHaveText([CARD_2]);
  await expect(p.getByTestId('rt-rest')).toHaveText('og 1 kort til');
  await rt.getByRole('button', { name: 'Gi ordet til Bord 2' }).click();
  await expect(t2.getByTestId('rt-floor')).toHaveText(
    'Ordet er deres: bordet ditt legger fram nå.',
  );
  await expectNoScroll(p);
  await rt.getByRole('button', { name: 'Ta tilbake ordet' }).click();
  await expect(t2.getByTestId('rt-floor')).toHaveCount(0);
  await rt.getByRole('button', { name: 'Vis oversikten' }).click();

  // Plenary synthesis on the console, by keyboard: name a theme and press Enter, then pick
  // each card's theme in its own list; every card keeps its table.
  for (const theme of [THEME_EARLY, THEME_OVERVIEW]) {
    const name = rt.getByRole('textbox', { name: 'Navn på nytt tema' });
    await name.fill(theme);
    await name.press('Enter');
    await expect(rt.getByRole('region', { name: theme, exact: true })).toBeVisible();
  }
  const ungrouped = rt.getByTestId('rt-ungrouped');
  const placements: Array<[string, string]> = [
    [CARD_1, THEME_EARLY],
    [CARD_3, THEME_EARLY],
    [CARD_2, THEME_OVERVIEW],
    [CARD_4, THEME_EARLY],
  ];
  for (const [text, theme] of placements) {
    const picker = ungrouped
      .getByTestId('rt-syn-card')
      .filter({ hasText: text })
      .getByLabel('Tema for kortet');
    await picker.focus();
    await picker.selectOption({ label: theme });
    await expect(ungrouped.getByText(text)).toHaveCount(0);
  }
  const early = rt.getByRole('region', { name: THEME_EARLY, exact: true });
  await expect(early).toContainText('Fra Bord 1, Bord 2');
  await expect(early.getByTestId('rt-syn-card')).toHaveCount(3);

  // Priority points: three each, the budget held by the server.
  await rt.getByRole('spinbutton', { name: 'Poeng per deltaker' }).fill('3');
  await rt.getByRole('button', { name: 'Åpne prioriteringen' }).click();
  const spend: Array<[Page, number]> = [
    [t1, 3],
    [t2, 2],
    [t3, 2],
  ];
  for (const [page, toEarly] of spend) {
    await expect(page.getByText('3 av 3 poeng igjen')).toBeVisible();
    for (let i = 0; i < toEarly; i++) {
      await page.getByRole('button', { name: `Ett poeng mer til ${THEME_EARLY}` }).click();
      await expect(page.getByText(`${3 - i - 1} av 3 poeng igjen`)).toBeVisible();
    }
    for (let i = toEarly; i < 3; i++) {
      await page.getByRole('button', { name: `Ett poeng mer til ${THEME_OVERVIEW}` }).click();
      await expect(page.getByText(`${3 - i - 1} av 3 poeng igjen`)).toBeVisible();
    }
    // Spent: no more to give.
    await expect(
      page.getByRole('button', { name: `Ett poeng mer til ${THEME_OVERVIEW}` }),
    ).toBeDisabled();
  }
  await expect(rt.getByText('3 har prioritert').first()).toBeVisible();
  await expectNoA11yViolations(t2);
  await saveScreen(t2, testInfo, 'rundebord-tablet-points');
  await rt.getByRole('button', { name: 'Steng prioriteringen' }).click();
  await rt.getByRole('button', { name: 'Vis poengene' }).click();
  await expect(early).toContainText('7 poeng');
  await expectNoA11yViolations(f);
  await saveScreen(f, testInfo, 'rundebord-console');

  const themes = p.getByTestId('rt-themes');
  await expect(themes).toContainText(`${THEME_EARLY} · 7 poeng`);
  await expect(themes).toContainText(`${THEME_OVERVIEW} · 2 poeng`);
  await expect(themes).toContainText(CARD_4);
  await expectNoScroll(p);
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'rundebord-projector-themes');

  // The outcome (Markdown from the console) has the question, the cards and the themes.
  const panel = f.getByRole('region', { name: 'Resultat og arkiv' });
  const [download] = await Promise.all([
    f.waitForEvent('download'),
    panel.getByTestId('download-md').click(),
  ]);
  const markdown = readFileSync((await download.path())!, 'utf8');
  expect(markdown).toContain('Rundebordet');
  expect(markdown).toContain(QUESTION);
  for (const text of [CARD_1, CARD_2, CARD_3, CARD_4, THEME_EARLY, THEME_OVERVIEW]) {
    expect(markdown).toContain(text);
  }
  expect(markdown).toContain('Topp tre');
  expect(markdown).toContain(SUMMARY);
});
