import type { FacilitatorAction } from '@samskap/shared/workshop';
import { useCallback, useState } from 'react';
import { facilitatorAction } from '../../api/workshops';

export interface FacilitatorActions {
  /** Sends one action; the result arrives on the live channel like everyone else's. */
  run(action: FacilitatorAction): Promise<boolean>;
  readonly busy: boolean;
  readonly error: unknown;
  clearError(): void;
}

/** Sends the console's actions to the server, one at a time, and keeps the last refusal. */
export function useFacilitatorActions(workshopId: string, token: string): FacilitatorActions {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(
    async (action: FacilitatorAction) => {
      setBusy(true);
      setError(null);
      try {
        await facilitatorAction(workshopId, token, action);
        return true;
      } catch (err) {
        setError(err);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [workshopId, token],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
