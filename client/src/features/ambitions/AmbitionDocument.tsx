import { ambitionFragment } from '@samskap/shared/doc-model';
import type { AmbitionTarget } from '@samskap/shared/doc-model';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { SyncConnection } from '../../sync/syncConnection';
import { AmbitionEditor } from './editor/AmbitionEditor';
import type { GoalOption } from './editor/AmbitionEditor';
import { useAmbitionEditor } from './editor/useAmbitionEditor';
import type { AmbitionEditorHandle } from './editor/useAmbitionEditor';

export interface AmbitionDocumentProps {
  readonly content: SyncConnection;
  readonly focusAreaId: string;
  readonly target: AmbitionTarget;
  readonly editable: boolean;
  readonly readOnlyReason?: 'locked' | 'readOnly' | null;
  readonly label: string;
  readonly goals?: readonly GoalOption[];
  readonly labelFor: (goalId: string) => string | null;
  readonly testId?: string;
  readonly size?: 'normal' | 'large';
  readonly toolbar?: boolean;
  /** Controls that need the editor (the console's promote buttons). */
  readonly children?: (handle: AmbitionEditorHandle) => ReactNode;
}

/** One table's (or the plenary's) ambition document for one focus area, live. */
export function AmbitionDocument(props: AmbitionDocumentProps) {
  const { content, focusAreaId, target } = props;
  const fragment = useMemo(
    () => ambitionFragment(content.doc, focusAreaId, target),
    [content, focusAreaId, target],
  );
  const handle = useAmbitionEditor({
    content,
    fragment,
    editable: props.editable,
    label: props.label,
    labelFor: props.labelFor,
    ...(props.testId ? { testId: props.testId } : {}),
  });
  return (
    <AmbitionEditor
      handle={handle}
      editable={props.editable}
      readOnlyReason={props.readOnlyReason ?? null}
      {...(props.goals ? { goals: props.goals } : {})}
      {...(props.size ? { size: props.size } : {})}
      {...(props.toolbar !== undefined ? { toolbar: props.toolbar } : {})}
    >
      {props.children?.(handle)}
    </AmbitionEditor>
  );
}
