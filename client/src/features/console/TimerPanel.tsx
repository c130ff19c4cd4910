import { Button, Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Countdown } from '../workshop/Countdown';
import type { PanelProps } from './AgendaPanel';

export interface TimerPanelProps extends PanelProps {
  readonly clockOffsetMs: number;
}

/** The phase's countdown and what the facilitator does with it. */
export function TimerPanel({ state, actions, readOnly, clockOffsetMs }: TimerPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const running = state.run.timer.runningSince !== null;
  const disabled = readOnly || actions.busy;
  return (
    <section className="console-panel" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('console.timer.heading')}
      </Heading>
      <Countdown
        timer={state.run.timer}
        clockOffsetMs={clockOffsetMs}
        className="console-countdown"
      />
      <div className="button-row">
        {running ? (
          <Button disabled={disabled} onClick={() => void actions.run({ type: 'timer.pause' })}>
            {t('console.timer.pause')}
          </Button>
        ) : (
          <Button disabled={disabled} onClick={() => void actions.run({ type: 'timer.start' })}>
            {t('console.timer.start')}
          </Button>
        )}
        <Button
          variant="secondary"
          disabled={disabled}
          onClick={() => void actions.run({ type: 'timer.reset' })}
        >
          {t('console.timer.reset')}
        </Button>
      </div>
      <div className="button-row">
        {[1, 5].map((minutes) => (
          <Button
            key={minutes}
            variant="secondary"
            disabled={disabled}
            aria-label={t('console.timer.addLabel', { count: minutes })}
            onClick={() => void actions.run({ type: 'timer.add', minutes })}
          >
            {t('console.timer.add', { count: minutes })}
          </Button>
        ))}
        <Button
          variant="secondary"
          disabled={disabled}
          aria-label={t('console.timer.subtractLabel')}
          onClick={() => void actions.run({ type: 'timer.add', minutes: -1 })}
        >
          {t('console.timer.subtract')}
        </Button>
      </div>
    </section>
  );
}
