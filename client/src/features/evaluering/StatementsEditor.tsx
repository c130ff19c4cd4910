import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { EvaluationLimits } from '@samskap/shared/evaluering';
import type { LiveState } from '@samskap/shared/workshop';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { saveStatements } from './api';
import { EvaluationError } from './EvaluationError';
import { useEvaluation } from './useEvaluation';
import './evaluering.css';

export interface StatementsEditorProps {
  readonly state: LiveState;
  /** The facilitator's token. */
  readonly token: string;
}

/**
 * On the setup page, where the agenda has a feedback phase: the statements the form will ask
 * ([EV1]), editable until the form opens; saved on their own (not with the setup).
 */
export function StatementsEditor({ state, token }: StatementsEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const { view } = useEvaluation(state);
  const action = useAsyncAction();
  const [draft, setDraft] = useState<string[] | null>(null);
  const [saved, setSaved] = useState(false);
  if (!state.workshop.agenda.some((p) => p.activity === 'evaluering')) return null;
  if (view === null) return null;
  // What the facilitator typed stays until saved; before that, the statements as stored.
  const shown = draft ?? view.statements;
  const locked = view.status !== 'planned' || state.workshop.endedAt !== null;
  const disabled = locked || action.busy;
  const save = (statements: string[] | null) =>
    void action
      .run(async () => {
        const result = await saveStatements(state.workshop.id, token, statements);
        setDraft(result.statements);
      })
      .then(setSaved);
  const edit = (next: string[]) => {
    setSaved(false);
    setDraft(next);
  };
  return (
    <section className="ev-setup create-section" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('evaluering.setup.heading')}
      </Heading>
      <Paragraph>{locked ? t('evaluering.setup.locked') : t('evaluering.setup.hint')}</Paragraph>
      {shown.map((statement, i) => (
        <div className="ev-setup__row" key={i}>
          <Textfield
            label={t('evaluering.setup.statement', { number: i + 1 })}
            value={statement}
            maxLength={EvaluationLimits.statementMax}
            disabled={disabled}
            onChange={(e) => edit(shown.map((s, j) => (j === i ? e.target.value : s)))}
          />
          <Button
            variant="tertiary"
            disabled={disabled || shown.length <= EvaluationLimits.statementsMin}
            onClick={() => edit(shown.filter((_, j) => j !== i))}
          >
            {t('evaluering.setup.remove', { number: i + 1 })}
          </Button>
        </div>
      ))}
      <div className="button-row">
        <Button
          variant="secondary"
          disabled={disabled || shown.length >= EvaluationLimits.statementsMax}
          onClick={() => edit([...shown, ''])}
        >
          {t('evaluering.setup.add')}
        </Button>
        <Button disabled={disabled} onClick={() => save(shown.map((s) => s.trim()))}>
          {t('evaluering.setup.save')}
        </Button>
        {view.edited && (
          <Button variant="tertiary" disabled={disabled} onClick={() => save(null)}>
            {t('evaluering.setup.reset')}
          </Button>
        )}
      </div>
      <EvaluationError error={action.error} />
      <div role="status">
        {saved && (
          <Alert data-color="success">
            <Paragraph>{t('evaluering.setup.saved')}</Paragraph>
          </Alert>
        )}
      </div>
    </section>
  );
}
