import { Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import {
  ArgumentLimits,
  conflictHandlingSchema,
  conflictStatusSchema,
  type Conflict,
  type ConflictHandling,
  type Question,
} from '@samskap/shared/arguments';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from '../ActionError';
import { ConflictRegister } from '../ConflictRegister';
import type { ConsoleSectionProps } from './types';
import { useMapActions } from './useMapActions';

export interface ConflictsPanelProps extends ConsoleSectionProps {
  readonly question: Question;
}

type Status = Conflict['status'];
const HANDLINGS = conflictHandlingSchema.options;
const STATUSES = conflictStatusSchema.options;

/** Conflict handling: mark a disagreement between two positions; the register, editable. */
export function ConflictsPanel(props: ConflictsPanelProps) {
  const { t } = useTranslation();
  const { state, view, token, question, disabled } = props;
  const act = useMapActions(state.workshop.id, token);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [description, setDescription] = useState('');
  const aId = useId();
  const bId = useId();
  const positions = view.entries.filter(
    (e) => e.questionId === question.id && e.kind === 'position' && e.status !== 'hidden',
  );
  const ready = a !== '' && b !== '' && a !== b && description.trim() !== '';
  return (
    <div className="console-panel arguments-panel console-panel--wide">
      <ConflictRegister
        view={view}
        headingLevel={props.headingLevel}
        renderControls={(c) => (
          <ConflictEditor
            conflict={c}
            workshopId={state.workshop.id}
            token={token}
            disabled={disabled}
          />
        )}
      />
      {positions.length < 2 ? (
        <Paragraph>{t('arguments.conflicts.needTwo')}</Paragraph>
      ) : (
        <form
          className="conflict-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!ready) return;
            void act
              .run({
                type: 'conflict.add',
                questionId: question.id,
                positionIds: [a, b],
                description: description.trim(),
              })
              .then((ok) => {
                if (ok) setDescription('');
              });
          }}
        >
          {[
            { id: aId, label: t('arguments.conflicts.positionA'), value: a, set: setA },
            { id: bId, label: t('arguments.conflicts.positionB'), value: b, set: setB },
          ].map((field) => (
            <Field key={field.id}>
              <Label htmlFor={field.id}>{field.label}</Label>
              <Select id={field.id} value={field.value} onChange={(e) => field.set(e.target.value)}>
                <option value="">{t('arguments.console.tree.mergeChoose')}</option>
                {positions.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.text}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          <Textfield
            label={t('arguments.conflicts.description')}
            value={description}
            maxLength={ArgumentLimits.noteMax}
            onChange={(event) => setDescription(event.target.value)}
          />
          <div className="button-row">
            <Button type="submit" disabled={disabled || act.busy || !ready}>
              {t('arguments.conflicts.add')}
            </Button>
          </div>
          <ActionError error={act.error} />
        </form>
      )}
    </div>
  );
}

interface ConflictEditorProps {
  readonly conflict: Conflict;
  readonly workshopId: string;
  readonly token: string;
  readonly disabled: boolean;
}

function ConflictEditor({ conflict, workshopId, token, disabled }: ConflictEditorProps) {
  const { t } = useTranslation();
  const act = useMapActions(workshopId, token);
  const [handling, setHandling] = useState<ConflictHandling | ''>(conflict.handling ?? '');
  const [status, setStatus] = useState<Status>(conflict.status);
  const [note, setNote] = useState(conflict.note);
  const handlingId = useId();
  const statusId = useId();
  return (
    <form
      className="conflict-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void act.run({
          type: 'conflict.update',
          conflictId: conflict.id,
          handling: handling === '' ? null : handling,
          status,
          note: note.trim(),
        });
      }}
    >
      <Field>
        <Label htmlFor={handlingId}>{t('arguments.conflicts.handlingLabel')}</Label>
        <Select
          id={handlingId}
          value={handling}
          onChange={(e) => setHandling(e.target.value as ConflictHandling | '')}
        >
          <option value="">{t('arguments.conflicts.noHandling')}</option>
          {HANDLINGS.map((h) => (
            <option key={h} value={h}>
              {t(`arguments.conflicts.handling.${h}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label htmlFor={statusId}>{t('arguments.conflicts.statusLabel')}</Label>
        <Select id={statusId} value={status} onChange={(e) => setStatus(e.target.value as Status)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`arguments.conflicts.status.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Textfield
        label={t('arguments.conflicts.noteLabel')}
        value={note}
        maxLength={ArgumentLimits.noteMax}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="button-row">
        <Button type="submit" variant="secondary" data-size="sm" disabled={disabled || act.busy}>
          {t('arguments.conflicts.save')}
          <span className="visually-hidden"> «{conflict.description}»</span>
        </Button>
      </div>
      <ActionError error={act.error} />
    </form>
  );
}
