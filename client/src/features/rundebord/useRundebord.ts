import type { RundebordView } from '@samskap/shared/rundebord';
import type { LiveState } from '@samskap/shared/workshop';
import { useEffect, useState } from 'react';
import { fetchRundebord } from './api';

/**
 * The round table as this caller may see it, fetched again after every push on the live
 * channel (the server pushes after every change, the round table's included). The view is
 * per viewer ([RT2], [RT4]), so it is asked for with the caller's own token.
 */
export function useRundebord(state: LiveState, token: string): RundebordView | null {
  const [view, setView] = useState<RundebordView | null>(null);
  const workshopId = state.workshop.id;
  const pushed = state.serverTime;
  useEffect(() => {
    const abort = new AbortController();
    fetchRundebord(workshopId, token, abort.signal).then(
      (v) => {
        if (!abort.signal.aborted) setView(v);
      },
      () => {
        // Kept as it was: the next push asks again.
      },
    );
    return () => abort.abort();
  }, [workshopId, token, pushed]);
  return view;
}
