import type { LiveState } from '@samskap/shared/workshop';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useLiveState, useRemainingMs } from '../../live/useLiveState';
import { useLinkToken } from '../../session/useLinkToken';
import { useWorkshopContent } from '../../sync/useWorkshopContent';
import { AccessEnded, MissingToken } from '../workshop/AccessEnded';
import { AttendanceSummary } from '../workshop/AttendanceSummary';
import { ACTIVITIES } from '../workshop/activities';
import { Countdown } from '../workshop/Countdown';
import { ConnectingToWorkshop, WorkshopNotices } from '../workshop/Notices';
import { PhaseContent } from '../workshop/PhaseContent';
import { PhaseTitle } from '../workshop/PhaseTitle';
import { useWorkshopLanguage } from '../workshop/useWorkshopLanguage';
import { JoinPanel, JoinStrip } from './JoinPanel';
import { StageContext } from './stageContext';
import './projector.css';

/** The last minutes, when the countdown grows so that the back row sees time running out. */
const FINAL_MS = 3 * 60_000;

/** As many tables as fit under the phase at 1280×720 while people join. */
const TABLES_BESIDE_JOIN = 6;

function seatedTables(state: LiveState): number {
  return state.attendance.byTable.filter((table) => table.total > 0).length;
}

export interface ProjectorPageProps {
  readonly workshopId: string;
}

/** The big screen, read from 5 m: a stage that fits the screen and never scrolls. */
export function ProjectorPage({ workshopId }: ProjectorPageProps) {
  const token = useLinkToken('projector', workshopId);
  if (token === null) return <MissingToken />;
  return <Projector workshopId={workshopId} token={token} />;
}

/**
 * The join panel is large while people are joining; a strip once most seats are taken, while
 * an activity needs the stage, or on the facilitator's word.
 */
export function joinIsCompact(state: LiveState, activityOnStage: boolean): boolean {
  const seats = state.workshop.tables.reduce((sum, table) => sum + table.capacity, 0);
  const most = state.attendance.total > 0 && state.attendance.total * 3 >= seats * 2;
  return state.run.stage.joinCompact || activityOnStage || most;
}

function Projector({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const live = useLiveState(workshopId, token);
  // Read-only on the server: the projector shows the shared content live.
  const content = useWorkshopContent(workshopId, token);
  const state = live.state;
  const remaining = useRemainingMs(state?.run.timer ?? null, live.clockOffsetMs);
  useWorkshopLanguage(state?.workshop.language);
  useDocumentTitle(state ? state.workshop.title : t('workshop.loading'));

  if (live.ended !== null) return <AccessEnded reason={live.ended} />;
  if (state === null) return <ConnectingToWorkshop />;
  const activity = state.workshop.agenda[state.run.phaseIndex]?.activity;
  const busy = activity !== undefined && ACTIVITIES[activity]?.projector !== undefined;
  const open = state.workshop.endedAt === null;
  const compact = joinIsCompact(state, busy);
  // A clock that is not running says nothing to the room: it shows only while it runs.
  const running = state.run.timer.runningSince !== null;
  const final = running && remaining !== null && remaining <= FINAL_MS;
  return (
    <StageContext.Provider value={state.run.stage}>
      <div
        className={['projector', busy && 'projector--activity', compact && 'projector--strip']
          .filter(Boolean)
          .join(' ')}
        data-testid="projector-stage"
      >
        <div className="projector__top">
          <div className="projector__titles">
            <p className="projector__workshop">
              {state.workshop.title} · {state.workshop.municipality}
            </p>
            <PhaseTitle state={state} level={1} size="2xl" className="projector__phase" />
          </div>
          {running && (
            <Countdown
              timer={state.run.timer}
              clockOffsetMs={live.clockOffsetMs}
              className={
                final ? 'projector__countdown projector__countdown--final' : 'projector__countdown'
              }
            />
          )}
          <p className="projector__mode" data-testid="mode">
            {t(`workshop.mode.${state.run.mode}`)}
          </p>
          {open && compact && (
            <JoinStrip
              joinCode={state.workshop.joinCode}
              connected={state.attendance.connected}
              total={state.attendance.total}
            />
          )}
        </div>
        <WorkshopNotices state={state} />
        <div className="projector__body">
          <div className="projector__stage">
            <PhaseContent
              surface="projector"
              state={state}
              token={token}
              content={content}
              headingLevel={2}
            />
            {!compact && (
              <AttendanceSummary
                state={state}
                headingLevel={2}
                className="projector__attendance"
                tables={seatedTables(state) <= TABLES_BESIDE_JOIN ? 'seated' : 'none'}
              />
            )}
          </div>
          {!compact && open && (
            <aside className="projector__side">
              <JoinPanel joinCode={state.workshop.joinCode} />
            </aside>
          )}
        </div>
      </div>
    </StageContext.Provider>
  );
}
