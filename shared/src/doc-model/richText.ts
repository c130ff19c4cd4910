import * as Y from 'yjs';

/**
 * Rich text in the workshop document is stored the way y-prosemirror (TipTap's Collaboration
 * extension) stores it: a `Y.XmlFragment` of `Y.XmlElement`s named after schema nodes, node
 * attributes as element attributes, and text as `Y.XmlText` whose formatting attributes are the
 * marks (`{ bold: {} }`). These helpers let the doc model write and read that shape without an
 * editor, so that server-side code and tests can use it too.
 */

/** A ProseMirror node as `Node.toJSON()` gives it. */
export interface RichNodeJson {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly content?: readonly RichNodeJson[];
  readonly text?: string;
  readonly marks?: readonly { readonly type: string; readonly attrs?: Record<string, unknown> }[];
}

/** Converts ProseMirror JSON blocks to Yjs XML, merging runs of text into one `Y.XmlText`. */
export function richJsonToYXml(nodes: readonly RichNodeJson[]): (Y.XmlElement | Y.XmlText)[] {
  const out: (Y.XmlElement | Y.XmlText)[] = [];
  let textRun: RichNodeJson[] = [];
  const flushText = () => {
    if (textRun.length === 0) return;
    const text = new Y.XmlText();
    text.applyDelta(
      textRun.map((node) => ({
        insert: node.text ?? '',
        attributes: Object.fromEntries((node.marks ?? []).map((m) => [m.type, m.attrs ?? {}])),
      })),
    );
    out.push(text);
    textRun = [];
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.text) textRun.push(node);
      continue;
    }
    flushText();
    const element = new Y.XmlElement(node.type);
    for (const [key, value] of Object.entries(node.attrs ?? {})) {
      // y-prosemirror leaves null attributes out; the schema's default applies when read.
      if (value !== null && value !== undefined) element.setAttribute(key, value as string);
    }
    element.insert(0, richJsonToYXml(node.content ?? []));
    out.push(element);
  }
  flushText();
  return out;
}

/** Every element below `parent`, depth first, in document order. */
export function* walkElements(parent: Y.XmlFragment | Y.XmlElement): Generator<Y.XmlElement> {
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlElement) {
      yield child;
      yield* walkElements(child);
    }
  }
}

/** The plain text of a fragment or element, one line per block. */
export function plainText(parent: Y.XmlFragment | Y.XmlElement): string {
  const lines: string[] = [];
  let line = '';
  const visit = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) {
        line += child
          .toDelta()
          .map((op: { insert: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
          .join('');
      } else if (child instanceof Y.XmlElement) {
        visit(child);
        if (child.nodeName === 'paragraph' || child.nodeName === 'heading') {
          lines.push(line);
          line = '';
        }
      }
    }
  };
  visit(parent);
  if (line) lines.push(line);
  return lines.join('\n').trim();
}
