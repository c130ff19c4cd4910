import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export interface TabletJoin {
  readonly name: string;
  readonly role: 'Folkevalgt' | 'Administrasjon' | 'Annen';
  /** The table's name as the join form lists it ("Bord 1"). */
  readonly table: string;
}

/**
 * A participant joins the way people do, by the code on the projector, at a chosen table, and
 * lands on their tablet page.
 */
export async function joinTablet(page: Page, joinCode: string, who: TabletJoin): Promise<void> {
  await page.goto(`/j/${joinCode}`);
  await page.getByRole('textbox', { name: 'Navn (valgfritt)' }).fill(who.name);
  await page.getByRole('radio', { name: who.role }).check();
  await page.getByRole('radio', { name: new RegExp(`^${who.table} –`) }).check();
  await page.getByRole('button', { name: 'Bli med' }).click();
  await expect(page).toHaveURL(/\/w\/[\w-]+$/);
  await expect(page.getByTestId('your-table')).toHaveText(who.table);
}
