import { Heading, Spinner } from '@digdir/designsystemet-react';
import type { Activity } from '@samskap/shared/workshop';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITIES, prefetchActivities } from './activities';
import type { ActivityProps, Surface } from './activity';
import { PhaseContentFrame } from './Notices';
import './activity.css';

export interface PhaseContentProps extends ActivityProps {
  readonly surface: Surface;
}

/** The current phase's activity on this surface, or the plain frame for a phase without one. */
export function PhaseContent({ surface, ...props }: PhaseContentProps) {
  const { agenda } = props.state.workshop;
  const { phaseIndex } = props.state.run;
  // The agenda's other activities are fetched in idle time, so the next phase change is instant.
  useEffect(() => prefetchActivities(surface, agenda, phaseIndex), [surface, agenda, phaseIndex]);
  const phase = agenda[phaseIndex];
  const View = phase ? ACTIVITIES[phase.activity]?.[surface] : undefined;
  const frame = <PhaseContentFrame state={props.state} headingLevel={props.headingLevel} />;
  if (!View) return frame;
  return (
    <Suspense fallback={frame}>
      <View {...props} />
    </Suspense>
  );
}

/**
 * The console shows every activity of the agenda, so the facilitator can prepare one (import
 * the plan list, set the questions) before its phase; the current phase's is open.
 */
export function ConsoleActivities(props: ActivityProps) {
  const { t } = useTranslation();
  const { agenda } = props.state.workshop;
  const current = agenda[props.state.run.phaseIndex]?.activity;
  // The running phase's activity comes first and open: it is what the facilitator works with.
  const activities = [...new Set(agenda.map((p) => p.activity))]
    .filter((a): a is Activity => ACTIVITIES[a]?.console !== undefined)
    .sort((a, b) => Number(b === current) - Number(a === current));
  if (activities.length === 0) return null;
  return (
    <section className="console-activities" aria-labelledby="console-activities-heading">
      <Heading level={2} data-size="sm" id="console-activities-heading">
        {t('workshop.activities.heading')}
      </Heading>
      {activities.map((activity) => {
        const View = ACTIVITIES[activity]!.console!;
        return (
          <details key={activity} className="console-activity" open={activity === current}>
            <summary>{t(`workshop.activities.${activity}`)}</summary>
            <Suspense fallback={<Spinner aria-label={t('ui.loading')} data-size="sm" />}>
              <View {...props} headingLevel={3} />
            </Suspense>
          </details>
        );
      })}
    </section>
  );
}
