import { useEffect } from 'react';
import {
  caretRect,
  foldsForWriting,
  isWritable,
  KeyboardJudge,
  scrollToShow,
  visibleBox,
} from './writersPlace';

/**
 * [K1] Keeps the writer's place while the on-screen keyboard is up (see `writersPlace.ts`):
 * marks `<html data-keyboard>` (and `data-writing` on a short screen), sets `--visible-height`, and keeps the caret in view. `bar` is
 * the sticky bar, whose height the caret must stay clear of.
 */
export function useWritersPlace(bar: React.RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = document.documentElement;
    const judge = new KeyboardJudge();
    let frame = 0;
    let wasUp = false;
    let wasFolded = false;
    // A finger scrolling the page to read must not be pulled back to the caret: only a change
    // of the keyboard, of focus or of the caret moves the page.
    let follow = false;
    const update = () => {
      frame = 0;
      const box = visibleBox(window);
      const focused = document.activeElement;
      const writing = isWritable(focused);
      const up = judge.judge(box, writing);
      root.style.setProperty('--visible-height', `${Math.round(box.height)}px`);
      if (up !== wasUp) {
        if (up) root.dataset.keyboard = 'up';
        else delete root.dataset.keyboard;
        wasUp = up;
      }
      // On a short screen the chrome folds for the writer with or without a keyboard.
      const folded = foldsForWriting(box, writing);
      if (folded !== wasFolded) {
        if (folded) root.dataset.writing = 'short';
        else delete root.dataset.writing;
        wasFolded = folded;
      }
      if (!writing || !follow) return;
      follow = false;
      // The fold above changes the layout: measure the caret after it.
      const covered = bar.current?.getBoundingClientRect().bottom ?? 0;
      const delta = scrollToShow(caretRect(document, focused), box, Math.max(0, covered - box.top));
      if (delta !== 0) window.scrollBy({ top: delta, behavior: 'instant' });
    };
    const measure = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    const schedule = () => {
      follow = true;
      measure();
    };
    const vv = window.visualViewport;
    vv?.addEventListener('resize', schedule);
    vv?.addEventListener('scroll', measure);
    window.addEventListener('resize', schedule);
    document.addEventListener('focusin', schedule);
    document.addEventListener('focusout', schedule);
    // Typing moves the caret down the page: keep it above the keyboard.
    document.addEventListener('selectionchange', schedule);
    schedule();
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      vv?.removeEventListener('resize', schedule);
      vv?.removeEventListener('scroll', measure);
      window.removeEventListener('resize', schedule);
      document.removeEventListener('focusin', schedule);
      document.removeEventListener('focusout', schedule);
      document.removeEventListener('selectionchange', schedule);
      delete root.dataset.keyboard;
      delete root.dataset.writing;
      root.style.removeProperty('--visible-height');
    };
  }, [bar]);
}
