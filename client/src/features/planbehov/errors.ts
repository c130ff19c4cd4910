import { isErrorCode, PLANBEHOV_ERROR_CODES } from '@samskap/shared/errors';
import type { TFunction } from 'i18next';
import { apiErrorText } from '../../api/errorMessage';
import { ApiRequestError } from '../../api/http';

/** A refusal in the reader's language: planbehov's own codes first, then the shared ones. */
export function planbehovErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiRequestError && isErrorCode(PLANBEHOV_ERROR_CODES, error.code)) {
    return t(`planbehov.errors.${error.code}`);
  }
  const text = apiErrorText(error);
  return t(`errors.${text.key}`, text.values);
}
