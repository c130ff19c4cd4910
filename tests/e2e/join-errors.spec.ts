import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { createWorkshop, endWorkshop, joinByApi } from '../support/workshops';

test.describe('joining with bad input', () => {
  test('an unknown code says that no workshop has it', async ({ tablet1 }) => {
    const page = tablet1.page;
    await page.goto('/');
    await page.getByRole('textbox', { name: 'Verkstedkode' }).fill('zzz 999');
    await page.getByRole('button', { name: 'Bli med' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kan ikke bli med');
    await expect(page.getByTestId('join-error')).toHaveText(/Ingen verksted har denne koden/);
    await expectNoA11yViolations(page);
    await expect(page.getByRole('link', { name: 'Tilbake til startsiden' })).toBeVisible();
  });

  test('an ended workshop says so', async ({ tablet1 }) => {
    const page = tablet1.page;
    const created = await createWorkshop(page.request);
    await endWorkshop(page.request, created);
    await page.goto(`/j/${created.workshop.joinCode}`);
    await expect(page.getByTestId('join-error')).toHaveText(/avsluttet/);
  });

  test('a name past 60 characters is stopped with the bound named', async ({ tablet1 }) => {
    const page = tablet1.page;
    const created = await createWorkshop(page.request);
    await page.goto(`/j/${created.workshop.joinCode}`);
    await page.getByRole('textbox', { name: 'Navn (valgfritt)' }).fill('x'.repeat(61));
    await page.getByRole('radio', { name: 'Annen' }).check();
    await expect(page.getByText('Navnet kan ha høyst 60 tegn, men har 61.')).toBeVisible();
    await page.getByRole('button', { name: 'Bli med' }).click();
    await expect(page.getByRole('textbox', { name: 'Navn (valgfritt)' })).toBeFocused();
    await expect(page).toHaveURL(/\/j\//);
    await expectNoA11yViolations(page);
  });

  test('a table that filled up meanwhile is refused and shown as full', async ({ tablet1 }) => {
    const page = tablet1.page;
    const created = await createWorkshop(page.request, {
      tables: [
        { id: 'a', name: 'Bord A', capacity: 1 },
        { id: 'b', name: 'Bord B', capacity: 4 },
      ],
    });
    const code = created.workshop.joinCode;
    await page.goto(`/j/${code}`);
    await page.getByRole('radio', { name: 'Folkevalgt' }).check();
    await page.getByRole('radio', { name: 'Bord A – 1 ledig plass' }).check();
    // Someone else takes the last seat while this tablet is still on the form.
    await joinByApi(page.request, { code, role: 'administrasjon', tableId: 'a' });
    await page.getByRole('button', { name: 'Bli med' }).click();
    await expect(page.getByTestId('join-error')).toHaveText(/Bordet er fullt/);
    await expect(page.getByRole('radio', { name: 'Bord A – fullt' })).toBeDisabled();
    await expectNoA11yViolations(page);
    // Letting the app find a seat works.
    await page.getByRole('button', { name: 'Bli med' }).click();
    await expect(page).toHaveURL(/\/w\//);
    await expect(page.getByTestId('your-table')).toHaveText('Bord B');
  });

  test('a workshop with every seat taken says it is full', async ({ tablet1 }) => {
    const page = tablet1.page;
    const created = await createWorkshop(page.request, {
      tables: [{ id: 'a', name: 'Bord A', capacity: 1 }],
    });
    const code = created.workshop.joinCode;
    await page.goto(`/j/${code}`);
    await joinByApi(page.request, { code, role: 'annen' });
    await page.getByRole('radio', { name: 'Folkevalgt' }).check();
    await page.getByRole('button', { name: 'Bli med' }).click();
    await expect(page.getByTestId('join-error')).toHaveText(/Alle bordene er fulle/);
  });
});
