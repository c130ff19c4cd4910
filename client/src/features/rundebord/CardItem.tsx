import { Button, Textfield } from '@digdir/designsystemet-react';
import { RundebordLimits, type CardView } from '@samskap/shared/rundebord';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { tableAction } from './api';
import { RundebordError } from './RundebordError';

export interface CardItemProps {
  readonly card: CardView;
  readonly workshopId: string;
  readonly token: string;
  /** Input is blocked (lock, pause, end). */
  readonly disabled: boolean;
  /** The table has three marked already: marking one more is refused. */
  readonly topFull: boolean;
}

/** A card at the tablet's own table: its text, edit and withdraw for its author, the top mark. */
export function CardItem({ card, workshopId, token, disabled, topFull }: CardItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const action = useAsyncAction();
  const busy = disabled || action.busy;
  const who = card.authorName ?? t(`workshop.roles.${card.authorRole}`);
  const marker =
    card.topMarkedBy === null
      ? null
      : (card.topMarkedBy.name ?? t(`workshop.roles.${card.topMarkedBy.role}`));

  async function save() {
    if (editing === null || editing.trim() === '') return;
    const ok = await action.run(() =>
      tableAction(workshopId, token, { type: 'card.edit', cardId: card.id, text: editing.trim() }),
    );
    if (ok) setEditing(null);
  }

  return (
    <li className="rt-card" data-top={card.top} data-testid="rt-card">
      {editing === null ? (
        <p className="rt-card__text">{card.text}</p>
      ) : (
        <Textfield
          label={t('rundebord.cards.editLabel')}
          multiline
          rows={3}
          value={editing}
          maxLength={RundebordLimits.cardMax}
          onChange={(e) => setEditing(e.target.value)}
        />
      )}
      <p className="rt-card__meta">
        {card.mine ? t('rundebord.cards.mine') : who}
        {card.top && (
          <span className="rt-card__top">
            {' · '}
            {t('rundebord.cards.top')}
            {marker !== null && ` · ${t('rundebord.cards.markedBy', { who: marker })}`}
          </span>
        )}
      </p>
      <div className="button-row">
        <Button
          type="button"
          variant={card.top ? 'primary' : 'secondary'}
          aria-pressed={card.top}
          disabled={busy || (!card.top && topFull)}
          onClick={() =>
            void action.run(() =>
              tableAction(workshopId, token, { type: 'card.top', cardId: card.id, on: !card.top }),
            )
          }
        >
          {card.top ? t('rundebord.cards.unmarkTop') : t('rundebord.cards.markTop')}
        </Button>
        {card.mine &&
          (editing === null ? (
            <>
              <Button
                type="button"
                variant="tertiary"
                disabled={busy}
                onClick={() => setEditing(card.text ?? '')}
              >
                {t('rundebord.cards.edit')}
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-color="danger"
                disabled={busy}
                onClick={() =>
                  void action.run(() =>
                    tableAction(workshopId, token, { type: 'card.withdraw', cardId: card.id }),
                  )
                }
              >
                {t('rundebord.cards.withdraw')}
              </Button>
            </>
          ) : (
            <>
              <Button type="button" disabled={busy} onClick={() => void save()}>
                {t('rundebord.cards.save')}
              </Button>
              <Button type="button" variant="tertiary" onClick={() => setEditing(null)}>
                {t('rundebord.cards.cancel')}
              </Button>
            </>
          ))}
      </div>
      <RundebordError error={action.error} />
    </li>
  );
}
