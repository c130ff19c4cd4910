import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages';
import { messages } from '../i18n/resources';

const serverSrc = new URL('../../../server/src/', import.meta.url).pathname;

/** Codes that never reach a reader: start-up config, and the sync socket's close reason. */
const NOT_FOR_READERS = new Set(['config_invalid', 'bad_message']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every error code the server's source can answer with. */
function serverCodes(): string[] {
  const codes = new Set<string>();
  const patterns = [
    /new (?:ApiProblem|ImportRefused)\(\s*\d{3},\s*'([a-z_]+)'/g,
    /\bcode: '([a-z_]+)'/g,
    /\bsuper\(\s*(?:\d{3},\s*)?'([a-z_]+)'/g,
  ];
  for (const file of sourceFiles(serverSrc)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) codes.add(m[1]!);
  }
  return [...codes].filter((c) => !NOT_FOR_READERS.has(c)).sort();
}

describe('server error codes in the reader’s language', () => {
  const codes = serverCodes();

  it('finds the server’s codes (the scan itself works)', () => {
    expect(codes).toEqual(
      expect.arrayContaining(['import_refused', 'import_invalid', 'forbidden']),
    );
    expect(codes.length).toBeGreaterThan(40);
  });

  it.each(LANGUAGES)('[M1] every code the server can send has words in %s', (lang) => {
    const m = messages[lang];
    const worded = (code: string) =>
      [m.errors, m.planbehov.errors, m.arguments.errors, m.consent.errors, m.rundebord.errors].some(
        (table) => typeof (table as Record<string, unknown>)[code] === 'string',
      );
    expect(codes.filter((c) => !worded(c))).toEqual([]);
  });
});
