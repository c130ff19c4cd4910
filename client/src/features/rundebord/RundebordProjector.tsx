import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { RundebordView } from '@samskap/shared/rundebord';
import type { LiveState } from '@samskap/shared/workshop';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountdown } from '../../live/countdown';
import { useRemainingMs } from '../../live/useLiveState';
import type { ActivityProps } from '../workshop/activity';
import './rundebord.css';

/** The talking time of the table reporting back, counting down on the server's clock. */
function TalkTimer({ view, state }: { readonly view: RundebordView; readonly state: LiveState }) {
  const { t } = useTranslation();
  // The server's clock against this screen's, as first seen (the activity gets no offset).
  const [offset] = useState(() => state.serverTime - Date.now());
  const timer = {
    durationMs: view.report.talkSeconds * 1000,
    elapsedMs: view.report.elapsedMs,
    runningSince: view.report.runningSince,
  };
  const remaining = useRemainingMs(timer, offset) ?? timer.durationMs;
  const { text, overtime } = formatCountdown(remaining);
  return (
    <div className="rt-talk" data-overtime={overtime} data-running={timer.runningSince !== null}>
      <span className="rt-talk__label">
        {overtime ? t('rundebord.report.overtime') : t('rundebord.report.timer')}
      </span>
      <span className="rt-talk__time" role="timer">
        {text}
      </span>
    </div>
  );
}

/**
 * The big screen: while a table reports back, its top three large and the rest as a count with
 * its talking time; once there are themes, the themes with their tables and points; otherwise
 * the question and how many cards each table has.
 */
export function RundebordProjector({ state, headingLevel }: ActivityProps) {
  const { t } = useTranslation();
  const view = state.rundebord;
  const headingId = useId();
  const sub = (headingLevel + 1) as 3 | 4;
  const tableName = (id: string) => state.workshop.tables.find((x) => x.id === id)?.name ?? id;
  const reporting = view.report.tableId;

  if (reporting !== null) {
    const info = view.tables.find((x) => x.tableId === reporting);
    const top = view.cards.filter((c) => c.tableId === reporting && c.top);
    const rest = Math.max(0, (info?.cardCount ?? 0) - top.length);
    return (
      <section className="rundebord rundebord--projector" aria-labelledby={headingId}>
        <div className="rt-report-head">
          <Heading level={headingLevel} data-size="lg" id={headingId}>
            {t('rundebord.report.table', { table: tableName(reporting) })}
          </Heading>
          <TalkTimer view={view} state={state} />
        </div>
        <p className="rt-report-question">{info?.question ?? view.question}</p>
        {top.length === 0 ? (
          <Paragraph data-size="lg">{t('rundebord.report.noTop')}</Paragraph>
        ) : (
          <ol className="rt-top3" aria-label={t('rundebord.report.topThree')} data-testid="rt-top3">
            {top.map((c) => (
              <li key={c.id}>{c.text}</li>
            ))}
          </ol>
        )}
        {rest > 0 && (
          <p className="rt-rest" data-testid="rt-rest">
            {t('rundebord.report.rest', { count: rest })}
          </p>
        )}
        {info?.summary ? <p className="rt-report-summary">{info.summary}</p> : null}
      </section>
    );
  }

  if (view.themes.length > 0) {
    return (
      <section className="rundebord rundebord--projector" aria-labelledby={headingId}>
        <Heading level={headingLevel} data-size="lg" id={headingId}>
          {t('rundebord.themes.heading')}
        </Heading>
        {view.points.state !== 'none' && (
          <p className="rt-points-status">
            {t('rundebord.points.voters', { count: view.points.voters })}
            {view.points.withheld !== null && ` · ${t(`rundebord.points.${view.points.withheld}`)}`}
          </p>
        )}
        <ul className="rt-themes" data-testid="rt-themes">
          {view.themes.map((th) => {
            const cards = view.cards.filter((c) => c.themeId === th.id);
            return (
              <li key={th.id} className="rt-theme">
                <Heading level={sub} data-size="sm">
                  {th.name}
                  {th.points !== null && (
                    <span className="rt-theme__points">
                      {' '}
                      · {t('rundebord.points.points', { count: th.points })}
                    </span>
                  )}
                </Heading>
                {th.tableIds.length > 0 && (
                  <p className="rt-theme__from">
                    {t('rundebord.themes.from', { tables: th.tableIds.map(tableName).join(', ') })}
                  </p>
                )}
                <ul className="rt-theme__cards">
                  {cards.slice(0, 4).map((c) => (
                    <li key={c.id}>{c.text}</li>
                  ))}
                </ul>
                {cards.length > 4 && (
                  <p className="rt-rest">
                    {t('rundebord.report.rest', { count: cards.length - 4 })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    );
  }

  return (
    <section className="rundebord rundebord--projector" aria-labelledby={headingId}>
      <p className="rt-question__label">{t('rundebord.question')}</p>
      <Heading level={headingLevel} data-size="lg" id={headingId} className="rt-report-question">
        {view.question}
      </Heading>
      {view.floorTableId !== null && (
        <p className="rt-floor" data-yours="true">
          {t('rundebord.floor.other', { table: tableName(view.floorTableId) })}
        </p>
      )}
      <ul className="rt-overview" aria-label={t('rundebord.overview.heading')}>
        {view.tables.map((x) => (
          <li key={x.tableId} className="rt-overview__table">
            <span className="rt-overview__name">{tableName(x.tableId)}</span>
            <span className="rt-overview__count">
              {t('rundebord.overview.cards', { count: x.cardCount })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
