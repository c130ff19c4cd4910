import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { goalsForTable, type OppdragView } from '@samskap/shared/oppdrag';
import type { LiveState } from '@samskap/shared/workshop';
import { useTranslation } from 'react-i18next';
import type { ActivityProps } from '../workshop/activity';
import { GoalCard } from './GoalCard';
import { oppdragErrorMessage } from './errors';
import { shownJudgements } from './judgementQueue';
import { PointsPanel } from './PointsPanel';
import { useJudgementQueue } from './useJudgementQueue';
import { useOppdragView } from './useOppdragView';
import './oppdrag.css';

/** A table works through the goals of its focus area: oppdrag, judgement, questions, proposals. */
export function OppdragTablet({ state, token, headingLevel }: ActivityProps) {
  const { t } = useTranslation();
  const view = useOppdragView(state, token);
  const tableId = state.you?.tableId ?? null;
  return (
    <section className="op-tablet" aria-labelledby="op-tablet-h">
      <Heading level={headingLevel} data-size="sm" id="op-tablet-h">
        {t('oppdrag.heading')}
      </Heading>
      {tableId === null ? (
        <Paragraph>{t('oppdrag.tablet.noTable')}</Paragraph>
      ) : (
        view && (
          <TableWorkView
            state={state}
            token={token}
            view={view}
            tableId={tableId}
            sub={(headingLevel + 1) as 3 | 4}
          />
        )
      )}
    </section>
  );
}

function TableWorkView({
  state,
  token,
  view,
  tableId,
  sub,
}: {
  readonly state: LiveState;
  readonly token: string;
  readonly view: OppdragView;
  readonly tableId: string;
  readonly sub: 3 | 4;
}) {
  const { t } = useTranslation();
  const workshopId = state.workshop.id;
  const queue = useJudgementQueue(workshopId, tableId, token, state);
  const work = view.tables[tableId] ?? { links: [], judgements: {}, questions: [] };
  const judgements = shownJudgements(work.judgements, queue.pending);
  const areas = goalsForTable(state.workshop.focusAreas, view.tableFocus[tableId]);
  const pending = Object.keys(queue.pending).length;
  const editable = !state.run.locked && state.workshop.endedAt === null;
  return (
    <>
      <Paragraph>
        {t('oppdrag.tablet.focus', { areas: areas.map((a) => a.name).join(', ') })}
      </Paragraph>
      <p className="op-sync" role="status" data-testid="oppdrag-pending" data-pending={pending}>
        {pending > 0
          ? t('oppdrag.tablet.pending', { count: pending })
          : t('oppdrag.tablet.allSent')}
      </p>
      {queue.error !== null && (
        <p role="alert" className="op-error">
          {oppdragErrorMessage(t, queue.error)}
        </p>
      )}
      <PointsPanel state={state} token={token} view={view} headingLevel={sub} />
      {areas.map((area) => (
        <section key={area.id} className="op-area" aria-labelledby={`op-area-${area.id}`}>
          <Heading level={sub} data-size="xs" id={`op-area-${area.id}`}>
            {area.name}
          </Heading>
          {area.goals.map((goal) => (
            <GoalCard
              key={goal.id}
              workshopId={workshopId}
              token={token}
              tableId={tableId}
              goal={goal}
              oppdrag={view.oppdrag}
              work={work}
              judgement={judgements[goal.id]}
              onJudge={(j) => queue.set(goal.id, j)}
              editable={editable}
              headingLevel={(sub + 1) as 4 | 5}
            />
          ))}
        </section>
      ))}
    </>
  );
}
