import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

/**
 * Saves a full-page screenshot as `test-results/screens/<name>.png` (stable names, for a human
 * to look through after a run) and attaches it to the report.
 */
export async function saveScreen(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const dir = join(testInfo.project.outputDir, 'screens');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  return path;
}
