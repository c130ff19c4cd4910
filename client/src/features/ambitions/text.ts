import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';
import { ambitionsLocales } from './locales';
import type { AmbitionsMessages } from './locales';

/*
 * The ambitions strings live under `ambitions.` like every feature's. Until `i18n/resources.ts`
 * mounts `ambitionsLocales` (one line per language, outside this feature's folder), the bundle
 * is added here at load, and `useAmbitionsText` types the keys from the bokmål file so that an
 * unknown key still fails the type check.
 */
for (const language of ['nb', 'nn', 'en'] as const satisfies readonly Language[]) {
  if (!i18n.exists('ambitions.heading', { lng: language, fallbackLng: false })) {
    i18n.addResourceBundle(
      language,
      'translation',
      { ambitions: ambitionsLocales[language] },
      true,
    );
  }
}

type Plural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? Plural<`${Prefix}${K}`>
    : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the ambitions strings, e.g. `editor.bold` (plural keys without `_one`/`_other`). */
export type AmbitionsKey = Paths<AmbitionsMessages>;
export type AmbitionsText = (key: AmbitionsKey, options?: Record<string, unknown>) => string;

/** `t()` for the ambitions strings; re-renders on a language change like `useTranslation`. */
export function useAmbitionsText(): AmbitionsText {
  const { t } = useTranslation();
  return useCallback(
    (key, options) =>
      (t as unknown as (k: string, o?: Record<string, unknown>) => string)(
        `ambitions.${key}`,
        options,
      ),
    [t],
  );
}

/** The same outside React (the editor's node views and carets), in the current language. */
export function ambitionsText(key: AmbitionsKey, options?: Record<string, unknown>): string {
  return (i18n.t as unknown as (k: string, o?: Record<string, unknown>) => string)(
    `ambitions.${key}`,
    options,
  );
}
