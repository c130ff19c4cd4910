import type { Question } from '@samskap/shared/arguments';
import { useTranslation } from 'react-i18next';
import { treatmentFor } from './tree';

/**
 * A question's classification and what it suggests: tame → instrumental, complex and wicked →
 * communicative treatment.
 */
export function ProblemTypeNote({ question }: { readonly question: Question }) {
  const { t } = useTranslation();
  const type = question.problemType;
  if (type === null) return null;
  return (
    <p className="problem-type" data-type={type} data-testid="problem-type">
      <span className="problem-type__name">{t(`arguments.problemType.${type}`)}</span>
      <span className="problem-type__treatment">
        {t(`arguments.problemType.treatment.${treatmentFor(type)}`)}
      </span>
      <span className="problem-type__hint">{t(`arguments.problemType.hint.${type}`)}</span>
    </p>
  );
}
