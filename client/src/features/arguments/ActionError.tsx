import { ARGUMENTS_ERROR_CODES, isErrorCode } from '@samskap/shared/errors';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../api/errorMessage';
import { ApiRequestError } from '../../api/http';
import type { ArgumentsMessages } from './locales';

type ArgumentsErrorKey = keyof ArgumentsMessages['errors'];

// `invalid_input` on these fields has a cause a reader can act on.
const FIELDS = new Set<string>(['parentId', 'intoId', 'positionIds']);

/** The argument map's own error key for a refusal, or null for the app's general wording. */
export function argumentsErrorKey(error: unknown): ArgumentsErrorKey | null {
  if (!(error instanceof ApiRequestError)) return null;
  if (isErrorCode(ARGUMENTS_ERROR_CODES, error.code)) return error.code;
  if (error.code === 'invalid_input' && error.field && FIELDS.has(error.field)) {
    return error.field as ArgumentsErrorKey;
  }
  return null;
}

/** Why an action on the map was refused, in the reader's language; nothing when no error. */
export function ActionError({ error }: { readonly error: unknown }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  const own = argumentsErrorKey(error);
  const general = apiErrorText(error);
  return (
    <p className="field-error" role="alert">
      {own !== null ? t(`arguments.errors.${own}`) : t(`errors.${general.key}`, general.values)}
    </p>
  );
}
