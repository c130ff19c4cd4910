import {
  AmbitionLimits,
  AmbitionSchemaNames as Names,
  formatGoalTags,
  parseGoalTags,
} from '@samskap/shared/doc-model';
import { Extension, Node, mergeAttributes } from '@tiptap/core';
import type { Extensions } from '@tiptap/core';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import StarterKit from '@tiptap/starter-kit';
import { ambitionsText } from '../text';

/*
 * The editor's schema is the security boundary: ProseMirror keeps only the nodes and marks
 * named here, whether they come from a paste or from another client through Yjs (y-prosemirror
 * drops elements the schema does not know). So: paragraphs, one heading level, lists, bold,
 * italic, hard breaks, and the promoted block. No links, images, code, iframes or raw HTML.
 */

/** Goal tags as a block attribute, so that they travel with the text they tag. */
const GoalTags = Extension.create<{ labelFor: (goalId: string) => string | null }>({
  name: 'goalTags',
  addOptions() {
    return { labelFor: () => null };
  },
  addGlobalAttributes() {
    return [
      {
        types: ['paragraph', 'heading'],
        attributes: {
          [Names.goals]: {
            default: null,
            parseHTML: (element) => formatGoalTags(parseGoalTags(element.dataset.goals)),
            renderHTML: (attrs) => {
              const value = formatGoalTags(parseGoalTags(attrs[Names.goals]));
              return value === null ? {} : { 'data-goals': value };
            },
          },
        },
      },
    ];
  },
  addProseMirrorPlugins() {
    const labelFor = this.options.labelFor;
    // A visible chip on each tagged block ("Mål: 1.2, 1.4"), drawn by CSS from an attribute.
    return [
      new Plugin({
        key: new PluginKey('goalTagLabels'),
        props: {
          decorations(state) {
            const decorations: Decoration[] = [];
            state.doc.descendants((node, pos) => {
              const ids = parseGoalTags(node.attrs[Names.goals]);
              if (ids.length === 0) return true;
              const labels = ids.map((id) => labelFor(id)).filter((l): l is string => l !== null);
              if (labels.length === 0) return true;
              decorations.push(
                Decoration.node(pos, pos + node.nodeSize, {
                  class: 'has-goals',
                  'data-goal-labels': ambitionsText('editor.goalsOfBlock', {
                    labels: labels.join(', '),
                  }),
                }),
              );
              return false;
            });
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});

/** Text the facilitator promoted from a table, with a visible, non-editable "From Table 2". */
const Promoted = Node.create({
  name: Names.promoted,
  group: 'block',
  content: '(paragraph | heading | bulletList | orderedList)+',
  defining: true,
  addAttributes() {
    return {
      [Names.promotedFromTable]: { default: null, parseHTML: (el) => el.dataset.fromTable ?? null },
      [Names.promotedFromTableName]: {
        default: '',
        parseHTML: (el) => el.dataset.fromTableName ?? '',
      },
      [Names.promotedAt]: { default: null, renderHTML: () => ({}) },
    };
  },
  parseHTML() {
    return [{ tag: 'section[data-from-table]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return [
      'section',
      mergeAttributes(HTMLAttributes, {
        class: 'promoted',
        'data-from-table': String(node.attrs[Names.promotedFromTable] ?? ''),
        'data-from-table-name': String(node.attrs[Names.promotedFromTableName] ?? ''),
      }),
      0,
    ];
  },
  addNodeView() {
    return ({ node: initial }) => {
      const dom = document.createElement('section');
      dom.className = 'promoted';
      const label = document.createElement('p');
      label.className = 'promoted__origin';
      label.contentEditable = 'false';
      const contentDOM = document.createElement('div');
      dom.append(label, contentDOM);
      const show = (node: typeof initial) => {
        const table = String(node.attrs[Names.promotedFromTableName] ?? '');
        dom.dataset.fromTable = String(node.attrs[Names.promotedFromTable] ?? '');
        // textContent, never HTML: a table name is text whatever a client wrote.
        label.textContent = ambitionsText('promoted.from', { table });
      };
      show(initial);
      return {
        dom,
        contentDOM,
        update(node) {
          if (node.type !== initial.type) return false;
          show(node);
          return true;
        },
        ignoreMutation: (mutation) => !contentDOM.contains(mutation.target),
      };
    };
  },
});

/**
 * Refuses local changes that would grow a document past the bound; text from other clients is
 * always let in (refusing it would fork this editor from the shared document).
 */
const SizeLimit = Extension.create<{ max: number; onRefused: () => void }>({
  name: 'sizeLimit',
  addOptions() {
    return { max: AmbitionLimits.documentSizeMax, onRefused: () => {} };
  },
  addProseMirrorPlugins() {
    const { max, onRefused } = this.options;
    return [
      new Plugin({
        key: new PluginKey('sizeLimit'),
        filterTransaction(tr) {
          if (!tr.docChanged || isChangeOrigin(tr)) return true;
          const size = tr.doc.content.size;
          if (size <= max || size <= tr.before.content.size) return true;
          onRefused();
          return false;
        },
      }),
    ];
  },
});

export interface SchemaOptions {
  readonly labelFor: (goalId: string) => string | null;
  readonly onSizeRefused: () => void;
}

/** The content extensions of every ambition editor (collaboration is added by the editor). */
export function ambitionSchemaExtensions(options: SchemaOptions): Extensions {
  return [
    StarterKit.configure({
      // Collaboration brings its own undo, which undoes only this writer's edits.
      undoRedo: false,
      // Every client would append its own trailing paragraph to the shared document.
      trailingNode: false,
      // One heading level; a pasted h1–h6 is made an h3 by `cleanPastedHtml`.
      heading: { levels: [3] },
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      link: false,
      strike: false,
      underline: false,
    }),
    GoalTags.configure({ labelFor: options.labelFor }),
    Promoted,
    SizeLimit.configure({ onRefused: options.onSizeRefused }),
  ];
}
