import { useEffect, useState } from 'react';
import { resolveLinkToken } from './credentials';
import type { LinkKind } from './credentials';

/**
 * The console's or projector's token: from the link's `#fragment` (then dropped from the
 * address bar, so it is not shown on a projected screen or in a screenshot) or remembered from
 * an earlier visit on this device.
 */
export function useLinkToken(kind: LinkKind, workshopId: string): string | null {
  const [token] = useState(() => resolveLinkToken(kind, workshopId, location.hash));
  useEffect(() => {
    if (token !== null && location.hash !== '') {
      history.replaceState(history.state, '', location.pathname + location.search);
    }
  }, [token]);
  return token;
}
