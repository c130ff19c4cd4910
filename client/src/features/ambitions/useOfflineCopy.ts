import { contentRoom } from '@samskap/shared/protocol';
import { useEffect } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { SyncConnection } from '../../sync/syncConnection';

/**
 * Keeps the workshop document in this device's IndexedDB, so that a tablet that loses the
 * network keeps its edits through a reload and sends them when it reconnects. The CRDT merges
 * them with what others wrote meanwhile. One database per workshop.
 */
export function useOfflineCopy(content: SyncConnection | null, workshopId: string): void {
  useEffect(() => {
    if (!content) return;
    const persistence = new IndexeddbPersistence(`samskap/${contentRoom(workshopId)}`, content.doc);
    return () => {
      void persistence.destroy();
    };
  }, [content, workshopId]);
}
