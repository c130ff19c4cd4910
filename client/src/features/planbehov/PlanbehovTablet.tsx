import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { OwnBallot } from '@samskap/shared/planbehov';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnline } from '../../ui/useOnline';
import { WaitsForNetwork } from '../../ui/OfflineNotice';
import type { ActivityProps } from '../workshop/activity';
import { fetchOwnBallots } from './api';
import { BallotCard } from './BallotCard';
import { pointsLeft } from './budget';
import { planbehovErrorMessage } from './errors';
import { ResultsView } from './ResultsView';
import { VotingStatusLine } from './Turnout';
import './planbehov.css';

/** The participant's own ballots in the current round; fetched again when the round changes. */
function useOwnBallots(workshopId: string, token: string, round: number) {
  const [own, setOwn] = useState<{ round: number; ballots: OwnBallot[] }>({
    round: 0,
    ballots: [],
  });
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (round === 0) return;
    let live = true;
    fetchOwnBallots(workshopId, token).then(
      (ballots) => {
        if (!live) return;
        setOwn({ round, ballots });
        setError(null);
      },
      (err: unknown) => {
        if (live) setError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [workshopId, token, round]);
  const replace = useCallback((ballots: OwnBallot[]) => setOwn({ round, ballots }), [round]);
  // Ballots of an earlier round never show as this round's.
  return { ballots: own.round === round ? own.ballots : [], error, replace };
}

/** The tablet: one card per plan with the ballot, the points left, and the results once shown. */
export function PlanbehovTablet({ state, token, headingLevel }: ActivityProps) {
  const { t } = useTranslation();
  const view = state.planbehov;
  const { voting, plans } = view;
  const workshopId = state.workshop.id;
  const own = useOwnBallots(workshopId, token, voting.round);
  const role = state.you?.role;
  const eligible = role !== undefined && voting.eligibleRoles.includes(role);
  const open = voting.status === 'open' && eligible && state.workshop.endedAt === null;
  // A ballot counts once the server has it: without network there is nothing to send it to.
  const online = useOnline();
  const editable = open && online;
  const left = pointsLeft(voting.pointsBudget, own.ballots);
  const sub = (headingLevel + 1) as 3 | 4;
  const readOnlyReason = !eligible
    ? t('planbehov.ballot.notEligible')
    : voting.status === 'draft'
      ? t('planbehov.ballot.readOnlyDraft')
      : voting.status === 'closed'
        ? t('planbehov.ballot.readOnlyClosed')
        : null;

  return (
    <section className="pb-tablet" aria-labelledby="pb-tablet-heading">
      <Heading level={headingLevel} data-size="md" id="pb-tablet-heading">
        {t('planbehov.heading')}
      </Heading>
      <VotingStatusLine view={view} />
      {view.results !== null && (
        <ResultsView
          view={{ ...view, results: view.results }}
          period={state.workshop.period}
          headingLevel={sub}
          variant="tablet"
        />
      )}
      {readOnlyReason !== null && (
        <Alert data-color="info" data-testid="ballot-readonly">
          <Paragraph>{readOnlyReason}</Paragraph>
        </Alert>
      )}
      {open && !online && (
        <Alert data-color="warning">
          <WaitsForNetwork />
        </Alert>
      )}
      {own.error !== null && (
        <Alert data-color="danger">
          <Paragraph>{planbehovErrorMessage(t, own.error)}</Paragraph>
        </Alert>
      )}
      {plans.length === 0 ? (
        <Paragraph>{t('planbehov.ballot.noPlans')}</Paragraph>
      ) : (
        <>
          {eligible && voting.pointsBudget > 0 && (
            <div className="pb-budget">
              <p className="pb-budget__left" role="status" data-testid="points-left">
                {t('planbehov.ballot.pointsLeft', { left, budget: voting.pointsBudget })}
              </p>
              {editable && (
                <p className="pb-hint">
                  {t('planbehov.ballot.pointsIntro', { budget: voting.pointsBudget })}{' '}
                  {t('planbehov.ballot.openHint')}
                </p>
              )}
            </div>
          )}
          <div className="pb-cards">
            {plans.map((plan) => (
              <BallotCard
                key={`${plan.id}-${voting.round}`}
                workshopId={workshopId}
                token={token}
                plan={plan}
                ballots={own.ballots}
                budget={voting.pointsBudget}
                period={state.workshop.period}
                editable={editable}
                headingLevel={sub}
                onBallots={own.replace}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
