import {
  Button,
  Field,
  Heading,
  Label,
  Select,
  Textarea,
  Textfield,
} from '@digdir/designsystemet-react';
import { decisionSchema, PlanbehovLimits, type PlanInput } from '@samskap/shared/planbehov';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formToPlan, type PlanFormDraft, type PlanFormProblem } from './planForm';

export interface PlanFormProps {
  readonly initial: PlanFormDraft;
  readonly mode: 'add' | 'edit';
  readonly busy: boolean;
  readonly headingLevel: 4 | 5;
  onSubmit(plan: PlanInput): void;
  onCancel(): void;
}

/** Adding or editing one plan by hand, with the same fields the CSV file has. */
export function PlanForm({ initial, mode, busy, headingLevel, onSubmit, onCancel }: PlanFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<PlanFormProblem[]>([]);
  const set = (patch: Partial<PlanFormDraft>) => setDraft({ ...draft, ...patch });
  const problem = (
    field: PlanFormProblem,
    key: 'titleRequired' | 'typeRequired' | 'yearInvalid',
  ) => (problems.includes(field) ? t(`planbehov.console.${key}`) : undefined);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const result = formToPlan(draft);
    if (!result.ok) {
      setProblems(result.problems);
      queueMicrotask(() =>
        document.querySelector<HTMLElement>(`#${CSS.escape(id)} [aria-invalid="true"]`)?.focus(),
      );
      return;
    }
    setProblems([]);
    onSubmit(result.plan);
  }

  return (
    <form id={id} className="pb-plan-form" noValidate onSubmit={submit}>
      <Heading level={headingLevel} data-size="2xs">
        {mode === 'add' ? t('planbehov.console.formAdd') : t('planbehov.console.formEdit')}
      </Heading>
      <Textfield
        label={t('planbehov.console.title')}
        value={draft.title}
        maxLength={PlanbehovLimits.titleMax}
        error={problem('title', 'titleRequired')}
        onChange={(e) => set({ title: e.target.value })}
      />
      <div className="pb-plan-form__row">
        <Textfield
          label={t('planbehov.plan.type')}
          value={draft.planType}
          maxLength={PlanbehovLimits.planTypeMax}
          error={problem('planType', 'typeRequired')}
          onChange={(e) => set({ planType: e.target.value })}
        />
        <Textfield
          label={t('planbehov.plan.adopted')}
          inputMode="numeric"
          value={draft.adoptedYear}
          description={t('planbehov.console.yearHint')}
          error={problem('adoptedYear', 'yearInvalid')}
          onChange={(e) => set({ adoptedYear: e.target.value })}
        />
      </div>
      <div className="pb-plan-form__row">
        <Field>
          <Label htmlFor={`${id}-proposal`}>{t('planbehov.plan.proposal')}</Label>
          <Select
            id={`${id}-proposal`}
            value={draft.proposal}
            onChange={(e) => set({ proposal: decisionSchema.parse(e.target.value) })}
          >
            {decisionSchema.options.map((d) => (
              <option key={d} value={d}>
                {t(`planbehov.decisions.${d}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Textfield
          label={t('planbehov.console.proposalYear')}
          inputMode="numeric"
          value={draft.proposalYear}
          description={t('planbehov.console.yearHint')}
          error={problem('proposalYear', 'yearInvalid')}
          onChange={(e) => set({ proposalYear: e.target.value })}
        />
        <Field>
          <Label htmlFor={`${id}-law`}>{t('planbehov.plan.requiredByLaw')}</Label>
          <Select
            id={`${id}-law`}
            value={draft.requiredByLaw}
            onChange={(e) =>
              set({ requiredByLaw: e.target.value as PlanFormDraft['requiredByLaw'] })
            }
          >
            <option value="">{t('planbehov.plan.unknown')}</option>
            <option value="yes">{t('planbehov.plan.yes')}</option>
            <option value="no">{t('planbehov.plan.no')}</option>
          </Select>
        </Field>
      </div>
      <Textfield
        label={t('planbehov.plan.focusArea')}
        value={draft.focusArea}
        maxLength={PlanbehovLimits.focusAreaMax}
        onChange={(e) => set({ focusArea: e.target.value })}
      />
      <Field>
        <Label htmlFor={`${id}-description`}>{t('planbehov.console.description')}</Label>
        <Textarea
          id={`${id}-description`}
          rows={3}
          maxLength={PlanbehovLimits.descriptionMax}
          value={draft.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </Field>
      <div className="button-row">
        <Button type="submit" disabled={busy}>
          {t('planbehov.console.save')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('planbehov.console.cancel')}
        </Button>
      </div>
    </form>
  );
}
