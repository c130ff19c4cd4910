import { Heading } from '@digdir/designsystemet-react';
import {
  latestVotedResults,
  type Plan,
  type PlanbehovView,
  type RoundResults,
} from '@samskap/shared/planbehov';
import type { Period } from '@samskap/shared/workshop';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StagePager } from '../projector/StagePager';
import { DecisionLegend } from './DecisionBar';
import { PlanResultItem } from './PlanResultItem';
import { Ranking } from './Ranking';
import { ResultNotes } from './ResultNotes';
import { shownResults } from './results';
import { TimelineView } from './TimelineView';
import { TurnoutSummary } from './Turnout';

export interface StageResultsProps {
  readonly view: PlanbehovView & { results: RoundResults };
  readonly period: Period;
  readonly headingLevel: 2 | 3;
}

const SECTIONS = ['plans', 'ranking', 'timeline'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * The revealed round on the projector, which never scrolls: the results per plan on pages, then
 * the ranking, then the timeline, each in turn on the whole stage. The pieces are the ones the
 * other screens show (`PlanResultItem`, `Ranking`, `TimelineView`); only the order in time is
 * the projector's own.
 */
export function StageResults({ view, period, headingLevel }: StageResultsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [section, setSection] = useState<Section>('plans');
  const { results, previous, plans } = view;
  const sub = (headingLevel + 1) as 3 | 4;
  const byId = new Map(plans.map((p) => [p.id, p]));
  const { shown: withBallots, withheld, previousById } = shownResults(results, plans, previous);
  const next = () => setSection((s) => SECTIONS[(SECTIONS.indexOf(s) + 1) % SECTIONS.length]!);
  return (
    <section
      className="pb-results pb-results--projector pb-stage"
      aria-labelledby={headingId}
      data-testid="planbehov-results"
      data-section={section}
    >
      <div className="pb-stage__head">
        <Heading level={headingLevel} data-size="md" id={headingId}>
          {t('planbehov.results.round', { round: results.round })}
        </Heading>
        <TurnoutSummary view={{ ...view, turnout: results.turnout }} />
      </div>
      <ResultNotes results={results} shown={withBallots.length} withheld={withheld} />
      {section === 'plans' && (
        <section className="pb-stage__section" aria-labelledby={`${headingId}-plans`}>
          <div className="pb-stage__section-head">
            <Heading level={sub} data-size="sm" id={`${headingId}-plans`}>
              {t('planbehov.results.perPlan')}
            </Heading>
            <DecisionLegend />
          </div>
          <StagePager
            items={withBallots}
            label={t('planbehov.results.perPlan')}
            listClassName="pb-results__list"
            testId="stage-plans"
            onWrap={next}
            renderItem={(result) => (
              <PlanResultItem
                key={result.planId}
                plan={byId.get(result.planId) as Plan}
                result={result}
                previous={previousById.get(result.planId)}
                previousRound={previous?.round ?? null}
              />
            )}
          />
        </section>
      )}
      {section !== 'plans' && (
        // One whole view a page: it turns on like the pages of the plans.
        <StagePager
          key={section}
          as="div"
          items={[section]}
          label=""
          className="pb-stage__section"
          onWrap={next}
          renderItem={(s) =>
            s === 'ranking' ? (
              <Ranking key={s} results={results} plans={plans} headingLevel={sub} />
            ) : (
              // [P2] A plan voted on only in the round before keeps its place.
              <TimelineView
                key={s}
                plans={plans}
                results={latestVotedResults(previous ? [previous, results] : [results])}
                period={period}
                headingLevel={sub}
              />
            )
          }
        />
      )}
    </section>
  );
}
