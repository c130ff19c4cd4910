import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { ArgumentLimits, type ArgumentsView, type EntryView } from '@samskap/shared/arguments';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from '../ActionError';
import { EntryMeta } from '../EntryMeta';
import { mergeCandidates } from '../tree';
import { useMapActions } from './useMapActions';

export interface EntryActionsProps {
  readonly entry: EntryView;
  readonly view: ArgumentsView;
  readonly workshopId: string;
  readonly token: string;
  readonly disabled: boolean;
}

/**
 * One entry on the console with what the facilitator can do to it: edit, hide or show again,
 * merge into a duplicate and put into a group. Each is a button (no dragging).
 */
export function EntryActions({ entry, view, workshopId, token, disabled }: EntryActionsProps) {
  const { t } = useTranslation();
  const act = useMapActions(workshopId, token);
  const [editing, setEditing] = useState<string | null>(null);
  const [mergeInto, setMergeInto] = useState('');
  const [group, setGroup] = useState(entry.groupId ?? '');
  const mergeId = useId();
  const groupId = useId();
  const off = disabled || act.busy;
  const label = entry.text ?? t('arguments.entry.hidden');
  const named = <span className="visually-hidden"> «{label}»</span>;
  const candidates = mergeCandidates(view, entry);
  const groups = view.groups.filter((g) => g.questionId === entry.questionId);

  return (
    <div className="entry-admin" data-testid="console-entry" data-status={entry.status}>
      {editing === null ? (
        <p className="entry-admin__text" data-hidden={entry.text === null}>
          {label}
        </p>
      ) : (
        <form
          className="entry-admin__edit"
          onSubmit={(event) => {
            event.preventDefault();
            if (editing.trim() === '') return;
            void act
              .run({ type: 'entry.edit', entryId: entry.id, text: editing.trim() })
              .then((ok) => ok && setEditing(null));
          }}
        >
          <Textfield
            label={t('arguments.console.tree.editLabel')}
            multiline
            rows={2}
            value={editing}
            maxLength={ArgumentLimits.entryMax}
            onChange={(event) => setEditing(event.target.value)}
          />
          <div className="button-row">
            <Button type="submit" data-size="sm" disabled={off}>
              {t('arguments.console.tree.save')}
            </Button>
            <Button
              type="button"
              data-size="sm"
              variant="tertiary"
              onClick={() => setEditing(null)}
            >
              {t('arguments.console.tree.cancel')}
            </Button>
          </div>
        </form>
      )}
      <EntryMeta entry={entry} />
      <div className="button-row">
        {entry.status === 'hidden' ? (
          <Button
            data-size="sm"
            variant="secondary"
            disabled={off}
            onClick={() => void act.run({ type: 'entry.unhide', entryId: entry.id })}
          >
            {t('arguments.console.tree.unhide')}
            {named}
          </Button>
        ) : (
          <Button
            data-size="sm"
            variant="secondary"
            data-color="danger"
            disabled={off}
            onClick={() => void act.run({ type: 'entry.hide', entryId: entry.id })}
          >
            {t('arguments.console.tree.hide')}
            {named}
          </Button>
        )}
        {entry.text !== null && editing === null && (
          <Button
            data-size="sm"
            variant="tertiary"
            disabled={off}
            onClick={() => setEditing(entry.text ?? '')}
          >
            {t('arguments.console.tree.edit')}
            {named}
          </Button>
        )}
      </div>
      {entry.status !== 'hidden' && candidates.length > 0 && (
        <div className="entry-admin__row">
          <Field>
            <Label htmlFor={mergeId}>{t('arguments.console.tree.mergeLabel')}</Label>
            <Select id={mergeId} value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
              <option value="">{t('arguments.console.tree.mergeChoose')}</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.text}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            data-size="sm"
            variant="secondary"
            disabled={off || mergeInto === ''}
            onClick={() =>
              void act.run({ type: 'entry.merge', entryId: entry.id, intoId: mergeInto })
            }
          >
            {t('arguments.console.tree.merge')}
            {named}
          </Button>
        </div>
      )}
      {entry.kind === 'position' && groups.length > 0 && (
        <div className="entry-admin__row">
          <Field>
            <Label htmlFor={groupId}>{t('arguments.console.tree.groupLabel')}</Label>
            <Select id={groupId} value={group} onChange={(e) => setGroup(e.target.value)}>
              <option value="">{t('arguments.console.tree.noGroup')}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.label}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            data-size="sm"
            variant="secondary"
            disabled={off || group === (entry.groupId ?? '')}
            onClick={() =>
              void act.run({
                type: 'entry.group',
                entryId: entry.id,
                groupId: group === '' ? null : group,
              })
            }
          >
            {t('arguments.console.tree.setGroup')}
            {named}
          </Button>
        </div>
      )}
      <ActionError error={act.error} />
    </div>
  );
}
