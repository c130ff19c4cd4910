import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelProps } from './AgendaPanel';

/**
 * The projector's stage from the console: hold the page that is up (for a discussion), turn to
 * the next, and shrink the join panel to a strip before most have joined.
 */
export function StagePanel({ state, actions, readOnly }: PanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { held, joinCompact } = state.run.stage;
  const disabled = readOnly || actions.busy;
  return (
    <section className="console-panel" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('console.stage.heading')}
      </Heading>
      <Paragraph data-testid="stage-state">
        {held ? t('console.stage.heldState') : t('console.stage.rotatingState')}
      </Paragraph>
      <div className="button-row">
        <Button
          variant={held ? 'primary' : 'secondary'}
          disabled={disabled}
          onClick={() => void actions.run({ type: 'stage.hold', held: !held })}
        >
          {held ? t('console.stage.resume') : t('console.stage.hold')}
        </Button>
        <Button
          variant="secondary"
          disabled={disabled}
          onClick={() => void actions.run({ type: 'stage.step' })}
        >
          {t('console.stage.next')}
        </Button>
        <Button
          variant="secondary"
          disabled={disabled}
          onClick={() => void actions.run({ type: 'stage.join', compact: !joinCompact })}
        >
          {joinCompact ? t('console.stage.joinLarge') : t('console.stage.joinStrip')}
        </Button>
      </div>
    </section>
  );
}
