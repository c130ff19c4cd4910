import { Button, Textfield } from '@digdir/designsystemet-react';
import { ArgumentLimits, type EntryKind } from '@samskap/shared/arguments';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from './ActionError';
import { addEntry } from './api';
import { useAsyncAction } from '../../ui/useAsyncAction';

export interface AddEntryFormProps {
  readonly workshopId: string;
  readonly token: string;
  readonly questionId: string;
  readonly kind: EntryKind;
  /** The position a pro, con or consequence belongs to; null for a position. */
  readonly parentId: string | null;
  readonly label: string;
  readonly submitLabel: string;
  readonly disabled: boolean;
  /** Whether the entry waits for the facilitator (controlled mode): said after sending. */
  readonly controlled: boolean;
  readonly onCancel?: () => void;
  readonly onSent?: () => void;
}

/** A new position, pro, con or consequence: one text, sent to the server as it is. */
export function AddEntryForm(props: AddEntryFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  // What was said on sending: whether that entry waits depends on the mode at the time.
  const [sent, setSent] = useState<'visible' | 'pending' | null>(null);
  const action = useAsyncAction();
  const statusId = useId();
  const disabled = props.disabled || action.busy;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '' || disabled) return;
    const ok = await action.run(() =>
      addEntry(props.workshopId, props.token, {
        questionId: props.questionId,
        kind: props.kind,
        parentId: props.parentId,
        text: text.trim(),
      }),
    );
    if (ok) {
      setText('');
      setSent(props.controlled ? 'pending' : 'visible');
      props.onSent?.();
    }
  }

  return (
    <form className="entry-form" onSubmit={(event) => void submit(event)}>
      <Textfield
        label={props.label}
        multiline
        rows={2}
        value={text}
        maxLength={ArgumentLimits.entryMax}
        disabled={props.disabled}
        aria-describedby={statusId}
        onChange={(event) => {
          setText(event.target.value);
          setSent(null);
        }}
      />
      <div className="button-row">
        <Button type="submit" disabled={disabled || text.trim() === ''}>
          {props.submitLabel}
        </Button>
        {props.onCancel && (
          <Button type="button" variant="tertiary" onClick={props.onCancel}>
            {t('arguments.add.cancel')}
          </Button>
        )}
      </div>
      <p className="entry-form__status" id={statusId} role="status">
        {sent === 'pending'
          ? t('arguments.add.sentPending')
          : sent === 'visible'
            ? t('arguments.add.sent')
            : ''}
      </p>
      <ActionError error={action.error} />
    </form>
  );
}
