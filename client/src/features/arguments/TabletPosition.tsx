import { Button } from '@digdir/designsystemet-react';
import type { EntryView } from '@samskap/shared/arguments';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddEntryForm } from './AddEntryForm';
import { EntryMeta } from './EntryMeta';
import { SupportButton } from './SupportButton';
import { CHILD_KINDS, type ChildKind, type PositionNode } from './tree';

export interface TabletPositionProps {
  readonly node: PositionNode;
  readonly workshopId: string;
  readonly token: string;
  /** Adding is blocked (paused, locked, floor elsewhere). */
  readonly inputDisabled: boolean;
  readonly supportDisabled: boolean;
  readonly controlled: boolean;
}

/**
 * One position as a branch of the tree: its text, who wrote it, its supports, and under it the
 * arguments for and against and the consequences, each with its own +1; buttons open the forms.
 */
export function TabletPosition(props: TabletPositionProps) {
  const { t } = useTranslation();
  const { node } = props;
  const [adding, setAdding] = useState<ChildKind | null>(null);
  const textId = useId();
  const text = node.position.text ?? '';
  const common = { workshopId: props.workshopId, token: props.token };
  return (
    <li className="position" data-testid="position" data-status={node.position.status}>
      <article aria-labelledby={textId}>
        <div className="position__head">
          <div>
            <p className="position__text" id={textId}>
              {text}
            </p>
            <EntryMeta entry={node.position} />
          </div>
          <SupportButton {...common} entry={node.position} disabled={props.supportDisabled} />
        </div>
        <div className="position__children">
          {CHILD_KINDS.map((kind) => (
            <ChildList
              key={kind}
              kind={kind}
              entries={node.children[kind]}
              supportDisabled={props.supportDisabled}
              {...common}
            />
          ))}
        </div>
        <div className="button-row position__add">
          {CHILD_KINDS.map((kind) => (
            <Button
              key={kind}
              type="button"
              variant={adding === kind ? 'primary' : 'secondary'}
              aria-expanded={adding === kind}
              disabled={props.inputDisabled}
              data-testid={`add-${kind}`}
              onClick={() => setAdding(adding === kind ? null : kind)}
            >
              <span aria-hidden="true">+ </span>
              {t(`arguments.add.${kind}`)}
              <span className="visually-hidden"> «{text}»</span>
            </Button>
          ))}
        </div>
        {adding !== null && (
          <AddEntryForm
            {...common}
            questionId={node.position.questionId}
            kind={adding}
            parentId={node.position.id}
            label={t(`arguments.add.childLabel.${adding}`, { position: text })}
            submitLabel={t('arguments.add.submit')}
            disabled={props.inputDisabled}
            controlled={props.controlled}
            onCancel={() => setAdding(null)}
          />
        )}
      </article>
    </li>
  );
}

interface ChildListProps {
  readonly kind: ChildKind;
  readonly entries: readonly EntryView[];
  readonly workshopId: string;
  readonly token: string;
  readonly supportDisabled: boolean;
}

function ChildList({ kind, entries, ...rest }: ChildListProps) {
  const { t } = useTranslation();
  const labelId = useId();
  if (entries.length === 0) return null;
  return (
    <div className="children" data-kind={kind}>
      <p className="children__label" id={labelId}>
        {t(`arguments.kindPlural.${kind}`)}
      </p>
      <ul className="children__list" aria-labelledby={labelId}>
        {entries.map((entry) => (
          <li key={entry.id} className="child" data-testid="child-entry" data-status={entry.status}>
            <div>
              <p className="child__text">{entry.text}</p>
              <EntryMeta entry={entry} />
            </div>
            <SupportButton
              workshopId={rest.workshopId}
              token={rest.token}
              entry={entry}
              disabled={rest.supportDisabled}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
