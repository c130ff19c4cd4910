import type { ArgumentAction, NewEntry } from '@samskap/shared/arguments';
import { apiRequest } from '../../api/http';

/*
 * One function per endpoint of the argument map (server/src/arguments/routes.ts). The map
 * itself arrives on the live channel (`state.arguments`); these only act.
 */

function base(workshopId: string): string {
  return `/workshops/${encodeURIComponent(workshopId)}/arguments`;
}

/** A participant's or the facilitator's new entry; in controlled mode a participant's waits. */
export function addEntry(
  workshopId: string,
  token: string,
  entry: NewEntry,
): Promise<{ id: string }> {
  return apiRequest(`${base(workshopId)}/entries`, { token, body: entry });
}

/** +1 (or taking it back): once per participant, never on one's own entry. */
export function setSupport(
  workshopId: string,
  token: string,
  entryId: string,
  on: boolean,
): Promise<{ ok: true }> {
  return apiRequest(`${base(workshopId)}/entries/${encodeURIComponent(entryId)}/support`, {
    method: 'PUT',
    token,
    body: { on },
  });
}

/** One facilitator action on the map. */
export function argumentAction(
  workshopId: string,
  token: string,
  action: ArgumentAction,
): Promise<{ ok: true }> {
  return apiRequest(`${base(workshopId)}/actions`, { token, body: action });
}
