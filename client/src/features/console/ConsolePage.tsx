import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../api/errorMessage';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useLiveState } from '../../live/useLiveState';
import { useLinkToken } from '../../session/useLinkToken';
import { useConnectionStatus, usePendingChanges } from '../../sync/hooks';
import { useWorkshopContent } from '../../sync/useWorkshopContent';
import { AppLink } from '../../ui/AppLink';
import { ConnectionBadge } from '../../ui/ConnectionBadge';
import { AccessEnded, MissingToken } from '../workshop/AccessEnded';
import { AttendanceSummary } from '../workshop/AttendanceSummary';
import { ConnectingToWorkshop, WorkshopNotices } from '../workshop/Notices';
import { PhaseTitle } from '../workshop/PhaseTitle';
import { ConsoleActivities } from '../workshop/PhaseContent';
import { OutcomePanel } from '../outcome';
import { AgendaPanel } from './AgendaPanel';
import { ControlsPanel } from './ControlsPanel';
import { LinksPanel } from './LinksPanel';
import { ParticipantsPanel } from './ParticipantsPanel';
import { StagePanel } from './StagePanel';
import { TimerPanel } from './TimerPanel';
import { useFacilitatorActions } from './useFacilitatorActions';
import { WorkshopPanel } from './WorkshopPanel';
import './console.css';

export interface ConsolePageProps {
  readonly workshopId: string;
}

/** The facilitator's console: everything the workshop needs, one click away. */
export function ConsolePage({ workshopId }: ConsolePageProps) {
  const token = useLinkToken('facilitator', workshopId);
  if (token === null) return <MissingToken />;
  return <Console workshopId={workshopId} token={token} />;
}

function Console({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const live = useLiveState(workshopId, token);
  const content = useWorkshopContent(workshopId, token);
  const status = useConnectionStatus(content);
  const pending = usePendingChanges(content);
  const actions = useFacilitatorActions(workshopId, token);
  const [otherError, setOtherError] = useState<unknown>(null);
  const state = live.state;
  useDocumentTitle(
    state ? `${t('console.title')}: ${state.workshop.title}` : t('workshop.loading'),
  );

  if (live.ended !== null) return <AccessEnded reason={live.ended} />;
  if (state === null) return <ConnectingToWorkshop />;

  const ended = state.workshop.endedAt !== null;
  const error = actions.error ?? otherError;
  const panel = { state, actions, readOnly: ended };
  return (
    <div className="console">
      <header className="console__header">
        <div>
          <p className="console__eyebrow">
            {t('console.title')} · {state.workshop.municipality} · {state.workshop.date}
          </p>
          <Heading level={1} data-size="md" tabIndex={-1}>
            {state.workshop.title}
          </Heading>
        </div>
        <div className="console__header-side">
          {!ended && (
            <AppLink to={`/f/${workshopId}/setup`} className="console__setup-link">
              {t('console.setup.open')}
            </AppLink>
          )}
          <ConnectionBadge status={status} pending={pending} />
        </div>
      </header>
      <WorkshopNotices state={state} />
      {error !== null && (
        <Alert data-color="danger" role="alert">
          <Heading level={2} data-size="xs">
            {t('console.actionFailed')}
          </Heading>
          <Paragraph>
            {t(`errors.${apiErrorText(error).key}`, apiErrorText(error).values)}
          </Paragraph>
        </Alert>
      )}
      <div className="console__current">
        <PhaseTitle state={state} level={2} size="lg" />
      </div>
      {/* The running phase's activity first; phase, timer and lock beside it; the rest below. */}
      <div className="console__run">
        <div className="console__activity">
          <ConsoleActivities state={state} token={token} content={content} headingLevel={2} />
        </div>
        <div className="console__side">
          <AgendaPanel {...panel} />
          <TimerPanel {...panel} clockOffsetMs={live.clockOffsetMs} />
          <ControlsPanel {...panel} />
          <StagePanel {...panel} />
        </div>
      </div>
      <div className="console__grid">
        <section className="console-panel">
          <AttendanceSummary state={state} headingLevel={2} />
        </section>
        <LinksPanel
          workshopId={workshopId}
          joinCode={state.workshop.joinCode}
          facilitatorToken={token}
        />
        <OutcomePanel workshopId={workshopId} token={token} />
        <ParticipantsPanel {...panel} />
      </div>
      {/* Rare and final: kept apart from the buttons used all day. */}
      <WorkshopPanel
        workshopId={workshopId}
        token={token}
        actions={actions}
        ended={ended}
        onError={setOtherError}
      />
    </div>
  );
}
