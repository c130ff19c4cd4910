import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../api/errorMessage';
import { ApiRequestError } from '../../api/http';

const CONSENT_CODES = [
  'check_closed',
  'check_not_closed',
  'check_not_found',
  'too_many_checks',
] as const;
type ConsentCode = (typeof CONSENT_CODES)[number];

function isConsentCode(code: string): code is ConsentCode {
  return (CONSENT_CODES as readonly string[]).includes(code);
}

/** Why a consent call was refused, in the reader's language; nothing when there is no error. */
export function ConsentError({ error }: { readonly error: unknown }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  let text: string;
  if (error instanceof ApiRequestError && isConsentCode(error.code)) {
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
