import type { Locator, Page } from '@playwright/test';
import type { PlanbehovView } from '@samskap/shared/planbehov';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { joinTablet } from '../support/joinTablet';
import { castByApi, planbehovFixture } from '../support/planbehov';
import { saveScreen } from '../support/screens';
import { createWorkshop, joinByApi } from '../support/workshops';

const AREALDEL = 'Kommuneplanens arealdel 2019–2031';
const HELSE = 'Kommunedelplan helse og omsorg 2020–2030';

function card(page: Page, title: string): Locator {
  return page.getByRole('article', { name: title });
}

async function vote(page: Page, title: string, decision: string, year: string): Promise<void> {
  const c = card(page, title);
  await c.getByRole('radio', { name: decision }).check();
  await expect(c.getByTestId('save-state')).toHaveText(/Lagret/);
  await c.getByLabel('Oppstart').selectOption(year);
  await expect(c.getByTestId('save-state')).toHaveText(/Lagret/);
}

test('a list proposing years before the period, two rounds of voting, and the summary on every screen', async ({
  facilitator,
  tablet1,
  tablet2,
  projector,
}, testInfo) => {
  test.setTimeout(180_000);
  const f = facilitator.page;
  // Gap: the workshop is created by the API (the create page is another scenario's).
  const created = await createWorkshop(f.request, { period: { start: 2027, end: 2030 } });
  const [t1, t2, p] = [tablet1.page, tablet2.page, projector.page];
  await joinTablet(t1, created.workshop.joinCode, {
    name: 'Kari',
    role: 'Folkevalgt',
    table: 'Bord 1',
  });
  await joinTablet(t2, created.workshop.joinCode, {
    name: 'Ola',
    role: 'Administrasjon',
    table: 'Bord 2',
  });
  // Gap: a third voter by the API. A result needs three ballots (server README [D1]), and the
  // fixtures have two tablets; the tablet ballot itself is on screen above.
  const third = await joinByApi(f.request, {
    code: created.workshop.joinCode,
    role: 'folkevalgt',
    tableId: created.workshop.tables[0]!.id,
  });
  await p.goto(created.links.projector);
  /** The projector turns its pages; the facilitator steps them from the console to the timeline. */
  const showTimeline = async (year: string) => {
    await expect(async () => {
      if (!(await p.getByTestId(`timeline-${year}`).isVisible()))
        await f.getByRole('button', { name: 'Neste side' }).click();
      await expect(p.getByTestId(`timeline-${year}`)).toBeVisible({ timeout: 1000 });
    }).toPass();
  };

  // The demo list proposes years before the template's period: the console says so.
  await f.goto(created.links.console);
  await f.locator('summary', { hasText: /^Planbehov$/ }).click();
  const consoleView = f.getByTestId('planbehov-console');
  // A bad file first: every problem in the reader's words, not the server's English.
  await consoleView
    .getByLabel('Velg CSV-fil (fra Excel)')
    .setInputFiles(planbehovFixture('planbehov-bad-years.csv'));
  await expect(consoleView.getByTestId('import-problems')).toContainText(
    'Linje 2, kolonne «vedtatt»: «tjuetjue» er ikke et år (fire sifre, for eksempel 2026).',
  );
  await expect(consoleView.getByTestId('import-problems')).not.toContainText('is not a year');
  await consoleView
    .getByLabel('Velg CSV-fil (fra Excel)')
    .setInputFiles(planbehovFixture('planbehov-fjordvik.csv'));
  await expect(consoleView.getByTestId('import-result')).toHaveText('18 planer er importert.');
  const notice = consoleView.getByTestId('period-notice');
  await expect(notice).toContainText('utenfor perioden 2027–2030');
  await expect(notice).toContainText(`${AREALDEL} (2026)`);
  await expectNoA11yViolations(f);
  await saveScreen(f, testInfo, 'rounds-console-period-notice');
  await notice.getByRole('button', { name: 'Utvid perioden til 2024–2030' }).click();
  await expect(consoleView.getByTestId('period-widened')).toHaveText('Perioden er nå 2024–2030.');
  await expect(notice).toHaveCount(0);

  // The seminar reaches Planbehov; the proposed year is now on the ballot.
  await f.getByRole('button', { name: 'Gå til fase 3: Planbehov' }).click();
  await expect(t1.getByTestId('current-phase')).toHaveText('Planbehov');
  await consoleView.getByRole('button', { name: 'Åpne avstemningen' }).click();
  await vote(t1, AREALDEL, 'Revidere', '2026');
  await vote(t1, HELSE, 'Revidere', '2026');
  await vote(t2, AREALDEL, 'Revidere', '2026');
  await vote(t2, HELSE, 'Revidere', '2026');
  const planId = async (title: string) => {
    const res = await f.request.get(`/api/workshops/${created.workshop.id}/planbehov`, {
      headers: { authorization: `Bearer ${created.facilitatorToken}` },
    });
    const view = (await res.json()) as PlanbehovView;
    return view.plans.find((plan) => plan.title === title)!.id;
  };
  const [arealdelId, helseId] = [await planId(AREALDEL), await planId(HELSE)];
  for (const id of [arealdelId, helseId])
    await castByApi(f.request, third, id, { decision: 'revise', startYear: 2026, points: 0 });
  await expect(consoleView.getByTestId('turnout')).toHaveText('3 av 3 har stemt');
  await consoleView.getByRole('button', { name: 'Lukk avstemningen' }).click();
  await consoleView.getByRole('button', { name: 'Vis resultatene' }).click();
  await showTimeline('2026');
  await expect(p.getByTestId('timeline-2026')).toContainText(HELSE);

  // Round 2 is a decision: the console asks, and says what happens to round 1.
  await consoleView.getByRole('button', { name: 'Start runde 2' }).click();
  const dialog = f.getByRole('dialog', { name: 'Starte runde 2?' });
  await expect(dialog).toContainText('Runde 1 tas vare på for sammenligning');
  await expectNoA11yViolations(f);
  await saveScreen(f, testInfo, 'rounds-console-confirm-round2');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(consoleView.getByTestId('voting-status')).toContainText('lukket');
  await consoleView.getByRole('button', { name: 'Start runde 2' }).click();
  await dialog.getByRole('button', { name: 'Ja, start runde 2' }).click();
  await expect(consoleView.getByTestId('voting-status')).toContainText('åpen');

  // In round 2 only the arealdel is voted on again; the helse plan keeps its round-1 place.
  await vote(t1, AREALDEL, 'Revidere', '2027');
  await vote(t2, AREALDEL, 'Revidere', '2027');
  await castByApi(f.request, third, arealdelId, {
    decision: 'revise',
    startYear: 2027,
    points: 0,
  });
  await consoleView.getByRole('button', { name: 'Lukk avstemningen' }).click();
  await consoleView.getByRole('button', { name: 'Vis resultatene' }).click();
  await showTimeline('2027');
  await expect(p.getByTestId('timeline-2027')).toContainText(AREALDEL);
  await expect(p.getByTestId('timeline-2026')).toContainText(HELSE);

  // The summary phase shows what the workshop produced, in the outcome's words.
  await f.getByRole('button', { name: 'Gå til fase 5: Oppsummering' }).click();
  const summary = t1.getByTestId('summary');
  await expect(summary.getByRole('heading', { name: 'Planbehov' })).toBeVisible();
  await expect(summary.getByRole('heading', { name: 'Runde 2' })).toBeVisible();
  await expect(summary.getByRole('heading', { name: 'Politiske ambisjoner' })).toBeVisible();
  const timeline = summary.getByRole('table', { name: 'Tidslinje for perioden' });
  await expect(timeline.getByRole('row', { name: /2026/ })).toContainText(
    `${HELSE} (Revidere, runde 1)`,
  );
  await expect(timeline.getByRole('row', { name: /2027/ })).toContainText(AREALDEL);
  await expect(summary).not.toContainText('Rangering');
  await expectNoA11yViolations(t1);
  await saveScreen(t1, testInfo, 'rounds-tablet-summary');

  // A tablet reading English gets the summary in English, in the outcome's English words.
  await t2.locator('label', { has: t2.getByRole('radio', { name: 'English' }) }).click();
  await expect(t2.getByRole('radio', { name: 'English' })).toBeChecked();
  const english = t2.getByTestId('summary');
  await expect(english.getByRole('heading', { name: 'Planning needs' })).toBeVisible();
  await expect(english.getByRole('heading', { name: 'Round 2' })).toBeVisible();
  await expectNoA11yViolations(t2);

  // The projector turns one section per page; the planbehov page comes round.
  const stage = p.getByTestId('summary');
  await expect(stage.getByRole('heading', { name: 'Politiske ambisjoner' })).toBeVisible();
  await expectNoA11yViolations(p);
  await expect(stage.getByRole('heading', { name: 'Runde 2' })).toBeVisible({ timeout: 60_000 });
  await expect(stage.getByTestId('summary-page')).toHaveText(/^Del 4 av \d+$/);
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'rounds-projector-summary-round');
  await expect(stage.getByRole('heading', { name: 'Tidslinje for perioden' })).toBeVisible({
    timeout: 20_000,
  });
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'rounds-projector-summary');
});
