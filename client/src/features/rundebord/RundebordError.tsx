import { RUNDEBORD_ERROR_CODES, type RundebordErrorCode } from '@samskap/shared/errors';
import { ApiRequestError } from '../../api/http';
import { RefusalText } from '../../ui/RefusalText';
import type { TFunction } from 'i18next';
import type { RundebordMessages, SharedCode } from './locales';

type ErrorKey = keyof RundebordMessages['errors'];

/** The round table's own codes, and those of other features it words in its own terms. */
const CODES: ReadonlySet<string> = new Set<RundebordErrorCode | SharedCode>([
  ...RUNDEBORD_ERROR_CODES,
  'over_budget',
  'input_locked',
  'input_paused',
]);

/** The round table's own words for a refusal, or null for the app's general wording. */
export function rundebordErrorKey(error: unknown): ErrorKey | null {
  if (error instanceof ApiRequestError && CODES.has(error.code)) return error.code as ErrorKey;
  return null;
}

const own = (code: string, t: TFunction) =>
  CODES.has(code) ? t(`rundebord.errors.${code as ErrorKey}`) : null;

/** Why an action was refused, in the reader's language; nothing when no error. */
export function RundebordError({ error }: { readonly error: unknown }) {
  return <RefusalText error={error} own={own} />;
}
