import type { Block } from '@samskap/shared/outcome';
import { describe, expect, it } from 'vitest';
import { sectionsOf } from './SummaryBlocks';

describe('the projector’s pages of the summary', () => {
  it('starts a page at each section heading and keeps what follows with it', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 2, text: 'Politiske ambisjoner' },
      { type: 'heading', level: 3, text: 'Godt liv for alle' },
      { type: 'paragraph', text: 'Alle barn …' },
      { type: 'heading', level: 2, text: 'Planbehov' },
      { type: 'list', ordered: true, items: ['Plan A — 5'] },
    ];
    expect(sectionsOf(blocks).map((s) => s.length)).toEqual([3, 2]);
    expect(sectionsOf([])).toEqual([]);
  });
});
