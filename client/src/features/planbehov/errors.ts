import type { TFunction } from 'i18next';
import { apiErrorText } from '../../api/errorMessage';
import { ApiRequestError } from '../../api/http';
import { planbehovLocales, type PlanbehovMessages } from './locales';

type PlanbehovErrorCode = keyof PlanbehovMessages['errors'];

/** Planbehov's own codes: every one with words in the locales (a missing one fails a test). */
function isPlanbehovCode(code: string): code is PlanbehovErrorCode {
  return Object.hasOwn(planbehovLocales.nb.errors, code);
}

/** A refusal in the reader's language: planbehov's own codes first, then the shared ones. */
export function planbehovErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiRequestError && isPlanbehovCode(error.code)) {
    return t(`planbehov.errors.${error.code}`);
  }
  const text = apiErrorText(error);
  return t(`errors.${text.key}`, text.values);
}
