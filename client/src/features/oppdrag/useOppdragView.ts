import type { OppdragView } from '@samskap/shared/oppdrag';
import type { LiveState } from '@samskap/shared/workshop';
import { useEffect, useState } from 'react';
import { fetchOppdrag } from './api';

/**
 * The activity's view, read again after every message on the live channel: the server pushes
 * one after each change of the workshop, so this screen is as fresh as the others.
 */
export function useOppdragView(state: LiveState, token: string): OppdragView | null {
  const [view, setView] = useState<OppdragView | null>(null);
  const workshopId = state.workshop.id;
  useEffect(() => {
    const abort = new AbortController();
    fetchOppdrag(workshopId, token, abort.signal).then(setView, () => undefined);
    return () => abort.abort();
  }, [workshopId, token, state]);
  return view;
}
