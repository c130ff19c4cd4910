import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import type { RundebordView } from '@samskap/shared/rundebord';
import type { LiveState } from '@samskap/shared/workshop';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { rundebordAction } from './api';
import { RundebordError } from './RundebordError';

/** Optional priority points on the themes: open with a budget, close, reveal. */
export function ConsolePoints({
  state,
  token,
  view,
  headingLevel,
}: {
  readonly state: LiveState;
  readonly token: string;
  readonly view: RundebordView;
  readonly headingLevel: 3 | 4;
}) {
  const { t } = useTranslation();
  const action = useAsyncAction();
  const [budget, setBudget] = useState(String(view.points.budget));
  const act = (a: Parameters<typeof rundebordAction>[2]) =>
    void action.run(() => rundebordAction(state.workshop.id, token, a));
  const p = view.points;
  return (
    <section className="rt-console-points" aria-label={t('rundebord.points.heading')}>
      <Heading level={headingLevel} data-size="xs">
        {t('rundebord.points.heading')}
      </Heading>
      <p role="status">
        {t('rundebord.points.voters', { count: p.voters })}
        {p.withheld !== null && ` · ${t(`rundebord.points.${p.withheld}`)}`}
      </p>
      <form
        className="rt-talk-seconds"
        onSubmit={(e) => {
          e.preventDefault();
          act({ type: 'points.open', budget: Number(budget) });
        }}
      >
        <Textfield
          label={t('rundebord.console.budget')}
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          value={budget}
          onChange={(e) => setBudget(e.target.value)}
        />
        <Button type="submit" variant="secondary" disabled={action.busy}>
          {t('rundebord.console.openPoints')}
        </Button>
      </form>
      <div className="button-row">
        <Button
          type="button"
          variant="secondary"
          disabled={action.busy || p.state !== 'open'}
          onClick={() => act({ type: 'points.close' })}
        >
          {t('rundebord.console.closePoints')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          aria-pressed={p.revealed}
          disabled={action.busy || p.state === 'none'}
          onClick={() => act({ type: 'points.reveal', revealed: !p.revealed })}
        >
          {p.revealed ? t('rundebord.console.unreveal') : t('rundebord.console.reveal')}
        </Button>
      </div>
      <RundebordError error={action.error} />
    </section>
  );
}
