import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { ArgumentLimits, type ProblemType, type Question } from '@samskap/shared/arguments';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ActionError } from '../ActionError';
import { ProblemTypeNote } from '../ProblemType';
import { shownQuestion } from '../tree';
import type { ConsoleSectionProps } from './types';
import { useMapActions, type MapActions } from './useMapActions';

const TYPES: readonly ProblemType[] = ['tame', 'complex', 'wicked'];

/** Questions under discussion: add, edit, classify, remove, and which one the projector shows. */
export function QuestionsPanel({
  state,
  view,
  token,
  headingLevel,
  disabled,
}: ConsoleSectionProps) {
  const { t } = useTranslation();
  const act = useMapActions(state.workshop.id, token);
  const headingId = useId();
  const shown = shownQuestion(view);
  return (
    <section className="console-panel arguments-panel" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {t('arguments.console.questions.heading')}
      </Heading>
      {view.questions.length === 0 && (
        <Paragraph>{t('arguments.console.questions.none')}</Paragraph>
      )}
      <ol className="question-list">
        {view.questions.map((q) => (
          <QuestionRow
            key={q.id}
            question={q}
            shown={shown?.id === q.id}
            act={act}
            disabled={disabled}
          />
        ))}
      </ol>
      <QuestionForm
        submitLabel={t('arguments.console.questions.add')}
        disabled={disabled}
        onSubmit={(text, problemType) => act.run({ type: 'question.add', text, problemType })}
      />
      <ActionError error={act.error} />
    </section>
  );
}

function QuestionRow({
  question,
  shown,
  act,
  disabled,
}: {
  question: Question;
  shown: boolean;
  act: MapActions;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  if (editing) {
    return (
      <li className="question-row">
        <QuestionForm
          initial={question}
          submitLabel={t('arguments.console.questions.save')}
          disabled={disabled}
          onCancel={() => setEditing(false)}
          onSubmit={async (text, problemType) => {
            const ok = await act.run({
              type: 'question.edit',
              questionId: question.id,
              text,
              problemType,
            });
            if (ok) setEditing(false);
            return ok;
          }}
        />
      </li>
    );
  }
  return (
    <li className="question-row" data-testid="console-question">
      <p className="question-row__text">{question.text}</p>
      <ProblemTypeNote question={question} />
      <div className="button-row">
        {shown ? (
          <span className="entry-tag">{t('arguments.console.questions.shown')}</span>
        ) : (
          <Button
            variant="secondary"
            data-size="sm"
            disabled={disabled}
            onClick={() => void act.run({ type: 'question.show', questionId: question.id })}
          >
            {t('arguments.console.questions.show')}
          </Button>
        )}
        <Button
          variant="tertiary"
          data-size="sm"
          disabled={disabled}
          onClick={() => setEditing(true)}
        >
          {t('arguments.console.questions.edit')}
        </Button>
        <Button
          variant="tertiary"
          data-size="sm"
          data-color="danger"
          disabled={disabled}
          onClick={() => setConfirming(true)}
        >
          {t('arguments.console.questions.remove')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('arguments.console.questions.removeTitle')}
        body={t('arguments.console.questions.removeBody')}
        confirmLabel={t('arguments.console.questions.remove')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void act.run({ type: 'question.remove', questionId: question.id });
        }}
      />
    </li>
  );
}

interface QuestionFormProps {
  readonly initial?: Question;
  readonly submitLabel: string;
  readonly disabled: boolean;
  readonly onSubmit: (text: string, problemType: ProblemType | null) => Promise<boolean>;
  readonly onCancel?: () => void;
}

function QuestionForm({ initial, submitLabel, disabled, onSubmit, onCancel }: QuestionFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial?.text ?? '');
  const [type, setType] = useState<ProblemType | ''>(initial?.problemType ?? '');
  const selectId = useId();
  const hintId = useId();
  return (
    <form
      className="question-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') return;
        void onSubmit(text.trim(), type === '' ? null : type).then((ok) => {
          if (ok && !initial) {
            setText('');
            setType('');
          }
        });
      }}
    >
      <Textfield
        label={t('arguments.console.questions.text')}
        value={text}
        maxLength={ArgumentLimits.questionMax}
        onChange={(event) => setText(event.target.value)}
      />
      <Field>
        <Label htmlFor={selectId}>{t('arguments.problemType.label')}</Label>
        <Select
          id={selectId}
          value={type}
          aria-describedby={type === '' ? undefined : hintId}
          onChange={(event) => setType(event.target.value as ProblemType | '')}
        >
          <option value="">{t('arguments.problemType.unset')}</option>
          {TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`arguments.problemType.${value}`)}
            </option>
          ))}
        </Select>
        {type !== '' && (
          <p className="question-form__hint" id={hintId}>
            {t(
              `arguments.problemType.treatment.${type === 'tame' ? 'instrumental' : 'communicative'}`,
            )}
            : {t(`arguments.problemType.hint.${type}`)}
          </p>
        )}
      </Field>
      <div className="button-row">
        <Button type="submit" disabled={disabled || text.trim() === ''}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('arguments.console.questions.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
