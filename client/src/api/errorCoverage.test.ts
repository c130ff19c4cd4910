import { API_ERROR_CODES } from '@samskap/shared/errors';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages';
import { messages } from '../i18n/resources';

type Feature = keyof typeof API_ERROR_CODES;

/** The table each feature's codes are worded in. */
function tableFor(lang: (typeof LANGUAGES)[number], feature: Feature): Record<string, unknown> {
  const m = messages[lang];
  switch (feature) {
    case 'planbehov':
      return m.planbehov.errors;
    case 'arguments':
      return m.arguments.errors;
    case 'consent':
      return m.consent.errors;
    case 'oppdrag':
      return m.oppdrag.errors;
    case 'rundebord':
      return m.rundebord.errors;
    case 'evaluering':
      return m.evaluering.errors;
    case 'common':
    case 'workshop':
    case 'transfer':
      return m.errors;
  }
}

const features = Object.keys(API_ERROR_CODES) as Feature[];

describe('server error codes in the reader’s language', () => {
  it('[X1] each code the server may answer with is listed once, in one feature', () => {
    const all = features.flatMap((f) => [...API_ERROR_CODES[f]]);
    expect(all.length).toBeGreaterThan(40);
    expect(all.length).toBe(new Set(all).size);
    expect(all).toEqual(expect.arrayContaining(['import_refused', 'import_invalid', 'forbidden']));
  });

  it.each(LANGUAGES)('[M1] [X1] every code the server can send has words in %s', (lang) => {
    const unworded = features.flatMap((feature) =>
      API_ERROR_CODES[feature]
        .filter((code) => typeof tableFor(lang, feature)[code] !== 'string')
        .map((code) => `${feature}.${code}`),
    );
    expect(unworded).toEqual([]);
  });
});
