import type { LiveState } from '@samskap/shared/workshop';
import { useEffect, useState } from 'react';
import { parseLiveMessage } from './liveMessage';

/**
 * The last live state a tablet saw, kept in `localStorage` per workshop, so that a tablet
 * reloaded without network (the app itself comes from the service worker) still opens the
 * workshop it was in: the phase, the table, the focus areas. It is only ever shown until the
 * live channel answers again, and it is checked like a live frame before use.
 */
function key(workshopId: string): string {
  return `samskap.live.${workshopId}`;
}

function defaultStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Keeps `state` as the last one seen for its workshop. */
export function rememberLiveState(state: LiveState, storage = defaultStorage()): void {
  try {
    storage?.setItem(key(state.workshop.id), JSON.stringify({ type: 'state', state }));
  } catch {
    // Full or refused storage: a reload offline then waits for the network, as before.
  }
}

/** The last state seen for `workshopId`, or null when there is none or it does not check out. */
export function recallLiveState(workshopId: string, storage = defaultStorage()): LiveState | null {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(key(workshopId)) ?? null;
  } catch {
    return null;
  }
  const message = parseLiveMessage(raw);
  if (message?.type !== 'state' || message.state.workshop.id !== workshopId) return null;
  return message.state;
}

/** Forgets the kept state (the participant's access has ended). */
export function forgetLiveState(workshopId: string, storage = defaultStorage()): void {
  try {
    storage?.removeItem(key(workshopId));
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/**
 * The live state, or until it arrives the one kept from last time (`fromCache` then true). Each
 * new state is kept.
 */
export function useLastLiveState(
  workshopId: string,
  live: LiveState | null,
): { state: LiveState | null; fromCache: boolean } {
  const [kept] = useState(() => recallLiveState(workshopId));
  useEffect(() => {
    // At once, not debounced: a reload may come right after the change (the server pushes at
    // most ten states a second, each a few kilobytes).
    if (live !== null) rememberLiveState(live);
  }, [live]);
  if (live !== null) return { state: live, fromCache: false };
  return { state: kept, fromCache: kept !== null };
}
