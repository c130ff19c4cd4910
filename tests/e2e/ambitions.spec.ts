import type { Locator, Page } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { joinTablet } from '../support/joinTablet';
import { switchableNetwork } from '../support/network';
import { saveScreen } from '../support/screens';
import { expectTouchTarget } from '../support/touch';
import { createWorkshop } from '../support/workshops';

const PHASE_2 = 'Politiske ambisjoner for perioden';

/** The first paragraph under "Hvor vi er nå (A)" in an ambition editor. */
function firstParagraph(editor: Locator): Locator {
  return editor.locator('h3 + p').first();
}

/** A block's text without the other writers' caret labels that sit inside it. */
function textWithoutCarets(block: Locator): Promise<string> {
  return block.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });
}

/** Puts the caret at the end of a paragraph, as a finger tap followed by End would. */
async function caretAtEnd(page: Page, paragraph: Locator): Promise<void> {
  await paragraph.click();
  await page.keyboard.press('End');
}

async function pasteHtml(page: Page, editor: Locator, html: string): Promise<void> {
  await editor.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    data.setData('text/plain', 'Limt inn');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, html);
}

test('two tablets write one ambition, the projector follows, the facilitator promotes it', async ({
  request,
  facilitator,
  tablet1,
  tablet2,
  projector,
}, testInfo) => {
  // A ceiling, not a wait: four actors and axe on each view take about two minutes on two cores.
  test.setTimeout(240_000);
  const created = await createWorkshop(request, {
    title: `Ambisjoner ${testInfo.testId.slice(0, 6)}`,
  });
  const table = created.workshop.tables[0]!;
  const area = created.workshop.focusAreas[0]!;
  const goal = area.goals[0]!;
  const f = facilitator.page;
  const p = projector.page;
  const t1 = tablet1.page;
  const t2 = tablet2.page;

  const network = await switchableNetwork(tablet1.context);
  await f.goto(created.links.console);
  await p.goto(created.links.projector);
  await joinTablet(t1, created.workshop.joinCode, {
    name: 'Kari',
    role: 'Folkevalgt',
    table: table.name,
  });
  await joinTablet(t2, created.workshop.joinCode, {
    name: 'Ola',
    role: 'Administrasjon',
    table: table.name,
  });

  // The facilitator moves to the ambitions phase; the console seeds the gap model.
  await f.getByRole('button', { name: 'Neste fase' }).click();
  for (const page of [f, p, t1, t2]) {
    await expect(page.getByTestId('current-phase')).toHaveText(PHASE_2);
  }
  const e1 = t1.getByTestId('ambition-editor');
  const e2 = t2.getByTestId('ambition-editor');
  await expect(e1.locator('h3').first()).toHaveText('Hvor vi er nå (A)');
  await expect(e2.locator('h3').nth(2)).toHaveText('Hvor vi er på vei mot 2040 (C)');

  // Both type in the same paragraph; the projector shows both.
  await firstParagraph(e1).click();
  await t1.keyboard.type('Kari skriver om skolen.');
  await expect(firstParagraph(e2)).toContainText('Kari skriver om skolen.');
  await caretAtEnd(t2, firstParagraph(e2));
  await t2.keyboard.type(' Ola legger til eldreomsorg.');
  const projected = p.getByTestId(`projector-table-${table.id}`);
  await expect(projected).toContainText('Kari skriver om skolen.');
  await expect(projected).toContainText('Ola legger til eldreomsorg.');
  await expect
    .poll(() => textWithoutCarets(firstParagraph(e1)))
    .toBe('Kari skriver om skolen. Ola legger til eldreomsorg.');
  // Ola's caret on Kari's tablet carries his role (this workshop does not show names).
  await expect(e1.locator('.collaboration-carets__label')).toHaveText('Administrasjon');

  // The toolbar: named buttons, big enough for a finger.
  for (const name of ['Fet', 'Kursiv', 'Overskrift', 'Punktliste', 'Angre det du skrev']) {
    await expectTouchTarget(t1.getByRole('button', { name }));
  }

  // Tablet-1 loses the network, keeps writing, sees what is not synced, and catches up.
  await network.goOffline();
  const badge = t1.getByRole('region', { name: 'Verkstedstatus' }).getByRole('status');
  // The browser's word is enough: the badge does not wait for the socket to time out.
  await expect(badge).toContainText('Frakoblet');
  await caretAtEnd(t1, firstParagraph(e1));
  await t1.keyboard.type(' Skrevet uten nett.');
  await expect(badge).toContainText('Endringer ikke lagret ennå');
  await network.goOnline();
  await expect(projected).toContainText('Skrevet uten nett.', { timeout: 15_000 });
  await expect(badge).toHaveText('Tilkoblet', { timeout: 10_000 });
  await expect
    .poll(() => textWithoutCarets(firstParagraph(e2)))
    .toBe('Kari skriver om skolen. Ola legger til eldreomsorg. Skrevet uten nett.');

  // Kari tags the paragraph with the focus area's first goal: the coverage view follows.
  const coverage = p.getByTestId(`coverage-${goal.id}`);
  await expect(coverage).toHaveAttribute('data-covered', 'false');
  await firstParagraph(e1).click();
  await t1.locator('summary', { hasText: 'Knytt avsnittet til mål' }).click();
  await t1.getByRole('checkbox', { name: goal.text }).check();
  await expect(coverage).toHaveAttribute('data-covered', 'true');
  await expect(coverage).toContainText('Har ambisjoner');
  await expect(firstParagraph(e2)).toHaveAttribute('data-goals', goal.id);

  // A paste with a script and an onerror handler: only the text reaches the other tablet.
  // The paste is parsed in a document of its own, and the page's policy blocks its handler.
  tablet2.expectBlockedByCsp('script-src-attr');
  await caretAtEnd(t2, firstParagraph(e2));
  await pasteHtml(
    t2,
    e2,
    '<p>Limt inn<img src=x onerror="window.__xss=1"><script>window.__xss=2</script></p>' +
      '<iframe src="javascript:window.__xss=3"></iframe>',
  );
  await expect(e1).toContainText('Limt inn');
  for (const page of [t1, t2, p]) {
    await expect(page.locator('img[onerror], script:not([type]), iframe')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  }

  // The facilitator selects one heading of table 1's draft and promotes only that.
  const draft = f.getByTestId(`draft-${table.id}`);
  await expect(draft).toContainText('Ola legger til eldreomsorg.');
  await draft.getByText('Hvor vi er på vei mot 2040 (C)').selectText();
  await f.getByRole('button', { name: `Løft markert tekst fra ${table.name} til plenum` }).click();
  await expect(f.getByText(`Lagt til i plenumsteksten fra ${table.name}.`)).toBeVisible();
  const plenary = f.getByTestId('plenary-editor');
  await expect(plenary.locator('.promoted')).toContainText(`Fra ${table.name}`);
  await expect(plenary.locator('.promoted')).toContainText('Hvor vi er på vei mot 2040 (C)');
  await expect(plenary.locator('.promoted')).not.toContainText('eldreomsorg');

  // The whole draft too; then the projector shows the plenary text with its origins.
  await f.getByRole('button', { name: `Løft hele utkastet fra ${table.name} til plenum` }).click();
  await expect(plenary.locator('.promoted')).toHaveCount(2);
  await f.getByRole('button', { name: 'Plenumsteksten', exact: true }).click();
  const projectedPlenary = p.getByTestId('projector-plenary');
  await expect(projectedPlenary).toContainText(`Fra ${table.name}`);
  await expect(projectedPlenary).toContainText('Ola legger til eldreomsorg.');

  // Each view passes axe; the screens are kept for a human to look at.
  await expectNoA11yViolations(t1);
  await expectNoA11yViolations(t2);
  await expectNoA11yViolations(p);
  await expectNoA11yViolations(f);
  await saveScreen(t1, testInfo, 'ambitions-tablet-portrait');
  await t1.setViewportSize({ width: 1024, height: 768 });
  await saveScreen(t1, testInfo, 'ambitions-tablet-landscape');
  await t1.setViewportSize({ width: 768, height: 1024 });
  await saveScreen(p, testInfo, 'ambitions-projector-plenary');
  await saveScreen(f, testInfo, 'ambitions-console');
  await f.getByRole('button', { name: 'Bordene side om side' }).click();
  await expect(projected).toBeVisible();
  await expectNoA11yViolations(p);
  await saveScreen(p, testInfo, 'ambitions-projector-tables');

  // Locking input makes every tablet's editor read-only.
  await f.getByRole('button', { name: 'Lås innspill' }).click();
  for (const editor of [e1, e2]) {
    await expect(editor).toHaveAttribute('contenteditable', 'false');
  }
  await expect(t1.getByRole('button', { name: 'Fet' })).toHaveCount(0);
  await expectNoA11yViolations(t1);
  await saveScreen(t1, testInfo, 'ambitions-tablet-locked');
});
