import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { ConsentCheck, ConsentSubject, StatementBlock } from '@samskap/shared/consent';
import { useTranslation } from 'react-i18next';
import { consentCheckAction, createConsentCheck, type ConsentAction } from './api';
import { ConsentError } from './ConsentError';
import { ConsentCheckResult } from './ConsentCheckResult';
import { useAsyncAction } from '../../ui/useAsyncAction';
import './consent.css';

export interface ConsentCheckControlsProps {
  readonly workshopId: string;
  /** The facilitator's token. */
  readonly token: string;
  /** What the check is about: a synthesis or an ambition's focus area. */
  readonly subject: ConsentSubject;
  /** The statement as it stands now: a new check asks about this text (with its structure). */
  readonly statement: string | readonly StatementBlock[];
  /** The subject's current check (`latestCheckFor`), or null when none has been started. */
  readonly check: ConsentCheck | null;
  readonly headingLevel: 3 | 4 | 5;
  readonly disabled?: boolean;
}

/**
 * The facilitator's controls for one subject's consent check: start it, close it for answers,
 * reopen, reveal and hide the result; shows the answer count and, once revealed, the result.
 */
export function ConsentCheckControls(props: ConsentCheckControlsProps) {
  const { t } = useTranslation();
  const action = useAsyncAction();
  const { check, workshopId, token } = props;
  const disabled = props.disabled === true || action.busy;
  const act = (a: ConsentAction) =>
    void action.run(() => consentCheckAction(workshopId, token, check!.id, a));

  if (check === null) {
    return (
      <div className="consent-controls" data-testid="consent-controls">
        <Paragraph>{t('consent.controls.none')}</Paragraph>
        <div className="button-row">
          <Button
            variant="secondary"
            disabled={disabled}
            onClick={() =>
              void action.run(() =>
                createConsentCheck(workshopId, token, props.subject, props.statement),
              )
            }
          >
            {t('consent.controls.start')}
          </Button>
        </div>
        <ConsentError error={action.error} />
      </div>
    );
  }
  const open = check.status === 'open';
  return (
    <div className="consent-controls" data-testid="consent-controls">
      <Paragraph data-testid="consent-status">
        {t(`consent.status.${check.status}`)}
        {check.revealed && ` · ${t('consent.status.revealed')}`} ·{' '}
        {t('consent.answered', { count: check.answered })}
      </Paragraph>
      <div className="button-row">
        {open ? (
          <Button variant="secondary" disabled={disabled} onClick={() => act('close')}>
            {t('consent.controls.close')}
          </Button>
        ) : (
          <Button variant="secondary" disabled={disabled} onClick={() => act('reopen')}>
            {t('consent.controls.reopen')}
          </Button>
        )}
        {check.revealed ? (
          <Button variant="secondary" disabled={disabled} onClick={() => act('hide')}>
            {t('consent.controls.hide')}
          </Button>
        ) : (
          <Button
            variant="primary"
            disabled={disabled || open}
            aria-describedby={open ? `${check.id}-reveal-hint` : undefined}
            onClick={() => act('reveal')}
          >
            {t('consent.controls.reveal')}
          </Button>
        )}
      </div>
      {open && (
        <p className="consent-controls__hint" id={`${check.id}-reveal-hint`}>
          {t('consent.controls.revealHint')}
        </p>
      )}
      <ConsentError error={action.error} />
      {check.revealed && <ConsentCheckResult check={check} headingLevel={props.headingLevel} />}
    </div>
  );
}
