import type { EvaluationView } from '@samskap/shared/evaluering';
import type { LiveState } from '@samskap/shared/workshop';

/**
 * The evaluation as every screen may see it (the server decides: counts while open, the frozen
 * result once revealed), from its section of the live state.
 */
export function useEvaluation(state: LiveState): {
  readonly view: EvaluationView | null;
  readonly error: unknown;
} {
  return { view: state.evaluering, error: null };
}
