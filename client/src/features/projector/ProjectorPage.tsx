import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useLiveState } from '../../live/useLiveState';
import { useLinkToken } from '../../session/useLinkToken';
import { AccessEnded, MissingToken } from '../workshop/AccessEnded';
import { AttendanceSummary } from '../workshop/AttendanceSummary';
import { Countdown } from '../workshop/Countdown';
import { ConnectingToWorkshop, WorkshopNotices } from '../workshop/Notices';
import { ACTIVITIES } from '../workshop/activities';
import { PhaseContent } from '../workshop/PhaseContent';
import { useWorkshopContent } from '../../sync/useWorkshopContent';
import { PhaseTitle } from '../workshop/PhaseTitle';
import { useWorkshopLanguage } from '../workshop/useWorkshopLanguage';
import { JoinPanel } from './JoinPanel';
import './projector.css';

export interface ProjectorPageProps {
  readonly workshopId: string;
}

/** The big screen, read from 5 m: phase and countdown, the way in, and who is here. */
export function ProjectorPage({ workshopId }: ProjectorPageProps) {
  const token = useLinkToken('projector', workshopId);
  if (token === null) return <MissingToken />;
  return <Projector workshopId={workshopId} token={token} />;
}

function Projector({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const live = useLiveState(workshopId, token);
  // Read-only on the server: the projector shows the shared content live.
  const content = useWorkshopContent(workshopId, token);
  const state = live.state;
  useWorkshopLanguage(state?.workshop.language);
  useDocumentTitle(state ? state.workshop.title : t('workshop.loading'));

  if (live.ended !== null) return <AccessEnded reason={live.ended} />;
  if (state === null) return <ConnectingToWorkshop />;
  // While an activity fills the stage, the phase and countdown shrink to give it the height.
  const activity = state.workshop.agenda[state.run.phaseIndex]?.activity;
  const busy = activity !== undefined && ACTIVITIES[activity]?.projector !== undefined;
  return (
    <div className={busy ? 'projector projector--activity' : 'projector'}>
      <div className="projector__stage">
        <p className="projector__workshop">
          {state.workshop.title} · {state.workshop.municipality}
        </p>
        <PhaseTitle state={state} level={1} size="2xl" className="projector__phase" />
        <div className="projector__row">
          <Countdown
            timer={state.run.timer}
            clockOffsetMs={live.clockOffsetMs}
            className="projector__countdown"
          />
          <p className="projector__mode" data-testid="mode">
            {t(`workshop.mode.${state.run.mode}`)}
          </p>
        </div>
        <WorkshopNotices state={state} />
        <PhaseContent
          surface="projector"
          state={state}
          token={token}
          content={content}
          headingLevel={2}
        />
      </div>
      <aside className="projector__side">
        {state.workshop.endedAt === null && <JoinPanel joinCode={state.workshop.joinCode} />}
        <AttendanceSummary state={state} headingLevel={2} className="projector__attendance" />
      </aside>
    </div>
  );
}
