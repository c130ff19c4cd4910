import type { FacilitatorAction } from '@samskap/shared/workshop';
import { useCallback } from 'react';
import { facilitatorAction } from '../../api/workshops';
import { useAsyncAction } from '../../ui/useAsyncAction';

export interface FacilitatorActions {
  /** Sends one action; the result arrives on the live channel like everyone else's. */
  run(action: FacilitatorAction): Promise<boolean>;
  readonly busy: boolean;
  readonly error: unknown;
  clearError(): void;
}

/** Sends the console's actions to the server, one at a time, and keeps the last refusal. */
export function useFacilitatorActions(workshopId: string, token: string): FacilitatorActions {
  const { run: send, busy, error, clearError } = useAsyncAction();
  const run = useCallback(
    (action: FacilitatorAction) => send(() => facilitatorAction(workshopId, token, action)),
    [send, workshopId, token],
  );
  return { run, busy, error, clearError };
}
