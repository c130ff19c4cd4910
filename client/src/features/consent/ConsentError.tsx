import { CONSENT_ERROR_CODES, isErrorCode } from '@samskap/shared/errors';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../api/errorMessage';
import { ApiRequestError } from '../../api/http';

/** Why a consent call was refused, in the reader's language; nothing when there is no error. */
export function ConsentError({ error }: { readonly error: unknown }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  let text: string;
  if (error instanceof ApiRequestError && isErrorCode(CONSENT_ERROR_CODES, error.code)) {
    text = t(`consent.errors.${error.code}`);
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
