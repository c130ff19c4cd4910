import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { ConsentCheck } from '@samskap/shared/consent';
import { useTranslation } from 'react-i18next';
import { WaitsForNetwork } from '../../ui/OfflineNotice';
import { useOnline } from '../../ui/useOnline';
import { ConsentError } from './ConsentError';
import { CONSENT_STEPS, isConsentValue } from './scale';
import type { ConsentAnswers } from './useConsentAnswers';
import './consent.css';

export interface ConsentCheckAnswerProps {
  readonly check: ConsentCheck;
  /** From `useConsentAnswers`, called once for the screen. */
  readonly answers: ConsentAnswers;
}

/**
 * A participant answers one consent check: five large buttons (1 "fully agree" … 5 "cannot
 * accept"), their own answer marked, read-only once the facilitator closes the check. The
 * statement itself is shown by the caller; it is repeated here for screen readers only.
 */
export function ConsentCheckAnswer({ check, answers }: ConsentCheckAnswerProps) {
  const { t } = useTranslation();
  const raw = answers.answers[check.id];
  const mine = isConsentValue(raw) ? raw : null;
  const closed = check.status === 'closed';
  const saving = answers.savingCheckId === check.id;
  // An answer counts once the server has it: offline the steps wait, and say why.
  const online = useOnline();
  return (
    <fieldset className="consent-answer" data-testid="consent-answer" disabled={closed}>
      <legend className="consent-answer__legend">
        {t('consent.answer.legend')}
        <span className="visually-hidden"> «{check.statement}»</span>
      </legend>
      <div className="consent-answer__steps">
        {CONSENT_STEPS.map((step) => (
          <Button
            key={step}
            type="button"
            variant={mine === step ? 'primary' : 'secondary'}
            aria-pressed={mine === step}
            className="consent-answer__step"
            data-step={step}
            disabled={closed || saving || !online}
            onClick={() => void answers.answer(check.id, step)}
          >
            <span className="consent-answer__number" aria-hidden="true">
              {step}
            </span>
            <span>{t(`consent.scale.s${step}`)}</span>
          </Button>
        ))}
      </div>
      {closed && <Paragraph data-size="sm">{t('consent.answer.closed')}</Paragraph>}
      {!closed && !online && <WaitsForNetwork />}
      <Paragraph className="consent-answer__mine" role="status" data-testid="consent-own-answer">
        {saving
          ? t('consent.answer.saving')
          : mine !== null
            ? t('consent.answer.yours', { label: t(`consent.scale.s${mine}`) })
            : closed
              ? t('consent.answer.closedNone')
              : t('consent.answer.none')}
      </Paragraph>
      {answers.error?.checkId === check.id && <ConsentError error={answers.error.error} />}
    </fieldset>
  );
}
