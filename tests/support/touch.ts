import { expect } from '@playwright/test';
import type { Locator } from '@playwright/test';

/** Every control a finger has to hit must be at least 44 × 44 CSS px (WCAG 2.5.5, DESIGN.md). */
export async function expectTouchTarget(target: Locator): Promise<void> {
  const box = await target.boundingBox();
  expect(box, 'target is rendered').not.toBeNull();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  expect(box!.width).toBeGreaterThanOrEqual(44);
}
