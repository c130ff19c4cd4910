import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE, initialLanguage, isLanguage, workshopLanguageFor } from './languages';
import { messages } from './resources';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('languages', () => {
  it('starts in bokmål when nothing is remembered', () => {
    expect(initialLanguage(null)).toBe('nb');
    expect(DEFAULT_LANGUAGE).toBe('nb');
  });

  it('starts in the remembered language when it is one we speak', () => {
    expect(initialLanguage('nn')).toBe('nn');
    expect(initialLanguage('en')).toBe('en');
  });

  it('ignores a remembered value that is not a language we speak', () => {
    expect(initialLanguage('de')).toBe('nb');
    expect(isLanguage('no')).toBe(false);
  });

  it("keeps a reader's chosen language on a workshop screen, whatever the workshop's language", () => {
    expect(workshopLanguageFor('nn', 'nb')).toBeNull();
    expect(workshopLanguageFor('en', 'nn')).toBeNull();
  });

  it("shows the workshop's language to a reader who has chosen none", () => {
    expect(workshopLanguageFor(null, 'nn')).toBe('nn');
    expect(workshopLanguageFor('de', 'en')).toBe('en');
  });

  it('has the same keys in every locale and no empty strings', () => {
    const { nb, nn, en } = messages;
    const expected = keysOf(nb).sort();
    for (const locale of [nn, en]) expect(keysOf(locale).sort()).toEqual(expected);
    for (const locale of [nb, nn, en]) {
      for (const key of keysOf(locale)) {
        const text = key.split('.').reduce<unknown>((node, part) => {
          return (node as Record<string, unknown>)[part];
        }, locale);
        expect(text, key).toMatch(/\S/);
      }
    }
  });
});
