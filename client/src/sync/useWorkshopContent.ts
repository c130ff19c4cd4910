import { createDoc } from '@samskap/shared/doc-model';
import { contentRoom } from '@samskap/shared/protocol';
import { useEffect, useMemo } from 'react';
import { createSyncConnection } from './syncConnection';
import type { SyncConnection } from './syncConnection';

/**
 * Opens the workshop's content document with this device's token. The feature issues fill the
 * document; here it gives the tablet a real connection state and pending-change count. The
 * effect connects and disconnects, so StrictMode's double run does not leak a socket.
 */
export function useWorkshopContent(
  workshopId: string | null,
  token: string | null,
): SyncConnection | null {
  const connection = useMemo(
    () =>
      workshopId && token
        ? createSyncConnection({
            room: contentRoom(workshopId),
            doc: createDoc(),
            token,
            connect: false,
          })
        : null,
    [workshopId, token],
  );
  useEffect(() => {
    connection?.provider.connect();
    return () => connection?.provider.disconnect();
  }, [connection]);
  return connection;
}
