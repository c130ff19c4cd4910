import type { TFunction } from 'i18next';
import { apiErrorText } from '../../api/errorMessage';
import { ApiRequestError } from '../../api/http';
import { oppdragLocales, type OppdragMessages } from './locales';

type OppdragErrorCode = keyof OppdragMessages['errors'];

function isOppdragCode(code: string): code is OppdragErrorCode {
  return Object.hasOwn(oppdragLocales.nb.errors, code);
}

/** A refusal in the reader's language: the activity's own codes first, then the shared ones. */
export function oppdragErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiRequestError && isOppdragCode(error.code)) {
    return t(`oppdrag.errors.${error.code}`);
  }
  const text = apiErrorText(error);
  return t(`errors.${text.key}`, text.values);
}
