/**
 * [K1] The on-screen keyboard and the writer's place, without React.
 *
 * With the keyboard up, what a person sees is the visual viewport: on iPadOS it shrinks while
 * the layout viewport stays; with `interactive-widget=resizes-content` (Chromium, index.html)
 * the layout viewport shrinks with it. Either way the visible height drops well below the
 * tallest seen at this width while someone writes: that is "keyboard up". The page then marks
 * `<html data-keyboard="up">` (CSS folds away what is not writing), publishes the visible height
 * as `--visible-height`, and scrolls the caret back into view when it went under the keyboard
 * or the sticky bar.
 */

/**
 * Below this visible height a screen is short (a tablet in landscape, 1024×768 or 1280×800): the
 * page's chrome leaves the writer a strip, keyboard or not (a hardware keyboard raises none).
 */
const SHORT_SCREEN = 900;

/** Whether the page folds what is not writing away for the writer: a short screen, and writing. */
export function foldsForWriting(box: ViewportBox, writing: boolean): boolean {
  return writing && box.height < SHORT_SCREEN;
}

/** Below this share of the tallest visible height at this width, a keyboard is up. */
const KEYBOARD_SHARE = 0.8;
/** Room kept between the caret and the keyboard, and below the sticky bar. */
const MARGIN = 24;

export interface ViewportBox {
  readonly top: number;
  readonly height: number;
  readonly width: number;
}

/** The visible part of the page, in the layout viewport's coordinates. */
export function visibleBox(win: Window): ViewportBox {
  const vv = win.visualViewport;
  return vv
    ? { top: vv.offsetTop, height: vv.height, width: vv.width }
    : { top: 0, height: win.innerHeight, width: win.innerWidth };
}

/** Whether an element takes typing (so that a keyboard may be up for it). */
export function isWritable(el: Element | null): el is HTMLElement {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  if (el instanceof HTMLInputElement) {
    return (
      !el.readOnly &&
      !el.disabled &&
      !/^(button|checkbox|radio|submit|reset|range|color|file|image|hidden)$/.test(el.type)
    );
  }
  return false;
}

/** Remembers the tallest visible height per width (an orientation) and judges the keyboard. */
export class KeyboardJudge {
  private readonly tallest = new Map<number, number>();

  /** True while a writable element has focus and the visible height is well below the tallest. */
  judge(box: ViewportBox, writing: boolean): boolean {
    const width = Math.round(box.width);
    const tallest = Math.max(this.tallest.get(width) ?? 0, box.height);
    this.tallest.set(width, tallest);
    return writing && box.height < tallest * KEYBOARD_SHARE;
  }
}

/**
 * Where the caret is on screen: the selection's rectangle where it lies inside the block the
 * caret is in; else (an empty line, whose range has no rectangle of its own) that block; for
 * a field, the field.
 */
export function caretRect(doc: Document, focused: HTMLElement): DOMRect {
  const selection = doc.getSelection();
  if (!focused.isContentEditable || !selection || selection.rangeCount === 0) {
    return focused.getBoundingClientRect();
  }
  const node = selection.focusNode;
  const parent = node instanceof Element ? node : (node?.parentElement ?? null);
  const block = parent?.closest('p, h1, h2, h3, h4, li') ?? null;
  const blockRect = block && focused.contains(block) ? block.getBoundingClientRect() : null;
  const range = selection.getRangeAt(0).cloneRange();
  range.collapse(false);
  const rect = range.getClientRects()[0];
  const inside =
    rect !== undefined &&
    rect.height > 0 &&
    (blockRect === null || (rect.top >= blockRect.top - 1 && rect.bottom <= blockRect.bottom + 1));
  if (inside) return rect;
  return blockRect ?? focused.getBoundingClientRect();
}

/**
 * How far to scroll the page so that `caret` is inside the visible box, below `coveredTop` px
 * (the sticky bar) and clear of the keyboard; 0 when it already is.
 */
export function scrollToShow(
  caret: { top: number; bottom: number },
  box: ViewportBox,
  coveredTop: number,
): number {
  const top = box.top + coveredTop + MARGIN;
  const bottom = box.top + box.height - MARGIN;
  if (caret.bottom > bottom) return caret.bottom - bottom;
  if (caret.top < top) return caret.top - top;
  return 0;
}
