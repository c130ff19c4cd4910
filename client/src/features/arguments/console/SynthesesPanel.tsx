import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { ArgumentLimits, type Question } from '@samskap/shared/arguments';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsentCheckControls, latestCheckFor } from '../../consent';
import { ActionError } from '../ActionError';
import type { ConsoleSectionProps } from './types';
import { useMapActions } from './useMapActions';

export interface SynthesesPanelProps extends ConsoleSectionProps {
  readonly question: Question;
}

/** New discourse: statements that bring positions together, each with a consent check. */
export function SynthesesPanel(props: SynthesesPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { state, view, token, question, disabled } = props;
  const act = useMapActions(state.workshop.id, token);
  const [text, setText] = useState('');
  const syntheses = view.syntheses.filter((s) => s.questionId === question.id);
  const sub = (props.headingLevel + 1) as 4 | 5;
  return (
    <section className="console-panel arguments-panel" aria-labelledby={headingId}>
      <Heading level={props.headingLevel} data-size="xs" id={headingId}>
        {t('arguments.syntheses.heading')}
      </Heading>
      {syntheses.length === 0 && <Paragraph>{t('arguments.syntheses.empty')}</Paragraph>}
      <ul className="syntheses__list">
        {syntheses.map((s) => (
          <li key={s.id} className="synthesis" data-testid="console-synthesis">
            <p className="synthesis__text">{s.text}</p>
            <ConsentCheckControls
              workshopId={state.workshop.id}
              token={token}
              subject={{ kind: 'synthesis', id: s.id }}
              statement={s.text}
              check={latestCheckFor(state.consent, { kind: 'synthesis', id: s.id })}
              headingLevel={sub}
              disabled={disabled}
            />
            <div className="button-row">
              <Button
                data-size="sm"
                variant="tertiary"
                data-color="danger"
                disabled={disabled || act.busy}
                onClick={() => void act.run({ type: 'synthesis.remove', synthesisId: s.id })}
              >
                {t('arguments.syntheses.remove')}
                <span className="visually-hidden"> «{s.text}»</span>
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <form
        className="entry-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() === '') return;
          void act
            .run({ type: 'synthesis.add', questionId: question.id, text: text.trim() })
            .then((ok) => ok && setText(''));
        }}
      >
        <Textfield
          label={t('arguments.syntheses.label')}
          multiline
          rows={2}
          value={text}
          maxLength={ArgumentLimits.entryMax}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="button-row">
          <Button type="submit" disabled={disabled || act.busy || text.trim() === ''}>
            {t('arguments.syntheses.add')}
          </Button>
        </div>
      </form>
      <ActionError error={act.error} />
    </section>
  );
}
