import { useTranslation } from 'react-i18next';
import type { ConnectionStatus } from '../sync/syncConnection';

export interface ConnectionBadgeProps {
  readonly status: ConnectionStatus;
  /** Local changes the server has not yet confirmed. */
  readonly pending: number;
}

/**
 * The connection state every tablet keeps in view: online, reconnecting or offline, and whether
 * changes are not yet saved. Not how many: the count is of Yjs updates (about one per
 * keystroke), a number that means nothing to a writer. A polite live region, so that a screen reader hears a lost
 * connection without the focus moving.
 */
export function ConnectionBadge({ status, pending }: ConnectionBadgeProps) {
  const { t } = useTranslation();
  return (
    <p className="connection-badge" data-status={status} role="status" aria-live="polite">
      <span className="connection-badge__dot" aria-hidden="true" />
      <span>{t(`connection.${status}`)}</span>
      {pending > 0 && (
        <span className="connection-badge__pending">
          {t('connection.pending', { count: pending })}
        </span>
      )}
    </p>
  );
}
