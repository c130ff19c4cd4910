import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useRef } from 'react';
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
  // Whether this page asked for the update, and whether another tab took it meanwhile.
  const acceptedHere = useRef(false);
  const takenElsewhere = useRef(false);
  const showPrompt = useRef<(show: boolean) => void>(() => undefined);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // The new version took control. The plugin would reload every page that had been offered
    // the update; only the one that accepted it reloads, any other keeps asking.
    onNeedReload() {
      if (acceptedHere.current) {
        window.location.reload();
        return;
      }
      takenElsewhere.current = true;
      showPrompt.current(true);
    },
  });
  useEffect(() => {
    showPrompt.current = setNeedRefresh;
  }, [setNeedRefresh]);
  const idle = current === 'start' || current === 'join' || current === 'notFound';

  const accept = useCallback(() => {
    acceptedHere.current = true;
    if (takenElsewhere.current) window.location.reload();
    else void updateServiceWorker(true);
  }, [updateServiceWorker]);

  useEffect(() => {
    if (needRefresh && idle) accept();
  }, [needRefresh, idle, accept]);

  if (!needRefresh || idle) return null;
  return (
    <section className="update-prompt" role="status" aria-live="polite">
      <Paragraph data-size="sm">{t('ui.update.body')}</Paragraph>
      <div className="update-prompt__actions">
        <Button onClick={accept}>{t('ui.update.action')}</Button>
        <Button variant="tertiary" onClick={() => setNeedRefresh(false)}>
          {t('ui.update.later')}
        </Button>
      </div>
    </section>
  );
}
