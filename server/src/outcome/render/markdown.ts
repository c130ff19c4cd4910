import type { Block, OutcomeDocument } from '../document';
import { cleanDocument } from './safeText';

/**
 * [E3] Text that Markdown reads as text: every character that can open inline structure
 * (emphasis, code, links and images, raw HTML, entities, strikethrough, table pipes) is
 * escaped. Headings, cells and captions cannot start a block, so this is all they need.
 */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>#|&~!])/g, '\\$1');
}

/**
 * [E3] A line that begins a block of its own (a paragraph's line, a list item): also whatever
 * would make it a list (-, +, 1. or 1) and a space), a rule or a setext underline (a line of
 * - or =). Headings (#), quotes (>) and fences (`, ~) are escaped inline already.
 */
function escapeLine(text: string): string {
  return escapeInline(text)
    .replace(/^([-+=])(?=\s|$|[-= ]*$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

function cell(text: string): string {
  return escapeInline(text);
}

function paragraph(text: string, prefix: string): string {
  // Line breaks in a paragraph stay breaks (a backslash at the end), never new blocks.
  return text
    .split('\n')
    .map((line) => `${prefix}${escapeLine(line)}`)
    .join('\\\n');
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeInline(b.text)}`;
    case 'paragraph':
      return paragraph(b.text, b.emphasis === 'note' ? '> ' : '');
    case 'list':
      return b.items
        .map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${escapeLine(item)}`)
        .join('\n');
    case 'table': {
      const head = `| ${b.header.map(cell).join(' | ')} |`;
      const rule = `| ${b.header.map(() => '---').join(' | ')} |`;
      const rows = b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`);
      return [`*${escapeInline(b.caption)}*`, '', head, rule, ...rows].join('\n');
    }
  }
}

/** Markdown: plain text that reads well as it is and converts cleanly. */
export function renderMarkdown(doc: OutcomeDocument): string {
  return cleanDocument(doc).blocks.map(block).join('\n\n') + '\n';
}
