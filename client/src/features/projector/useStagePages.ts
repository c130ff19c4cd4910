import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';

/** How long a page stays up before the next: long enough to read a table's draft from 5 m. */
export const PAGE_MS = 12_000;

export interface StagePagesOptions {
  /** How many items there are in all. */
  readonly count: number;
  /** The facilitator holds the page: no rotation. */
  readonly held: boolean;
  /** The facilitator's step counter: each increase turns the page once. */
  readonly step: number;
  /** Called instead of going back to the first page, when the last page has been shown. */
  readonly onWrap?: () => void;
  /** Changes when items' content changes in a way that may change their size. */
  readonly contentKey?: string;
}

export interface StagePage {
  /** The first item shown. */
  readonly start: number;
  /** One past the last item shown. */
  readonly end: number;
  /** More than one page: say which items are up. */
  readonly paged: boolean;
}

interface Measured {
  readonly key: string;
  readonly fit: number;
}

/**
 * Pages that fit their box, measured rather than guessed: for one layout pass every remaining
 * item is shown, then (before the browser paints) only those that lie wholly inside `box`. So a
 * 1280×720 projector simply gets fewer items a page than a 1920×1080 one, whatever the items'
 * length. Pages turn every {@link PAGE_MS} unless held, and on each facilitator step.
 * `list` is the element whose children are the items; `box` has the height they must fit in.
 */
export function useStagePages(
  box: RefObject<HTMLElement | null>,
  list: RefObject<HTMLElement | null>,
  { count, held, step, onWrap, contentKey = '' }: StagePagesOptions,
): StagePage {
  const [start, setStart] = useState(0);
  // Bumped when the box changes size or an item grows past it (a draft being written).
  const [resized, setResized] = useState(0);
  const [measured, setMeasured] = useState<Measured | null>(null);
  const first = Math.min(start, Math.max(0, count - 1));
  const key = `${count}/${first}/${resized}/${contentKey}`;
  // Until measured for what is on screen now, every remaining item is rendered.
  const fit = measured?.key === key ? measured.fit : null;

  useLayoutEffect(() => {
    if (fit !== null || !box.current || !list.current) return;
    const bounds = box.current.getBoundingClientRect();
    const children = Array.from(list.current.children);
    const outside = children.findIndex((child) => {
      const r = child.getBoundingClientRect();
      return r.bottom > bounds.bottom + 1 || r.right > bounds.right + 1;
    });
    // At least one item a page, or the stage would never move on. Measuring after layout and
    // rendering again before paint is what a layout effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- measure, then render the page
    setMeasured({ key, fit: outside === -1 ? children.length : Math.max(1, outside) });
  }, [fit, key, box, list]);

  useEffect(() => {
    const boxEl = box.current;
    const listEl = list.current;
    if (!boxEl || !listEl) return undefined;
    const bump = () => setResized((n) => n + 1);
    // The box is sized by the screen and what stands above it, never by the page it shows: any
    // change means another number of items fits.
    const boxObserver = new ResizeObserver(bump);
    // The list is sized by its items: only an item grown past the box asks for a new fit (a
    // shrinking page would otherwise measure itself again for ever).
    const listObserver = new ResizeObserver(() => {
      if (
        listEl.scrollHeight > boxEl.clientHeight + 1 ||
        listEl.scrollWidth > boxEl.clientWidth + 1
      )
        bump();
    });
    boxObserver.observe(boxEl);
    listObserver.observe(listEl);
    // A web font that arrives after the first measure changes every item's size.
    document.fonts?.addEventListener('loadingdone', bump);
    return () => {
      document.fonts?.removeEventListener('loadingdone', bump);
      boxObserver.disconnect();
      listObserver.disconnect();
    };
  }, [box, list]);

  const end = fit === null ? count : Math.min(count, first + fit);
  const single = first === 0 && end >= count;
  const latest = useRef({ end, onWrap });
  useEffect(() => {
    latest.current = { end, onWrap };
  });

  const next = useCallback(() => {
    if (latest.current.end >= count) {
      latest.current.onWrap?.();
      setStart(0);
    } else setStart(latest.current.end);
  }, [count]);

  const rotates = !held && (!single || onWrap !== undefined);
  useEffect(() => {
    if (!rotates) return undefined;
    const timer = setInterval(next, PAGE_MS);
    return () => clearInterval(timer);
  }, [rotates, next, first]);

  const lastStep = useRef(step);
  useEffect(() => {
    if (step === lastStep.current) return;
    lastStep.current = step;
    next();
  }, [step, next]);

  return { start: first, end, paged: !single };
}
