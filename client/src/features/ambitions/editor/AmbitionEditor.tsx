import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { AmbitionLimits, formatGoalTags, parseGoalTags } from '@samskap/shared/doc-model';
import type { Editor } from '@tiptap/core';
import { EditorContent, useEditorState } from '@tiptap/react';
import { useId } from 'react';
import type { ReactNode } from 'react';
import { useAmbitionsText } from '../text';
import { Toolbar } from './Toolbar';
import type { AmbitionEditorHandle } from './useAmbitionEditor';

/** A goal as the tag picker lists it. */
export interface GoalOption {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

export interface AmbitionEditorProps {
  readonly handle: AmbitionEditorHandle;
  readonly editable: boolean;
  /** Why the text cannot be changed, when it cannot. */
  readonly readOnlyReason?: 'locked' | 'readOnly' | null;
  /** The focus area's goals, for tagging; none hides the picker. */
  readonly goals?: readonly GoalOption[];
  readonly size?: 'normal' | 'large';
  /** Show the formatting toolbar while editable (the console's narrow drafts leave it out). */
  readonly toolbar?: boolean;
  readonly children?: ReactNode;
}

/** One ambition document: toolbar and goal tags while editable, the text, and its limits. */
export function AmbitionEditor(props: AmbitionEditorProps) {
  const { handle, editable, goals = [], size = 'normal' } = props;
  const text = useAmbitionsText();
  const editor = handle.editor;
  return (
    <div className="ambition-editor" data-size={size} data-editable={editable}>
      {editor && editable && props.toolbar !== false && (
        <>
          <Toolbar editor={editor} />
          {goals.length > 0 && <GoalPicker editor={editor} goals={goals} />}
        </>
      )}
      {editor && <EditorContent editor={editor} className="ambition-editor__frame" />}
      {props.readOnlyReason === 'locked' && (
        <Paragraph data-size="sm" className="ambition-editor__note">
          {text('editor.locked')}
        </Paragraph>
      )}
      {handle.full && editable && (
        <Alert data-color="warning" role="alert" data-testid="ambition-full">
          {text('editor.full', { max: AmbitionLimits.documentSizeMax.toLocaleString() })}
        </Alert>
      )}
      {props.children}
    </div>
  );
}

function GoalPicker({
  editor,
  goals,
}: {
  readonly editor: Editor;
  readonly goals: readonly GoalOption[];
}) {
  const text = useAmbitionsText();
  const hintId = useId();
  const block = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const parent = e.state.selection.$from.parent;
      const taggable = parent.type.name === 'paragraph' || parent.type.name === 'heading';
      return {
        type: taggable ? parent.type.name : null,
        goals: taggable ? parseGoalTags(parent.attrs.goals).join(' ') : '',
      };
    },
  });
  const current = new Set(block.goals.split(' ').filter(Boolean));
  const toggle = (goalId: string, on: boolean) => {
    if (block.type === null) return;
    const next = goals.map((g) => g.id).filter((id) => (id === goalId ? on : current.has(id)));
    // No focus(): the picker stays open for the next goal; the selection is kept anyway.
    editor
      .chain()
      .updateAttributes(block.type, { goals: formatGoalTags(next) })
      .run();
  };
  return (
    <details className="goal-picker" data-testid="goal-picker">
      <summary>
        {text('editor.tagGoals')}
        {current.size > 0 && <span className="goal-picker__count"> ({current.size})</span>}
      </summary>
      <fieldset
        className="goal-picker__goals"
        aria-describedby={hintId}
        disabled={block.type === null}
      >
        <legend className="visually-hidden">{text('goalsOf')}</legend>
        <p id={hintId} className="goal-picker__hint">
          {text('editor.tagGoalsHint')}
        </p>
        {goals.map((goal) => (
          <label key={goal.id} className="goal-picker__goal">
            <input
              type="checkbox"
              checked={current.has(goal.id)}
              onChange={(event) => toggle(goal.id, event.target.checked)}
            />
            <span>
              <strong>{goal.label}</strong> {goal.text}
            </span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
