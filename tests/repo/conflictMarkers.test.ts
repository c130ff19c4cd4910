import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryFiles, repositoryRoot } from './readmeMaps';

/**
 * [Q3] No merge leaves its conflict markers behind, not even after prettier has turned them
 * into table rows (`| <<<<<<< HEAD |`) or quotes (`> > > > > > >`) in a Markdown file.
 */
const MARKER = /^(?:\| )?(?:<{7} |={7}(?:\s|\|?$)|>{7} )|^(?:> ){7}/m;

export function conflictMarkerIn(text: string): string | null {
  const m = MARKER.exec(text);
  return m ? text.slice(0, m.index).split('\n').length.toString() : null;
}

describe('[Q3] conflict markers', () => {
  it('[Q3] are found in the shapes a merge and prettier leave them', () => {
    expect(conflictMarkerIn('a\n<<<<<<< HEAD\nb')).toBe('2');
    expect(conflictMarkerIn('| x |\n| <<<<<<< HEAD        |\n')).toBe('2');
    expect(conflictMarkerIn('text\n> > > > > > > h/branch\n')).toBe('2');
    expect(conflictMarkerIn('=======\n')).toBe('1');
    expect(conflictMarkerIn('a heading\n=======\n'.replace('=======', '====='))).toBeNull();
    expect(conflictMarkerIn('> a quote\n')).toBeNull();
  });

  it('[Q3] are in no tracked text file', () => {
    const found = repositoryFiles(repositoryRoot)
      .filter((f) => /\.(md|ts|tsx|css|json|ya?ml|html|mjs|js)$/.test(f))
      .filter((f) => f !== 'pnpm-lock.yaml')
      .flatMap((f) => {
        const line = conflictMarkerIn(readFileSync(join(repositoryRoot, f), 'utf8'));
        return line === null ? [] : [`${f}:${line}`];
      });
    expect(found).toEqual([]);
  });
});
