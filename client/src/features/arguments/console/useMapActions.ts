import type { ArgumentAction } from '@samskap/shared/arguments';
import { useCallback } from 'react';
import { argumentAction } from '../api';
import { useAsyncAction } from '../../../ui/useAsyncAction';

/** The console's way to send an action on the map, with the last refusal. */
export interface MapActions {
  run(action: ArgumentAction): Promise<boolean>;
  readonly busy: boolean;
  readonly error: unknown;
}

/** One per console section, so that a refusal is shown beside the control that caused it. */
export function useMapActions(workshopId: string, token: string): MapActions {
  const { run, busy, error } = useAsyncAction();
  const send = useCallback(
    (action: ArgumentAction) => run(() => argumentAction(workshopId, token, action)),
    [run, workshopId, token],
  );
  return { run: send, busy, error };
}
