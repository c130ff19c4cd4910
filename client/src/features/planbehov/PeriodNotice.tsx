import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { outOfPeriodProposals, widenedPeriod, type Plan } from '@samskap/shared/planbehov';
import { WorkshopLimits, type Period } from '@samskap/shared/workshop';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsyncAction } from '../../ui/useAsyncAction';
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
  const { run, busy, error } = useAsyncAction();
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
          onClick={() =>
            void run(async () => {
              setWidened((await widenPeriod(props.workshopId, props.token)).period);
            })
          }
        >
          {t('planbehov.console.periodWiden', { start: target.start, end: target.end })}
        </Button>
      )}
      {error !== null && <p role="alert">{planbehovErrorMessage(t, error)}</p>}
    </Alert>
  );
}
