import type { TFunction } from 'i18next';
import { apiErrorText } from '../../api/errorMessage';
import { ApiRequestError } from '../../api/http';
import type { PlanbehovMessages } from './locales';

type PlanbehovErrorCode = keyof PlanbehovMessages['errors'];

const CODES = new Set<string>([
  'import_refused',
  'file_too_large',
  'voting_started',
  'ballots_cast',
  'voting_open',
  'voting_not_open',
  'voting_not_closed',
  'no_plans',
  'over_budget',
  'year_outside_period',
  'not_eligible',
  'plan_not_found',
  'too_many_plans',
] satisfies PlanbehovErrorCode[]);

/** A refusal in the reader's language: planbehov's own codes first, then the shared ones. */
export function planbehovErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiRequestError && CODES.has(error.code)) {
    return t(`planbehov.errors.${error.code as PlanbehovErrorCode}`);
  }
  const text = apiErrorText(error);
  return t(`errors.${text.key}`, text.values);
}
