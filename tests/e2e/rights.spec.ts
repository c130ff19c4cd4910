import { ambitionRootName, PLENARY } from '@samskap/shared/doc-model';
import { contentRoom } from '@samskap/shared/protocol';
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { joinTablet } from '../support/joinTablet';
import { saveScreen } from '../support/screens';
import { createWorkshop } from '../support/workshops';

const PHASE_2 = 'Politiske ambisjoner for perioden';

/**
 * What a participant could do from the browser console: no screen offers it. The tablet's own
 * editor leads to its Yjs document (TipTap keeps the editor on its DOM node, the Collaboration
 * extension holds the fragment), and from there to every other part of the workshop's document.
 * It types into another table's draft, empties the plenary and switches the projector to the
 * tables, in one update.
 */
async function attackFromConsole(
  page: Page,
  names: { otherDraft: string; plenary: string },
): Promise<void> {
  await page.evaluate((n) => {
    interface Shared {
      length: number;
      get(i: number): Shared | undefined;
      insert(i: number, s: string): void;
      delete(i: number, l: number): void;
      set(k: string, v: unknown): void;
    }
    interface Doc {
      share: Map<string, unknown>;
      getXmlFragment(name: string): Shared;
      getMap(name: string): Shared;
      transact(f: () => void): void;
    }
    const dom = document.querySelector('[data-testid="ambition-editor"]') as unknown as {
      editor: {
        extensionManager: {
          extensions: { name: string; options: { fragment?: { doc: Doc } } }[];
        };
      };
    };
    const collaboration = dom.editor.extensionManager.extensions.find(
      (e) => e.name === 'collaboration',
    );
    const doc = collaboration!.options.fragment!.doc;
    const displayName = [...doc.share.keys()].find((k) => k.includes('display'))!;
    doc.transact(() => {
      // The heading's text node of the other table's first block.
      doc.getXmlFragment(n.otherDraft).get(0)!.get(0)!.insert(0, 'Hacket ');
      const plenary = doc.getXmlFragment(n.plenary);
      plenary.delete(0, plenary.length);
      doc.getMap(displayName).set('show', 'tables');
    });
  }, names);
}

/** The server's log lines that report an undone write ([W4]) in one workshop's room. */
function refusalsIn(logs: readonly Record<string, unknown>[], room: string): number {
  return logs.filter((l) => l.room === room && String(l.msg).includes('may not change')).length;
}

test('a tablet that writes into another table and the plenary from the console changes nothing; its own writing still arrives', async ({
  server,
  request,
  facilitator,
  tablet1,
  tablet2,
  projector,
}, testInfo) => {
  test.setTimeout(90_000);
  const created = await createWorkshop(request, {
    title: `Skriverett ${testInfo.testId.slice(0, 6)}`,
  });
  const [bord1, bord2] = created.workshop.tables;
  const area = created.workshop.focusAreas[0]!;
  const f = facilitator.page;
  const p = projector.page;
  const kari = tablet1.page;
  const ola = tablet2.page;

  await f.goto(created.links.console);
  await p.goto(created.links.projector);
  await joinTablet(kari, created.workshop.joinCode, {
    name: 'Kari',
    role: 'Folkevalgt',
    table: bord1!.name,
  });
  await joinTablet(ola, created.workshop.joinCode, {
    name: 'Ola',
    role: 'Annen',
    table: bord2!.name,
  });
  await f.getByRole('button', { name: 'Neste fase' }).click();
  for (const page of [f, p, kari, ola]) {
    await expect(page.getByTestId('current-phase')).toHaveText(PHASE_2);
  }

  // Kari writes at table 1; the facilitator promotes the draft and projects the plenary.
  const kariEditor = kari.getByTestId('ambition-editor');
  await kariEditor.locator('h3 + p').first().click();
  await kari.keyboard.type('Kari skriver om skolen.');
  const draft1 = f.getByTestId(`draft-${bord1!.id}`);
  await expect(draft1).toContainText('Kari skriver om skolen.');
  await f.getByRole('button', { name: `Løft hele utkastet fra ${bord1!.name} til plenum` }).click();
  await f.getByRole('button', { name: 'Plenumsteksten', exact: true }).click();
  const projected = p.getByTestId('projector-plenary');
  await expect(projected).toContainText('Kari skriver om skolen.');
  await expect(projected).toContainText(`Fra ${bord1!.name}`);

  // Ola, at table 2, goes past the screen.
  const olaEditor = ola.getByTestId('ambition-editor');
  await expect(olaEditor.locator('h3').first()).toHaveText('Hvor vi er nå (A)');
  await attackFromConsole(ola, {
    otherDraft: ambitionRootName(area.id, bord1!.id),
    plenary: ambitionRootName(area.id, PLENARY),
  });

  // Then writes at his own table, as the screen offers: that still arrives (not locked out).
  await olaEditor.locator('h3 + p').first().click();
  await ola.keyboard.type('Ola skriver ved sitt bord.');
  await expect(f.getByTestId(`draft-${bord2!.id}`)).toContainText('Ola skriver ved sitt bord.');

  // The projector still shows the facilitator's plenary text, and Kari's draft is untouched.
  await expect(projected).toContainText('Kari skriver om skolen.');
  await expect(projected).toContainText(`Fra ${bord1!.name}`);
  await expect(kariEditor.locator('h3').first()).toHaveText('Hvor vi er nå (A)');
  await expect(draft1.locator('h3').first()).toHaveText('Hvor vi er nå (A)');
  await expect(f.getByTestId('plenary-editor')).toContainText('Kari skriver om skolen.');
  const room = contentRoom(created.workshop.id);
  expect(refusalsIn(server.logs, room)).toBe(1);

  // In plenary mode every tablet shows the plenary, read only: Ola's copy was set back too,
  // and no screen writes into a part it may not write (no further undo was needed).
  // The radio follows the run state from the server: click, then wait for it to be checked.
  const plenaryMode = f
    .getByRole('group', { name: 'Arbeidsform' })
    .getByRole('radio', { name: 'Plenum' });
  await plenaryMode.click();
  await expect(plenaryMode).toBeChecked();
  for (const page of [ola, kari]) {
    await expect(page.getByRole('heading', { name: 'Plenumsteksten' })).toBeVisible();
  }
  await expect(ola.getByTestId('ambition-editor')).toContainText('Kari skriver om skolen.');
  await expect(kariEditor).toContainText('Kari skriver om skolen.');
  await expect(ola.getByTestId('ambition-editor')).toHaveAttribute('contenteditable', 'false');
  await expect(projected).toContainText('Kari skriver om skolen.');
  expect(refusalsIn(server.logs, room)).toBe(1);

  await expectNoA11yViolations(p);
  await expectNoA11yViolations(ola);
  await saveScreen(p, testInfo, 'rights-projector-plenary-intact');
  await saveScreen(ola, testInfo, 'rights-tablet-plenary-after-attack');
});
