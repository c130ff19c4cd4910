import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { topThreeHasRoom } from '@samskap/shared/rundebord';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityProps } from '../workshop/activity';
import { CardItem } from './CardItem';
import { Handout } from './Handout';
import { AddCardForm, PointsForm, SummaryForm } from './TabletParts';
import './rundebord.css';

/**
 * The tablet at a table: the table's question and handout, who has the floor, a form for a new
 * card, the table's cards live (own ones editable), the top three, the summary line and, once
 * the plenary has themes, priority points.
 */
export function RundebordTablet({ state, token, headingLevel }: ActivityProps) {
  const { t } = useTranslation();
  const view = state.rundebord;
  const headingId = useId();
  const sub = (headingLevel + 1) as 3 | 4;
  const tableId = state.you?.tableId ?? null;
  if (tableId === null) return null;
  const workshopId = state.workshop.id;
  const table = view.tables.find((x) => x.tableId === tableId);
  const tableName = (id: string) => state.workshop.tables.find((x) => x.id === id)?.name ?? id;
  const ended = state.workshop.endedAt !== null;
  const block = ended ? 'ended' : state.run.locked ? 'locked' : view.paused ? 'paused' : null;
  const topCount = view.cards.filter((c) => c.top).length;
  const topFull = !topThreeHasRoom(
    view.cards.map((c) => ({ tableId: c.tableId, top: c.top, hidden: c.hidden })),
    tableId,
  );
  const secretaryId = table?.secretaryId ?? null;
  const secretary = secretaryId === null ? null : secretaryId === state.you?.id ? 'you' : 'other';

  return (
    <section className="rundebord rundebord--tablet" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="sm" id={headingId} className="visually-hidden">
        {t('rundebord.heading')}
      </Heading>
      {view.floorTableId !== null && (
        <p
          className="rt-floor"
          data-yours={view.floorTableId === tableId}
          role="status"
          data-testid="rt-floor"
        >
          {view.floorTableId === tableId
            ? t('rundebord.floor.yours')
            : t('rundebord.floor.other', { table: tableName(view.floorTableId) })}
        </p>
      )}
      <div className="rt-question">
        <p className="rt-question__label">{t('rundebord.question')}</p>
        <p className="rt-question__text" data-testid="rt-question">
          {table?.question ?? view.question}
        </p>
      </div>
      <Handout text={view.handout} />
      {block !== null && (
        <Paragraph className="rt-notice" role="status">
          {t(`rundebord.${block}`)}
        </Paragraph>
      )}
      <AddCardForm workshopId={workshopId} token={token} disabled={block !== null} />
      <section className="rt-cards" aria-label={t('rundebord.cards.heading')}>
        <Heading level={sub} data-size="xs">
          {t('rundebord.cards.heading')}
        </Heading>
        <p className="rt-cards__count">{t('rundebord.cards.topCount', { count: topCount })}</p>
        {view.cards.length === 0 ? (
          <Paragraph>{t('rundebord.cards.empty')}</Paragraph>
        ) : (
          <ul className="rt-cards__list">
            {view.cards.map((card) => (
              <CardItem
                key={card.id}
                card={card}
                workshopId={workshopId}
                token={token}
                disabled={block !== null}
                topFull={topFull}
              />
            ))}
          </ul>
        )}
      </section>
      <SummaryForm
        workshopId={workshopId}
        token={token}
        disabled={block !== null}
        summary={table?.summary ?? ''}
        secretary={secretary}
        headingLevel={sub}
      />
      {view.points.state !== 'none' && view.themes.length > 0 && (
        <PointsForm workshopId={workshopId} token={token} view={view} headingLevel={sub} />
      )}
    </section>
  );
}
