import { Button, Heading } from '@digdir/designsystemet-react';
import type { LiveState } from '@samskap/shared/workshop';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacilitatorActions } from './useFacilitatorActions';

export interface PanelProps {
  readonly state: LiveState;
  readonly actions: FacilitatorActions;
  /** The workshop has ended: show, do not offer changes. */
  readonly readOnly: boolean;
}

/** The agenda with the current phase marked, previous/next, and a jump to any phase. */
export function AgendaPanel({ state, actions, readOnly }: PanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { agenda } = state.workshop;
  const current = state.run.phaseIndex;
  const disabled = readOnly || actions.busy;
  return (
    <section className="console-panel" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('console.agenda.heading')}
      </Heading>
      <ol className="agenda-list">
        {agenda.map((phase, index) => (
          <li
            key={phase.id}
            className="agenda-list__item"
            aria-current={index === current ? 'step' : undefined}
          >
            <span className="agenda-list__number">{index + 1}</span>
            <span className="agenda-list__title">{phase.title}</span>
            <span className="agenda-list__minutes">
              {t('console.agenda.minutes', { count: phase.minutes })}
            </span>
            {index === current ? (
              <span className="agenda-list__now">{t('console.agenda.current')}</span>
            ) : (
              <Button
                variant="tertiary"
                data-size="sm"
                disabled={disabled}
                aria-label={t('console.agenda.gotoLabel', {
                  number: index + 1,
                  title: phase.title,
                })}
                onClick={() => void actions.run({ type: 'phase.goto', index })}
              >
                {t('console.agenda.goto')}
              </Button>
            )}
          </li>
        ))}
      </ol>
      <div className="button-row">
        <Button
          variant="secondary"
          disabled={disabled || current === 0}
          onClick={() => void actions.run({ type: 'phase.previous' })}
        >
          {t('console.agenda.previous')}
        </Button>
        <Button
          disabled={disabled || current >= agenda.length - 1}
          onClick={() => void actions.run({ type: 'phase.next' })}
        >
          {t('console.agenda.next')}
        </Button>
      </div>
    </section>
  );
}
