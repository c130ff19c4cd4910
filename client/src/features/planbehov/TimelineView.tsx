import { Heading } from '@digdir/designsystemet-react';
import type { Period } from '@samskap/shared/workshop';
import type { Plan, PlanResult } from '@samskap/shared/planbehov';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTimeline, type TimelineEntry } from '@samskap/shared/planbehov';

export interface TimelineViewProps {
  readonly plans: readonly Plan[];
  readonly results: readonly PlanResult[];
  readonly period: Period;
  readonly headingLevel: 3 | 4 | 5;
}

function Entry({
  entry,
  unplaced,
}: {
  readonly entry: TimelineEntry;
  readonly unplaced?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <li className={`pb-timeline__entry pb-decision-edge--${entry.decision}`}>
      <span className="pb-timeline__kind">{t(`planbehov.decisions.${entry.decision}`)}</span>{' '}
      {entry.title}
      {/* [P1] Out of the period, the year still shows: the plan is unplaced, not lost. */}
      {unplaced && entry.year !== null ? ` (${entry.year})` : ''}
    </li>
  );
}

/** The period's years as columns, each plan to revise or make in the year most named for it. */
export function TimelineView({ plans, results, period, headingLevel }: TimelineViewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const timeline = buildTimeline(plans, results, period);
  const empty =
    timeline.columns.every((c) => c.entries.length === 0) && timeline.unplaced.length === 0;
  return (
    <section className="pb-timeline" aria-labelledby={headingId} data-testid="timeline">
      <Heading level={headingLevel} data-size="sm" id={headingId}>
        {t('planbehov.results.timelineHeading', { start: period.start, end: period.end })}
      </Heading>
      <p className="pb-muted">{t('planbehov.results.timelineIntro')}</p>
      {empty ? (
        <p>{t('planbehov.results.timelineEmpty')}</p>
      ) : (
        <table className="pb-timeline__table">
          <thead>
            <tr>
              {timeline.columns.map((c) => (
                <th key={c.year} scope="col">
                  {c.year}
                </th>
              ))}
              {timeline.unplaced.length > 0 && <th scope="col">{t('planbehov.results.noYear')}</th>}
            </tr>
          </thead>
          <tbody>
            <tr>
              {timeline.columns.map((c) => (
                <td key={c.year} data-testid={`timeline-${c.year}`}>
                  <ul>
                    {c.entries.map((e) => (
                      <Entry key={e.planId} entry={e} />
                    ))}
                  </ul>
                </td>
              ))}
              {timeline.unplaced.length > 0 && (
                <td data-testid="timeline-unplaced">
                  <ul>
                    {timeline.unplaced.map((e) => (
                      <Entry key={e.planId} entry={e} unplaced />
                    ))}
                  </ul>
                </td>
              )}
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
