import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { pointsLeft, RundebordLimits, type RundebordView } from '@samskap/shared/rundebord';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { tableAction } from './api';
import { RundebordError } from './RundebordError';

interface PartProps {
  readonly workshopId: string;
  readonly token: string;
  readonly disabled: boolean;
}

/** A new card: one idea, at most 280 characters, with the characters left said as you type. */
export function AddCardForm({ workshopId, token, disabled }: PartProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  const action = useAsyncAction();
  const statusId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '' || disabled || action.busy) return;
    const ok = await action.run(() =>
      tableAction(workshopId, token, { type: 'card.add', text: text.trim() }),
    );
    if (ok) {
      setText('');
      setSent(true);
    }
  }

  return (
    <form className="rt-add" onSubmit={(e) => void submit(e)}>
      <Textfield
        label={t('rundebord.cards.addLabel')}
        multiline
        rows={2}
        value={text}
        maxLength={RundebordLimits.cardMax}
        disabled={disabled}
        aria-describedby={statusId}
        onChange={(e) => {
          setText(e.target.value);
          setSent(false);
        }}
      />
      <p className="rt-add__status" id={statusId} role="status">
        {sent
          ? t('rundebord.cards.sent')
          : t('rundebord.cards.left', { count: RundebordLimits.cardMax - text.length })}
      </p>
      <div className="button-row">
        <Button type="submit" disabled={disabled || action.busy || text.trim() === ''}>
          {t('rundebord.cards.send')}
        </Button>
      </div>
      <RundebordError error={action.error} />
    </form>
  );
}

type SummaryProps = PartProps & {
  readonly summary: string;
  /** 'you', 'other' or null (no secretary). */
  readonly secretary: 'you' | 'other' | null;
  readonly headingLevel: 3 | 4;
};

/** The table's summary line: written by the secretary if there is one, else by anyone there. */
export function SummaryForm(props: SummaryProps) {
  // Kept across the form's fresh start below, so the writer sees that the line was saved.
  const [saved, setSaved] = useState(false);
  // Started afresh whenever the saved line changes (from this tablet or another at the table).
  return <SummaryFormInner key={props.summary} {...props} saved={saved} setSaved={setSaved} />;
}

function SummaryFormInner({
  workshopId,
  token,
  disabled,
  summary,
  secretary,
  headingLevel,
  saved,
  setSaved,
}: SummaryProps & { readonly saved: boolean; readonly setSaved: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(summary);
  const action = useAsyncAction();
  const mayWrite = secretary !== 'other';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const ok = await action.run(() =>
      tableAction(workshopId, token, { type: 'summary.set', text: text.trim() }),
    );
    setSaved(ok);
  }

  return (
    <section className="rt-summary" aria-label={t('rundebord.summary.heading')}>
      <Heading level={headingLevel} data-size="xs">
        {t('rundebord.summary.heading')}
      </Heading>
      {secretary === 'you' && <Paragraph data-size="sm">{t('rundebord.summary.you')}</Paragraph>}
      {mayWrite ? (
        <form onSubmit={(e) => void submit(e)}>
          <Textfield
            label={t('rundebord.summary.label')}
            value={text}
            maxLength={RundebordLimits.summaryMax}
            disabled={disabled}
            onChange={(e) => {
              setText(e.target.value);
              setSaved(false);
            }}
          />
          <div className="button-row">
            <Button type="submit" variant="secondary" disabled={disabled || action.busy}>
              {t('rundebord.summary.save')}
            </Button>
            <span role="status">{saved ? t('rundebord.summary.saved') : ''}</span>
          </div>
          <RundebordError error={action.error} />
        </form>
      ) : (
        <>
          <Paragraph data-size="sm">{t('rundebord.summary.onlySecretary')}</Paragraph>
          <Paragraph data-testid="rt-summary">{summary || t('rundebord.summary.none')}</Paragraph>
        </>
      )}
    </section>
  );
}

/** Priority points on the themes: + and − buttons within the budget, sent whole each time. */
export function PointsForm({
  workshopId,
  token,
  view,
  headingLevel,
}: Omit<PartProps, 'disabled'> & { readonly view: RundebordView; readonly headingLevel: 3 | 4 }) {
  const { t } = useTranslation();
  const action = useAsyncAction();
  const mine = view.points.mine;
  const left = pointsLeft(mine, view.points.budget);
  const open = view.points.state === 'open';

  function step(themeId: string, delta: 1 | -1) {
    const next = { ...mine, [themeId]: Math.max(0, (mine[themeId] ?? 0) + delta) };
    void action.run(() => tableAction(workshopId, token, { type: 'points.cast', points: next }));
  }

  return (
    <section className="rt-points" aria-label={t('rundebord.points.heading')}>
      <Heading level={headingLevel} data-size="xs">
        {t('rundebord.points.heading')}
      </Heading>
      <p role="status">
        {open
          ? t('rundebord.points.left', { count: left, budget: view.points.budget })
          : t('rundebord.points.closed')}
      </p>
      <ul className="rt-points__list">
        {view.themes.map((theme) => (
          <li key={theme.id} className="rt-points__item">
            <span className="rt-points__name">{theme.name}</span>
            <Button
              type="button"
              variant="secondary"
              aria-label={t('rundebord.points.less', { theme: theme.name })}
              disabled={!open || action.busy || (mine[theme.id] ?? 0) === 0}
              onClick={() => step(theme.id, -1)}
            >
              −
            </Button>
            <span className="rt-points__value" data-testid="rt-points-value">
              {mine[theme.id] ?? 0}
            </span>
            <Button
              type="button"
              variant="secondary"
              aria-label={t('rundebord.points.more', { theme: theme.name })}
              disabled={!open || action.busy || left === 0}
              onClick={() => step(theme.id, 1)}
            >
              +
            </Button>
          </li>
        ))}
      </ul>
      <RundebordError error={action.error} />
    </section>
  );
}
