import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { saveScreen } from '../support/screens';

const fixtures = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'server',
  'src',
  'oppdrag',
  'fixtures',
);
const PHASE = 'HØP-oppdrag mot samfunnsdelen';

async function judge(page: Page, goalId: string, judgement: string): Promise<void> {
  const radio = page
    .getByTestId(`goal-${goalId}`)
    .getByRole('radio', { name: judgement, exact: true });
  // A controlled radio: it is checked once the judgement is in the table's queue.
  await radio.click();
  await expect(radio).toBeChecked();
}

/** A councillor types the code from the projector on the start page and sits at a table. */
async function joinByCode(page: Page, code: string, role: string, table: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Verkstedkode' }).fill(code);
  await page.getByRole('button', { name: 'Bli med' }).click();
  await page.getByRole('radio', { name: role, exact: true }).check();
  await page.getByRole('radio', { name: new RegExp(`^${table} –`) }).check();
  await page.getByRole('button', { name: 'Bli med' }).click();
  await expect(page).toHaveURL(/\/w\/[\w-]+$/);
  await expect(page.getByTestId('your-table')).toHaveText(table);
}

test('the facilitator imports the oppdrag, two tables judge, the projector shows the matrix and plenary passes proposals on', async ({
  facilitator,
  tablet1,
  tablet2,
  projector,
}, testInfo) => {
  test.setTimeout(600_000);
  const f = facilitator.page;

  // From the template on the create screen, with phase 4 turned into the oppdrag activity.
  await f.goto('/');
  await f.getByRole('link', { name: 'Opprett verksted' }).click();
  await f.getByRole('button', { name: 'Bruk malen «Planstrategi-seminar»' }).click();
  await f.getByRole('textbox', { name: 'Navn på fase 4' }).fill(PHASE);
  await f.getByLabel('Aktivitet i fase 4').selectOption({ label: 'HØP-oppdrag' });
  await f.getByRole('button', { name: 'Opprett verksted' }).click();
  await expect(f.getByRole('heading', { level: 1 })).toHaveText('Verkstedet er opprettet');
  const code = (await f.getByTestId('created-join-code').textContent())!.replace(' ', '');
  const projectorLink = await f.getByTestId('created-projector-link').inputValue();
  await f.getByRole('link', { name: 'Åpne konsollen' }).click();

  // Before the seminar: the bad list is refused whole, by line and column; the good one is taken.
  await f.locator('summary', { hasText: /^HØP-oppdrag$/ }).click();
  const file = f.getByTestId('oppdrag-file');
  await file.setInputFiles(join(fixtures, 'oppdrag-unknown-goal.csv'));
  const problems = f.getByTestId('oppdrag-import-problems');
  await expect(problems).toContainText('Filen ble ikke importert');
  await expect(problems).toContainText(
    'Linje 3, kolonne «mål»: Samfunnsdelen har ikke noe mål «S9-4».',
  );
  await expect(problems).toContainText('Linje 4, kolonne «slutt»');
  await file.setInputFiles(join(fixtures, 'oppdrag-fjordvik.csv'));
  await expect(f.getByTestId('oppdrag-import-result')).toHaveText('16 oppdrag importert.');
  await expect(f.getByTestId('oppdrag-list').locator(':scope > li')).toHaveCount(16);
  // Both tables work through "Godt liv for alle".
  await f.getByLabel('Mål for Bord 1').selectOption({ label: 'Godt liv for alle' });
  await f.getByLabel('Mål for Bord 2').selectOption({ label: 'Godt liv for alle' });
  await f.getByRole('button', { name: 'Lagre fordelingen' }).click();
  await expect(f.getByText('Lagret.', { exact: true })).toBeVisible();
  await expectNoA11yViolations(f);
  await saveScreen(f, testInfo, 'oppdrag-console-import');

  // Two councillors at two tables join by the code, on their tablets.
  const t1 = tablet1.page;
  const t2 = tablet2.page;
  await joinByCode(t1, code, 'Folkevalgt', 'Bord 1');
  await joinByCode(t2, code, 'Administrasjon', 'Bord 2');
  await expect(f.getByTestId('participant')).toHaveCount(2);
  for (let i = 0; i < 3; i++) await f.getByRole('button', { name: 'Neste fase' }).click();
  await expect(f.getByTestId('current-phase')).toHaveText(PHASE);
  await expect(t1.getByTestId('current-phase')).toHaveText(PHASE);
  await expect(t1.getByText('Bordet ditt går gjennom: Godt liv for alle')).toBeVisible();
  await expect(t1.getByTestId('goal-S1-3')).toContainText('Ingen oppdrag følger opp dette målet.');

  await judge(t1, 'S1-1', 'Fulgt opp');
  await judge(t1, 'S1-4', 'Svakt fulgt opp');
  await judge(t2, 'S1-1', 'Fulgt opp');
  await judge(t2, 'S1-4', 'Ikke fulgt opp');
  await expect(t1.getByTestId('oppdrag-pending')).toHaveText('Alle vurderinger er sendt.');

  // Table 2 loses the network: its judgement waits on the tablet, and goes when it is back.
  await tablet2.context.setOffline(true);
  await judge(t2, 'S1-6', 'Ikke fulgt opp');
  await expect(t2.getByTestId('oppdrag-pending')).toHaveText('1 vurdering venter på nett');
  await tablet2.context.setOffline(false);
  await expect(t2.getByTestId('oppdrag-pending')).toHaveText('Alle vurderinger er sendt.');

  // Table 1 sees that the beredskap oppdrag also serve S1-6, questions a gain, proposes.
  const s16 = t1.getByTestId('goal-S1-6');
  await s16
    .getByLabel('Et annet oppdrag følger også opp målet')
    .selectOption({ label: 'Etablere kommunalt beredskapslager for mat' });
  await s16.getByRole('button', { name: 'Koble til' }).click();
  await expect(s16).toContainText('lagt til av bordet');
  await s16.getByRole('button', { name: 'Hvordan vet vi det?' }).click();
  await s16
    .getByLabel('Spørsmål til gevinsten i «Etablere kommunalt beredskapslager for mat»')
    .fill('Hvem sjekker at lageret faktisk holder i sju døgn?');
  await s16.getByRole('button', { name: 'Send spørsmålet' }).click();
  await expect(s16.getByText('Hvem sjekker at lageret')).toBeVisible();
  const s13 = t1.getByTestId('goal-S1-3');
  await s13.getByRole('button', { name: 'Foreslå et nytt oppdrag' }).click();
  await s13.getByRole('textbox', { name: 'Tittel' }).fill('Innbyggerpanel i alle budsjettsaker');
  await s13.getByLabel('Type').selectOption({ label: 'Endring' });
  await s13.getByLabel('Forventet gevinst').fill('Innbyggerne er hørt før vedtak');
  await s13.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(s13.getByRole('button', { name: 'Foreslå et nytt oppdrag' })).toBeVisible();
  await expectNoA11yViolations(t1);
  await saveScreen(t1, testInfo, 'oppdrag-tablet');

  // The projector: the matrix coloured by the judgements, with how many tables agree.
  const p = projector.page;
  await p.goto(projectorLink);
  // The projector loads the view after the live state: slow machines take a while.
  await expect(p.getByTestId('oppdrag-projector')).toBeVisible({ timeout: 60_000 });
  const matrix = p.getByTestId('oppdrag-matrix');
  await expect(matrix.getByTestId('matrix-row-S1-1')).toContainText('Fulgt opp 2 av 2 bord', {
    timeout: 30_000,
  });
  // Rows that do not fit the first page come round as the pages turn (every 12 s).
  const turn = { timeout: 90_000 };
  await expect(matrix.getByTestId('matrix-row-S1-3')).toContainText('Ingen oppdrag', turn);
  await expect(matrix.getByTestId('matrix-row-S1-4')).toContainText(
    'Uenige: Svakt fulgt opp 1, Ikke fulgt opp 1',
    turn,
  );
  await expect(matrix.getByTestId('matrix-row-S1-6')).toContainText('+ Bord 1', turn);
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'oppdrag-projector-matrix');

  // Plenary: the facilitator passes the proposal on, opens the points; both tablets give them.
  const plenary = f.getByTestId('oppdrag-plenary');
  await expect(plenary).toContainText('Innbyggerpanel i alle budsjettsaker');
  // The mark is the server's: the box shows it once the change has come back.
  const passOn = plenary.getByRole('checkbox', { name: 'Send videre til administrasjonen' });
  await passOn.click();
  await expect(passOn).toBeChecked({ timeout: 30_000 });
  await expect(plenary).toContainText('Sendes videre');
  await plenary.getByRole('button', { name: 'Åpne for poeng' }).click();
  for (const t of [t1, t2]) {
    const points = t.getByTestId('oppdrag-points');
    await points
      .getByRole('button', { name: 'Gi ett poeng til «Innbyggerpanel i alle budsjettsaker»' })
      .click();
    await expect(points.getByTestId('own-points')).toHaveText('1 poeng');
  }
  await expectNoA11yViolations(t2);
  await plenary.getByRole('button', { name: 'Avslutt poenggivningen' }).click();
  // Two voters: the total would rest on fewer than three, so it is not shown ([OP6]).
  await expect(plenary).toContainText('Færre enn 3 ga poeng');
  await expectNoA11yViolations(f);
  await saveScreen(f, testInfo, 'oppdrag-console-plenary');

  // The projector turns to the goals on paper and the proposals.
  await expect(p.getByTestId('oppdrag-uncovered')).toContainText('S1-3', { timeout: 120_000 });
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'oppdrag-projector-uncovered');
  await expect(p.getByTestId('oppdrag-proposals')).toContainText(
    'Innbyggerpanel i alle budsjettsaker',
    { timeout: 120_000 },
  );
  await saveScreen(p, testInfo, 'oppdrag-projector-proposals');

  // The outcome in Markdown carries the room's judgement and the proposal with its origin.
  const panel = f.getByRole('region', { name: 'Resultat og arkiv' });
  const [download] = await Promise.all([
    f.waitForEvent('download'),
    panel.getByTestId('download-md').click(),
  ]);
  const { readFileSync } = await import('node:fs');
  const markdown = readFileSync((await download.path())!, 'utf8');
  expect(markdown).toContain('HØP-oppdrag og målene i samfunnsdelen');
  expect(markdown).toContain('Fulgt opp (2 av 2 bord)');
  expect(markdown).toMatch(/Innbyggerpanel i alle budsjettsaker.*fra Bord 1/);
});
