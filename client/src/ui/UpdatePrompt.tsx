import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { route, usePathname } from '../app/router';

/**
 * The service worker's update, asked for rather than imposed: a new deployment is installed in
 * the background and waits. On the start and join pages, where nothing is in progress, it is
 * taken at once; on a workshop screen or the create form, the person decides when (the page
 * reloads, and the tablet's text is in IndexedDB and on the server).
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const current = route(usePathname()).name;
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  const idle = current === 'start' || current === 'join' || current === 'notFound';

  useEffect(() => {
    if (needRefresh && idle) void updateServiceWorker(true);
  }, [needRefresh, idle, updateServiceWorker]);

  if (!needRefresh || idle) return null;
  return (
    <section className="update-prompt" role="status" aria-live="polite">
      <Paragraph data-size="sm">{t('ui.update.body')}</Paragraph>
      <div className="update-prompt__actions">
        <Button data-size="sm" onClick={() => void updateServiceWorker(true)}>
          {t('ui.update.action')}
        </Button>
        <Button data-size="sm" variant="tertiary" onClick={() => setNeedRefresh(false)}>
          {t('ui.update.later')}
        </Button>
      </div>
    </section>
  );
}
