import { Button, Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import type { WorkshopMode } from '@samskap/shared/workshop';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelProps } from './AgendaPanel';

const MODES: readonly WorkshopMode[] = ['plenary', 'tables'];

/** Lock and unlock input; plenary or tables. */
export function ControlsPanel({ state, actions, readOnly }: PanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { locked, mode } = state.run;
  const disabled = readOnly || actions.busy;
  return (
    <section className="console-panel" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('console.controls.heading')}
      </Heading>
      <Paragraph data-testid="lock-state">
        {locked ? t('console.controls.lockedState') : t('console.controls.unlockedState')}
      </Paragraph>
      <Button
        variant={locked ? 'primary' : 'secondary'}
        disabled={disabled}
        onClick={() => void actions.run({ type: locked ? 'input.unlock' : 'input.lock' })}
      >
        {locked ? t('console.controls.unlock') : t('console.controls.lock')}
      </Button>
      <Fieldset>
        <Fieldset.Legend>{t('console.controls.modeLegend')}</Fieldset.Legend>
        {MODES.map((value) => (
          <Radio
            key={value}
            name={`mode-${headingId}`}
            value={value}
            label={t(`workshop.mode.${value}`)}
            checked={mode === value}
            disabled={disabled}
            onChange={() => void actions.run({ type: 'mode.set', mode: value })}
          />
        ))}
      </Fieldset>
    </section>
  );
}
