import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { ReactNode } from 'react';
import { useAmbitionsText } from '../text';
import type { AmbitionsKey } from '../text';

interface ToolbarButtonProps {
  readonly name: AmbitionsKey;
  readonly glyph: ReactNode;
  readonly pressed?: boolean;
  readonly disabled?: boolean;
  readonly onPress: () => void;
}

function ToolbarButton({ name, glyph, pressed, disabled, onPress }: ToolbarButtonProps) {
  const text = useAmbitionsText();
  const label = text(name);
  return (
    <button
      type="button"
      className="ambition-toolbar__button"
      aria-pressed={pressed}
      disabled={disabled}
      title={label}
      // Keeps the editor's selection: the command acts where the writer was.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      <span aria-hidden="true">{glyph}</span>
      <span className="visually-hidden">{label}</span>
    </button>
  );
}

/** Headings, lists, bold, italic, and undo/redo of the writer's own edits. */
export function Toolbar({
  editor,
  children,
}: {
  readonly editor: Editor;
  readonly children?: ReactNode;
}) {
  const text = useAmbitionsText();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      heading: e.isActive('heading'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const run = () => editor.chain().focus();
  return (
    <div className="ambition-toolbar" role="toolbar" aria-label={text('editor.toolbar')}>
      <ToolbarButton
        name="editor.heading"
        glyph="H"
        pressed={state.heading}
        onPress={() => run().toggleHeading({ level: 3 }).run()}
      />
      <ToolbarButton
        name="editor.bulletList"
        glyph="•≡"
        pressed={state.bulletList}
        onPress={() => run().toggleBulletList().run()}
      />
      <ToolbarButton
        name="editor.orderedList"
        glyph="1≡"
        pressed={state.orderedList}
        onPress={() => run().toggleOrderedList().run()}
      />
      <ToolbarButton
        name="editor.bold"
        glyph={<b>B</b>}
        pressed={state.bold}
        onPress={() => run().toggleBold().run()}
      />
      <ToolbarButton
        name="editor.italic"
        glyph={<i>I</i>}
        pressed={state.italic}
        onPress={() => run().toggleItalic().run()}
      />
      <ToolbarButton
        name="editor.undo"
        glyph="↶"
        disabled={!state.canUndo}
        onPress={() => run().undo().run()}
      />
      <ToolbarButton
        name="editor.redo"
        glyph="↷"
        disabled={!state.canRedo}
        onPress={() => run().redo().run()}
      />
      {children}
    </div>
  );
}
