import { EVALUERING_ERROR_CODES, isErrorCode } from '@samskap/shared/errors';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../api/errorMessage';
import { ApiRequestError } from '../../api/http';

/** Why an evaluation call was refused, in the reader's language; nothing without an error. */
export function EvaluationError({ error }: { readonly error: unknown }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  let text: string;
  if (error instanceof ApiRequestError && isErrorCode(EVALUERING_ERROR_CODES, error.code)) {
    text = t(`evaluering.errors.${error.code}`);
  } else {
    const { key, values } = apiErrorText(error);
    text = t(`errors.${key}`, values);
  }
  return (
    <p className="field-error" role="alert">
      {text}
    </p>
  );
}
