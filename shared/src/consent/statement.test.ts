import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { richJsonToYXml, type RichNodeJson } from '../doc-model/richText';
import {
  fitStatement,
  StatementLimits,
  statementFromRichText,
  statementFromText,
  statementText,
} from './statement';

const text = (t: string): RichNodeJson => ({ type: 'text', text: t });
const para = (t: string): RichNodeJson => ({ type: 'paragraph', content: t ? [text(t)] : [] });

function fragmentOf(nodes: RichNodeJson[]): Y.XmlFragment {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('t');
  fragment.insert(0, richJsonToYXml(nodes));
  return fragment;
}

describe('a statement from the ambition editor', () => {
  it('[K3] keeps headings, paragraphs and list items, and leaves empty blocks out', () => {
    const fragment = fragmentOf([
      { type: 'heading', attrs: { level: 3 }, content: [text('Hvor vi er nå (A)')] },
      {
        type: 'paragraph',
        content: [
          text('Alle barn '),
          { ...text('får'), marks: [{ type: 'bold' }] },
          text(' en trygg start.'),
        ],
      },
      para(''),
      {
        type: 'orderedList',
        content: [
          { type: 'listItem', content: [para('Barnehage')] },
          {
            type: 'listItem',
            content: [
              para('Skole'),
              { type: 'bulletList', content: [{ type: 'listItem', content: [para('SFO')] }] },
            ],
          },
        ],
      },
    ]);
    const blocks = statementFromRichText(fragment);
    expect(blocks).toEqual([
      { type: 'heading', text: 'Hvor vi er nå (A)' },
      { type: 'paragraph', text: 'Alle barn får en trygg start.' },
      { type: 'list', ordered: true, items: ['Barnehage', 'Skole', 'SFO'] },
    ]);
    expect(statementText(blocks)).toBe(
      'Hvor vi er nå (A)\nAlle barn får en trygg start.\n1. Barnehage\n2. Skole\n3. SFO',
    );
  });

  it('[K3] a plain text is a paragraph per non-empty line', () => {
    expect(statementFromText(' En\r\n\n\tTo ')).toEqual([
      { type: 'paragraph', text: 'En' },
      { type: 'paragraph', text: 'To' },
    ]);
  });

  it('[K3] a statement longer than the limit is cut to the blocks that fit', () => {
    const long = Array.from({ length: 5 }, () => ({
      type: 'paragraph' as const,
      text: 'x'.repeat(600),
    }));
    const fitted = fitStatement(long);
    expect(fitted).toHaveLength(3);
    expect(statementText(fitted).length).toBeLessThanOrEqual(StatementLimits.textMax);
  });
});
