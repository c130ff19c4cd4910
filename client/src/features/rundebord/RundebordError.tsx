import { RUNDEBORD_ERROR_CODES, type RundebordErrorCode } from '@samskap/shared/errors';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../api/errorMessage';
import { ApiRequestError } from '../../api/http';
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

/** Why an action was refused, in the reader's language; nothing when no error. */
export function RundebordError({ error }: { readonly error: unknown }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  const own = rundebordErrorKey(error);
  const general = apiErrorText(error);
  return (
    <p className="field-error" role="alert">
      {own !== null ? t(`rundebord.errors.${own}`) : t(`errors.${general.key}`, general.values)}
    </p>
  );
}
