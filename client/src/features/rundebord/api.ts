import type { FacilitatorAction, TableAction } from '@samskap/shared/rundebord';
import { apiRequest } from '../../api/http';

/*
 * One function per endpoint of the round table (server/src/rundebord/routes.ts). The round
 * table itself arrives on the live channel (`state.rundebord`, shaped per viewer); these only act.
 */

function base(workshopId: string): string {
  return `/workshops/${encodeURIComponent(workshopId)}/rundebord`;
}

/** A tablet's action for its own table (cards, top three, summary, points). */
export function tableAction(
  workshopId: string,
  token: string,
  action: TableAction,
): Promise<{ id: string | null }> {
  return apiRequest(`${base(workshopId)}/table`, { token, body: action });
}

/** One facilitator action. */
export function rundebordAction(
  workshopId: string,
  token: string,
  action: FacilitatorAction,
): Promise<{ ok: true }> {
  return apiRequest(`${base(workshopId)}/actions`, { token, body: action });
}
