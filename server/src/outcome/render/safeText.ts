import type { Block, OutcomeDocument } from '../document';

/**
 * Characters no outcome may carry [E1]: C0 controls other than tab and line feed (NUL, ESC, …),
 * DEL and the C1 controls, the bidirectional overrides and isolates that make text read other
 * than it is stored, and the two non-characters XML (DOCX) refuses.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as it may appear in any format: no controls, line ends as `\n`, well-formed UTF-16. */
export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd').replace(/\r\n?/g, '\n').replace(FORBIDDEN, '');
}

/** [E2] One line: every run of whitespace, line breaks included, becomes one space. */
export function singleLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/** Lines of a paragraph: cleaned, each trimmed, blank ones dropped. */
export function paragraphLines(text: string): string[] {
  return cleanText(text)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

function cleanBlock(b: Block): Block {
  switch (b.type) {
    case 'heading':
      return { ...b, text: singleLine(b.text) };
    case 'paragraph':
      return { ...b, text: paragraphLines(b.text).join('\n') };
    case 'list':
      return { ...b, items: b.items.map(singleLine) };
    case 'table':
      return {
        ...b,
        caption: singleLine(b.caption),
        header: b.header.map(singleLine),
        rows: b.rows.map((r) => r.map(singleLine)),
      };
  }
}

/**
 * [E1–E2] The document every renderer draws: names and entries can add text, never structure.
 * Headings, list items, table cells and captions are one line each; a paragraph keeps its line
 * breaks (each renderer makes them breaks within that paragraph, nothing more).
 */
export function cleanDocument(doc: OutcomeDocument): OutcomeDocument {
  return {
    ...doc,
    title: singleLine(doc.title),
    subject: singleLine(doc.subject),
    blocks: doc.blocks.map(cleanBlock),
  };
}
