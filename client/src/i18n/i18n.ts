import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, initialLanguage, isLanguage } from './languages';
import type { Language } from './languages';
import { messages } from './resources';

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Private browsing or a locked-down kiosk can refuse storage: fall back to the default.
    return null;
  }
}

function applyToDocument(language: string): void {
  if (isLanguage(language)) document.documentElement.lang = language;
}

/** The language the reader chose themselves, or null when they have chosen none. */
export function chosenLanguage(): Language | null {
  const stored = readStoredLanguage();
  return isLanguage(stored) ? stored : null;
}

/** The app's i18next instance, initialised synchronously (all locales are bundled). */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {
    nb: { translation: messages.nb },
    nn: { translation: messages.nn },
    en: { translation: messages.en },
  },
  lng: initialLanguage(readStoredLanguage()),
  supportedLngs: ['nb', 'nn', 'en'],
  // In development a missing key shows as the key itself and is reported below; in production a
  // reader sees bokmål rather than a key. The type check should make both unreachable.
  fallbackLng: import.meta.env.DEV ? false : DEFAULT_LANGUAGE,
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes already.
  saveMissing: import.meta.env.DEV,
  missingKeyHandler: (languages, _namespace, key) => {
    console.error(
      `[i18n] Missing translation "${key}" for ${languages.join(', ')}. ` +
        'Add it to the locales.ts of its feature (see client/src/i18n/resources.ts).',
    );
  },
});

applyToDocument(i18n.language);
i18n.on('languageChanged', applyToDocument);

/**
 * The reader's own choice: switches the whole app to `language`, remembers it and updates
 * `<html lang>`. Only a choice is remembered: the default and a workshop's language are not, so
 * that a workshop's language never passes for a choice (issue 11).
 */
export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is acceptable; failing to switch is not.
  }
  void i18n.changeLanguage(language);
}

/** Shows the app in `language` without remembering it as the reader's choice. */
export function showLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
}
