import type { Block, OutcomeDocument } from '../document';

function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function cell(text: string): string {
  return escapeInline(text).replace(/\r?\n/g, ' ');
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeInline(b.text)}`;
    case 'paragraph':
      return b.emphasis === 'note' ? `> ${escapeInline(b.text)}` : escapeInline(b.text);
    case 'list':
      return b.items
        .map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${escapeInline(item)}`)
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
  return doc.blocks.map(block).join('\n\n') + '\n';
}
