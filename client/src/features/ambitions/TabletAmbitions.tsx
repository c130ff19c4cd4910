import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { PLENARY, ambitionFragment, seedGapTemplate } from '@samskap/shared/doc-model';
import { useState } from 'react';
import type { ActivityProps } from '../workshop/activity';
import { AmbitionDocument } from './AmbitionDocument';
import { FocusAreaTabs } from './FocusAreaTabs';
import { goalOptions } from './goals';
import { gapTemplate } from './template';
import { useAmbitionsText } from './text';
import { useDocValue } from './useDocValue';
import { useOfflineCopy } from './useOfflineCopy';
import './ambitions.css';

/**
 * The tablet: the participant's table writes its ambitions per focus area; in plenary mode the
 * plenary text is shown (read-only). A consent check on it is shown by the tablet page, at the
 * top ([K2]).
 */
export function TabletAmbitions({ state, content, headingLevel }: ActivityProps) {
  const text = useAmbitionsText();
  useOfflineCopy(content, state.workshop.id);
  const areas = state.workshop.focusAreas;
  const [selected, setSelected] = useState(areas[0]?.id ?? '');
  const area = areas.find((a) => a.id === selected) ?? areas[0];
  const tableId = state.you?.tableId ?? null;
  const table = state.workshop.tables.find((t) => t.id === tableId);
  const plenary = state.run.mode === 'plenary';
  const locked = state.run.locked || state.workshop.endedAt !== null;
  const target = plenary ? PLENARY : tableId;
  const empty = useDocValue(
    content?.doc ?? null,
    (doc) => (area && target ? ambitionFragment(doc, area.id, target).length === 0 : false),
    String,
    false,
  );
  if (!content || !area) return null;
  const goals = goalOptions(areas);
  const subheading = (headingLevel + 1) as 3 | 4;

  return (
    <section className="ambitions ambitions--tablet" aria-labelledby="ambitions-heading">
      <Heading level={headingLevel} data-size="sm" id="ambitions-heading">
        {plenary ? text('plenaryHeading') : text('tableHeading', { table: table?.name ?? '—' })}
      </Heading>
      <FocusAreaTabs focusAreas={areas} selected={area.id} onSelect={setSelected} />
      <Heading level={subheading} data-size="xs">
        {area.name}
      </Heading>
      {plenary && <Paragraph data-size="sm">{text('tablet.plenaryHint')}</Paragraph>}
      {target === null ? (
        <Paragraph>{text('noTable')}</Paragraph>
      ) : (
        <AmbitionDocument
          key={`${area.id}/${target}`}
          content={content}
          focusAreaId={area.id}
          target={target}
          editable={!plenary && !locked}
          readOnlyReason={locked ? 'locked' : plenary ? 'readOnly' : null}
          label={text('editor.label', {
            area: area.name,
            target: plenary ? text('projector.plenary') : (table?.name ?? ''),
          })}
          goals={area.goals.map((g) => goals.get(g.id)!)}
          labelFor={(id) => goals.get(id)?.label ?? null}
          testId="ambition-editor"
        />
      )}
      {!plenary && !locked && empty && target !== null && (
        <Button
          variant="secondary"
          onClick={() =>
            seedGapTemplate(
              content.doc,
              area.id,
              target,
              gapTemplate(text, state.workshop.period.end),
            )
          }
        >
          {text('template.insert')}
        </Button>
      )}
    </section>
  );
}
