import { Button, Field, Heading, Label, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { ChangeEvent } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsyncAction } from '../../ui/useAsyncAction';
import type { ActivityProps } from '../workshop/activity';
import { chooseBaseline, evaluationAction } from './api';
import { baselineFromExport, baselineFromLink } from './baselineInput';
import { EvaluationError } from './EvaluationError';
import { EvaluationResult } from './EvaluationResult';
import { useEvaluation } from './useEvaluation';
import './evaluering.css';

/**
 * The facilitator's side: open, close, show and hide the result; choose the last seminar to
 * compare with (its export file, or its console link on this server).
 */
export function EvaluationConsole({ state, token, headingLevel }: ActivityProps) {
  const { t } = useTranslation();
  const { view, error } = useEvaluation(state);
  const action = useAsyncAction();
  const workshopId = state.workshop.id;
  const ended = state.workshop.endedAt !== null;
  const disabled = action.busy || ended;
  const sub = (headingLevel + 1) as 3 | 4;
  if (view === null) return <EvaluationError error={error} />;
  const act = (a: 'open' | 'close' | 'reveal' | 'hide') =>
    void action.run(() => evaluationAction(workshopId, token, a));
  return (
    <div className="ev ev--console" data-testid="evaluation-console">
      <Paragraph data-testid="evaluation-status">
        {t(`evaluering.status.${view.status}`)}
        {view.revealed && ` · ${t('evaluering.revealed')}`}
        {view.status !== 'planned' && ` · ${t('evaluering.answered', { count: view.answered })}`}
      </Paragraph>
      <div className="button-row">
        {view.status === 'planned' && (
          <Button disabled={disabled} onClick={() => act('open')}>
            {t('evaluering.controls.open')}
          </Button>
        )}
        {view.status === 'open' && (
          <Button variant="secondary" disabled={disabled} onClick={() => act('close')}>
            {t('evaluering.controls.close')}
          </Button>
        )}
        {view.status === 'closed' &&
          (view.revealed ? (
            <Button variant="secondary" disabled={disabled} onClick={() => act('hide')}>
              {t('evaluering.controls.hide')}
            </Button>
          ) : (
            <Button disabled={disabled} onClick={() => act('reveal')}>
              {t('evaluering.controls.reveal')}
            </Button>
          ))}
      </div>
      {view.status === 'open' && <p className="ev-hint">{t('evaluering.controls.closeHint')}</p>}
      <EvaluationError error={action.error ?? error} />
      <BaselinePicker
        workshopId={workshopId}
        token={token}
        chosen={view.baseline}
        disabled={disabled}
        headingLevel={sub}
      />
      {view.status === 'closed' && <EvaluationResult view={view} headingLevel={sub} />}
    </div>
  );
}

function BaselinePicker(props: {
  readonly workshopId: string;
  readonly token: string;
  readonly chosen: { title: string; date: string } | null;
  readonly disabled: boolean;
  readonly headingLevel: 3 | 4;
}) {
  const { t } = useTranslation();
  const id = useId();
  const action = useAsyncAction();
  const [link, setLink] = useState('');
  const [problem, setProblem] = useState<'fileInvalid' | 'linkInvalid' | null>(null);
  const choose = (choice: Parameters<typeof chooseBaseline>[2]) =>
    void action.run(() => chooseBaseline(props.workshopId, props.token, choice));
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const choice = baselineFromExport(await file.text());
    setProblem(choice ? null : 'fileInvalid');
    if (choice) choose(choice);
  };
  const useLink = () => {
    const choice = baselineFromLink(link);
    setProblem(choice ? null : 'linkInvalid');
    if (choice) {
      choose(choice);
      setLink('');
    }
  };
  const disabled = props.disabled || action.busy;
  return (
    <section className="ev-baseline" aria-labelledby={`${id}-heading`}>
      <Heading level={props.headingLevel} data-size="2xs" id={`${id}-heading`}>
        {t('evaluering.baseline.heading')}
      </Heading>
      <Paragraph data-testid="evaluation-baseline">
        {props.chosen
          ? t('evaluering.baseline.chosen', { title: props.chosen.title, date: props.chosen.date })
          : t('evaluering.baseline.none')}
      </Paragraph>
      <Field>
        <Label htmlFor={`${id}-file`}>{t('evaluering.baseline.fileLabel')}</Label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          disabled={disabled}
          onChange={(e) => void onFile(e)}
        />
      </Field>
      <Textfield
        label={t('evaluering.baseline.linkLabel')}
        description={t('evaluering.baseline.linkHint')}
        value={link}
        autoComplete="off"
        disabled={disabled}
        onChange={(e) => setLink(e.target.value)}
      />
      <div className="button-row">
        <Button variant="secondary" disabled={disabled || link.trim() === ''} onClick={useLink}>
          {t('evaluering.baseline.use')}
        </Button>
        {props.chosen && (
          <Button variant="tertiary" disabled={disabled} onClick={() => choose({ kind: 'none' })}>
            {t('evaluering.baseline.clear')}
          </Button>
        )}
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {t(`evaluering.baseline.${problem}`)}
        </p>
      )}
      <EvaluationError error={action.error} />
    </section>
  );
}
