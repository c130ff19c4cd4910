import type { BallotDecision, GroupTally } from '@samskap/shared/planbehov';
import { BALLOT_DECISIONS } from '@samskap/shared/planbehov';
import { useTranslation } from 'react-i18next';
import { chosenDecisions } from './results';

export interface DecisionBarProps {
  /** Whose ballots: "Alle", "Folkevalgte", … */
  readonly group: string;
  readonly tally: GroupTally;
}

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
        {/* [G5] A segment shows its word only where the whole word fits (a container query in
            planbehov.css), else its number alone: never a cut word. The legend names it. */}
        {chosen.map(({ decision, count }) => (
          <span
            key={decision}
            className={`pb-bar__segment pb-decision--${decision}`}
            style={{ flexGrow: count }}
          >
            <span className="pb-bar__word">{t(`planbehov.decisions.${decision}`)}&nbsp;</span>
            {count}
          </span>
        ))}
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
