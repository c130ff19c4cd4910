import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Plan } from '@samskap/shared/planbehov';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityProps } from '../workshop/activity';
import { fetchComments } from './api';
import { ImportSection } from './ImportSection';
import { PeriodNotice } from './PeriodNotice';
import { PlanList } from './PlanList';
import { ResultsView } from './ResultsView';
import { VotingPanel } from './VotingPanel';
import './planbehov.css';

type Comments = Array<{ planId: string; comments: string[] }>;

/** Anonymous comments, fetched when a round is revealed (they never ride the live channel). */
function CommentsList({
  workshopId,
  token,
  plans,
  revealKey,
  headingLevel,
}: {
  readonly workshopId: string;
  readonly token: string;
  readonly plans: readonly Plan[];
  readonly revealKey: string;
  readonly headingLevel: 4 | 5;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [comments, setComments] = useState<Comments | null>(null);
  useEffect(() => {
    let live = true;
    fetchComments(workshopId, token).then(
      (r) => live && setComments(r.comments),
      () => live && setComments([]),
    );
    return () => {
      live = false;
    };
  }, [workshopId, token, revealKey]);
  const titles = new Map(plans.map((p) => [p.id, p.title]));
  return (
    <section aria-labelledby={id} className="pb-comments">
      <Heading level={headingLevel} data-size="xs" id={id}>
        {t('planbehov.console.commentsHeading')}
      </Heading>
      {comments === null || comments.length === 0 ? (
        <Paragraph>{t('planbehov.console.commentsNone')}</Paragraph>
      ) : (
        <dl>
          {comments.map((c) => (
            <div key={c.planId}>
              <dt>{titles.get(c.planId) ?? c.planId}</dt>
              {c.comments.map((text, i) => (
                <dd key={i}>{text}</dd>
              ))}
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** The facilitator's planbehov: import, the list, the voting, and the results once revealed. */
export function PlanbehovConsole({ state, token, headingLevel }: ActivityProps) {
  const view = state.planbehov;
  const workshopId = state.workshop.id;
  const readOnly = state.workshop.endedAt !== null;
  const locked = readOnly || view.voting.round > 0;
  const sub = (headingLevel + 1) as 3 | 4;
  return (
    <div className="pb-console" data-testid="planbehov-console">
      <div className="pb-console__grid">
        <ImportSection
          workshopId={workshopId}
          token={token}
          planCount={view.plans.length}
          locked={locked}
          headingLevel={sub}
        />
        <VotingPanel
          key={view.voting.round}
          workshopId={workshopId}
          token={token}
          view={view}
          readOnly={readOnly}
          headingLevel={sub}
        />
      </div>
      <PeriodNotice
        workshopId={workshopId}
        token={token}
        plans={view.plans}
        period={state.workshop.period}
        readOnly={readOnly}
        headingLevel={sub}
      />
      <PlanList
        workshopId={workshopId}
        token={token}
        plans={view.plans}
        locked={locked}
        headingLevel={sub}
      />
      {view.results !== null && (
        <>
          <ResultsView
            view={{ ...view, results: view.results }}
            period={state.workshop.period}
            headingLevel={sub}
            variant="console"
          />
          <CommentsList
            workshopId={workshopId}
            token={token}
            plans={view.plans}
            revealKey={`${view.voting.round}-${view.results.turnout.voted}`}
            headingLevel={(sub + 1) as 4 | 5}
          />
        </>
      )}
    </div>
  );
}
