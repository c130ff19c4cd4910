import * as Y from 'yjs';
import { z } from 'zod';
import { isPlainLine, PLAIN_LINE_MESSAGE } from '../workshop/plainText';

/**
 * A consent check's statement with its structure: the headings, paragraphs and lists of the
 * text people answer to (the A/B/C headings of an ambition stay headings). A small block list,
 * never HTML: each block's text is one plain line, so a screen renders it as text and nothing
 * in it can become markup.
 */
export const StatementLimits = {
  /** The whole statement's plain text, as `statementText` gives it. */
  textMax: 2000,
  blocksMax: 60,
  itemsMax: 40,
  lineMax: 2000,
} as const;

const line = z
  .string()
  .trim()
  .min(1)
  .max(StatementLimits.lineMax)
  .refine(isPlainLine, PLAIN_LINE_MESSAGE);

export const statementBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: line }).strict(),
  z.object({ type: z.literal('paragraph'), text: line }).strict(),
  z
    .object({
      type: z.literal('list'),
      ordered: z.boolean(),
      items: z.array(line).min(1).max(StatementLimits.itemsMax),
    })
    .strict(),
]);
export type StatementBlock = z.infer<typeof statementBlockSchema>;

export const statementBlocksSchema = z
  .array(statementBlockSchema)
  .min(1)
  .max(StatementLimits.blocksMax)
  .refine((blocks) => statementText(blocks).length <= StatementLimits.textMax, {
    message: `at most ${StatementLimits.textMax} characters of text in all`,
  });

/**
 * The plain text of a statement, one line per heading, paragraph and list item (items with a
 * dash or their number): what the outcome documents quote and what older exports held.
 */
export function statementText(blocks: readonly StatementBlock[]): string {
  return blocks
    .flatMap((b) =>
      b.type === 'list'
        ? b.items.map((item, i) => (b.ordered ? `${i + 1}. ${item}` : `– ${item}`))
        : [b.text],
    )
    .join('\n');
}

/** A statement known only as plain text (older checks, syntheses): each line a paragraph. */
export function statementFromText(text: string): StatementBlock[] {
  return text
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((l) => l.replace(/\t/g, ' ').trim())
    .filter((l) => l.length > 0)
    .map((l) => ({ type: 'paragraph' as const, text: l }));
}

function flatText(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) {
    return node
      .toDelta()
      .map((op: { insert: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
      .join('');
  }
  const parts = node
    .toArray()
    .map((child) =>
      child instanceof Y.XmlElement || child instanceof Y.XmlText ? flatText(child) : '',
    );
  // Blocks inside a block (paragraphs in a list item) are joined by a space, not run together.
  return node.nodeName === 'paragraph' || node.nodeName === 'heading'
    ? parts.join('')
    : parts.join(' ');
}

const oneLine = (text: string) => text.replace(/[\s\u2028\u2029]+/g, ' ').trim();

/**
 * The blocks of a rich-text fragment as the ambition editor stores it (`richText.ts`): headings
 * and paragraphs as they are, bullet and ordered lists with one item per list item (a nested
 * list's items follow their parent's). Empty blocks are left out.
 */
export function statementFromRichText(fragment: Y.XmlFragment): StatementBlock[] {
  const blocks: StatementBlock[] = [];
  const items = (list: Y.XmlElement): string[] =>
    list.toArray().flatMap((item) => {
      if (!(item instanceof Y.XmlElement)) return [];
      const own = item
        .toArray()
        .filter((c) => !(c instanceof Y.XmlElement && /List$/.test(c.nodeName)))
        .map((c) => (c instanceof Y.XmlElement || c instanceof Y.XmlText ? flatText(c) : ''))
        .join(' ');
      const nested = item
        .toArray()
        .filter((c): c is Y.XmlElement => c instanceof Y.XmlElement && /List$/.test(c.nodeName))
        .flatMap(items);
      return [oneLine(own), ...nested].filter((t) => t.length > 0);
    });
  for (const node of fragment.toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    if (node.nodeName === 'bulletList' || node.nodeName === 'orderedList') {
      const listItems = items(node);
      if (listItems.length > 0) {
        blocks.push({ type: 'list', ordered: node.nodeName === 'orderedList', items: listItems });
      }
      continue;
    }
    const text = oneLine(flatText(node));
    if (text.length === 0) continue;
    blocks.push({ type: node.nodeName === 'heading' ? 'heading' : 'paragraph', text });
  }
  return blocks;
}

/**
 * The longest start of a statement that stays within `StatementLimits`: what a check can ask
 * about when the text is longer (the rest is cut, as the plain statement was before).
 */
export function fitStatement(blocks: readonly StatementBlock[]): StatementBlock[] {
  const out: StatementBlock[] = [];
  for (const block of blocks.slice(0, StatementLimits.blocksMax)) {
    const b: StatementBlock =
      block.type === 'list'
        ? { ...block, items: block.items.slice(0, StatementLimits.itemsMax) }
        : block;
    if (statementText([...out, b]).length > StatementLimits.textMax) break;
    out.push(b);
  }
  return out;
}
