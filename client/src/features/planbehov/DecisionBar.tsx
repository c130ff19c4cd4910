import type { BallotDecision, GroupTally } from '@samskap/shared/planbehov';
import { BALLOT_DECISIONS } from '@samskap/shared/planbehov';
import { useTranslation } from 'react-i18next';
import { chosenDecisions, percent } from './results';

export interface DecisionBarProps {
  /** Whose ballots: "Alle", "Folkevalgte", … */
  readonly group: string;
  readonly tally: GroupTally;
}

/** A segment too narrow for its word shows only its number; the legend and label name it. */
const WORD_MIN_PERCENT = 30;

/**
 * One group's decisions as a horizontal stacked bar. Each segment carries its number (and its
 * word where it fits), the bar has a text alternative, and the count is written out beside it,
 * so nothing depends on telling the colours apart.
 */
export function DecisionBar({ group, tally }: DecisionBarProps) {
  const { t } = useTranslation();
  const chosen = chosenDecisions(tally);
  const counts = chosen
    .map((c) =>
      t('planbehov.results.countItem', {
        decision: t(`planbehov.decisions.${c.decision}`),
        count: c.count,
      }),
    )
    .join(', ');
  const label = t('planbehov.results.barLabel', {
    group,
    counts: counts || t('planbehov.results.noBallots'),
  });
  return (
    <div className="pb-bar-row">
      <span className="pb-bar-row__group" aria-hidden="true">
        {group}
      </span>
      <div className="pb-bar" role="img" aria-label={label} data-testid="decision-bar">
        {chosen.map(({ decision, count }) => {
          const share = percent(count, tally.ballots);
          return (
            <span
              key={decision}
              className={`pb-bar__segment pb-decision--${decision}`}
              style={{ flexGrow: count }}
            >
              {share >= WORD_MIN_PERCENT
                ? `${t(`planbehov.decisions.${decision}`)} ${count}`
                : count}
            </span>
          );
        })}
      </div>
      <span className="pb-bar-row__total" aria-hidden="true">
        {t('planbehov.results.ballots', { count: tally.ballots })}
      </span>
    </div>
  );
}

/** What each colour means, once per view. */
export function DecisionLegend() {
  const { t } = useTranslation();
  return (
    <ul className="pb-legend" aria-label={t('planbehov.results.legend')}>
      {BALLOT_DECISIONS.map((decision: BallotDecision) => (
        <li key={decision}>
          <span className={`pb-legend__swatch pb-decision--${decision}`} aria-hidden="true" />
          {t(`planbehov.decisions.${decision}`)}
        </li>
      ))}
    </ul>
  );
}
