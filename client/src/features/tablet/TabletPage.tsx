import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { forgetLiveState, useLastLiveState } from '../../live/lastState';
import { useLiveState } from '../../live/useLiveState';
import { loadParticipant } from '../../session/credentials';
import { useConnectionStatus, usePendingChanges, useRefused } from '../../sync/hooks';
import { useWorkshopContent } from '../../sync/useWorkshopContent';
import { AppLink } from '../../ui/AppLink';
import { ConnectionBadge } from '../../ui/ConnectionBadge';
import { OfflineNotice } from '../../ui/OfflineNotice';
import { ConsentEvent, ConsentEventJump } from '../consent';
import { AccessEnded } from '../workshop/AccessEnded';
import { Countdown } from '../workshop/Countdown';
import { ConnectingToWorkshop, WorkshopNotices } from '../workshop/Notices';
import { PhaseContent } from '../workshop/PhaseContent';
import { PhaseTitle } from '../workshop/PhaseTitle';
import { useWorkshopLanguage } from '../workshop/useWorkshopLanguage';
import { useParticipantAccess } from './useParticipantAccess';
import { useWritersPlace } from './useWritersPlace';
import './tablet.css';

export interface TabletPageProps {
  readonly workshopId: string;
}

/** The participant's tablet: phase, countdown, connection, their table, and the phase's frame. */
export function TabletPage({ workshopId }: TabletPageProps) {
  const credential = loadParticipant(workshopId);
  if (credential === null) return <NotJoined />;
  return <JoinedTablet workshopId={workshopId} token={credential.participantToken} />;
}

function JoinedTablet({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const live = useLiveState(workshopId, token);
  const content = useWorkshopContent(workshopId, token);
  const status = useConnectionStatus(content);
  const pending = usePendingChanges(content);
  const refused = useRefused(content);
  const ended = useParticipantAccess(token, live.ended, refused);
  const bar = useRef<HTMLElement>(null);
  useWritersPlace(bar);
  // Reloaded without network, the tablet shows the workshop as it last saw it.
  const { state } = useLastLiveState(workshopId, live.state);
  useEffect(() => {
    if (ended !== null) forgetLiveState(workshopId);
  }, [ended, workshopId]);
  useWorkshopLanguage(state?.workshop.language);
  useDocumentTitle(state ? state.workshop.title : t('workshop.loading'));

  if (ended !== null) return <AccessEnded reason={ended} />;
  if (state === null) return <ConnectingToWorkshop />;

  const you = state.you;
  const table = state.workshop.tables.find((item) => item.id === you?.tableId);
  return (
    <div className="tablet">
      <section ref={bar} className="tablet__bar" aria-label={t('tablet.statusLabel')}>
        <p className="tablet__workshop">{state.workshop.title}</p>
        <ConsentEventJump state={state} />
        <ConnectionBadge status={status} pending={pending} />
      </section>
      <div className="tablet__phase">
        <PhaseTitle state={state} level={1} size="lg" />
        <Countdown timer={state.run.timer} clockOffsetMs={live.clockOffsetMs} />
      </div>
      <OfflineNotice />
      {live.status === 'reconnecting' && (
        <p className="tablet__reconnecting" role="status">
          {t('workshop.liveReconnecting')}
        </p>
      )}
      <WorkshopNotices state={state} />
      <ConsentEvent state={state} token={token} headingLevel={2} />
      <dl className="tablet__facts">
        <div>
          <dt>{t('tablet.yourTable')}</dt>
          <dd data-testid="your-table">{table?.name ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('tablet.youAre')}</dt>
          <dd>
            {you ? t(`workshop.roles.${you.role}`) : '—'}
            {you?.displayName ? ` · ${you.displayName}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('tablet.mode')}</dt>
          <dd data-testid="mode">
            {t(`workshop.mode.${state.run.mode}`)}
            <span className="tablet__hint">{t(`workshop.modeHint.${state.run.mode}`)}</span>
          </dd>
        </div>
      </dl>
      <PhaseContent
        surface="tablet"
        state={state}
        token={token}
        content={content}
        headingLevel={2}
      />
    </div>
  );
}

function NotJoined() {
  const { t } = useTranslation();
  useDocumentTitle(t('tablet.notJoined.title'));
  return (
    <section className="notice-page">
      <Heading level={1} data-size="lg" tabIndex={-1}>
        {t('tablet.notJoined.title')}
      </Heading>
      <Paragraph data-size="lg">{t('tablet.notJoined.body')}</Paragraph>
      <Paragraph>
        <AppLink to="/" className="standalone-link">
          {t('workshop.ended.back')}
        </AppLink>
      </Paragraph>
    </section>
  );
}
