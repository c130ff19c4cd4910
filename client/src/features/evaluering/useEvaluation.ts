import type { EvaluationView } from '@samskap/shared/evaluering';
import type { LiveState } from '@samskap/shared/workshop';
import { useEffect, useState } from 'react';
import { fetchEvaluation } from './api';

/**
 * The evaluation as this screen may see it (the server decides: counts while open, the frozen
 * result once revealed). It is read again after every push on the live channel, which comes
 * after every change of the workshop, the evaluation's included.
 */
export function useEvaluation(
  state: LiveState,
  token: string,
): {
  readonly view: EvaluationView | null;
  readonly error: unknown;
} {
  const [view, setView] = useState<EvaluationView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const workshopId = state.workshop.id;
  useEffect(() => {
    let current = true;
    fetchEvaluation(workshopId, token).then(
      (v) => {
        if (!current) return;
        setView(v);
        setError(null);
      },
      (err: unknown) => {
        if (current) setError(err);
      },
    );
    return () => {
      current = false;
    };
  }, [workshopId, token, state]);
  return { view, error };
}
