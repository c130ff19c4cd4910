import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { expectStageFits } from '../support/layout';
import { saveScreen } from '../support/screens';
import { expectTouchTarget } from '../support/touch';

// The same files as shared/fixtures/oppdrag-fjordvik.csv and bad/oppdrag-unknown-goal.csv.
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

async function chooseLanguage(page: Page, name: 'Bokmål' | 'Nynorsk'): Promise<void> {
  await page.locator('label', { has: page.getByRole('radio', { name }) }).click();
  await expect(page.getByRole('radio', { name })).toBeChecked();
}

/** The facilitator picks a file in the browser's file chooser, as on a laptop. */
async function chooseFile(page: Page, label: string, file: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByLabel(label, { exact: true }).click(),
  ]);
  await chooser.setFiles(join(fixtures, file));
}

/** The text of a DOCX's body: its `word/document.xml` out of the zip, tags dropped. */
function docxText(bytes: Buffer): string {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    if (name === 'word/document.xml') {
      const local = bytes.readUInt32LE(at + 42);
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(start, start + size);
      const xml = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
      return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    }
    at += 46 + skip;
  }
  throw new Error('no word/document.xml in the DOCX');
}

async function download(panel: Locator, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([
    panel.page().waitForEvent('download'),
    panel.getByTestId(testId).click(),
  ]);
  return readFileSync((await file.path())!);
}

/**
 * Steps the held projector from the console, one page at a time, until `target` is up. Each
 * step waits until the projector shows another page (its section or its page line changed), and
 * every page it passes must fit the screen ([G1], [G2]).
 */
function stepper(console: Page, stage: Locator) {
  const where = async () =>
    `${await stage.getAttribute('data-section')} ${await stage.getByTestId('stage-page').textContent()}`;
  const step = async () => {
    const before = await where();
    await console.getByRole('button', { name: 'Neste side' }).click();
    await expect.poll(where).not.toBe(before);
    await expectStageFits(stage.page());
  };
  return {
    async until(target: Locator): Promise<void> {
      for (let i = 0; i < 30 && !(await target.isVisible()); i++) await step();
      await expect(target).toBeVisible();
    },
    /** Once round every page of every section, back to where it started. */
    async round(): Promise<void> {
      const start = await where();
      for (let i = 0; i < 60; i++) {
        await step();
        if ((await where()) === start) return;
      }
      throw new Error('the projector did not come round to where it started');
    },
  };
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
  test.setTimeout(300_000);
  const f = facilitator.page;

  // From the template on the create screen, as it comes.
  await f.goto('/');
  await f.getByRole('link', { name: 'Opprett verksted' }).click();
  await f.getByRole('button', { name: 'Bruk malen «Planstrategi-seminar»' }).click();
  await f.getByRole('button', { name: 'Opprett verksted' }).click();
  await expect(f.getByRole('heading', { level: 1 })).toHaveText('Verkstedet er opprettet');
  const code = (await f.getByTestId('created-join-code').textContent())!.replace(' ', '');
  const projectorLink = await f.getByTestId('created-projector-link').inputValue();
  await f.getByRole('link', { name: 'Åpne konsollen' }).click();

  // On the setup page, phase 4 becomes the oppdrag activity.
  await f.getByRole('link', { name: 'Endre oppsettet' }).click();
  await expect(f.getByRole('heading', { level: 1 })).toHaveText('Oppsett av verkstedet');
  await f.getByRole('textbox', { name: 'Navn på fase 4' }).fill(PHASE);
  await f.getByLabel('Aktivitet i fase 4', { exact: true }).selectOption({ label: 'HØP-oppdrag' });
  await f.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(f.getByRole('status').filter({ hasText: 'Lagret.' })).toBeVisible();
  await expectNoA11yViolations(f);
  await saveScreen(f, testInfo, 'oppdrag-setup');
  await f.getByRole('link', { name: 'Tilbake til konsollen' }).first().click();
  await expect(f.getByRole('region', { name: 'Agenda' })).toContainText(PHASE);

  // Before the seminar: the Fjordvik list is taken whole from the file chooser.
  await f.locator('summary', { hasText: /^HØP-oppdrag$/ }).click();
  await chooseFile(f, 'Velg CSV-fil', 'oppdrag-fjordvik.csv');
  await expect(f.getByTestId('oppdrag-import-result')).toHaveText('16 oppdrag importert.');
  const list = f.getByTestId('oppdrag-list').locator(':scope > li');
  await expect(list).toHaveCount(16);
  const listBefore = await list.allTextContents();

  // A bad list is refused whole, each problem by line and column, and the list stays as it was.
  await chooseFile(f, 'Velg CSV-fil', 'oppdrag-unknown-goal.csv');
  const problems = f.getByTestId('oppdrag-import-problems');
  await expect(problems).toContainText('Filen ble ikke importert');
  await expect(problems).toContainText(
    'Linje 3, kolonne «mål»: Samfunnsdelen har ikke noe mål «S9-4».',
  );
  await expect(problems).toContainText(
    'Linje 4, kolonne «slutt»: Oppdraget slutter i 2027, før det starter i 2029.',
  );
  await expect(f.getByTestId('oppdrag-import-result')).toBeHidden();
  expect(await list.allTextContents()).toEqual(listBefore);
  await expect(f.getByTestId('oppdrag-list')).not.toContainText('Nytt kulturhus');
  await expectNoA11yViolations(f);
  await saveScreen(f, testInfo, 'oppdrag-console-refused');
  // A facilitator who reads nynorsk reads the same problems in nynorsk.
  await chooseLanguage(f, 'Nynorsk');
  await expect(problems).toContainText('Fila vart ikkje importert');
  await expect(problems).toContainText(
    'Linje 3, kolonne «mål»: Samfunnsdelen har ikkje noko mål «S9-4».',
  );
  await chooseLanguage(f, 'Bokmål');
  await expect(problems).toContainText('Filen ble ikke importert');

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
  // A tablet's buttons are big enough for a finger.
  await expectTouchTarget(s16.getByRole('button', { name: 'Hvordan vet vi det?' }));
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

  // The projector: the matrix coloured by the judgements, with how many tables agree. The
  // facilitator holds its page and steps it from the console, so nothing waits on the clock.
  const p = projector.page;
  await p.goto(projectorLink);
  const stage = p.getByTestId('oppdrag-projector');
  await expect(stage).toBeVisible();
  await f.getByRole('button', { name: 'Hold siden' }).click();
  const step = stepper(f, stage);
  const matrix = p.getByTestId('oppdrag-matrix');
  await step.until(matrix.getByTestId('matrix-row-S1-1'));
  await expect(matrix.getByTestId('matrix-row-S1-1')).toContainText('Fulgt opp 2 av 2 bord');
  await expectStageFits(p);
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'oppdrag-projector-matrix');
  await step.until(matrix.getByTestId('matrix-row-S1-3'));
  await expect(matrix.getByTestId('matrix-row-S1-3')).toContainText('Ingen oppdrag');
  await step.until(matrix.getByTestId('matrix-row-S1-4'));
  await expect(matrix.getByTestId('matrix-row-S1-4')).toContainText(
    'Uenige: Svakt fulgt opp 1, Ikke fulgt opp 1',
  );
  await step.until(matrix.getByTestId('matrix-row-S1-6'));
  await expect(matrix.getByTestId('matrix-row-S1-6')).toContainText('+ Bord 1');
  await expect(matrix.getByTestId('matrix-row-S1-6')).toContainText('Ikke fulgt opp 1 av 1 bord');
  await expectStageFits(p);
  await saveScreen(p, testInfo, 'oppdrag-projector-matrix-s1-6');

  // Plenary: the facilitator passes the proposal on, opens the points; both tablets give them.
  const plenary = f.getByTestId('oppdrag-plenary');
  await expect(plenary).toContainText('Innbyggerpanel i alle budsjettsaker');
  // The mark is the server's: the box shows it once the change has come back.
  const passOn = plenary.getByRole('checkbox', { name: 'Send videre til administrasjonen' });
  await passOn.click();
  await expect(passOn).toBeChecked();
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
  await saveScreen(t2, testInfo, 'oppdrag-tablet-points');
  await plenary.getByRole('button', { name: 'Avslutt poenggivningen' }).click();
  // Two voters: the total would rest on fewer than three, so it is not shown ([OP6]).
  await expect(plenary).toContainText('Færre enn 3 ga poeng');
  await expectNoA11yViolations(f);
  await saveScreen(f, testInfo, 'oppdrag-console-plenary');

  // The projector, stepped on: the goals on paper, where the tables disagree, the proposals.
  const uncovered = p.getByTestId('oppdrag-uncovered');
  await step.until(uncovered);
  await expect(uncovered).toContainText('Ingen oppdrag S1-3');
  await expect(uncovered).toContainText('Ingen midler S1-6');
  await expectStageFits(p);
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'oppdrag-projector-uncovered');
  const disagreements = p.getByTestId('oppdrag-disagreements');
  await step.until(disagreements);
  await expect(disagreements).toContainText('S1-4');
  await expect(disagreements).not.toContainText('S1-1');
  await expectStageFits(p);
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'oppdrag-projector-disagreements');
  const proposals = p.getByTestId('oppdrag-proposals');
  await step.until(proposals);
  await expect(proposals).toContainText('Innbyggerpanel i alle budsjettsaker');
  await expect(proposals).toContainText('Fra Bord 1 · Sendes videre · Færre enn 3 ga poeng');
  await expectStageFits(p);
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'oppdrag-projector-proposals');

  // A smaller projector (1280×720) gets fewer rows a page, and every page still fits.
  await p.setViewportSize({ width: 1280, height: 720 });
  await expectStageFits(p);
  await step.round();
  // There a row is the goal and its judgement, then a line for each kind that has oppdrag.
  await step.until(matrix.getByTestId('matrix-row-S1-2'));
  await expect(matrix.getByTestId('matrix-row-S1-2')).toContainText('Endring:');
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'oppdrag-projector-1280-matrix');

  // The outcome, as DOCX and as Markdown, carries the room's judgement and the proposal.
  const panel = f.getByRole('region', { name: 'Resultat og arkiv' });
  const markdown = (await download(panel, 'download-md')).toString('utf8');
  expect(markdown).toContain('HØP-oppdrag og målene i samfunnsdelen');
  expect(markdown).toContain('Fulgt opp (2 av 2 bord)');
  expect(markdown).toMatch(/Innbyggerpanel i alle budsjettsaker.*fra Bord 1/);
  const docx = docxText(await download(panel, 'download-docx'));
  expect(docx).toContain('HØP-oppdrag og målene i samfunnsdelen');
  expect(docx).toContain('Fulgt opp (2 av 2 bord)');
  expect(docx).toMatch(/Innbyggerpanel i alle budsjettsaker.*fra Bord 1/);
});
