import { useEffect } from 'react';
import { chosenLanguage, showLanguage } from '../../i18n/i18n';
import { workshopLanguageFor } from '../../i18n/languages';
import type { Language } from '../../i18n/languages';

/**
 * Shows a workshop screen in the workshop's language, for a reader who has chosen none. A
 * language picked on the start page or with the switcher is kept (remembered in
 * `samskap.language`); the workshop's language is never remembered as a choice.
 */
export function useWorkshopLanguage(language: Language | undefined): void {
  useEffect(() => {
    if (language === undefined) return;
    const next = workshopLanguageFor(chosenLanguage(), language);
    if (next !== null) showLanguage(next);
  }, [language]);
}
