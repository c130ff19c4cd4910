import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { ArgumentLimits } from '@samskap/shared/arguments';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from '../ActionError';
import type { ConsoleSectionProps } from './types';
import { useMapActions } from './useMapActions';

/** The discussion norms: edit, add, remove, then save for every screen. */
export function NormsEditor({ state, view, token, headingLevel, disabled }: ConsoleSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const act = useMapActions(state.workshop.id, token);
  // A draft while editing; otherwise what the server has (which may change from elsewhere).
  const [draft, setDraft] = useState<string[] | null>(null);
  const norms = draft ?? view.norms;
  const set = (next: string[]) => setDraft(next);
  return (
    <section className="console-panel arguments-panel" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {t('arguments.norms.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('arguments.norms.hint')}</Paragraph>
      <ol className="norms-editor">
        {norms.map((norm, index) => (
          <li key={index} className="norms-editor__row">
            <Textfield
              label={t('arguments.norms.item', { number: index + 1 })}
              value={norm}
              maxLength={ArgumentLimits.normMax}
              disabled={disabled}
              onChange={(event) => set(norms.map((n, i) => (i === index ? event.target.value : n)))}
            />
            <Button
              variant="tertiary"
              data-size="sm"
              disabled={disabled}
              onClick={() => set(norms.filter((_, i) => i !== index))}
            >
              {t('arguments.norms.remove')}
              <span className="visually-hidden">
                {' '}
                {t('arguments.norms.item', { number: index + 1 })}
              </span>
            </Button>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <Button
          variant="secondary"
          disabled={disabled || norms.length >= ArgumentLimits.normsMax}
          onClick={() => set([...norms, ''])}
        >
          {t('arguments.norms.add')}
        </Button>
        <Button
          disabled={disabled || draft === null || act.busy}
          onClick={() =>
            void act
              .run({ type: 'norms.set', norms: norms.map((n) => n.trim()).filter((n) => n !== '') })
              .then((ok) => {
                if (ok) setDraft(null);
              })
          }
        >
          {t('arguments.norms.save')}
        </Button>
      </div>
      <ActionError error={act.error} />
    </section>
  );
}
