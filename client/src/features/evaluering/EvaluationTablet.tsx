import {
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Textarea,
} from '@digdir/designsystemet-react';
import { EvaluationLimits, type EvaluationAnswer } from '@samskap/shared/evaluering';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WaitsForNetwork } from '../../ui/OfflineNotice';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { useOnline } from '../../ui/useOnline';
import type { ActivityProps } from '../workshop/activity';
import { fetchOwnAnswer, sendAnswer } from './api';
import { EvaluationError } from './EvaluationError';
import { EvaluationResult } from './EvaluationResult';
import { useEvaluation } from './useEvaluation';
import './evaluering.css';

const STEPS = [1, 2, 3, 4, 5] as const;

interface Draft {
  agree: (number | null)[];
  returnOnTime: number | null;
  worked: string;
  change: string;
}

/**
 * The form at the tablet: each statement on the agree scale, the return on time, two optional
 * texts. The participant's own answer is loaded back (they may change it until close); nobody
 * else's ever is.
 */
export function EvaluationTablet({ state, token, headingLevel }: ActivityProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { view, error } = useEvaluation(state);
  const workshopId = state.workshop.id;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState<EvaluationAnswer | null>(null);
  const [missing, setMissing] = useState<number | null>(null);
  const action = useAsyncAction();
  const online = useOnline();
  const count = view?.statements.length ?? 0;
  const open = view?.status === 'open';

  useEffect(() => {
    if (!open) return;
    let current = true;
    fetchOwnAnswer(workshopId, token).then(
      ({ answer }) => {
        if (!current || answer === null) return;
        setSaved(answer);
        setDraft((d) => d ?? { ...answer });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [open, workshopId, token]);

  const form: Draft = draft ?? {
    agree: Array.from({ length: count }, () => null),
    returnOnTime: null,
    worked: '',
    change: '',
  };
  const edit = (patch: Partial<Draft>) => {
    setMissing(null);
    setDraft({ ...form, ...patch });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const gaps = form.agree.filter((v) => v === null).length + (form.returnOnTime === null ? 1 : 0);
    if (gaps > 0 || form.agree.length !== count) {
      setMissing(Math.max(gaps, 1));
      return;
    }
    void action.run(async () => {
      const result = await sendAnswer(workshopId, token, {
        agree: form.agree as number[],
        returnOnTime: form.returnOnTime!,
        worked: form.worked,
        change: form.change,
      });
      setSaved(result.answer);
    });
  };

  return (
    <section className="ev ev--tablet" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="sm" id={headingId}>
        {t('evaluering.heading')}
      </Heading>
      <EvaluationError error={error} />
      {view === null ? null : view.status === 'planned' ? (
        <Paragraph>{t('evaluering.planned')}</Paragraph>
      ) : view.status === 'closed' ? (
        <>
          <Paragraph>{t('evaluering.closed')}</Paragraph>
          <EvaluationResult view={view} headingLevel={(headingLevel + 1) as 3 | 4} />
        </>
      ) : (
        <form className="ev-form" onSubmit={submit} noValidate>
          <Paragraph>{t('evaluering.intro')}</Paragraph>
          {view.statements.map((statement, i) => (
            <ScaleQuestion
              key={statement}
              legend={statement}
              name={`agree-${i}`}
              scale="agree"
              value={form.agree[i] ?? null}
              onChange={(v) => edit({ agree: form.agree.map((old, j) => (j === i ? v : old)) })}
            />
          ))}
          <ScaleQuestion
            legend={t('evaluering.returnOnTime.legend')}
            name="return-on-time"
            scale="returnOnTime"
            value={form.returnOnTime}
            onChange={(v) => edit({ returnOnTime: v })}
          />
          <FreeText
            label={t('evaluering.worked')}
            value={form.worked}
            onChange={(worked) => edit({ worked })}
          />
          <FreeText
            label={t('evaluering.change')}
            value={form.change}
            onChange={(change) => edit({ change })}
          />
          {missing !== null && (
            <p className="field-error" role="alert">
              {t('evaluering.missing', { count: missing })}
            </p>
          )}
          <div className="button-row">
            <Button type="submit" disabled={action.busy || !online}>
              {saved ? t('evaluering.update') : t('evaluering.send')}
            </Button>
          </div>
          {!online && <WaitsForNetwork />}
          <EvaluationError error={action.error} />
          <Paragraph role="status" data-testid="evaluation-saved">
            {saved && !action.busy ? t('evaluering.sent') : ''}
          </Paragraph>
        </form>
      )}
    </section>
  );
}

function ScaleQuestion(props: {
  readonly legend: string;
  readonly name: string;
  readonly scale: 'agree' | 'returnOnTime';
  readonly value: number | null;
  readonly onChange: (v: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset className="ev-question">
      <Fieldset.Legend>{props.legend}</Fieldset.Legend>
      <div className="ev-question__steps">
        {STEPS.map((step) => (
          <Radio
            key={step}
            name={props.name}
            value={String(step)}
            label={t(`evaluering.${props.scale}.s${step}`)}
            checked={props.value === step}
            onChange={() => props.onChange(step)}
          />
        ))}
      </div>
    </Fieldset>
  );
}

function FreeText(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (v: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const tooLong = props.value.length > EvaluationLimits.textMax;
  return (
    <Field>
      <Label htmlFor={id}>{props.label}</Label>
      <Textarea
        id={id}
        rows={3}
        value={props.value}
        aria-describedby={`${id}-hint`}
        aria-invalid={tooLong}
        maxLength={EvaluationLimits.textMax}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <p className={tooLong ? 'field-error' : 'ev-hint'} id={`${id}-hint`}>
        {t('evaluering.optional', { max: EvaluationLimits.textMax })}
      </p>
    </Field>
  );
}
