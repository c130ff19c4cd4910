import { AmbitionLimits } from '@samskap/shared/doc-model';
import type { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { SyncConnection } from '../../../sync/syncConnection';
import { renderCaret, renderSelection } from './carets';
import { cleanPastedHtml } from './pasteCleanup';
import { ambitionSchemaExtensions } from './schema';

export interface AmbitionEditorOptions {
  readonly content: SyncConnection;
  readonly fragment: Y.XmlFragment;
  readonly editable: boolean;
  /** The accessible name of the text area. */
  readonly label: string;
  /** A goal's short label ("1.2"), or null for a goal this workshop does not have. */
  readonly labelFor: (goalId: string) => string | null;
  readonly testId?: string;
}

export interface AmbitionEditorHandle {
  readonly editor: Editor | null;
  /** A local change was refused because the document reached its size bound. */
  readonly full: boolean;
}

/**
 * A TipTap editor bound to one ambition fragment of the workshop document, with the other
 * writers' carets. Made again when the fragment changes (another focus area or table).
 */
export function useAmbitionEditor(options: AmbitionEditorOptions): AmbitionEditorHandle {
  const { content, fragment, editable, label, labelFor, testId } = options;
  const [full, setFull] = useState(false);

  const editor = useEditor(
    {
      extensions: [
        ...ambitionSchemaExtensions({
          // Goal labels come from the workshop's setup, which does not change during a phase.
          labelFor,
          onSizeRefused: () => setFull(true),
        }),
        Collaboration.configure({ fragment }),
        CollaborationCaret.configure({
          provider: content.provider,
          // The server writes each connection's identity into `user`; this is only a placeholder.
          user: {},
          render: renderCaret,
          selectionRender: renderSelection,
        }),
      ],
      editable,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'ambition-editor__content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          ...(testId ? { 'data-testid': testId } : {}),
        },
        transformPastedHTML: cleanPastedHtml,
      },
      onUpdate: ({ editor: current }) => {
        // Deleting text makes room again.
        if (current.state.doc.content.size < AmbitionLimits.documentSizeMax) setFull(false);
      },
    },
    [fragment, content],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setEditable(editable, false);
    editor.view.dom.setAttribute('aria-readonly', String(!editable));
  }, [editor, editable]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dom.setAttribute('aria-label', label);
  }, [editor, label]);

  return { editor, full };
}
