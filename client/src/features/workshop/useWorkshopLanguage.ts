import { useEffect } from 'react';
import { setLanguage } from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';

const SEEN_PREFIX = 'samskap.languageFrom.';

/**
 * Switches the UI to the workshop's language the first time this device opens the workshop.
 * Only once: a reader who then picks another language keeps it across reloads.
 */
export function useWorkshopLanguage(workshopId: string, language: Language | undefined): void {
  useEffect(() => {
    if (language === undefined) return;
    const key = `${SEEN_PREFIX}${workshopId}`;
    try {
      if (localStorage.getItem(key) !== null) return;
      localStorage.setItem(key, language);
    } catch {
      // Without storage we cannot tell a first visit from a later one: leave the choice alone.
      return;
    }
    setLanguage(language);
  }, [workshopId, language]);
}
