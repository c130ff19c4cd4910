import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../api/errorMessage';
import { ApiRequestError } from '../api/http';

export interface RefusalTextProps {
  readonly error: unknown;
  /** The feature's own words for a refusal's code, or null to use the app's general words. */
  readonly own: (code: string, t: TFunction) => string | null;
}

/** Why a call was refused, in the reader's language; nothing when there is no error. */
export function RefusalText({ error, own }: RefusalTextProps) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  const mine = error instanceof ApiRequestError ? own(error.code, t) : null;
  const general = apiErrorText(error);
  return (
    <p className="field-error" role="alert">
      {mine ?? t(`errors.${general.key}`, general.values)}
    </p>
  );
}
