import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { outOfPeriodProposals, widenedPeriod, type Plan } from '@samskap/shared/planbehov';
import { WorkshopLimits, type Period } from '@samskap/shared/workshop';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { widenPeriod } from './api';
import { planbehovErrorMessage } from './errors';

export interface PeriodNoticeProps {
  readonly workshopId: string;
  readonly token: string;
  readonly plans: readonly Plan[];
  readonly period: Period;
  readonly readOnly: boolean;
  readonly headingLevel: 3 | 4;
}

/**
 * [P3] Says which plans the list proposes for a year the ballot cannot offer, and offers to widen
 * the period to hold them: nothing is silently unselectable.
 */
export function PeriodNotice(props: PeriodNoticeProps) {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [widened, setWidened] = useState<Period | null>(null);
  const outside = outOfPeriodProposals(props.plans, props.period);
  if (outside.length === 0) {
    return widened ? (
      <p role="status" data-testid="period-widened">
        {t('planbehov.console.periodWidened', { start: widened.start, end: widened.end })}
      </p>
    ) : null;
  }
  const target = widenedPeriod(props.plans, props.period);
  return (
    <Alert data-color="warning" data-testid="period-notice" aria-labelledby={id}>
      <Heading level={props.headingLevel} data-size="2xs" id={id}>
        {t('planbehov.console.periodTitle')}
      </Heading>
      <Paragraph>
        {t('planbehov.console.periodBody', {
          count: outside.length,
          start: props.period.start,
          end: props.period.end,
        })}
      </Paragraph>
      <ul>
        {outside.map((p) => (
          <li key={p.planId}>
            {t('planbehov.console.periodItem', { title: p.title, year: p.year })}
          </li>
        ))}
      </ul>
      {target === null ? (
        <Paragraph>
          {t('planbehov.console.periodTooLong', { max: WorkshopLimits.periodSpanMax })}
        </Paragraph>
      ) : (
        <Button
          variant="secondary"
          disabled={props.readOnly || busy}
          onClick={() => {
            setBusy(true);
            setError(null);
            widenPeriod(props.workshopId, props.token).then(
              (r) => {
                setWidened(r.period);
                setBusy(false);
              },
              (err: unknown) => {
                setError(err);
                setBusy(false);
              },
            );
          }}
        >
          {t('planbehov.console.periodWiden', { start: target.start, end: target.end })}
        </Button>
      )}
      {error !== null && <p role="alert">{planbehovErrorMessage(t, error)}</p>}
    </Alert>
  );
}
