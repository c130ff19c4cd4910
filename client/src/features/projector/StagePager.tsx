import { useCallback, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStage } from './stageContext';
import { useStagePages } from './useStagePages';

export interface StagePagerProps<T> {
  readonly items: readonly T[];
  /** One item, with its key; it must be the list element's direct child. */
  readonly renderItem: (item: T, index: number) => ReactNode;
  /** What the items are, in the page line: "Standpunkter 1–6 av 50". */
  readonly label: string;
  readonly as?: 'ul' | 'ol' | 'div';
  readonly listClassName?: string;
  readonly className?: string;
  readonly testId?: string;
  /** Called after the last page instead of showing the first again (for rotating sections). */
  readonly onWrap?: () => void;
  /** Changes when the items' content changes size. */
  readonly contentKey?: string;
}

/**
 * A list on the projector that never scrolls: it shows as many items as fit its box (which
 * takes the height it is given) and turns the page by itself, or when the facilitator steps;
 * a held stage stays. Which items are up is said in words, so nobody has to guess.
 */
export function StagePager<T>({
  items,
  renderItem,
  label,
  as: List = 'ul',
  listClassName,
  className,
  testId,
  onWrap,
  contentKey,
}: StagePagerProps<T>) {
  const { t } = useTranslation();
  const stage = useStage();
  const boxRef = useRef<HTMLDivElement | null>(null);
  const listRef = useRef<HTMLElement | null>(null);
  const setList = useCallback((el: HTMLElement | null) => {
    listRef.current = el;
  }, []);
  const pages = useStagePages(boxRef, listRef, {
    count: items.length,
    held: stage.held,
    step: stage.step,
    onWrap,
    contentKey,
  });
  return (
    <div className={['stage-pager', className].filter(Boolean).join(' ')} data-testid={testId}>
      <div className="stage-pager__box" ref={boxRef}>
        <List className={listClassName} ref={setList}>
          {items.slice(pages.start, pages.end).map((item, i) => renderItem(item, pages.start + i))}
        </List>
      </div>
      {/* Always there, so that the box keeps its height while the page is measured. */}
      <p className="stage-pager__range" data-testid="stage-page" data-paged={pages.paged}>
        {pages.paged &&
          t('projector.pages.range', {
            label,
            from: pages.start + 1,
            to: pages.end,
            count: items.length,
          })}
        {pages.paged && stage.held ? ` · ${t('projector.pages.held')}` : ''}
        {/* One line's height while there is nothing to say, so the box does not change. */}
        {!pages.paged && '\u00a0'}
      </p>
    </div>
  );
}
