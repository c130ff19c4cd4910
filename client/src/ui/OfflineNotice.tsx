import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useOnline } from './useOnline';

/** Says, while the tablet has no network, that it keeps what is written and sends it later. */
export function OfflineNotice() {
  const { t } = useTranslation();
  const online = useOnline();
  if (online) return null;
  return (
    <Alert data-color="warning" data-testid="offline-notice">
      <Heading level={2} data-size="xs">
        {t('ui.offline.title')}
      </Heading>
      <Paragraph>{t('ui.offline.body')}</Paragraph>
    </Alert>
  );
}

/**
 * In place of a control whose answer only the server can accept (a ballot, a consent answer):
 * why it waits. Render it next to the disabled control.
 */
export function WaitsForNetwork() {
  const { t } = useTranslation();
  return (
    <Paragraph data-size="sm" className="waits-for-network" data-testid="waits-for-network">
      {t('ui.offline.waits')}
    </Paragraph>
  );
}
