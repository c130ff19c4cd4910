import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { OutcomeDocument } from '../document';
import { renderDocx } from './docx';
import { renderMarkdown } from './markdown';
import { renderPdf } from './pdf';
import { cleanText, singleLine } from './safeText';

/** Names and entries as someone hostile would type them. */
const HOSTILE = [
  '\n# Overskrift',
  '---',
  '[x](javascript:alert(1))',
  '\u0000\u001b[31mrød\u001b[0m',
  '<img src=x onerror=alert(1)>',
  '1. liste\n- punkt\n> sitat',
  '===',
  '``` kode',
  '![bilde](http://example.com/x.png)',
  '&#60;script&#62;',
  'a\r\n## b\u2028### c',
  '\u202eevil\u202c',
  '| celle | ',
];

function hostileDocument(): OutcomeDocument {
  return {
    title: 'Tittel\n# ikke overskrift',
    language: 'nb',
    subject: 'Emne',
    blocks: [
      { type: 'heading', level: 1, text: 'Resultat' },
      ...HOSTILE.map((text) => ({ type: 'heading' as const, level: 2 as const, text })),
      ...HOSTILE.map((text) => ({ type: 'paragraph' as const, text })),
      ...HOSTILE.map((text) => ({ type: 'paragraph' as const, text, emphasis: 'note' as const })),
      { type: 'list', ordered: false, items: HOSTILE },
      { type: 'list', ordered: true, items: HOSTILE },
      {
        type: 'table',
        caption: HOSTILE[0]!,
        header: ['Navn', 'Parti'],
        rows: HOSTILE.map((h) => [h, h]),
      },
    ],
  };
}

// eslint-disable-next-line no-control-regex -- looking for control characters
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('exports escape structure', () => {
  it('[E1] control characters are stripped and [E2] single-line fields are folded', () => {
    expect(cleanText('a\u0000b\u001b[31mc\u007fd\u0085e\u202ef')).toBe('ab[31mcdef');
    expect(singleLine('  \n# Overskrift\r\n---\t')).toBe('# Overskrift ---');
    expect(cleanText('\ud800x')).toBe('\ufffdx');
  });

  it('[E3] in Markdown, hostile names make no heading, rule, list, quote, link, image or HTML', () => {
    const md = renderMarkdown(hostileDocument());
    expect(md).not.toMatch(CONTROL);
    const lines = md.split('\n');
    // The only headings are the blocks that are headings: one line each, nothing more.
    const headings = lines.filter((l) => /^ {0,3}#{1,6}(\s|$)/.test(l));
    expect(headings).toHaveLength(1 + HOSTILE.length);
    // No rule or setext underline; no list, quote or fence a name began.
    for (const line of lines) {
      expect(line).not.toMatch(/^ {0,3}([-*_=])( *\1){2,} *$/);
      expect(line).not.toMatch(/^ {0,3}(`{3,}|~{3,})/);
      // Heading text and table cells are inline only; a block's own marker comes first.
      if (/^(#{1,3} |\| |\*)/.test(line)) continue;
      const body = line.replace(/^(> |- |\d+\. )/, '');
      expect(body).not.toMatch(/^ {0,3}([-+*]|\d{1,9}[.)])(\s|$)/);
      expect(body).not.toMatch(/^ {0,3}>/);
    }
    // Every [, <, ! and & that a name brought is escaped: no link, image, HTML or entity.
    expect(md).not.toMatch(/(^|[^\\])[[<!&]/m);
    expect(md).toContain('\\[x\\](javascript:alert(1))');
  });

  it('[E3] a paragraph keeps its line breaks as breaks inside the paragraph', () => {
    const md = renderMarkdown({
      title: 't',
      language: 'nb',
      subject: 's',
      blocks: [{ type: 'paragraph', text: 'første\n# andre\n---' }],
    });
    expect(md).toBe('første\\\n\\# andre\\\n\\---\n');
  });

  it('[E1–E2] in DOCX, hostile names are text: no control characters, headings only where meant', async () => {
    const buffer = await renderDocx(hostileDocument());
    const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
    expect(xml).not.toMatch(CONTROL);
    expect(xml.match(/<w:pStyle w:val="Heading\d"\/>/g)).toHaveLength(1 + HOSTILE.length);
    expect(xml).not.toContain('<img');
    expect(xml).not.toMatch(/<w:hyperlink/);
    expect(xml).toContain('[x](javascript:alert(1))');
  });

  it('[E1–E2] in PDF, hostile names render without control characters', async () => {
    const pdf = await renderPdf(hostileDocument());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw.match(/\/S \/H2\b/g)?.length ?? 0).toBe(HOSTILE.length);
    expect(raw).not.toMatch(/\/URI/);
  });
});
