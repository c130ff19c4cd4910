import { useTranslation } from 'react-i18next';
import type { FieldProblem } from './setupDraft';

/** The element id of the input for a setup path such as `agenda.2.minutes`. */
export function fieldId(path: string): string {
  return `setup-${path.replace(/\./g, '-')}`;
}

/** Turns the draft's problems into sentences, by field path. */
export function useProblemText(
  problems: ReadonlyMap<string, FieldProblem>,
): (path: string) => string | undefined {
  const { t } = useTranslation();
  return (path) => {
    const problem = problems.get(path);
    if (problem === undefined) return undefined;
    switch (problem.kind) {
      case 'tooLong':
        return t('create.problems.tooLong', { max: problem.max });
      case 'min':
        return t('create.problems.min', { min: problem.min });
      case 'max':
        return t('create.problems.max', { max: problem.max });
      case 'tooMany':
        return t('create.problems.tooMany', { max: problem.max });
      default:
        return t(`create.problems.${problem.kind}`);
    }
  };
}
