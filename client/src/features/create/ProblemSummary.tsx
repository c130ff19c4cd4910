import { ErrorSummary } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import type { ComponentRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from './problems';
import type { FieldProblem } from './setupDraft';

/** A readable name for a setup path, from the same labels the fields carry. */
function labelFor(t: TFunction, path: string): string {
  const parts = path.split('.');
  const number = Number(parts[1]) + 1;
  if (path === 'title') return t('create.basics.title');
  if (path === 'municipality') return t('create.basics.municipality');
  if (path === 'date') return t('create.basics.date');
  if (path === 'period.start') return t('create.basics.periodStart');
  if (path === 'period.end') return t('create.basics.periodEnd');
  if (path === 'agenda') return t('create.agenda.heading');
  if (path === 'tables') return t('create.tables.heading');
  if (parts[0] === 'agenda' && parts[2] === 'title')
    return t('create.agenda.titleLabel', { number });
  if (parts[0] === 'agenda' && parts[2] === 'minutes')
    return t('create.agenda.minutesLabel', { number });
  if (parts[0] === 'tables' && parts[2] === 'name') return t('create.tables.nameLabel', { number });
  if (parts[0] === 'tables' && parts[2] === 'capacity')
    return t('create.tables.capacityLabel', { number });
  if (parts[0] === 'focusAreas' && parts[2] === 'name')
    return t('create.focus.areaLabel', { number });
  if (parts[0] === 'focusAreas' && parts[2] === 'sdgs')
    return t('create.focus.sdgsLabel', { area: t('create.focus.areaLabel', { number }) });
  if (parts[0] === 'focusAreas' && parts[2] === 'goals') {
    const area = t('create.focus.areaLabel', { number });
    return t('create.focus.goalLabel', { number: Number(parts[3]) + 1, area });
  }
  return t('create.focus.heading');
}

export interface ProblemSummaryProps {
  readonly problems: ReadonlyMap<string, FieldProblem>;
  problem(path: string): string | undefined;
  /** Changes on every failed submit, so the summary takes focus again. */
  readonly attempt: number;
  /** What the list is for; the create page's sentence when not given. */
  readonly heading?: string;
}

/** The list of what to fix, focused after a failed submit, each linking to its field. */
export function ProblemSummary({ problems, problem, attempt, heading }: ProblemSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<ComponentRef<typeof ErrorSummary>>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (problems.size === 0) return null;
  return (
    <ErrorSummary ref={ref}>
      <ErrorSummary.Heading>{heading ?? t('create.problems.summary')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {[...problems.keys()].map((path) => (
          <ErrorSummary.Item key={path}>
            <ErrorSummary.Link href={`#${fieldId(path)}`}>
              {labelFor(t, path)}: {problem(path)}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
