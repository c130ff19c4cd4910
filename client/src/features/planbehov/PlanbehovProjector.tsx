import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ActivityProps } from '../workshop/activity';
import { StageResults } from './StageResults';
import { TurnoutSummary, VotingStatusLine } from './Turnout';
import './planbehov.css';

/** The big screen: status and turnout while the vote runs, aggregates once revealed. */
export function PlanbehovProjector({ state, headingLevel }: ActivityProps) {
  const { t } = useTranslation();
  const view = state.planbehov;
  const results = view.results;
  if (results !== null) {
    return (
      <StageResults
        view={{ ...view, results }}
        period={state.workshop.period}
        headingLevel={headingLevel}
      />
    );
  }
  return (
    <section className="pb-projector" aria-labelledby="pb-projector-heading">
      <Heading level={headingLevel} data-size="lg" id="pb-projector-heading">
        {t('planbehov.console.votingHeading')}
      </Heading>
      <VotingStatusLine view={view} />
      <TurnoutSummary view={view} className="pb-turnout--large" />
      <p className="pb-projector__hint">
        {t('planbehov.projector.plansCount', { count: view.plans.length })}
        {view.voting.round > 0 ? ` · ${t('planbehov.projector.waiting')}` : ''}
      </p>
    </section>
  );
}
