import type { Locator, Page } from '@playwright/test';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { saveScreen } from '../support/screens';
import { expectTouchTarget } from '../support/touch';

/** Picks a language the way a finger does: by tapping its name in the switcher. */
async function chooseLanguage(page: Page, name: 'Bokmål' | 'Nynorsk' | 'English'): Promise<void> {
  await languageOption(page, name).click();
  await expect(page.getByRole('radio', { name })).toBeChecked();
}

function languageOption(page: Page, name: string): Locator {
  return page.locator('label', { has: page.getByRole('radio', { name }) });
}

function codeField(page: Page, label = 'Verkstedkode'): Locator {
  return page.getByRole('textbox', { name: label });
}

test.describe('start page', () => {
  test('a tablet opens Samskap in bokmål and sees the join form', async ({ tablet1 }, testInfo) => {
    const { page } = tablet1;
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page).toHaveTitle('Samskap');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samskap');
    await expect(page.getByRole('main')).toContainText('samskapingsseminar i kommunestyret');
    await expect(page.getByRole('heading', { name: 'Bli med i et verksted' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Opprett verksted' })).toBeVisible();
    await expect(codeField(page)).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Bokmål' })).toBeChecked();

    await expectTouchTarget(codeField(page));
    await expectTouchTarget(page.getByRole('button', { name: 'Bli med' }));
    for (const name of ['Bokmål', 'Nynorsk', 'English']) {
      await expectTouchTarget(languageOption(page, name));
    }

    await expectNoA11yViolations(page);
    await saveScreen(page, testInfo, 'start-nb-tablet');
  });

  test('switching to nynorsk and English changes the text and is remembered', async ({
    tablet1,
  }, testInfo) => {
    const { page } = tablet1;
    await page.goto('/');

    await chooseLanguage(page, 'Nynorsk');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(page.getByRole('heading', { name: 'Bli med i eit verkstad' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Opprett verkstad' })).toBeVisible();
    await expect(codeField(page, 'Verkstadkode')).toBeVisible();
    await expect(page.getByRole('main')).toContainText('folkevalde');
    await expectNoA11yViolations(page);
    await saveScreen(page, testInfo, 'start-nn-tablet');

    await chooseLanguage(page, 'English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'Join a workshop' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Join' })).toBeVisible();
    await expectNoA11yViolations(page);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
    await expect(codeField(page, 'Workshop code')).toBeVisible();
  });

  test('a wrong code shows an inline error; a right one leads to the lookup page', async ({
    tablet1,
  }, testInfo) => {
    const { page } = tablet1;
    await page.goto('/');
    const field = codeField(page);
    const submit = page.getByRole('button', { name: 'Bli med' });

    await submit.click();
    await expect(field).toHaveAccessibleDescription(/Skriv inn koden fra storskjermen/);
    await expect(field).toBeFocused();

    await field.fill('abc1');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Koden kan ikke inneholde 1.')).toBeVisible();

    await field.fill('abc23');
    await expect(page.getByText('Koden skal ha 6 tegn, men du har skrevet 5.')).toBeVisible();
    await expectNoA11yViolations(page);
    await saveScreen(page, testInfo, 'start-error-tablet');

    await field.fill('abc 234');
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await submit.click();

    // The code is well-formed but no workshop has it: the lookup says so.
    await expect(page).toHaveURL(/\/j\/ABC234$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kan ikke bli med');
    await expect(page.getByRole('main')).toContainText('Ingen verksted har denne koden');
    await expect(page).toHaveTitle('Kan ikke bli med – Samskap');
    await expectNoA11yViolations(page);
    await saveScreen(page, testInfo, 'lookup-nb-tablet');

    const back = page.getByRole('link', { name: 'Tilbake til startsiden' });
    await expectTouchTarget(back);
    await back.click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samskap');
  });

  test('a /j/ link with a malformed code says so, in every language', async ({ tablet1 }) => {
    const { page } = tablet1;
    await page.goto('/j/OOPS10');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ugyldig kode');
    await expectNoA11yViolations(page);
    await chooseLanguage(page, 'Nynorsk');
    await expect(page.getByRole('main')).toContainText('er ikkje ein gyldig verkstadkode');
  });

  test('the lookup page passes axe in nynorsk and English too', async ({ tablet1 }) => {
    const { page } = tablet1;
    await page.goto('/j/abc234');
    await expect(page.getByRole('main')).toContainText('Ingen verksted har denne koden');
    await chooseLanguage(page, 'Nynorsk');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kan ikkje bli med');
    await expect(page.getByRole('main')).toContainText('Ingen verkstad har denne koden');
    await expectNoA11yViolations(page);
    await chooseLanguage(page, 'English');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cannot join');
    await expectNoA11yViolations(page);
  });

  test('an unknown address gets a page of its own from the SPA fallback', async ({ tablet1 }) => {
    const { page } = tablet1;
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden');
    await expectNoA11yViolations(page);
  });

  test('the projector shows the start page at 1920 × 1080', async ({ projector }, testInfo) => {
    const { page } = projector;
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samskap');
    await expectNoA11yViolations(page);
    await saveScreen(page, testInfo, 'start-nb-projector');
    await page.goto('/j/ABC234');
    await expect(page.getByRole('main')).toContainText('Ingen verksted har denne koden');
    await saveScreen(page, testInfo, 'lookup-nb-projector');
  });
});
