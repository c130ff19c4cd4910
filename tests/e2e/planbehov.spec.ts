import type { Locator, Page } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import {
  castByApi,
  facilitatorAct,
  importPlansByApi,
  openTabletAs,
  planbehovFixture,
} from '../support/planbehov';
import { saveScreen } from '../support/screens';
import { expectTouchTarget } from '../support/touch';
import { createWorkshop, joinByApi } from '../support/workshops';

const PERIOD = { start: 2025, end: 2028 };
const AREALDEL = 'Kommuneplanens arealdel 2019–2031';
const HELSE = 'Kommunedelplan helse og omsorg 2020–2030';
const BOLIG = 'Boligsosial handlingsplan';

function card(page: Page, title: string): Locator {
  return page.getByRole('article', { name: title });
}

/** A participant fills in one plan's ballot on the tablet and waits until it is saved. */
async function vote(
  page: Page,
  title: string,
  ballot: { decision: string; year?: string; points?: number },
): Promise<void> {
  const c = card(page, title);
  await c.getByRole('radio', { name: ballot.decision }).check();
  await expect(c.getByTestId('save-state')).toHaveText(/Lagret/);
  if (ballot.year) {
    await c.getByLabel('Oppstart').selectOption(ballot.year);
    await expect(c.getByTestId('save-state')).toHaveText(/Lagret/);
  }
  for (let i = 0; i < (ballot.points ?? 0); i++) {
    await c.getByRole('button', { name: `Gi ett poeng til ${title}` }).click();
    await expect(c.getByTestId('plan-points')).toHaveText(`${i + 1} poeng`);
  }
  await expect(c.getByTestId('save-state')).toHaveText(/Lagret/);
}

test('the facilitator imports the plan list, two tablets vote, and the projector shows the result', async ({
  facilitator,
  tablet1,
  tablet2,
  projector,
}, testInfo) => {
  test.setTimeout(120_000);
  const f = facilitator.page;
  const created = await createWorkshop(f.request, { period: PERIOD });
  const [kari, ola] = await Promise.all([
    joinByApi(f.request, {
      code: created.workshop.joinCode,
      role: 'folkevalgt',
      displayName: 'Kari',
    }),
    joinByApi(f.request, {
      code: created.workshop.joinCode,
      role: 'administrasjon',
      displayName: 'Ola',
    }),
  ]);

  // Before the seminar: the console's planbehov section takes the file Excel wrote.
  await f.goto(created.links.console);
  // The console keeps every activity in a disclosure; the current phase is not this one yet.
  await f.locator('summary', { hasText: /^Planbehov$/ }).click();
  const consoleView = f.getByTestId('planbehov-console');
  await consoleView
    .getByLabel('Velg CSV-fil (fra Excel)')
    .setInputFiles(planbehovFixture('planbehov-fjordvik.csv'));
  await expect(consoleView.getByTestId('import-result')).toHaveText('18 planer er importert.');
  const rows = consoleView.getByTestId('plan-table').locator('tbody tr');
  await expect(rows).toHaveCount(18);
  await expect(rows.first()).toContainText('Videreføre');

  // A bad file is refused whole, with every problem by line and column.
  await consoleView
    .getByLabel('Velg CSV-fil (fra Excel)')
    .setInputFiles(planbehovFixture('planbehov-bad-years.csv'));
  await f.getByRole('button', { name: 'Erstatt listen' }).click();
  const problems = consoleView.getByTestId('import-problems');
  await expect(problems).toContainText('Filen ble ikke importert');
  await expect(problems).toContainText('Linje 2, kolonne «vedtatt»');
  await expect(problems).toContainText('Linje 2, kolonne «aar»');
  await expect(rows).toHaveCount(18);
  await expectNoA11yViolations(f);
  await saveScreen(f, testInfo, 'planbehov-console-import');

  // The seminar reaches the Planbehov phase; the tablets can read but not yet vote.
  await facilitatorAct(f.request, created, 'actions', { type: 'phase.goto', index: 2 });
  const t1 = tablet1.page;
  const t2 = tablet2.page;
  await openTabletAs(t1, kari);
  await openTabletAs(t2, ola);
  await expect(t1.getByTestId('current-phase')).toHaveText('Planbehov');
  await expect(t1.getByTestId('ballot-readonly')).toContainText('ikke åpnet ennå');
  await expect(card(t1, AREALDEL).getByTestId('plan-proposal')).toHaveText('Revidere (2026)');

  const p = projector.page;
  await p.goto(created.links.projector);
  await expect(p.getByTestId('voting-status')).toHaveText('Avstemningen er ikke åpnet ennå.');

  await consoleView.getByRole('button', { name: 'Åpne avstemningen' }).click();
  await expect(consoleView.getByTestId('voting-status')).toContainText('Avstemningen er åpen');
  await expect(t1.getByTestId('points-left')).toHaveText('5 av 5 poeng igjen');

  // Tablet 1 (folkevalgt) spreads all five points; a sixth is refused where they see it.
  await vote(t1, AREALDEL, { decision: 'Revidere', year: '2026', points: 3 });
  await vote(t1, HELSE, { decision: 'Revidere', year: '2027', points: 2 });
  await expect(t1.getByTestId('points-left')).toHaveText('0 av 5 poeng igjen');
  await vote(t1, BOLIG, { decision: 'Ny', year: '2026' });
  await card(t1, BOLIG)
    .getByRole('button', { name: `Gi ett poeng til ${BOLIG}` })
    .click();
  await expect(card(t1, BOLIG).getByTestId('points-note')).toHaveText(
    'Du har brukt alle 5 poengene. Ta poeng fra en annen plan først.',
  );
  await expect(card(t1, BOLIG).getByTestId('plan-points')).toHaveText('0 poeng');
  for (const name of ['Revidere', 'Vet ikke']) {
    await expectTouchTarget(card(t1, HELSE).locator('label').filter({ hasText: name }));
  }
  await expectTouchTarget(card(t1, HELSE).getByRole('button', { name: /^Gi ett poeng/ }));

  // Tablet 2 (administrasjon).
  await vote(t2, AREALDEL, { decision: 'Videreføre', points: 1 });
  await vote(t2, HELSE, { decision: 'Revidere', year: '2026', points: 4 });

  await expect(p.getByTestId('turnout')).toHaveText('2 av 2 har stemt');
  await expect(consoleView.getByTestId('turnout')).toHaveText('2 av 2 har stemt');
  await expectNoA11yViolations(t1);
  await saveScreen(t1, testInfo, 'planbehov-tablet-voting');
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'planbehov-projector-waiting');

  // Close and reveal: with two voters no plan has the three ballots a result needs (server
  // README [D1]), so the projector says why and shows no numbers that would give a vote away.
  await consoleView.getByRole('button', { name: 'Lukk avstemningen' }).click();
  await expect(t1.getByTestId('ballot-readonly')).toContainText('lukket');
  await consoleView.getByRole('button', { name: 'Vis resultatene' }).click();
  const results = p.getByTestId('planbehov-results');
  await expect(results).toBeVisible();
  await expect(results.getByTestId('plans-withheld')).toContainText(
    '18 planer vises ikke: de fikk færre enn 3 stemmer',
  );
  await expect(results.getByTestId('plan-result')).toHaveCount(0);
  await expect(results.getByRole('img', { name: /^Alle:/ })).toHaveCount(0);
  await expect(results.getByRole('img', { name: /^Folkevalgte:/ })).toHaveCount(0);
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'planbehov-projector-results');
  await expect(t1.getByTestId('planbehov-results')).toBeVisible();
  await expectNoA11yViolations(t1);
  await saveScreen(t1, testInfo, 'planbehov-tablet-results');
  await expectNoA11yViolations(f);
  await saveScreen(f, testInfo, 'planbehov-console-results');
});

test('with three or more of each role the projector splits by role, marks disagreement, and shows the shift of round 2', async ({
  facilitator,
  projector,
}, testInfo) => {
  test.setTimeout(90_000);
  const request = projector.page.request;
  const created = await createWorkshop(request, { period: PERIOD });
  const view = await importPlansByApi(request, created, 'planbehov-fjordvik.csv');
  const id = (title: string) => view.plans.find((plan) => plan.title === title)!.id;
  const code = created.workshop.joinCode;
  const elected = await Promise.all(
    [1, 2, 3].map(() => joinByApi(request, { code, role: 'folkevalgt' })),
  );
  const admin = await Promise.all(
    [1, 2, 3].map(() => joinByApi(request, { code, role: 'administrasjon' })),
  );
  await facilitatorAct(request, created, 'actions', { type: 'phase.goto', index: 2 });
  await facilitatorAct(request, created, 'planbehov/voting', { action: 'open' });

  // Round 1: the elected want the arealdel revised, the administration to continue it.
  for (const who of elected) {
    await castByApi(request, who, id(AREALDEL), { decision: 'revise', startYear: 2026, points: 3 });
    await castByApi(request, who, id(HELSE), { decision: 'revise', startYear: 2027, points: 2 });
  }
  for (const [i, who] of admin.entries()) {
    await castByApi(request, who, id(AREALDEL), { decision: i === 0 ? 'revise' : 'continue' });
    await castByApi(request, who, id(HELSE), { decision: 'revise', startYear: 2027, points: 5 });
  }
  await facilitatorAct(request, created, 'planbehov/voting', { action: 'close' });
  await facilitatorAct(request, created, 'planbehov/voting', { action: 'reveal' });

  const p = projector.page;
  await p.goto(created.links.projector);
  const results = p.getByTestId('planbehov-results');
  // The projector shows one section of the results at a time (plans, ranking, timeline): the
  // facilitator holds the page, so it does not turn by the clock, and steps it from the console.
  const f = facilitator.page;
  await f.goto(created.links.console);
  await f.getByRole('button', { name: 'Hold siden' }).click();
  const showSection = async (section: 'plans' | 'ranking' | 'timeline') => {
    await expect(async () => {
      if ((await results.getAttribute('data-section')) !== section)
        await f.getByRole('button', { name: 'Neste side' }).click();
      await expect(results).toHaveAttribute('data-section', section, { timeout: 1000 });
    }).toPass();
  };
  await showSection('plans');
  const arealdel = results.getByTestId('plan-result').filter({ hasText: AREALDEL });
  await expect(arealdel.getByRole('img', { name: 'Folkevalgte: Revidere 3' })).toBeVisible();
  await expect(
    arealdel.getByRole('img', { name: 'Administrasjonen: Videreføre 2, Revidere 1' }),
  ).toBeVisible();
  await expect(arealdel.getByTestId('disagreement')).toContainText('Uenighet');
  await expect(results.getByTestId('too-few-to-split')).toHaveCount(0);
  // Helse: 3 × 2 + 3 × 5 points; both plans lean to revising, in 2026 and 2027.
  await showSection('ranking');
  await expect(results.getByTestId('ranking').locator('li').first()).toContainText(HELSE);
  await expect(results.getByTestId('ranking').locator('li').first()).toContainText('21 poeng');
  await showSection('timeline');
  await expect(results.getByTestId('timeline-2026')).toContainText(AREALDEL);
  await expect(results.getByTestId('timeline-2027')).toContainText(HELSE);
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'planbehov-projector-split');

  // After discussion, round 2: the administration comes round to revising.
  await facilitatorAct(request, created, 'planbehov/voting', { action: 'newRound' });
  for (const who of [...elected, ...admin]) {
    await castByApi(request, who, id(AREALDEL), { decision: 'revise', startYear: 2026, points: 2 });
  }
  await facilitatorAct(request, created, 'planbehov/voting', { action: 'close' });
  await facilitatorAct(request, created, 'planbehov/voting', { action: 'reveal' });
  await expect(results.getByRole('heading', { name: 'Resultater, runde 2' })).toBeVisible();
  await showSection('plans');
  await expect(arealdel.getByTestId('shift')).toHaveText(
    'Endring fra runde 1: Videreføre 2 → 0 · Revidere 4 → 6',
  );
  await expect(arealdel.getByTestId('disagreement')).toHaveCount(0);
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'planbehov-projector-round2');
});

test('a split that would give away the one administrator’s ballot is merged, and the projector says why', async ({
  projector,
}, testInfo) => {
  test.setTimeout(60_000);
  const request = projector.page.request;
  const created = await createWorkshop(request, { period: PERIOD });
  const view = await importPlansByApi(request, created, 'planbehov-fjordvik.csv');
  const arealdel = view.plans.find((plan) => plan.title === AREALDEL)!.id;
  const code = created.workshop.joinCode;
  const voters = [
    ...(await Promise.all(
      [1, 2, 3, 4].map(() => joinByApi(request, { code, role: 'folkevalgt' })),
    )),
    await joinByApi(request, { code, role: 'administrasjon' }),
  ];
  await facilitatorAct(request, created, 'actions', { type: 'phase.goto', index: 2 });
  await facilitatorAct(request, created, 'planbehov/voting', { action: 'open' });
  for (const who of voters) await castByApi(request, who, arealdel, { decision: 'revise' });
  await facilitatorAct(request, created, 'planbehov/voting', { action: 'close' });
  await facilitatorAct(request, created, 'planbehov/voting', { action: 'reveal' });

  // "Alle" minus the elected members would be the administrator's ballot (server README [D1]).
  const p = projector.page;
  await p.goto(created.links.projector);
  const result = p.getByTestId('plan-result').filter({ hasText: AREALDEL });
  await expect(result.getByRole('img', { name: 'Alle: Revidere 5' })).toBeVisible();
  await expect(result.getByRole('img', { name: /^Folkevalgte:/ })).toHaveCount(0);
  await expect(result.getByTestId('split-merged')).toContainText(
    'Folkevalgte vises ikke for seg: resten ville da vært færre enn 3',
  );
  await expect(p.getByTestId('planbehov-results')).toContainText(
    'Administrasjonen: 1 med stemmerett (for få til å vise hvor mange som har stemt)',
  );
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'planbehov-projector-merged');
});
