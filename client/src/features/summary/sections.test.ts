import type { Block } from '@samskap/shared/outcome';
import { describe, expect, it } from 'vitest';
import { pagesOf } from './SummaryBlocks';

describe('the projector’s pages of the summary', () => {
  it('starts a page at each part, under its section heading, and keeps what follows with it', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 2, text: 'Politiske ambisjoner' },
      { type: 'heading', level: 3, text: 'Godt liv for alle' },
      { type: 'paragraph', text: 'Alle barn …' },
      { type: 'heading', level: 2, text: 'Planbehov' },
      { type: 'list', ordered: true, items: ['Plan A — 5'] },
    ];
    const pages = pagesOf([...blocks, { type: 'heading', level: 3, text: 'Runde 1' }]);
    expect(pages.map((p) => p.map((b) => (b.type === 'heading' ? b.text : b.type)))).toEqual([
      ['Politiske ambisjoner', 'Godt liv for alle', 'paragraph'],
      ['Planbehov', 'list'],
      ['Planbehov', 'Runde 1'],
    ]);
    expect(pagesOf([])).toEqual([]);
  });
});
