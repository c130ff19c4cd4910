import { Button } from '@digdir/designsystemet-react';
import { promoteToPlenary } from '@samskap/shared/doc-model';
import type { RichNodeJson } from '@samskap/shared/doc-model';
import type { WorkshopTable } from '@samskap/shared/workshop';
import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import type * as Y from 'yjs';
import { useAmbitionsText } from './text';

export interface PromoteButtonsProps {
  readonly doc: Y.Doc;
  readonly editor: Editor | null;
  readonly focusAreaId: string;
  readonly table: WorkshopTable;
  readonly disabled: boolean;
}

const PROMOTE_ORIGIN = 'ambitions-promote';

/** "Promote selection" and "promote whole draft" for one table's draft. */
export function PromoteButtons({ doc, editor, focusAreaId, table, disabled }: PromoteButtonsProps) {
  const text = useAmbitionsText();
  const [notice, setNotice] = useState<string | null>(null);

  const promote = (whole: boolean) => {
    let blocks: RichNodeJson[] | undefined;
    if (!whole) {
      const selection = editor?.state.selection;
      if (!editor || !selection || selection.empty) {
        setNotice(text('console.nothingSelected', { table: table.name }));
        return;
      }
      // With its parents: the selected text as whole top-level blocks (a paragraph, a list).
      const slice = editor.state.doc.slice(selection.from, selection.to, true);
      blocks = (slice.content.toJSON() as RichNodeJson[] | null) ?? [];
    }
    const wrote = promoteToPlenary(
      doc,
      {
        focusAreaId,
        tableId: table.id,
        tableName: table.name,
        at: Date.now(),
        ...(blocks ? { blocks } : {}),
      },
      PROMOTE_ORIGIN,
    );
    setNotice(wrote ? text('console.promotedNotice', { table: table.name }) : null);
  };

  return (
    <div className="ambitions__promote">
      <div className="button-row">
        <Button
          variant="secondary"
          data-size="sm"
          disabled={disabled}
          aria-label={text('console.promoteSelection', { table: table.name })}
          // Keeps the draft's selection when the button is pressed.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => promote(false)}
        >
          {text('console.promoteSelectionShort')}
        </Button>
        <Button
          variant="tertiary"
          data-size="sm"
          disabled={disabled}
          aria-label={text('console.promoteAll', { table: table.name })}
          onClick={() => promote(true)}
        >
          {text('console.promoteAllShort')}
        </Button>
      </div>
      <p className="ambitions__notice" role="status">
        {notice}
      </p>
    </div>
  );
}
