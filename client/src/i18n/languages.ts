/** The languages Samskap speaks; the first is the default. Values are BCP 47 tags for `<html lang>`. */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'nb';

/** Where the user's choice is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'samskap.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to start in: the remembered choice if it is one we speak, otherwise bokmål.
 * The browser's own language list is deliberately not consulted: the municipality decides the
 * default (bokmål), and a shared tablet should not switch language with its device settings.
 */
export function initialLanguage(stored: string | null | undefined): Language {
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

/**
 * The language a workshop screen switches to: the workshop's own, but only for a reader who has
 * chosen none. A reader's choice (on the start page or any screen) is never overridden.
 */
export function workshopLanguageFor(
  chosen: string | null | undefined,
  workshopLanguage: Language,
): Language | null {
  return isLanguage(chosen) ? null : workshopLanguage;
}
