import type { LiveState } from '@samskap/shared/workshop';
import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

export interface PhaseTitleProps {
  readonly state: LiveState;
  readonly level: 1 | 2;
  readonly size: 'md' | 'lg' | 'xl' | '2xl';
  readonly className?: string;
}

/** "Phase 2 of 5" above the current phase's title: the line every screen must agree on. */
export function PhaseTitle({ state, level, size, className }: PhaseTitleProps) {
  const { t } = useTranslation();
  const agenda = state.workshop.agenda;
  const index = Math.min(state.run.phaseIndex, agenda.length - 1);
  return (
    <div className={['phase-title', className].filter(Boolean).join(' ')}>
      <p className="phase-title__counter">
        {t('workshop.phase.counter', { number: index + 1, total: agenda.length })}
      </p>
      <Heading level={level} data-size={size} tabIndex={-1} data-testid="current-phase">
        {agenda[index]?.title ?? ''}
      </Heading>
    </div>
  );
}
