import type { GroupTally, Plan, PlanResult } from '@samskap/shared/planbehov';
import { useTranslation } from 'react-i18next';
import { DecisionBar } from './DecisionBar';
import type { ParticipantRole } from '@samskap/shared/workshop';
import { decisionShifts, hasRoleSplit, MIN_GROUP_SIZE } from './results';

const ROLES: readonly ParticipantRole[] = ['folkevalgt', 'administrasjon', 'annen'];

export interface PlanResultItemProps {
  readonly plan: Plan;
  /** A plan whose result the server shows (its "all" is there). */
  readonly result: PlanResult & { all: GroupTally };
  /** The same plan's tally in the round before, to show how it moved. */
  readonly previous: GroupTally | undefined;
  readonly previousRound: number | null;
}

/** One plan's result: what most chose, bars (by role where there are enough), and the shift. */
export function PlanResultItem({ plan, result, previous, previousRound }: PlanResultItemProps) {
  const { t } = useTranslation();
  const split = hasRoleSplit(result);
  const leading = result.leading
    ? result.leadingYear !== null && (result.leading === 'revise' || result.leading === 'new')
      ? t('planbehov.results.leadingYear', {
          decision: t(`planbehov.decisions.${result.leading}`),
          year: result.leadingYear,
        })
      : t(`planbehov.decisions.${result.leading}`)
    : t('planbehov.results.tie');
  const shifts = decisionShifts(previous, result.all);
  const merged = ROLES.filter((r) => result.withheld[r] === 'wouldReveal');
  return (
    <li
      className={`pb-result${result.rolesDisagree ? ' pb-result--disagree' : ''}`}
      data-testid="plan-result"
    >
      <div className="pb-result__head">
        <span className="pb-result__title">{plan.title}</span>
        {result.rolesDisagree && (
          <span className="pb-disagree" data-testid="disagreement">
            <span aria-hidden="true">≠ </span>
            {t('planbehov.results.disagree')}
            <span className="visually-hidden">: {t('planbehov.results.disagreeLong')}</span>
          </span>
        )}
      </div>
      <p className="pb-result__leading">{t('planbehov.results.leading', { decision: leading })}</p>
      <div className="pb-result__bars">
        {split && (
          <>
            <DecisionBar
              group={t('workshop.rolesPlural.folkevalgt')}
              tally={result.byRole.folkevalgt!}
            />
            <DecisionBar
              group={t('workshop.rolesPlural.administrasjon')}
              tally={result.byRole.administrasjon!}
            />
          </>
        )}
        <DecisionBar group={t('planbehov.results.all')} tally={result.all} />
      </div>
      {merged.length > 0 && (
        <p className="pb-note" data-testid="split-merged">
          {t('planbehov.results.mergedNote', {
            roles: merged.map((r) => t(`workshop.rolesPlural.${r}`)).join(', '),
            min: MIN_GROUP_SIZE,
          })}
        </p>
      )}
      {previous && previousRound !== null && (
        <p className="pb-result__shift" data-testid="shift">
          {t('planbehov.results.shiftHeading', { from: previousRound })}:{' '}
          {shifts.length === 0
            ? t('planbehov.results.noShift')
            : shifts
                .map((s) =>
                  t('planbehov.results.shiftItem', {
                    decision: t(`planbehov.decisions.${s.decision}`),
                    from: s.from,
                    to: s.to,
                  }),
                )
                .join(' · ')}
        </p>
      )}
    </li>
  );
}
