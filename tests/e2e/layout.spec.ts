import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { APIRequestContext, Page, TestInfo } from '@playwright/test';
import type { ArgumentsView } from '@samskap/shared/arguments';
import type { ConsentCheck } from '@samskap/shared/consent';
import type { CreateWorkshopResponse, JoinResponse } from '@samskap/shared/workshop';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import {
  expectInView,
  expectNothingClipped,
  expectStageFits,
  expectWritersPlace,
} from '../support/layout';
import { castByApi, facilitatorAct, importPlansByApi, openTabletAs } from '../support/planbehov';
import { saveScreen } from '../support/screens';
import { expectTouchTarget } from '../support/touch';
import { createWorkshop, joinByApi } from '../support/workshops';

/*
 * Issue 15: the projector is a stage that fits its screen, the tablet keeps the writer's place.
 * Realistic data, seeded through the API (what this file is about is the layout): forty tables,
 * seven participants at the first seven plus one at each other table (so that all forty drafts
 * are on stage), the Fjordvik plan list voted on by the seven, a dozen argument positions.
 */

// 1280×800 is the WXGA of many classroom projectors (and a laptop on the console).
const PROJECTORS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
  { width: 1280, height: 720 },
] as const;

const PHASES = { free: 0, ambitions: 1, planbehov: 2, arguments: 3 } as const;

const POSITIONS = [
  'Kommunen bør samle helsetjenestene i ett nytt helsehus i sentrum',
  'Distriktsskolene må bestå, også når elevtallet går ned',
  'Arealreserven langs fjorden bør tilbakeføres til landbruks-, natur- og friluftsformål',
  'Kommunen bør prioritere klimatilpasning foran nye utbyggingsområder',
  'Administrasjonen trenger færre planer og tydeligere prioriteringer',
  'Folkehelseoversikten må ligge til grunn for alle kommunedelplanene',
  'Ungdomsrådet bør ha en fast plass i planarbeidet',
  'Næringsarealene bør samles nær hovedvegen, ikke spres',
  'Kommunen bør ha en egen boligsosial handlingsplan',
  'Vann- og avløpsplanen må rulleres før arealdelen',
  'Sentrumsplanen må ta hensyn til havnivåstigning',
  'Interkommunalt samarbeid om beredskap bør utredes',
];

interface Seeded {
  readonly created: CreateWorkshopResponse;
  readonly seven: JoinResponse[];
}

async function seed(request: APIRequestContext): Promise<Seeded> {
  const tables = Array.from({ length: 40 }, (_, i) => ({
    id: `bord-${i + 1}`,
    name: `Bord ${i + 1}`,
    capacity: 2,
  }));
  const created = await createWorkshop(request, { tables, period: { start: 2025, end: 2028 } });
  const code = created.workshop.joinCode;
  const roles = ['folkevalgt', 'folkevalgt', 'folkevalgt', 'folkevalgt'] as const;
  const seven: JoinResponse[] = [];
  for (let i = 0; i < 7; i++) {
    seven.push(
      await joinByApi(request, {
        code,
        role: i < roles.length ? roles[i]! : 'administrasjon',
        tableId: `bord-${i + 1}`,
      }),
    );
  }
  for (let i = 7; i < 40; i++) {
    await joinByApi(request, { code, role: 'annen', tableId: `bord-${i + 1}` });
  }

  const view = await importPlansByApi(request, created, 'planbehov-fjordvik.csv');
  await facilitatorAct(request, created, 'actions', { type: 'phase.goto', index: 2 });
  await facilitatorAct(request, created, 'planbehov/voting', { action: 'open' });
  for (const [i, who] of seven.entries()) {
    for (const [j, plan] of view.plans.entries()) {
      const revise = (i + j) % 3 !== 0;
      await castByApi(
        request,
        who,
        plan.id,
        revise
          ? {
              decision: 'revise',
              startYear: 2025 + ((i + j) % 4),
              points: j === i % 6 || j === (i + 3) % 6 ? 2 : 0,
            }
          : { decision: 'continue' },
      );
    }
  }
  await facilitatorAct(request, created, 'planbehov/voting', { action: 'close' });
  await facilitatorAct(request, created, 'planbehov/voting', { action: 'reveal' });

  const auth = { authorization: `Bearer ${created.facilitatorToken}` };
  const args = `/api/workshops/${created.workshop.id}/arguments`;
  const act = (data: unknown) => request.post(`${args}/actions`, { data, headers: auth });
  await act({
    type: 'question.add',
    text: 'Hvordan bør kommunen prioritere planarbeidet i perioden?',
  });
  const map = (await (await request.get(args, { headers: auth })).json()) as ArgumentsView;
  const questionId = map.questions[0]!.id;
  await act({ type: 'question.show', questionId });
  for (const [i, text] of POSITIONS.entries()) {
    const who = seven[i % seven.length]!;
    const response = await request.post(`${args}/entries`, {
      data: { questionId, kind: 'position', text },
      headers: { authorization: `Bearer ${who.participantToken}` },
    });
    const { id } = (await response.json()) as { id: string };
    if (i % 3 === 0) {
      await request.post(`${args}/entries`, {
        data: { questionId, kind: 'pro', parentId: id, text: 'Gir bedre tjenester nær folk' },
        headers: { authorization: `Bearer ${seven[(i + 1) % 7]!.participantToken}` },
      });
    }
  }
  return { created, seven };
}

/**
 * What the person sees now: the visible screen only (a full-page screenshot of a scrolled page
 * draws the sticky bar where the scroll left it, which is not what is on the screen).
 */
async function saveView(page: Page, testInfo: TestInfo, name: string) {
  const path = join(testInfo.project.outputDir, 'screens', `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/**
 * A synthesis on the shown question, its consent check answered by the seven (four elected, three
 * from the administration: [D1] lets both be split out), closed and revealed.
 */
async function revealedSynthesis(
  request: APIRequestContext,
  created: CreateWorkshopResponse,
  seven: readonly JoinResponse[],
): Promise<void> {
  const auth = { authorization: `Bearer ${created.facilitatorToken}` };
  const base = `/api/workshops/${created.workshop.id}`;
  const map = (await (
    await request.get(`${base}/arguments`, { headers: auth })
  ).json()) as ArgumentsView;
  const questionId = map.questions[0]!.id;
  const added = await request.post(`${base}/arguments/actions`, {
    data: {
      type: 'synthesis.add',
      questionId,
      text: 'Vi samler helsetjenestene, men utreder tomta',
    },
    headers: auth,
  });
  expect(added.ok()).toBe(true);
  const after = (await (
    await request.get(`${base}/arguments`, { headers: auth })
  ).json()) as ArgumentsView;
  const synthesisId = after.syntheses[0]!.id;
  const started = await request.post(`${base}/consent`, {
    data: { subject: { kind: 'synthesis', id: synthesisId }, statement: after.syntheses[0]!.text },
    headers: auth,
  });
  const { id: checkId } = (await started.json()) as { id: string };
  for (const [i, who] of seven.entries()) {
    const answered = await request.put(`${base}/consent/${checkId}/answer`, {
      data: { value: (i % 3) + 1 },
      headers: { authorization: `Bearer ${who.participantToken}` },
    });
    expect(answered.ok()).toBe(true);
  }
  for (const action of ['close', 'reveal']) {
    const acted = await request.post(`${base}/consent/${checkId}/actions`, {
      data: { action },
      headers: auth,
    });
    expect(acted.ok()).toBe(true);
  }
}

async function gotoPhase(request: APIRequestContext, created: CreateWorkshopResponse, i: number) {
  await facilitatorAct(request, created, 'actions', { type: 'phase.goto', index: i });
}

async function checkProjector(p: Page, testInfo: TestInfo, name: string) {
  for (const size of PROJECTORS) {
    await p.setViewportSize(size);
    await expectStageFits(p);
    await saveScreen(p, testInfo, `layout-${name}-projector-${size.width}`);
  }
  await p.setViewportSize(PROJECTORS[0]);
  await expectNoA11yViolations(p);
}

test('[G1][G2][G3][G5] every activity fits the projector at 1920×1080, 1280×800 and 1280×720, with pages for what does not fit', async ({
  projector,
}, testInfo) => {
  test.setTimeout(180_000);
  const request = projector.page.request;
  const { created, seven } = await seed(request);
  const p = projector.page;

  await gotoPhase(request, created, PHASES.free);
  await p.goto(created.links.projector);
  await expect(p.getByTestId('current-phase')).toHaveText(/Velkommen|.+/);
  await checkProjector(p, testInfo, 'welcome');

  await gotoPhase(request, created, PHASES.ambitions);
  const drafts = p.getByTestId('projector-tables');
  await expect(drafts.getByTestId('stage-page')).toContainText('av 40');
  await checkProjector(p, testInfo, 'ambitions');

  await gotoPhase(request, created, PHASES.planbehov);
  await expect(p.getByTestId('planbehov-results')).toBeVisible();
  await expect(p.getByTestId('stage-plans').getByTestId('stage-page')).toContainText('av 18');
  await checkProjector(p, testInfo, 'planbehov');

  await gotoPhase(request, created, PHASES.arguments);
  await expect(p.getByTestId('projector-position').first()).toBeVisible();
  await checkProjector(p, testInfo, 'arguments');

  // A revealed result with numbers: everyone's and each role's bars are items of the side column
  // of their own, so that each fits a page ([G3]); the facilitator steps until they are up.
  await revealedSynthesis(request, created, seven);
  await expect(p.getByTestId('synthesis')).toContainText('Ingen blokkerer');
  for (const size of [PROJECTORS[0], PROJECTORS[2]]) {
    await p.setViewportSize(size);
    const group = p
      .getByTestId('synthesis-result')
      .filter({ hasText: 'Administrasjonen (3 svar)' });
    await expect(async () => {
      if (!(await group.isVisible())) {
        await facilitatorAct(request, created, 'actions', { type: 'stage.step' });
      }
      await expect(group).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 60_000 });
    await expectStageFits(p);
    await saveScreen(p, testInfo, `layout-arguments-result-projector-${size.width}`);
  }
  await expectNoA11yViolations(p);
});

test('[G6] a draft longer than a card goes on the projector in parts, and every page fits', async ({
  projector,
  tablet1,
}, testInfo) => {
  test.setTimeout(180_000);
  const request = projector.page.request;
  // One writer at one table: what this is about is the length of the text, not the room.
  const created = await createWorkshop(request);
  const writer = await joinByApi(request, { code: created.workshop.joinCode, role: 'folkevalgt' });
  await gotoPhase(request, created, PHASES.ambitions);
  const t = tablet1.page;
  await openTabletAs(t, writer);
  await t.getByTestId('ambition-editor').click();
  const sentence = 'Kommunen skal legge til rette for at alle barn og unge får en trygg oppvekst. ';
  for (let i = 1; i <= 10; i++) {
    await t.keyboard.insertText(`Avsnitt ${i}: ${sentence.repeat(3)}`);
    await t.keyboard.press('Enter');
  }

  const p = projector.page;
  await p.goto(created.links.projector);
  const tableId = writer.participant.tableId;
  await expect(p.getByTestId(`projector-table-${tableId}`)).toContainText('Avsnitt 1:');
  // The first part says it is one of several; every page of parts fits each projector.
  await expect(p.getByRole('article', { name: /, del 1 av \d+$/ })).toBeVisible();
  await checkProjector(p, testInfo, 'ambitions-long-draft');
  // The facilitator steps on until the end of the draft is up: it is there, not cut off.
  const last = p.getByText(/^Avsnitt 10:/);
  for (const size of [PROJECTORS[0], PROJECTORS[2]]) {
    await p.setViewportSize(size);
    await expect(async () => {
      if (!(await last.isVisible())) {
        await facilitatorAct(request, created, 'actions', { type: 'stage.step' });
      }
      await expect(last).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 60_000 });
    await expectStageFits(p);
    await saveScreen(p, testInfo, `layout-ambitions-long-draft-end-${size.width}`);
  }
});

const TABLETS = [
  { name: 'portrait', width: 768, height: 1024 },
  { name: 'landscape', width: 1024, height: 768 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;

// The on-screen keyboard takes about 40 % of the height (more in landscape): the page gets what
// is left. With `interactive-widget=resizes-content` (index.html) that is what the browser does.
const WITH_KEYBOARD = [
  { name: 'portrait-keyboard', width: 768, height: 1024, keyboardUp: 620 },
  { name: 'landscape-keyboard', width: 1024, height: 768, keyboardUp: 420 },
] as const;

test('[K4] the tablet’s primary action is in view, nothing clipped, at 768×1024, 1024×768 and 1280×800', async ({
  tablet1,
}, testInfo) => {
  test.setTimeout(150_000);
  const tablet = tablet1.page;
  const request = tablet.request;
  const { created, seven } = await seed(request);

  // The join form: its button in view on a 1024 px tall screen, without scrolling.
  await tablet.goto(`/j/${created.workshop.joinCode}`);
  for (const size of TABLETS) {
    await tablet.setViewportSize(size);
    await expectInView(tablet.getByRole('button', { name: 'Bli med' }));
    await saveScreen(tablet, testInfo, `layout-join-${size.name}`);
  }
  await expectNoA11yViolations(tablet);

  await openTabletAs(tablet, seven[5]!);
  // [K4] Long words break by the page's language: `lang` follows the tablet's language.
  await expect(tablet.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(tablet.locator('.tablet')).toHaveCSS('hyphens', 'auto');
  const views = [
    { phase: PHASES.ambitions, name: 'ambitions', action: tablet.getByTestId('ambition-editor') },
    // Revealed results: the ranking, the bars by role and the timeline of plans by year.
    { phase: PHASES.planbehov, name: 'planbehov', action: tablet.getByTestId('timeline') },
    {
      phase: PHASES.arguments,
      name: 'arguments',
      action: tablet.getByRole('textbox', { name: 'Nytt standpunkt (et alternativ)' }),
    },
  ];
  for (const { phase, name, action } of views) {
    await gotoPhase(request, created, phase);
    for (const size of TABLETS) {
      await tablet.setViewportSize(size);
      if (name !== 'planbehov') await expectInView(action);
      else await expect(action).toBeVisible();
      await expectNothingClipped(tablet);
      await saveScreen(tablet, testInfo, `layout-${name}-tablet-${size.name}`);
    }
    await expectNoA11yViolations(tablet);
  }
});

test('[K1] with the on-screen keyboard up, the writer’s place stays in view and gets most of the screen', async ({
  tablet1,
}, testInfo) => {
  test.setTimeout(300_000);
  const tablet = tablet1.page;
  const request = tablet.request;
  // What this is about is one writer's screen: a workshop of the template, one at a table.
  const created = await createWorkshop(request);
  const writer = await joinByApi(request, { code: created.workshop.joinCode, role: 'folkevalgt' });
  await openTabletAs(tablet, writer);
  await gotoPhase(request, created, PHASES.ambitions);
  const html = tablet.locator('html');

  const editor = tablet.getByTestId('ambition-editor');
  // A tablet in landscape with no on-screen keyboard (a keyboard cover, say): writing folds the
  // chrome away as well, so an empty draft's editor gets most of the screen.
  await tablet.setViewportSize({ width: 1024, height: 768 });
  await editor.click();
  await expect(html).toHaveAttribute('data-writing', 'short');
  await expect(html).not.toHaveAttribute('data-keyboard', 'up');
  await expectWritersPlace(editor, 0.5);
  await saveView(tablet, testInfo, 'layout-ambitions-tablet-landscape-writing');
  for (const [i, size] of WITH_KEYBOARD.entries()) {
    await tablet.setViewportSize(size);
    await editor.click();
    if (i === 0) {
      // A draft longer than the screen, so that the caret ends up far down the page.
      for (let line = 1; line <= 14; line++) {
        await tablet.keyboard.insertText(`Linje ${line} av utkastet til ambisjon for kommunen.`);
        await tablet.keyboard.press('Enter');
      }
    }
    await tablet.keyboard.press('Control+End');
    // The keyboard comes up: the page gets what is left above it.
    await tablet.setViewportSize({ width: size.width, height: size.keyboardUp });
    await expect(html).toHaveAttribute('data-keyboard', 'up');
    await expectWritersPlace(editor, 0.5);
    await tablet.keyboard.type('Skrevet med tastaturet oppe.');
    await tablet.keyboard.press('Enter');
    await expectWritersPlace(editor, 0.5);
    await expectNothingClipped(tablet);
    await saveView(tablet, testInfo, `layout-ambitions-tablet-${size.name}`);
    if (i === 0) await expectNoA11yViolations(tablet);
    // The keyboard goes down: everything folds out again.
    await tablet.setViewportSize(size);
    await expect(html).not.toHaveAttribute('data-keyboard', 'up');
  }

  await gotoPhase(request, created, PHASES.arguments);
  const auth = { authorization: `Bearer ${created.facilitatorToken}` };
  const args = `/api/workshops/${created.workshop.id}/arguments`;
  await request.post(`${args}/actions`, {
    data: { type: 'question.add', text: 'Hvordan bør kommunen prioritere planarbeidet?' },
    headers: auth,
  });
  const map = (await (await request.get(args, { headers: auth })).json()) as ArgumentsView;
  await request.post(`${args}/actions`, {
    data: { type: 'question.show', questionId: map.questions[0]!.id },
    headers: auth,
  });
  const field = tablet.getByRole('textbox', { name: 'Nytt standpunkt (et alternativ)' });
  for (const size of WITH_KEYBOARD) {
    await tablet.setViewportSize(size);
    await field.click();
    await tablet.setViewportSize({ width: size.width, height: size.keyboardUp });
    await expect(html).toHaveAttribute('data-keyboard', 'up');
    await expectWritersPlace(field, 0);
    await saveView(tablet, testInfo, `layout-arguments-tablet-${size.name}`);
    await tablet.setViewportSize(size);
  }
});

test('[K2][K3] consent is an event: an open check is at the top of the tablet, then the result the room saw', async ({
  facilitator,
  tablet1,
  projector,
}, testInfo) => {
  test.setTimeout(180_000);
  const f = facilitator.page;
  const t = tablet1.page;
  const p = projector.page;
  const created = await createWorkshop(f.request);
  const joined = await joinByApi(f.request, {
    code: created.workshop.joinCode,
    role: 'folkevalgt',
  });
  await gotoPhase(f.request, created, PHASES.ambitions);
  await openTabletAs(t, joined);
  await expect(t.getByTestId('ambition-editor')).toBeVisible();
  await expect(t.getByTestId('consent-event')).toHaveCount(0);

  // The facilitator writes plenary text with a heading and a list, and starts a check on it.
  await f.goto(created.links.console);
  const plenary = f.getByTestId('plenary-editor');
  await plenary.click();
  // The editor's Markdown shortcuts: "### " starts a heading, "- " a bullet list.
  await f.keyboard.type('### Hvor vi er nå (A)');
  await f.keyboard.press('Enter');
  await f.keyboard.type('Alle barn får en trygg start.');
  await f.keyboard.press('Enter');
  await f.keyboard.type('- Barnehage');
  await f.keyboard.press('Enter');
  await f.keyboard.type('Skole');
  await f.getByRole('button', { name: 'Start samtykkesjekk' }).click();

  // [K2][K3] Every tablet shows it at the top, the statement as written, with the five answers.
  const event = t.getByTestId('consent-event');
  await expect(event).toHaveAttribute('data-status', 'open');
  await expect(event.getByRole('heading', { level: 2 })).toHaveText(
    /Kan du stå bak plenumsteksten\?/,
  );
  const statement = event.getByTestId('consent-statement');
  await expect(statement.getByRole('heading', { level: 3 })).toHaveText('Hvor vi er nå (A)');
  await expect(statement.locator('p')).toHaveText('Alle barn får en trygg start.');
  await expect(statement.getByRole('listitem')).toHaveText(['Barnehage', 'Skole']);
  await expectInView(event.getByRole('button', { name: /Helt enig/ }));
  await expectNoA11yViolations(t);
  await saveScreen(t, testInfo, 'consent-event-open-portrait');
  await t.setViewportSize({ width: 1024, height: 768 });
  await expectInView(event.getByRole('button', { name: /Helt enig/ }));
  await expectNothingClipped(t);
  await saveScreen(t, testInfo, 'consent-event-open-landscape');
  await t.setViewportSize({ width: 768, height: 1024 });
  await event.getByRole('button', { name: /Helt enig/ }).click();
  await expect(event.getByTestId('consent-own-answer')).toContainText('Helt enig');
  // Gap: two more in the room answer by the API. A result rests on three answers or more
  // (server README [D1]); with one, the tablet would rightly show none.
  const checks = (await (
    await f.request.get(`/api/workshops/${created.workshop.id}/consent`, {
      headers: { authorization: `Bearer ${created.facilitatorToken}` },
    })
  ).json()) as { checks: ConsentCheck[] };
  const checkId = checks.checks[0]!.id;
  for (let i = 0; i < 2; i++) {
    const other = await joinByApi(f.request, {
      code: created.workshop.joinCode,
      role: 'folkevalgt',
    });
    const answered = await f.request.put(
      `/api/workshops/${created.workshop.id}/consent/${checkId}/answer`,
      { data: { value: 1 }, headers: { authorization: `Bearer ${other.participantToken}` } },
    );
    expect(answered.ok()).toBe(true);
  }

  // Whatever the tablet is doing, an open check stays at the top.
  await gotoPhase(f.request, created, PHASES.planbehov);
  await expect(t.getByTestId('ambition-editor')).toHaveCount(0);
  await expect(event).toHaveAttribute('data-status', 'open');
  await gotoPhase(f.request, created, PHASES.ambitions);

  // Closed: the tablet says the result is coming; revealed: the result as the room saw it.
  // The answers stay in view, read-only, with one's own marked.
  await f.getByRole('button', { name: 'Lukk for svar' }).click();
  await expect(event).toHaveAttribute('data-status', 'closed');
  await expect(event).toContainText('Resultatet kommer når prosesslederen viser det.');
  await expect(event.getByRole('button', { name: /Helt enig/ })).toBeDisabled();
  await expect(event.getByTestId('consent-own-answer')).toHaveText('Ditt svar: Helt enig');
  await expectNoA11yViolations(t);
  await saveScreen(t, testInfo, 'consent-event-closed');
  await f.getByRole('button', { name: 'Vis resultatet' }).click();
  await expect(event.getByTestId('consent-result')).toContainText('Alle (3 svar)');
  await expect(event.getByRole('button', { name: /Helt enig/ })).toHaveCount(0);
  // Each role's bars are folded under "Etter rolle", so that the result does not push the
  // writer's work off the screen; a tap opens them.
  const byRole = event.getByText('Etter rolle');
  await expect(event.getByText('Folkevalgte (3 svar)')).toBeHidden();
  await expectTouchTarget(byRole);
  await byRole.click();
  await expect(event.getByText('Folkevalgte (3 svar)')).toBeVisible();
  await expectNoA11yViolations(t);
  await expectNothingClipped(t);
  await saveScreen(t, testInfo, 'consent-event-result-portrait');
  await t.setViewportSize({ width: 1024, height: 768 });
  await expectNothingClipped(t);
  await saveScreen(t, testInfo, 'consent-event-result-landscape');
  // The projector shows the same result, on a stage that fits.
  await p.goto(created.links.projector);
  await expect(p.getByTestId('consent-result')).toContainText('Alle (3 svar)');
  for (const size of [PROJECTORS[0], PROJECTORS[2]]) {
    await p.setViewportSize(size);
    await expectStageFits(p);
    await saveScreen(p, testInfo, `consent-result-projector-${size.width}`);
  }
  await expectNoA11yViolations(p);
  // The room moves on: the result leaves the top of the tablet.
  await gotoPhase(f.request, created, PHASES.arguments);
  await expect(event).toHaveCount(0);
});
