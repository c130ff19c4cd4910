import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** What sticks out of the screen, or has text below 28 px, on the projector's stage. */
interface StageProblems {
  readonly scroll: { width: number; height: number; innerWidth: number; innerHeight: number };
  readonly outside: string[];
  readonly small: string[];
}

/**
 * The projector never scrolls: the document fits the viewport, and no element of the stage lies
 * outside it (an element clipped by an overflow guard still does, so cut-off content fails too);
 * text on the stage is at least 28 px.
 */
export async function expectStageFits(page: Page): Promise<void> {
  await expect(page.getByTestId('projector-stage')).toBeVisible();
  // A resize or a late font measures the pages again: wait for the stage to settle on a fit.
  await expect(async () => expectNoProblems(await stageProblems(page))).toPass({ timeout: 5000 });
}

/** Looks at every element of the page as laid out now. */
async function stageProblems(page: Page): Promise<StageProblems> {
  return page.evaluate((): StageProblems => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} «${(el.textContent ?? '').trim().slice(0, 40)}»`;
    const outside: string[] = [];
    const small: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      if (el.closest('.visually-hidden, [aria-hidden="true"] svg')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // The screen, or the box that would cut it off (a page of the stage).
      const clip = el.parentElement?.closest(
        '.stage-pager__box, .projector__stage, .projector__side',
      );
      const b = clip?.getBoundingClientRect() ?? {
        top: 0,
        left: 0,
        bottom: innerHeight,
        right: innerWidth,
      };
      const bottom = Math.min(innerHeight, b.bottom);
      const right = Math.min(innerWidth, b.right);
      if (
        r.bottom > bottom + 1 ||
        r.right > right + 1 ||
        r.left < b.left - 1 ||
        r.top < b.top - 1
      ) {
        outside.push(describe(el));
      }
      const ownText = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (ownText && parseFloat(style.fontSize) < 27.9)
        small.push(`${describe(el)} ${style.fontSize}`);
    }
    const doc = document.documentElement;
    return {
      scroll: { width: doc.scrollWidth, height: doc.scrollHeight, innerWidth, innerHeight },
      outside: outside.slice(0, 10),
      small: small.slice(0, 10),
    };
  });
}

function expectNoProblems(problems: StageProblems): void {
  expect(problems.scroll.height, 'document height').toBeLessThanOrEqual(
    problems.scroll.innerHeight,
  );
  expect(problems.scroll.width, 'document width').toBeLessThanOrEqual(problems.scroll.innerWidth);
  expect(problems.outside, 'elements outside the screen').toEqual([]);
  expect(problems.small, 'text below 28 px').toEqual([]);
}

/** At least `min` px of the element are on screen, without scrolling the page. */
export async function expectInView(target: Locator, min = 44): Promise<void> {
  await expect(target).toBeVisible();
  const page = target.page();
  await page.evaluate(() => window.scrollTo(0, 0));
  const visible = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const h =
      (window.visualViewport?.height ?? innerHeight) + (window.visualViewport?.offsetTop ?? 0);
    return Math.min(r.bottom, h) - Math.max(r.top, 0);
  });
  expect(visible, 'px of the primary action on screen').toBeGreaterThanOrEqual(min);
}

/**
 * [K4] Nothing clipped or overlapping sideways: the page is no wider than the screen, no text
 * runs out of the box it stands in, and no box that hides its overflow has text cut off.
 */
export async function expectNothingClipped(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} «${(el.textContent ?? '').trim().slice(0, 40)}»`;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > innerWidth + 1) found.push('the page is wider');
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (el.closest('.visually-hidden, .collaboration-carets__caret, svg')) continue;
      const ownText = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!ownText) continue;
      const hides = /hidden|clip/.test(style.overflowX);
      if (hides && el.scrollWidth > el.clientWidth + 1) found.push(`cut: ${describe(el)}`);
      const parent = el.parentElement;
      if (!parent || style.position === 'absolute' || style.position === 'fixed') continue;
      const r = el.getBoundingClientRect();
      const p = parent.getBoundingClientRect();
      if (r.width > 0 && (r.right > p.right + 1 || r.left < p.left - 1)) {
        found.push(`out of its box: ${describe(el)}`);
      }
    }
    return found.slice(0, 10);
  });
  expect(problems, 'clipped or overflowing text').toEqual([]);
}

/**
 * [K1] With the keyboard up, the writer's place is in view: the caret (or the focused field)
 * within what is visible below the sticky bar, and the field takes at least `share` of it.
 */
export async function expectWritersPlace(field: Locator, share: number): Promise<void> {
  await expect(field).toBeFocused();
  await expect(async () => {
    const place = await field.evaluate((el) => {
      const vv = window.visualViewport;
      const top = vv?.offsetTop ?? 0;
      const bottom = top + (vv?.height ?? innerHeight);
      const bar = document.querySelector('.tablet__bar')?.getBoundingClientRect().bottom ?? top;
      // The caret's line: the block the selection's focus is in (an empty line has no text
      // rectangle of its own), or the field itself.
      const selection = document.getSelection();
      let caret = el.getBoundingClientRect();
      const node = selection?.focusNode ?? null;
      const parent = node instanceof Element ? node : (node?.parentElement ?? null);
      const block = parent?.closest('p, h3, li');
      if ((el as HTMLElement).isContentEditable && block && el.contains(block)) {
        caret = block.getBoundingClientRect();
      }
      const r = el.getBoundingClientRect();
      const shown = Math.max(0, Math.min(r.bottom, bottom) - Math.max(r.top, bar));
      return {
        caretTop: caret.top,
        caretBottom: caret.bottom,
        bar,
        bottom,
        share: shown / (bottom - top),
      };
    });
    expect(place.caretTop, 'caret below the sticky bar').toBeGreaterThanOrEqual(place.bar - 1);
    expect(place.caretBottom, 'caret above the keyboard').toBeLessThanOrEqual(place.bottom + 1);
    expect(place.share, 'share of the visible height').toBeGreaterThanOrEqual(share);
  }).toPass({ timeout: 5000 });
}
