import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Switch,
} from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from '../ActionError';
import type { ConsoleSectionProps } from './types';
import { useMapActions } from './useMapActions';

/** Who may add entries now: pause, give the floor to one table, controlled mode. */
export function InputPanel({ state, view, token, headingLevel, disabled }: ConsoleSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const floorId = useId();
  const act = useMapActions(state.workshop.id, token);
  const off = disabled || act.busy;
  return (
    <section className="console-panel arguments-panel" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {t('arguments.console.input.heading')}
      </Heading>
      <Paragraph data-testid="input-state">
        {view.paused ? t('arguments.console.input.paused') : t('arguments.console.input.open')}
      </Paragraph>
      <div className="button-row">
        <Button
          variant={view.paused ? 'primary' : 'secondary'}
          disabled={off}
          onClick={() => void act.run({ type: 'input.pause', paused: !view.paused })}
        >
          {view.paused ? t('arguments.console.input.resume') : t('arguments.console.input.pause')}
        </Button>
      </div>
      <Field>
        <Label htmlFor={floorId}>{t('arguments.console.input.floor')}</Label>
        <Select
          id={floorId}
          value={view.floorTableId ?? ''}
          disabled={off}
          onChange={(event) =>
            void act.run({
              type: 'floor.give',
              tableId: event.target.value === '' ? null : event.target.value,
            })
          }
        >
          <option value="">{t('arguments.console.input.everyone')}</option>
          {state.workshop.tables.map((table) => (
            <option key={table.id} value={table.id}>
              {table.name}
            </option>
          ))}
        </Select>
      </Field>
      <Switch
        label={t('arguments.console.input.controlled')}
        checked={view.controlled}
        disabled={off}
        onChange={(event) =>
          void act.run({ type: 'controlled.set', controlled: event.target.checked })
        }
      />
      <ActionError error={act.error} />
    </section>
  );
}
