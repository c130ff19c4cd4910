import type { APIRequestContext, Page, TestInfo } from '@playwright/test';
import type { ArgumentsView } from '@samskap/shared/arguments';
import type { ConsentCheck } from '@samskap/shared/consent';
import type { CreateWorkshopResponse, JoinResponse } from '@samskap/shared/workshop';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { expectInView, expectStageFits } from '../support/layout';
import { castByApi, facilitatorAct, importPlansByApi, openTabletAs } from '../support/planbehov';
import { saveScreen } from '../support/screens';
import { createWorkshop, joinByApi } from '../support/workshops';

/*
 * Issue 15: the projector is a stage that fits its screen, the tablet keeps the writer's place.
 * Realistic data, seeded through the API (what this file is about is the layout): forty tables,
 * seven participants at the first seven plus one at each other table (so that all forty drafts
 * are on stage), the Fjordvik plan list voted on by the seven, a dozen argument positions.
 */

const PROJECTORS = [
  { width: 1920, height: 1080 },
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

test('[G1][G2][G3] every activity fits the projector at 1920×1080 and 1280×720, with pages for what does not fit', async ({
  projector,
}, testInfo) => {
  test.setTimeout(120_000);
  const request = projector.page.request;
  const { created } = await seed(request);
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
});

const TABLETS = [
  { name: 'portrait', width: 768, height: 1024 },
  { name: 'landscape', width: 1024, height: 768 },
] as const;

// The on-screen keyboard takes about 40 % of the height: the page gets what is left.
const WITH_KEYBOARD = [
  { name: 'portrait-keyboard', width: 768, height: 620 },
  { name: 'landscape-keyboard', width: 1024, height: 420 },
] as const;

async function checkTablet(
  tablet: Page,
  request: APIRequestContext,
  testInfo: TestInfo,
  sizes: readonly { name: string; width: number; height: number }[],
) {
  const { created, seven } = await seed(request);

  // The join form: its button in view on a 1024 px tall screen, without scrolling.
  await tablet.goto(`/j/${created.workshop.joinCode}`);
  for (const size of sizes) {
    await tablet.setViewportSize(size);
    await expectInView(tablet.getByRole('button', { name: 'Bli med' }));
    await saveScreen(tablet, testInfo, `layout-join-${size.name}`);
  }
  await expectNoA11yViolations(tablet);

  await openTabletAs(tablet, seven[0]!);
  const primary = [
    { phase: PHASES.ambitions, name: 'ambitions', action: tablet.getByTestId('ambition-editor') },
    {
      phase: PHASES.arguments,
      name: 'arguments',
      action: tablet.getByRole('textbox', { name: 'Nytt standpunkt (et alternativ)' }),
    },
  ];
  for (const { phase, name, action } of primary) {
    await gotoPhase(request, created, phase);
    for (const size of sizes) {
      await tablet.setViewportSize(size);
      await expectInView(action);
      await saveScreen(tablet, testInfo, `layout-${name}-tablet-${size.name}`);
    }
    await expectNoA11yViolations(tablet);
  }
}

test('the tablet’s primary action is in view in both orientations', async ({
  tablet1,
}, testInfo) => {
  test.setTimeout(120_000);
  await checkTablet(tablet1.page, tablet1.page.request, testInfo, TABLETS);
});

// Open part of issue 15: with the keyboard up, the header and phase frame above the editor still
// take most of the height (the visual-viewport layout is not done yet).
test.fixme('the tablet’s primary action stays in view with the on-screen keyboard up', async ({
  tablet1,
}, testInfo) => {
  test.setTimeout(120_000);
  await checkTablet(tablet1.page, tablet1.page.request, testInfo, WITH_KEYBOARD);
});

test('consent is an event: an open check is at the top of the tablet, then the result the room saw', async ({
  facilitator,
  tablet1,
}, testInfo) => {
  test.setTimeout(90_000);
  const f = facilitator.page;
  const t = tablet1.page;
  const created = await createWorkshop(f.request);
  const joined = await joinByApi(f.request, {
    code: created.workshop.joinCode,
    role: 'folkevalgt',
  });
  await gotoPhase(f.request, created, PHASES.ambitions);
  await openTabletAs(t, joined);
  await expect(t.getByTestId('ambition-editor')).toBeVisible();
  await expect(t.getByTestId('consent-event')).toHaveCount(0);

  // The facilitator writes two lines of plenary text and starts a check on it.
  await f.goto(created.links.console);
  const plenary = f.getByTestId('plenary-editor');
  await plenary.click();
  await f.keyboard.type('Hvor vi er nå (A)');
  await f.keyboard.press('Enter');
  await f.keyboard.type('Alle barn får en trygg start.');
  await f.getByRole('button', { name: 'Start samtykkesjekk' }).click();

  // Every tablet shows it at the top, the statement line by line, with the five answers.
  const event = t.getByTestId('consent-event');
  await expect(event).toHaveAttribute('data-status', 'open');
  const statement = event.locator('blockquote');
  expect(await statement.innerText()).toBe('Hvor vi er nå (A)\nAlle barn får en trygg start.');
  await expectInView(event.getByRole('button', { name: /Helt enig/ }));
  await expectNoA11yViolations(t);
  await saveScreen(t, testInfo, 'consent-event-open');
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

  // Closed: the tablet says the result is coming; revealed: the result as the room saw it.
  await f.getByRole('button', { name: 'Lukk for svar' }).click();
  await expect(event).toHaveAttribute('data-status', 'closed');
  await f.getByRole('button', { name: 'Vis resultatet' }).click();
  await expect(event.getByTestId('consent-result')).toContainText('Alle (3 svar)');
  await expectNoA11yViolations(t);
  await saveScreen(t, testInfo, 'consent-event-result');
});
