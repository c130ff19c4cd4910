import type { AmbitionBlock } from '@samskap/shared/doc-model';
import { describe, expect, it } from 'vitest';
import { draftParts, splitText } from './stageDraft';

const block = (text: string, goalIds: string[] = []): AmbitionBlock => ({
  kind: 'paragraph',
  text,
  goalIds,
  fromTable: null,
});

describe('[G6] a draft in parts that fit a card', () => {
  it('[G6] splits a long text at sentence ends, else at spaces, never past the bound', () => {
    const text = 'Første setning er her. Andre setning følger etter den. Tredje kommer sist.';
    const pieces = splitText(text, 40);
    expect(pieces).toEqual([
      'Første setning er her.',
      'Andre setning følger etter den.',
      'Tredje kommer sist.',
    ]);
    expect(splitText('ord '.repeat(30), 25).every((p) => p.length <= 25)).toBe(true);
    expect(splitText('x'.repeat(50), 20)).toEqual(['x'.repeat(20), 'x'.repeat(20), 'x'.repeat(10)]);
  });

  it('[G6] keeps blocks whole and in order where they fit, and every part within its budget', () => {
    const blocks = Array.from({ length: 12 }, (_, i) => block(`Avsnitt ${i + 1} `.repeat(6)));
    const parts = draftParts(blocks, 320);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flat().map((b) => b.text)).toEqual(blocks.map((b) => b.text.trim()));
    for (const part of parts) {
      expect(part.reduce((n, b) => n + b.text.length + 30, 0)).toBeLessThanOrEqual(320);
    }
  });

  it('[G6] splits one block longer than a part, its goals on the first piece only', () => {
    const long = block('En lang setning om skolen. '.repeat(40), ['S1-1']);
    const parts = draftParts([long], 320);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts[0]![0]!.goalIds).toEqual(['S1-1']);
    expect(parts.slice(1).every((p) => p.every((b) => b.goalIds.length === 0))).toBe(true);
    expect(
      parts
        .flat()
        .map((b) => b.text)
        .join(' '),
    ).toBe(long.text.trim());
  });

  it('[G6] an empty draft is one empty part', () => {
    expect(draftParts([])).toEqual([[]]);
  });
});
