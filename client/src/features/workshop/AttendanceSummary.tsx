import type { LiveState, ParticipantRole } from '@samskap/shared/workshop';
import { Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface AttendanceSummaryProps {
  readonly state: LiveState;
  readonly headingLevel: 2 | 3;
  readonly className?: string;
  /**
   * Which tables to list: all, only those someone sits at, or none (the projector: forty tables
   * do not fit beside the join panel).
   */
  readonly tables?: 'all' | 'seated' | 'none';
}

const ROLES: readonly ParticipantRole[] = ['folkevalgt', 'administrasjon', 'annen'];

/** Who is here, by role and by table: counts only, so shared screens show no names. */
export function AttendanceSummary({
  state,
  headingLevel,
  className,
  tables = 'all',
}: AttendanceSummaryProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { attendance, workshop } = state;
  const tableName = (id: string) => workshop.tables.find((table) => table.id === id)?.name ?? id;
  return (
    <section
      className={['attendance', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
    >
      <Heading level={headingLevel} data-size="sm" id={headingId}>
        {t('workshop.attendance.heading')}
      </Heading>
      <p className="attendance__total" data-testid="attendance-total">
        {t('workshop.attendance.connected', {
          connected: attendance.connected,
          total: attendance.total,
        })}
      </p>
      <dl className="attendance__roles" aria-label={t('workshop.attendance.byRole')}>
        {ROLES.map((role) => (
          <div key={role} className="attendance__role" data-role={role}>
            <dt>{t(`workshop.rolesPlural.${role}`)}</dt>
            <dd>{attendance.byRole[role]}</dd>
          </div>
        ))}
      </dl>
      {tables !== 'none' && (
        <ul className="attendance__tables" aria-label={t('workshop.attendance.byTable')}>
          {attendance.byTable
            .filter((table) => tables === 'all' || table.total > 0)
            .map((table) => (
              <li key={table.tableId}>
                <span className="attendance__table-name">{tableName(table.tableId)}</span>
                <span className="attendance__table-count">
                  {t('workshop.attendance.tableCount', { count: table.total })}
                </span>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
