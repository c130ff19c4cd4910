import { Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  PLENARY,
  ambitionFragment,
  readAmbitionsDisplay,
  seedGapTemplate,
  writeAmbitionsDisplay,
} from '@samskap/shared/doc-model';
import type { AmbitionsDisplay } from '@samskap/shared/doc-model';
import { fitStatement, statementFromRichText, type StatementBlock } from '@samskap/shared/consent';
import { useEffect } from 'react';
import { useSynced } from '../../sync/hooks';
import { ConsentCheckControls, latestCheckFor } from '../consent';
import type { ActivityProps } from '../workshop/activity';
import { AmbitionDocument } from './AmbitionDocument';
import { CoverageView } from './CoverageView';
import { FocusAreaTabs } from './FocusAreaTabs';
import { goalOptions } from './goals';
import { PromoteButtons } from './PromoteButtons';
import { gapTemplate } from './template';
import { useAmbitionsText } from './text';
import { useDocValue } from './useDocValue';
import './ambitions.css';

const DISPLAY_ORIGIN = 'ambitions-console';
const NO_DISPLAY: AmbitionsDisplay = { focusAreaId: null, show: 'tables' };
const NO_BLOCKS: readonly StatementBlock[] = [];

/**
 * The facilitator's console: per focus area the tables' drafts side by side with buttons to
 * promote a selection or a whole draft into the plenary text, what the projector shows, the
 * consent check on the plenary text, and the goals' coverage.
 */
export function ConsoleAmbitions({ state, token, content, headingLevel }: ActivityProps) {
  const text = useAmbitionsText();
  const synced = useSynced(content);
  const doc = content?.doc ?? null;
  const display = useDocValue(
    doc,
    readAmbitionsDisplay,
    (d) => `${d.focusAreaId}/${d.show}`,
    NO_DISPLAY,
  );
  const areas = state.workshop.focusAreas;
  const area = areas.find((a) => a.id === display.focusAreaId) ?? areas[0];
  const tables = state.workshop.tables;
  const ended = state.workshop.endedAt !== null;
  // [K3] The check asks about the plenary text with its headings and lists.
  const plenary = useDocValue(
    doc,
    (d) =>
      area ? fitStatement(statementFromRichText(ambitionFragment(d, area.id, PLENARY))) : NO_BLOCKS,
    JSON.stringify,
    NO_BLOCKS,
  );

  // The facilitator's console seeds the gap model once per table document: one writer, after
  // the first sync, so that text already on the server is never doubled.
  useEffect(() => {
    if (!doc || !synced || ended) return;
    const template = gapTemplate(text, state.workshop.period.end);
    for (const a of areas) {
      for (const t of tables) seedGapTemplate(doc, a.id, t.id, template, DISPLAY_ORIGIN);
    }
  }, [doc, synced, ended, areas, tables, text, state.workshop.period.end]);

  if (!content || !area) return null;
  const goals = goalOptions(areas);
  const labelFor = (id: string) => goals.get(id)?.label ?? null;
  const show = (next: Partial<AmbitionsDisplay>) =>
    writeAmbitionsDisplay(
      content.doc,
      { ...display, focusAreaId: area.id, ...next },
      DISPLAY_ORIGIN,
    );
  const sub = (headingLevel + 1) as 3 | 4;
  const check = latestCheckFor(state.consent, { kind: 'ambition', id: area.id });

  return (
    <section className="ambitions ambitions--console" aria-labelledby="ambitions-console-heading">
      <Heading level={headingLevel} data-size="sm" id="ambitions-console-heading">
        {text('heading')}
      </Heading>
      <FocusAreaTabs
        focusAreas={areas}
        selected={area.id}
        onSelect={(id) => show({ focusAreaId: id })}
      />
      <div
        className="ambitions__projector-choice"
        role="group"
        aria-labelledby="ambitions-projector"
      >
        <span id="ambitions-projector">{text('console.projectorHeading')}</span>
        {(['tables', 'plenary'] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            className="focus-area-tabs__tab"
            aria-pressed={display.show === choice}
            onClick={() => show({ show: choice })}
          >
            {text(choice === 'tables' ? 'console.showTables' : 'console.showPlenary')}
          </button>
        ))}
      </div>
      <Heading level={sub} data-size="xs">
        {text('console.tablesHeading')} – {area.name}
      </Heading>
      <div className="ambitions__tables">
        {tables.map((table) => (
          <article key={table.id} className="ambitions__table" aria-label={table.name}>
            <Heading level={(sub + 1) as 4 | 5} data-size="2xs">
              {table.name}
            </Heading>
            <AmbitionDocument
              key={`${area.id}/${table.id}`}
              content={content}
              focusAreaId={area.id}
              target={table.id}
              editable={!ended}
              label={text('editor.label', { area: area.name, target: table.name })}
              labelFor={labelFor}
              testId={`draft-${table.id}`}
              toolbar={false}
            >
              {(handle) => (
                <PromoteButtons
                  doc={content.doc}
                  editor={handle.editor}
                  focusAreaId={area.id}
                  table={table}
                  disabled={ended}
                />
              )}
            </AmbitionDocument>
          </article>
        ))}
      </div>
      <Heading level={sub} data-size="xs">
        {text('plenaryHeading')} – {area.name}
      </Heading>
      <AmbitionDocument
        key={`${area.id}/${PLENARY}`}
        content={content}
        focusAreaId={area.id}
        target={PLENARY}
        editable={!ended}
        label={text('editor.label', { area: area.name, target: text('projector.plenary') })}
        goals={area.goals.map((g) => goals.get(g.id)!)}
        labelFor={labelFor}
        testId="plenary-editor"
      />
      <Heading level={sub} data-size="xs">
        {text('console.consentHeading')}
      </Heading>
      {plenary.length === 0 && check === null ? (
        <Paragraph data-size="sm">{text('console.consentEmpty')}</Paragraph>
      ) : (
        <ConsentCheckControls
          workshopId={state.workshop.id}
          token={token}
          subject={{ kind: 'ambition', id: area.id }}
          statement={plenary}
          check={check}
          headingLevel={(sub + 1) as 4 | 5}
          disabled={ended}
        />
      )}
      <CoverageView
        doc={content.doc}
        focusAreas={areas}
        focusAreaId={area.id}
        tableIds={tables.map((t) => t.id)}
        headingLevel={sub}
      />
    </section>
  );
}
