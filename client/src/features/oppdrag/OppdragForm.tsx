import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Select,
  Textarea,
  Textfield,
} from '@digdir/designsystemet-react';
import {
  FUNDINGS,
  fundingSchema,
  OPPDRAG_KINDS,
  OppdragLimits,
  oppdragKindSchema,
  type Oppdrag,
  type OppdragInput,
} from '@samskap/shared/oppdrag';
import type { FocusArea } from '@samskap/shared/workshop';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Draft {
  kind: Oppdrag['kind'];
  title: string;
  goalIds: string[];
  owner: string;
  startYear: string;
  endYear: string;
  gain: string;
  funding: Oppdrag['funding'];
}

function draftOf(o: Oppdrag | null): Draft {
  return {
    kind: o?.kind ?? 'endring',
    title: o?.title ?? '',
    goalIds: o?.goalIds ?? [],
    owner: o?.owner ?? '',
    startYear: o?.startYear === null || o === null ? '' : String(o.startYear),
    endYear: o?.endYear === null || o === null ? '' : String(o.endYear),
    gain: o?.gain ?? '',
    funding: o?.funding ?? 'within_budget',
  };
}

const yearOf = (s: string): number | null | undefined =>
  s.trim() === '' ? null : /^\d{4}$/.test(s.trim()) ? Number(s.trim()) : undefined;

/** Adds or edits one oppdrag by hand; the server checks it again. */
export function OppdragForm(props: {
  readonly oppdrag: Oppdrag | null;
  readonly focusAreas: readonly FocusArea[];
  readonly busy: boolean;
  readonly onSubmit: (input: OppdragInput) => Promise<boolean>;
  readonly onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.oppdrag));
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const start = yearOf(draft.startYear);
  const end = yearOf(draft.endYear);
  const valid = draft.title.trim() !== '' && start !== undefined && end !== undefined;
  return (
    <form
      className="op-form"
      aria-label={
        props.oppdrag ? t('oppdrag.console.editHeading') : t('oppdrag.console.addHeading')
      }
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        void props
          .onSubmit({ ...draft, startYear: start, endYear: end })
          .then((ok) => ok && !props.oppdrag && setDraft(draftOf(null)));
      }}
    >
      <div className="op-inline">
        <Field>
          <Label htmlFor={`${id}-kind`}>{t('oppdrag.console.kind')}</Label>
          <Select
            id={`${id}-kind`}
            value={draft.kind}
            onChange={(e) => set({ kind: oppdragKindSchema.parse(e.target.value) })}
          >
            {OPPDRAG_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`oppdrag.kinds.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Textfield
          label={t('oppdrag.console.title')}
          value={draft.title}
          maxLength={OppdragLimits.titleMax}
          onChange={(e) => set({ title: e.target.value })}
        />
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('oppdrag.console.goals')}</Fieldset.Legend>
        <div className="op-goal-choices">
          {props.focusAreas.flatMap((a) =>
            a.goals.map((g) => (
              <Checkbox
                key={g.id}
                label={`${g.id} ${g.text}`}
                value={g.id}
                checked={draft.goalIds.includes(g.id)}
                onChange={(e) =>
                  set({
                    goalIds: e.target.checked
                      ? [...draft.goalIds, g.id]
                      : draft.goalIds.filter((x) => x !== g.id),
                  })
                }
              />
            )),
          )}
        </div>
      </Fieldset>
      <div className="op-inline">
        <Textfield
          label={t('oppdrag.console.owner')}
          value={draft.owner}
          maxLength={OppdragLimits.ownerMax}
          onChange={(e) => set({ owner: e.target.value })}
        />
        <Textfield
          label={t('oppdrag.console.startYear')}
          inputMode="numeric"
          value={draft.startYear}
          error={start === undefined ? t('oppdrag.console.notAYear') : undefined}
          onChange={(e) => set({ startYear: e.target.value })}
        />
        <Textfield
          label={t('oppdrag.console.endYear')}
          inputMode="numeric"
          value={draft.endYear}
          error={end === undefined ? t('oppdrag.console.notAYear') : undefined}
          onChange={(e) => set({ endYear: e.target.value })}
        />
        <Field>
          <Label htmlFor={`${id}-funding`}>{t('oppdrag.console.funding')}</Label>
          <Select
            id={`${id}-funding`}
            value={draft.funding}
            onChange={(e) => set({ funding: fundingSchema.parse(e.target.value) })}
          >
            {FUNDINGS.map((f) => (
              <option key={f} value={f}>
                {t(`oppdrag.funding.${f}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field>
        <Label htmlFor={`${id}-gain`}>{t('oppdrag.console.gain')}</Label>
        <Textarea
          id={`${id}-gain`}
          rows={2}
          value={draft.gain}
          maxLength={OppdragLimits.gainMax}
          onChange={(e) => set({ gain: e.target.value })}
        />
      </Field>
      <div className="op-actions">
        <Button type="submit" disabled={!valid || props.busy}>
          {props.oppdrag ? t('oppdrag.console.save') : t('oppdrag.console.add')}
        </Button>
        {props.onCancel && (
          <Button variant="tertiary" onClick={props.onCancel}>
            {t('oppdrag.console.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
