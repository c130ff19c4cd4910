import { Heading } from '@digdir/designsystemet-react';
import { PLENARY, readAmbitionsDisplay } from '@samskap/shared/doc-model';
import type { AmbitionsDisplay } from '@samskap/shared/doc-model';
import { useState } from 'react';
import { ConsentStageResult, latestCheckFor } from '../consent';
import { StagePager } from '../projector/StagePager';
import type { ActivityProps } from '../workshop/activity';
import { AmbitionDocument } from './AmbitionDocument';
import { CoverageView } from './CoverageView';
import { goalOptions } from './goals';
import { useAmbitionsText } from './text';
import { useDocValue } from './useDocValue';
import './ambitions.css';

const NO_DISPLAY: AmbitionsDisplay = { focusAreaId: null, show: 'tables' };

type Side = 'consent' | 'coverage';

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
  if (!content || !area) return null;
  const goals = goalOptions(areas);
  const labelFor = (id: string) => goals.get(id)?.label ?? null;
  const seated = new Set(state.attendance.byTable.filter((t) => t.total > 0).map((t) => t.tableId));
  // The tables people sit at; all of them before anyone has joined.
  const tables = state.workshop.tables.filter((t) => seated.size === 0 || seated.has(t.id));
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
      <div className="ambitions__board">
        {display.show === 'plenary' ? (
          <AmbitionDocument
            key={`${area.id}/${PLENARY}`}
            content={content}
            focusAreaId={area.id}
            target={PLENARY}
            editable={false}
            label={text('editor.label', { area: area.name, target: text('projector.plenary') })}
            labelFor={labelFor}
            testId="projector-plenary"
            size="large"
          />
        ) : (
          // Forty tables do not fit one screen: their drafts go on pages that turn by themselves.
          <StagePager
            as="div"
            items={tables}
            label={text('projector.tables')}
            listClassName="ambitions__tables"
            testId="projector-tables"
            renderItem={(table) => (
              <article key={table.id} className="ambitions__table" aria-label={table.name}>
                <Heading level={sub} data-size="sm">
                  {table.name}
                </Heading>
                <AmbitionDocument
                  key={`${area.id}/${table.id}`}
                  content={content}
                  focusAreaId={area.id}
                  target={table.id}
                  editable={false}
                  label={text('editor.label', { area: area.name, target: table.name })}
                  labelFor={labelFor}
                  testId={`projector-table-${table.id}`}
                  size="large"
                />
              </article>
            )}
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
