import { Heading } from '@digdir/designsystemet-react';
import type { Plan, RoundResults } from '@samskap/shared/planbehov';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { rankPlans } from './results';

export interface RankingProps {
  readonly results: RoundResults;
  readonly plans: readonly Plan[];
  readonly headingLevel: 3 | 4 | 5;
}

/** Plans by priority points, most first, each with its number and a bar. */
export function Ranking({ results, plans, headingLevel }: RankingProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const rows = rankPlans(results, plans);
  const max = Math.max(1, ...rows.map((r) => r.points));
  return (
    <section className="pb-ranking" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="sm" id={headingId}>
        {t('planbehov.results.rankingHeading')}
      </Heading>
      {rows.length === 0 ? (
        <p>{t('planbehov.results.rankingEmpty')}</p>
      ) : (
        <ol className="pb-ranking__list" data-testid="ranking">
          {rows.map((row) => (
            <li key={row.planId} className="pb-ranking__item">
              <span className="pb-ranking__rank">{row.rank}.</span>
              <span className="pb-ranking__title">{row.title}</span>
              <span className="pb-ranking__bar" aria-hidden="true">
                <span style={{ width: `${(row.points / max) * 100}%` }} />
              </span>
              <span className="pb-ranking__points">
                {t('planbehov.results.points', { count: row.points })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
