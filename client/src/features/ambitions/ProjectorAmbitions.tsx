import { Heading } from '@digdir/designsystemet-react';
import { PLENARY, readAmbitionBlocks, readAmbitionsDisplay } from '@samskap/shared/doc-model';
import type { AmbitionBlock, AmbitionsDisplay } from '@samskap/shared/doc-model';
import type * as Y from 'yjs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ConsentStageResult, latestCheckFor } from '../consent';
import { StagePager } from '../projector/StagePager';
import type { ActivityProps } from '../workshop/activity';
import { CoverageView } from './CoverageView';
import { StageBlock, StageDraftPart } from './StageText';
import { draftParts, partBudget, PART_CHARS } from './stageDraft';
import { goalOptions } from './goals';
import { useAmbitionsText } from './text';
import { useDocValue } from './useDocValue';
import './ambitions.css';

const NO_DISPLAY: AmbitionsDisplay = { focusAreaId: null, show: 'tables' };

type Side = 'consent' | 'coverage';

/** What the plenary text pages by: its blocks, with a line where text from a table begins. */
type PlenaryItem =
  | { readonly kind: 'from'; readonly table: string }
  | { readonly kind: 'block'; readonly block: AmbitionBlock };

/** A table's draft, or a part of it when it is longer than one card holds ([G6]). */
interface DraftPart {
  readonly tableId: string;
  readonly tableName: string;
  readonly part: number;
  readonly count: number;
  readonly blocks: readonly AmbitionBlock[];
}

/** Every table's blocks of one focus area, and the plenary's, read from the document. */
interface StageText {
  readonly tables: Readonly<Record<string, readonly AmbitionBlock[]>>;
  readonly plenary: readonly AmbitionBlock[];
}

const NO_TEXT: StageText = { tables: {}, plenary: [] };

function readStageText(doc: Y.Doc, focusAreaId: string, tableIds: readonly string[]): StageText {
  return {
    tables: Object.fromEntries(
      tableIds.map((id) => [id, readAmbitionBlocks(doc, focusAreaId, id)]),
    ),
    plenary: readAmbitionBlocks(doc, focusAreaId, PLENARY),
  };
}

/**
 * The projector: the tables' drafts side by side, or the plenary text, for the focus area the
 * facilitator chose; the goals' coverage; the consent result once revealed. Read-only: the
 * server drops a projector's updates.
 */
export function ProjectorAmbitions({ state, content, headingLevel }: ActivityProps) {
  const text = useAmbitionsText();
  // Which side is up, for the result it was chosen with: a newly revealed result comes first.
  const [shown, setShown] = useState<{ readonly key: string | null; readonly side: Side }>({
    key: null,
    side: 'consent',
  });
  const doc = content?.doc ?? null;
  const display = useDocValue(
    doc,
    readAmbitionsDisplay,
    (d) => `${d.focusAreaId}/${d.show}`,
    NO_DISPLAY,
  );
  const areas = state.workshop.focusAreas;
  const area = areas.find((a) => a.id === display.focusAreaId) ?? areas[0];
  const areaId = area?.id ?? null;
  const tableIds = useMemo(() => state.workshop.tables.map((t) => t.id), [state.workshop.tables]);
  // [G6] The projector shows the text, not an editor: read as blocks, then paged.
  const readText = useCallback(
    (d: Y.Doc) => (areaId === null ? NO_TEXT : readStageText(d, areaId, tableIds)),
    [areaId, tableIds],
  );
  const stageText = useDocValue(doc, readText, (v) => `${areaId}:${JSON.stringify(v)}`, NO_TEXT);
  // [G6] How much text a card holds on this stage: measured from a card as laid out.
  const board = useRef<HTMLDivElement | null>(null);
  const [budget, setBudget] = useState(PART_CHARS);
  useEffect(() => {
    const el = board.current;
    if (!el) return;
    const measure = () => {
      const card = el.querySelector<HTMLElement>('.ambitions__tables .stage-draft');
      const box = el.querySelector<HTMLElement>('.stage-pager__box');
      if (card && box) setBudget(partBudget(card, box));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    measure();
    return () => observer.disconnect();
  }, [display.show, stageText]);
  if (!content || !area) return null;
  const goals = goalOptions(areas);
  const labelFor = (id: string) => goals.get(id)?.label ?? null;
  const seated = new Set(state.attendance.byTable.filter((t) => t.total > 0).map((t) => t.tableId));
  // The tables people sit at; all of them before anyone has joined.
  const tables = state.workshop.tables.filter((t) => seated.size === 0 || seated.has(t.id));
  const parts: DraftPart[] = tables.flatMap((table) => {
    const split = draftParts(stageText.tables[table.id] ?? [], budget);
    return split.map((blocks, i) => ({
      tableId: table.id,
      tableName: table.name,
      part: i + 1,
      count: split.length,
      blocks,
    }));
  });
  const check = latestCheckFor(state.consent, { kind: 'ambition', id: area.id });
  const sub = (headingLevel + 1) as 3 | 4;
  // Beside the drafts: a revealed consent result and the goals' coverage take turns ([G3]),
  // each on the whole side column; without a result, the coverage alone.
  const consentKey = check?.revealed ? check.id : null;
  const sides: readonly Side[] = consentKey !== null ? ['consent', 'coverage'] : ['coverage'];
  const side = shown.key === consentKey && sides.includes(shown.side) ? shown.side : sides[0]!;
  const nextSide =
    sides.length > 1
      ? () => setShown({ key: consentKey, side: side === 'consent' ? 'coverage' : 'consent' })
      : undefined;

  return (
    <section
      className="ambitions ambitions--projector"
      aria-labelledby="ambitions-projector-heading"
    >
      <Heading level={headingLevel} data-size="lg" id="ambitions-projector-heading">
        {areas.indexOf(area) + 1}. {area.name} ·{' '}
        {display.show === 'plenary' ? text('projector.plenary') : text('projector.tables')}
      </Heading>
      <div className="ambitions__board" ref={board}>
        {display.show === 'plenary' && stageText.plenary.length === 0 ? (
          <div className="stage-draft stage-draft--plenary" data-testid="projector-plenary">
            <p className="stage-draft__empty">{text('editor.empty')}</p>
          </div>
        ) : display.show === 'plenary' ? (
          <StagePager
            items={plenaryItems(stageText.plenary)}
            label={text('projector.plenaryParts')}
            listClassName="stage-draft stage-draft--plenary"
            as="div"
            testId="projector-plenary"
            contentKey={JSON.stringify(stageText.plenary)}
            renderItem={(item, i) =>
              item.kind === 'from' ? (
                <p key={i} className="stage-draft__from">
                  {text('promoted.from', { table: item.table })}
                </p>
              ) : (
                <StageBlock key={i} block={item.block} labelFor={labelFor} />
              )
            }
          />
        ) : (
          // Forty tables do not fit one screen: their drafts go on pages that turn by themselves,
          // and a draft longer than a card goes in parts ([G6]).
          <StagePager
            as="div"
            items={parts}
            label={text('projector.tables')}
            listClassName="ambitions__tables"
            testId="projector-tables"
            contentKey={`${budget}:${JSON.stringify(stageText.tables)}`}
            renderItem={(part) => {
              const name =
                part.count > 1
                  ? text('projector.part', {
                      table: part.tableName,
                      part: part.part,
                      count: part.count,
                    })
                  : part.tableName;
              return (
                <article
                  key={`${part.tableId}/${part.part}`}
                  className="ambitions__table"
                  aria-label={name}
                >
                  <Heading level={sub} data-size="sm">
                    {name}
                  </Heading>
                  <StageDraftPart
                    blocks={part.blocks}
                    labelFor={labelFor}
                    testId={
                      part.part === 1
                        ? `projector-table-${part.tableId}`
                        : `projector-table-${part.tableId}-part-${part.part}`
                    }
                  />
                </article>
              );
            }}
          />
        )}
        <div className="ambitions__board-side" data-side={side}>
          {side === 'consent' && check ? (
            // One heading, not two: at 1280×720 every line of the side column counts.
            <ConsentStageResult
              check={check}
              headingLevel={sub}
              title={text('projector.consentHeading')}
              onWrap={nextSide}
            />
          ) : (
            <CoverageView
              doc={doc}
              focusAreas={areas}
              focusAreaId={area.id}
              tableIds={state.workshop.tables.map((t) => t.id)}
              headingLevel={sub}
              size="large"
              onWrap={nextSide}
            />
          )}
        </div>
      </div>
    </section>
  );
}

/** The plenary's blocks as stage items, with "From table N" where a table's text begins. */
function plenaryItems(blocks: readonly AmbitionBlock[]): PlenaryItem[] {
  const items: PlenaryItem[] = [];
  let from: string | null = null;
  for (const block of blocks) {
    if (block.fromTable !== null && block.fromTable !== from)
      items.push({ kind: 'from', table: block.fromTable });
    from = block.fromTable;
    items.push({ kind: 'block', block });
  }
  return items;
}
