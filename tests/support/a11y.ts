import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** WCAG 2.1 A and AA: the level Norwegian public bodies are held to. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface A11yOptions {
  /** CSS selectors to leave out, for a third-party widget we cannot fix; say why at the call. */
  readonly exclude?: readonly string[];
}

/**
 * Runs axe on the page as it is now and fails with a readable list (rule, impact, elements) if
 * anything breaks WCAG 2.1 AA.
 */
export async function expectNoA11yViolations(page: Page, options: A11yOptions = {}): Promise<void> {
  // Contrast is judged on what a person sees once things settle: a dialog or panel still fading
  // in is half transparent, and axe would measure its text mid-fade. Wait for running CSS
  // transitions and animations to finish (a condition, not a clock); endless ones are skipped.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  let builder = new AxeBuilder({ page }).withTags(WCAG_21_AA_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const readable = violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    elements: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(readable, `axe found WCAG 2.1 AA violations on ${page.url()}`).toEqual([]);
}
