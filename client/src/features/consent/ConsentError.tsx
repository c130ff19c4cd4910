import { CONSENT_ERROR_CODES, isErrorCode } from '@samskap/shared/errors';
import type { TFunction } from 'i18next';
import { RefusalText } from '../../ui/RefusalText';

const own = (code: string, t: TFunction) =>
  isErrorCode(CONSENT_ERROR_CODES, code) ? t(`consent.errors.${code}`) : null;

/** Why a consent call was refused, in the reader's language; nothing when there is no error. */
export function ConsentError({ error }: { readonly error: unknown }) {
  return <RefusalText error={error} own={own} />;
}
