import type { Timer } from '@samskap/shared/workshop';
import { useTranslation } from 'react-i18next';
import { formatCountdown } from '../../live/countdown';
import { useRemainingMs } from '../../live/useLiveState';

export interface CountdownProps {
  readonly timer: Timer;
  readonly clockOffsetMs: number;
  readonly className?: string;
}

/**
 * The phase's countdown as every screen shows it: mm:ss, and once the time is up "+m:ss" with
 * a label that says so in words (colour alone would not). `role="timer"` keeps screen readers
 * from announcing every second.
 */
export function Countdown({ timer, clockOffsetMs, className }: CountdownProps) {
  const { t } = useTranslation();
  const remaining = useRemainingMs(timer, clockOffsetMs) ?? 0;
  const { text, overtime } = formatCountdown(remaining);
  const paused = timer.runningSince === null;
  return (
    <div
      className={['countdown', className].filter(Boolean).join(' ')}
      data-overtime={overtime}
      data-paused={paused}
    >
      <span className="countdown__label">
        {overtime ? t('workshop.timer.overtimeLabel') : t('workshop.timer.label')}
        {paused ? ` · ${t('workshop.timer.paused')}` : ''}
      </span>
      <span className="countdown__time" role="timer" data-testid="countdown">
        {text}
      </span>
    </div>
  );
}
