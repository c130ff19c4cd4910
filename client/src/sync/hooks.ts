import { useCallback, useSyncExternalStore } from 'react';
import type { AwarenessStates, ConnectionStatus, SyncConnection } from './syncConnection';

/*
 * React bindings over a `SyncConnection` (see `createSyncConnection`). Each hook takes the
 * connection, or `null` while the caller has none yet, and re-renders only when its own field of
 * the snapshot changes. Who creates and destroys the connection is the caller's business: a
 * workshop view will own one per room.
 */

function useSnapshotField<T>(
  connection: SyncConnection | null,
  pick: (connection: SyncConnection) => T,
  fallback: T,
): T {
  const subscribe = useCallback(
    (listener: () => void) => connection?.subscribe(listener) ?? noop,
    [connection],
  );
  return useSyncExternalStore(
    subscribe,
    () => (connection ? pick(connection) : fallback),
    () => fallback,
  );
}

function noop(): void {}

const NO_STATES: AwarenessStates = new Map();

/** `'online' | 'connecting' | 'offline'`; `'connecting'` before the connection exists. */
export function useConnectionStatus(connection: SyncConnection | null): ConnectionStatus {
  return useSnapshotField(connection, (c) => c.getSnapshot().status, 'connecting');
}

/** Whether the document has completed its first exchange with the server on this socket. */
export function useSynced(connection: SyncConnection | null): boolean {
  return useSnapshotField(connection, (c) => c.getSnapshot().synced, false);
}

/** Presence states by client id; a new map whenever anyone's state changes. */
export function useAwareness(connection: SyncConnection | null): AwarenessStates {
  return useSnapshotField(connection, (c) => c.getSnapshot().awareness, NO_STATES);
}

/** Local updates the server has not yet confirmed. */
export function usePendingChanges(connection: SyncConnection | null): number {
  return useSnapshotField(connection, (c) => c.getSnapshot().pending, 0);
}

/** The close code if the server refused this connection for good (4401, 4403, 4404), else null. */
export function useRefused(connection: SyncConnection | null): number | null {
  return useSnapshotField(connection, (c) => c.getSnapshot().refused, null);
}
