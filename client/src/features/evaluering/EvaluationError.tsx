import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../api/errorMessage';

/** Why an evaluation call was refused, in the reader's language; nothing without an error. */
export function EvaluationError({ error }: { readonly error: unknown }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  const { key, values } = apiErrorText(error);
  return (
    <p className="field-error" role="alert">
      {t(`errors.${key}`, values)}
    </p>
  );
}
