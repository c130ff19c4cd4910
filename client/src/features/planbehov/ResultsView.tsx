import { Heading } from '@digdir/designsystemet-react';
import {
  latestVotedResults,
  type Plan,
  type PlanbehovView,
  type RoundResults,
} from '@samskap/shared/planbehov';
import type { Period } from '@samskap/shared/workshop';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DecisionLegend } from './DecisionBar';
import { PlanResultItem } from './PlanResultItem';
import { Ranking } from './Ranking';
import { ResultNotes } from './ResultNotes';
import { shownResults } from './results';
import { TimelineView } from './TimelineView';
import { TurnoutSummary } from './Turnout';

export interface ResultsViewProps {
  readonly view: PlanbehovView & { results: RoundResults };
  readonly period: Period;
  readonly headingLevel: 2 | 3 | 4;
  /** Which surface: the projector sets everything large and in columns. */
  readonly variant: 'projector' | 'console' | 'tablet';
}

/** The revealed round: turnout, a result per plan, the ranking by points and the timeline. */
export function ResultsView({ view, period, headingLevel, variant }: ResultsViewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { results, previous, plans } = view;
  const sub = (headingLevel + 1) as 3 | 4 | 5;
  const byId = new Map(plans.map((p) => [p.id, p]));
  const { shown, withheld, previousById } = shownResults(results, plans, previous);
  return (
    <section
      className={`pb-results pb-results--${variant}`}
      aria-labelledby={headingId}
      data-testid="planbehov-results"
    >
      <Heading level={headingLevel} data-size="md" id={headingId}>
        {t('planbehov.results.round', { round: results.round })}
      </Heading>
      <TurnoutSummary view={{ ...view, turnout: results.turnout }} />
      <ResultNotes results={results} shown={shown.length} withheld={withheld} />
      {shown.length > 0 && (
        <>
          <div className="pb-results__columns">
            <section className="pb-results__plans" aria-labelledby={`${headingId}-plans`}>
              <Heading level={sub} data-size="sm" id={`${headingId}-plans`}>
                {t('planbehov.results.perPlan')}
              </Heading>
              <DecisionLegend />
              <ul className="pb-results__list">
                {shown.map((result) => (
                  <PlanResultItem
                    key={result.planId}
                    plan={byId.get(result.planId) as Plan}
                    result={result}
                    previous={previousById.get(result.planId)}
                    previousRound={previous?.round ?? null}
                  />
                ))}
              </ul>
            </section>
            <div className="pb-results__side">
              <Ranking results={results} plans={plans} headingLevel={sub} />
            </div>
          </div>
          {/* [P2] A plan voted on only in the round before keeps its place. */}
          <TimelineView
            plans={plans}
            results={latestVotedResults(previous ? [previous, results] : [results])}
            period={period}
            headingLevel={sub}
          />
        </>
      )}
    </section>
  );
}
