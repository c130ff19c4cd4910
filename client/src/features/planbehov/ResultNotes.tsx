import type { RoundResults } from '@samskap/shared/planbehov';
import { useTranslation } from 'react-i18next';
import { MIN_GROUP_SIZE, noRoleSplitAnywhere } from './results';

export interface ResultNotesProps {
  readonly results: RoundResults;
  /** How many plans of the round show numbers, and how many are withheld ([D1]). */
  readonly shown: number;
  readonly withheld: number;
}

/** Why numbers are missing: no split by role anywhere, and plans withheld for too few votes. */
export function ResultNotes({ results, shown, withheld }: ResultNotesProps) {
  const { t } = useTranslation();
  return (
    <>
      {shown > 0 && noRoleSplitAnywhere(results) && (
        <p className="pb-note" data-testid="too-few-to-split">
          {t('planbehov.results.tooFewToSplit', { min: MIN_GROUP_SIZE })}
        </p>
      )}
      {withheld > 0 && (
        <p className="pb-note" data-testid="plans-withheld">
          {t('planbehov.results.plansWithheld', { count: withheld, min: MIN_GROUP_SIZE })}
        </p>
      )}
    </>
  );
}
