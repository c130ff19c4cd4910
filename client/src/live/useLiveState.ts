import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { INITIAL_LIVE_SNAPSHOT, createLiveConnection } from './liveConnection';
import type { LiveConnection, LiveSnapshot } from './liveConnection';
import { remainingAt } from './countdown';
import type { Timer } from '@samskap/shared/workshop';

function noop(): void {}

/**
 * The live state of a workshop for one token. The connection is made once per workshop and
 * token; the effect opens and closes its socket, so React's StrictMode double run is harmless.
 */
export function useLiveState(workshopId: string | null, token: string | null): LiveSnapshot {
  const connection: LiveConnection | null = useMemo(
    () => (workshopId && token ? createLiveConnection({ workshopId, token }) : null),
    [workshopId, token],
  );
  useEffect(() => {
    connection?.connect();
    return () => connection?.disconnect();
  }, [connection]);
  const subscribe = useCallback(
    (listener: () => void) => connection?.subscribe(listener) ?? noop,
    [connection],
  );
  return useSyncExternalStore(
    subscribe,
    () => connection?.getSnapshot() ?? INITIAL_LIVE_SNAPSHOT,
    () => INITIAL_LIVE_SNAPSHOT,
  );
}

/** Milliseconds left on `timer`, re-rendering four times a second while it runs. */
export function useRemainingMs(timer: Timer | null, clockOffsetMs: number): number | null {
  const [localNow, setLocalNow] = useState(() => Date.now());
  const running = timer?.runningSince != null;
  useEffect(() => {
    if (!running) return;
    const interval = setInterval(() => setLocalNow(Date.now()), 250);
    return () => clearInterval(interval);
  }, [running]);
  if (timer === null) return null;
  // Read at the last tick: at most 250 ms behind, and a paused timer ignores the clock anyway.
  return remainingAt(timer, clockOffsetMs, localNow);
}
