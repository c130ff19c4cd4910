import type { AmbitionBlock } from '@samskap/shared/doc-model';
import { useAmbitionsText } from './text';

/** What a block says about its goals on stage: "Mål: 1.1, 1.2", or nothing. */
export function goalNote(
  block: AmbitionBlock,
  labelFor: (goalId: string) => string | null,
  text: ReturnType<typeof useAmbitionsText>,
): string | null {
  const labels = block.goalIds.map(labelFor).filter((l): l is string => l !== null);
  return labels.length > 0 ? text('editor.goalsOfBlock', { labels: labels.join(', ') }) : null;
}

/** One block of a draft on stage, as the element its kind calls for. */
export function StageBlock({
  block,
  labelFor,
}: {
  readonly block: AmbitionBlock;
  readonly labelFor: (goalId: string) => string | null;
}) {
  const text = useAmbitionsText();
  const note = goalNote(block, labelFor, text);
  const body = (
    <>
      {block.text}
      {note !== null && <span className="stage-draft__goals"> ({note})</span>}
    </>
  );
  if (block.kind === 'heading') return <p className="stage-draft__heading">{body}</p>;
  if (block.kind === 'listItem') return <p className="stage-draft__item">{body}</p>;
  return <p>{body}</p>;
}

/**
 * [G6] A part of a table's draft on stage: read-only text from the shared document, never more
 * than one card holds (`stageDraft.ts` cuts the parts).
 */
export function StageDraftPart({
  blocks,
  labelFor,
  testId,
}: {
  readonly blocks: readonly AmbitionBlock[];
  readonly labelFor: (goalId: string) => string | null;
  readonly testId: string;
}) {
  const text = useAmbitionsText();
  return (
    <div className="stage-draft" data-testid={testId}>
      {blocks.length === 0 ? (
        <p className="stage-draft__empty">{text('editor.empty')}</p>
      ) : (
        blocks.map((block, i) => <StageBlock key={i} block={block} labelFor={labelFor} />)
      )}
    </div>
  );
}
