import {
  Button,
  Field,
  Heading,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { activitySchema } from '@samskap/shared/workshop';
import { useTranslation } from 'react-i18next';
import type { DraftEditorProps } from './BasicsFields';
import { fieldId } from './problems';
import { freshId, moveItem } from './setupDraft';
import type { PhaseDraft } from './setupDraft';

export interface AgendaEditorProps extends DraftEditorProps {
  /** A note beside a phase, by its id (the setup page marks the running phase). */
  readonly phaseNote?: (phaseId: string) => string | undefined;
}

/** The agenda's phases: title, minutes and activity, with add, remove and move up/down (no dragging). */
export function AgendaEditor({ draft, onChange, problem, phaseNote }: AgendaEditorProps) {
  const { t } = useTranslation();
  const setAgenda = (agenda: readonly PhaseDraft[]) => onChange({ ...draft, agenda });
  const update = (index: number, patch: Partial<PhaseDraft>) =>
    setAgenda(draft.agenda.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const listProblem = problem('agenda');
  return (
    <section className="create-section" aria-labelledby="create-agenda">
      <Heading level={2} data-size="sm" id="create-agenda">
        {t('create.agenda.heading')}
      </Heading>
      {listProblem && <ValidationMessage id={fieldId('agenda')}>{listProblem}</ValidationMessage>}
      <ol className="editor-list">
        {draft.agenda.map((phase, index) => {
          const n = { number: index + 1 };
          const note = phaseNote?.(phase.id);
          return (
            <li key={phase.id} className="editor-row">
              {note !== undefined && <p className="editor-row__note">{note}</p>}
              <Textfield
                id={fieldId(`agenda.${index}.title`)}
                className="editor-row__grow"
                label={t('create.agenda.titleLabel', n)}
                value={phase.title}
                error={problem(`agenda.${index}.title`)}
                onChange={(e) => update(index, { title: e.target.value })}
              />
              <Textfield
                id={fieldId(`agenda.${index}.minutes`)}
                className="editor-row__number"
                inputMode="numeric"
                label={t('create.agenda.minutesLabel', n)}
                value={phase.minutes}
                error={problem(`agenda.${index}.minutes`)}
                onChange={(e) => update(index, { minutes: e.target.value })}
              />
              <Field className="editor-row__select">
                <Label htmlFor={fieldId(`agenda.${index}.activity`)}>
                  {t('create.agenda.activityLabel', n)}
                </Label>
                <Select
                  id={fieldId(`agenda.${index}.activity`)}
                  value={phase.activity}
                  onChange={(e) => {
                    const parsed = activitySchema.safeParse(e.target.value);
                    if (parsed.success) update(index, { activity: parsed.data });
                  }}
                >
                  {activitySchema.options.map((activity) => (
                    <option key={activity} value={activity}>
                      {t(`workshop.activities.${activity}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <div className="editor-row__buttons">
                <Button
                  variant="tertiary"
                  icon
                  aria-label={t('create.agenda.up', n)}
                  disabled={index === 0}
                  onClick={() => setAgenda(moveItem(draft.agenda, index, -1))}
                >
                  ↑
                </Button>
                <Button
                  variant="tertiary"
                  icon
                  aria-label={t('create.agenda.down', n)}
                  disabled={index === draft.agenda.length - 1}
                  onClick={() => setAgenda(moveItem(draft.agenda, index, 1))}
                >
                  ↓
                </Button>
                <Button
                  variant="tertiary"
                  data-color="danger"
                  icon
                  aria-label={t('create.agenda.remove', n)}
                  onClick={() => setAgenda(draft.agenda.filter((_, i) => i !== index))}
                >
                  ✕
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button
        variant="secondary"
        onClick={() =>
          setAgenda([
            ...draft.agenda,
            { id: freshId('phase', draft.agenda), title: '', minutes: '15', activity: 'free' },
          ])
        }
      >
        {t('create.agenda.add')}
      </Button>
    </section>
  );
}
