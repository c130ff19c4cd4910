import type { Locator, Page } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { saveScreen } from '../support/screens';

/*
 * Issue 11: the whole seminar planned and run from the screens, with no API shortcut. The
 * facilitator creates it from the template on /new, changes a phase's activity and a table in
 * the console's setup page, and runs every phase; tablets join by typing the code, one in
 * nynorsk and one in English, and keep their language; every screen shows each phase's activity.
 */

const AGENDA = [
  { title: 'Arena og spilleregler', activity: 'Fri fase' },
  { title: 'Politiske ambisjoner for perioden', activity: 'Politiske ambisjoner' },
  { title: 'Planbehov', activity: 'Planbehov' },
  { title: 'Argumenter og uenighet', activity: 'Argumenter' },
  { title: 'Oppsummering', activity: 'Oppsummering' },
  { title: 'Tilbakemelding', activity: 'Tilbakemelding' },
] as const;

/** Where each activity shows on a tablet and on the projector (the views' own sections). */
const ACTIVITY_VIEWS: Record<string, { tablet: string; projector: string } | undefined> = {
  'Politiske ambisjoner': { tablet: '.ambitions--tablet', projector: '.ambitions--projector' },
  Planbehov: { tablet: '.pb-tablet', projector: '.pb-projector' },
  Argumenter: { tablet: '.arguments--tablet', projector: '.arguments--projector' },
  Tilbakemelding: { tablet: '.ev--tablet', projector: '.ev--projector' },
};

const PLACEHOLDER = {
  nb: 'Innholdet i denne fasen vises her.',
  nn: 'Innhaldet i denne fasen blir vist her.',
  en: 'The content of this phase appears here.',
};

function activitySelect(page: Page, phase: number, label = 'Aktivitet i fase'): Locator {
  return page.getByRole('combobox', { name: `${label} ${phase}`, exact: true });
}

/** Picks a language the way a finger does: by tapping its name in the switcher. */
async function chooseLanguage(page: Page, name: 'Nynorsk' | 'English'): Promise<void> {
  await page.locator('label', { has: page.getByRole('radio', { name }) }).click();
  await expect(page.getByRole('radio', { name })).toBeChecked();
}

test('a facilitator plans and runs the seminar on screen; tablets keep their language', async ({
  facilitator,
  tablet1,
  tablet2,
  projector,
}, testInfo) => {
  test.setTimeout(180_000);
  const f = facilitator.page;
  const title = `Seminar på skjerm ${testInfo.testId.slice(0, 6)}`;

  // /new: the template fills everything in, each phase with its activity.
  await f.goto('/');
  await f.getByRole('link', { name: 'Opprett verksted' }).click();
  await f.getByRole('button', { name: 'Bruk malen «Planstrategi-seminar»' }).click();
  for (const [i, phase] of AGENDA.entries()) {
    await expect(f.getByRole('textbox', { name: `Navn på fase ${i + 1}` })).toHaveValue(
      phase.title,
    );
    await expect(activitySelect(f, i + 1)).toHaveValue(/\w+/);
    await expect(activitySelect(f, i + 1).locator('option:checked')).toHaveText(phase.activity);
  }
  await f.getByRole('textbox', { name: 'Tittel' }).fill(title);
  // The arguments phase is left open for now: chosen on screen, kept on create.
  await activitySelect(f, 4).selectOption({ label: 'Fri fase' });
  await expectNoA11yViolations(f);
  await saveScreen(f, testInfo, 'seminar-create');
  await f.getByRole('button', { name: 'Opprett verksted' }).click();
  await expect(f.getByRole('heading', { level: 1 })).toHaveText('Verkstedet er opprettet');
  const code = (await f.getByTestId('created-join-code').textContent())!.replace(' ', '');
  const projectorLink = await f.getByTestId('created-projector-link').inputValue();
  await f.getByRole('link', { name: 'Åpne konsollen' }).click();
  await expect(f.getByRole('heading', { level: 1 })).toHaveText(title);

  // The console's setup page shows what was created, activities included, and changes it.
  await f.getByRole('link', { name: 'Endre oppsettet' }).click();
  await expect(f.getByRole('heading', { level: 1 })).toHaveText('Oppsett av verkstedet');
  await expect(activitySelect(f, 3).locator('option:checked')).toHaveText('Planbehov');
  await expect(activitySelect(f, 4).locator('option:checked')).toHaveText('Fri fase');
  await activitySelect(f, 4).selectOption({ label: 'Argumenter' });
  await f.getByRole('textbox', { name: 'Navn på bord 1' }).fill('Fjordbordet');
  await f.getByRole('textbox', { name: 'Plasser ved bord 1' }).fill('6');
  await expectNoA11yViolations(f);
  await saveScreen(f, testInfo, 'seminar-setup');
  await f.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(f.getByRole('status').filter({ hasText: 'Lagret.' })).toBeVisible();
  await f.getByRole('link', { name: 'Tilbake til konsollen' }).first().click();
  await expect(f.getByTestId('current-phase')).toHaveText(AGENDA[0].title);

  // The projector opens its link.
  const p = projector.page;
  await p.goto(projectorLink);
  await expect(p.getByTestId('current-phase')).toHaveText(AGENDA[0].title);

  // Tablet 1 reads nynorsk, tablet 2 English: each picks it on the start page and types the code.
  const t1 = tablet1.page;
  await t1.goto('/');
  await chooseLanguage(t1, 'Nynorsk');
  await t1.getByRole('textbox', { name: 'Verkstadkode' }).fill(code.toLowerCase());
  await t1.getByRole('button', { name: 'Bli med' }).click();
  await t1.getByRole('radio', { name: 'Folkevald' }).check();
  // The table renamed on the setup page is offered, with the seats it was given.
  await t1.getByRole('radio', { name: 'Fjordbordet – 6 ledige plassar' }).check();
  await t1.getByRole('button', { name: 'Bli med' }).click();
  await expect(t1).toHaveURL(/\/w\/[\w-]+$/);
  await expect(t1.getByTestId('your-table')).toHaveText('Fjordbordet');

  const t2 = tablet2.page;
  await t2.goto('/');
  await chooseLanguage(t2, 'English');
  await t2.getByRole('textbox', { name: 'Workshop code' }).fill(code);
  await t2.getByRole('button', { name: 'Join' }).click();
  await t2.getByRole('radio', { name: 'Administration' }).check();
  await t2.getByRole('button', { name: 'Join' }).click();
  await expect(t2).toHaveURL(/\/w\/[\w-]+$/);
  await expect(f.getByTestId('participant')).toHaveCount(2);

  // Every phase, moved on from the console: the same phase and its activity on every screen.
  for (const [i, phase] of AGENDA.entries()) {
    if (i > 0) await f.getByRole('button', { name: 'Neste fase' }).click();
    for (const page of [f, p, t1, t2]) {
      await expect(page.getByTestId('current-phase')).toHaveText(phase.title);
    }
    await expect(t1.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(t2.locator('html')).toHaveAttribute('lang', 'en');
    await expect(p.locator('html')).toHaveAttribute('lang', 'nb');
    const views = ACTIVITY_VIEWS[phase.activity];
    if (views) {
      await expect(t1.locator(views.tablet)).toBeVisible();
      await expect(t2.locator(views.tablet)).toBeVisible();
      await expect(p.locator(views.projector)).toBeVisible();
      for (const [page, text] of [
        [t1, PLACEHOLDER.nn],
        [t2, PLACEHOLDER.en],
        [p, PLACEHOLDER.nb],
      ] as const) {
        await expect(page.getByText(text)).toHaveCount(0);
      }
      // The console opens the running activity first.
      await expect(f.locator('details.console-activity').first()).toHaveAttribute('open');
      await expect(f.locator('details.console-activity > summary').first()).toHaveText(
        phase.activity,
      );
    }
    for (const page of [f, p, t1, t2]) await expectNoA11yViolations(page);
    if (phase.activity === 'Planbehov') {
      await saveScreen(f, testInfo, 'seminar-console');
      await saveScreen(t1, testInfo, 'seminar-tablet-nn');
      await saveScreen(t2, testInfo, 'seminar-tablet-en');
      await saveScreen(p, testInfo, 'seminar-projector');
    }
    if (i === 1) {
      // A change that would break the running phase is refused, and the page says why.
      await f.getByRole('link', { name: 'Endre oppsettet' }).click();
      await expect(f.getByText('Pågår nå')).toBeVisible();
      await activitySelect(f, 2).selectOption({ label: 'Fri fase' });
      await f.getByRole('button', { name: 'Lagre endringene' }).click();
      await expect(f.getByRole('alert')).toContainText(
        'Fase 2 pågår: gå til en annen fase før du endrer aktiviteten i den.',
      );
      await expectNoA11yViolations(f);
      // Renaming the running phase is allowed, and every screen shows it at once.
      await activitySelect(f, 2).selectOption({ label: phase.activity });
      const renamed = `${phase.title} 2027–2030`;
      await f.getByRole('textbox', { name: 'Navn på fase 2' }).fill(renamed);
      await f.getByRole('button', { name: 'Lagre endringene' }).click();
      await expect(f.getByRole('status').filter({ hasText: 'Lagret.' })).toBeVisible();
      for (const page of [p, t1, t2]) {
        await expect(page.getByTestId('current-phase')).toHaveText(renamed);
      }
      await f.getByRole('link', { name: 'Tilbake til konsollen' }).first().click();
      await expect(f.getByTestId('current-phase')).toHaveText(renamed);
      await expect(t1.locator(ACTIVITY_VIEWS[phase.activity]!.tablet)).toBeVisible();
    }
  }
  await expect(f.getByRole('button', { name: 'Neste fase' })).toBeDisabled();
});
