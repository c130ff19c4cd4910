import { EVALUERING_ERROR_CODES, isErrorCode } from '@samskap/shared/errors';
import type { TFunction } from 'i18next';
import { RefusalText } from '../../ui/RefusalText';

const own = (code: string, t: TFunction) =>
  isErrorCode(EVALUERING_ERROR_CODES, code) ? t(`evaluering.errors.${code}`) : null;

/** Why an evaluation call was refused, in the reader's language; nothing without an error. */
export function EvaluationError({ error }: { readonly error: unknown }) {
  return <RefusalText error={error} own={own} />;
}
