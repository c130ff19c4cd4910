import { Checkbox, Field, Heading, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage } from '../../i18n/languages';
import { fieldId } from './problems';
import type { SetupDraft } from './setupDraft';

export interface DraftEditorProps {
  readonly draft: SetupDraft;
  onChange(next: SetupDraft): void;
  problem(path: string): string | undefined;
}

/** Title, municipality, date, language, period and whether names show on shared screens. */
export function BasicsFields({ draft, onChange, problem }: DraftEditorProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<SetupDraft>) => onChange({ ...draft, ...patch });
  return (
    <section className="create-section" aria-labelledby="create-basics">
      <Heading level={2} data-size="sm" id="create-basics">
        {t('create.basics.heading')}
      </Heading>
      <Textfield
        id={fieldId('title')}
        label={t('create.basics.title')}
        value={draft.title}
        error={problem('title')}
        onChange={(e) => set({ title: e.target.value })}
      />
      <Textfield
        id={fieldId('municipality')}
        label={t('create.basics.municipality')}
        value={draft.municipality}
        error={problem('municipality')}
        onChange={(e) => set({ municipality: e.target.value })}
      />
      <div className="create-row">
        <Textfield
          id={fieldId('date')}
          type="date"
          label={t('create.basics.date')}
          value={draft.date}
          error={problem('date')}
          onChange={(e) => set({ date: e.target.value })}
        />
        <Field>
          <Label htmlFor={fieldId('language')}>{t('create.basics.language')}</Label>
          <Select
            id={fieldId('language')}
            value={draft.language}
            onChange={(e) => {
              if (isLanguage(e.target.value)) set({ language: e.target.value });
            }}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {t(`language.names.${language}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="create-row">
        <Textfield
          id={fieldId('period.start')}
          inputMode="numeric"
          label={t('create.basics.periodStart')}
          value={draft.periodStart}
          error={problem('period.start')}
          onChange={(e) => set({ periodStart: e.target.value })}
        />
        <Textfield
          id={fieldId('period.end')}
          inputMode="numeric"
          label={t('create.basics.periodEnd')}
          value={draft.periodEnd}
          error={problem('period.end')}
          onChange={(e) => set({ periodEnd: e.target.value })}
        />
      </div>
      <Checkbox
        label={t('create.basics.showNames')}
        checked={draft.showNames}
        onChange={(e) => set({ showNames: e.target.checked })}
      />
    </section>
  );
}
