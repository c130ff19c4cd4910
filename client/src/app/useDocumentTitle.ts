import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `<title>` to "Page – Samskap", or just "Samskap" for `null`: screen readers announce it. */
export function useDocumentTitle(page: string | null): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = page === null ? app : `${page} – ${app}`;
  }, [page, app]);
}
