import * as Y from 'yjs';

/**
 * Several Yjs updates as one: the only one as it is (no copy, no re-encoding), else Yjs's merge.
 * Throws what `Y.mergeUpdates` throws for bytes that are not updates. Every place that merges
 * updates (fan-out, stored state, the outcome's read of the stored document) uses this one.
 */
export function mergeUpdates(updates: readonly Uint8Array[]): Uint8Array {
  return updates.length === 1 ? updates[0]! : Y.mergeUpdates([...updates]);
}

/** A document's stored parts in order: the snapshot, if any, then the rows after it. */
export function storedParts(stored: {
  snapshot: Uint8Array | null;
  rows: readonly Uint8Array[];
}): Uint8Array[] {
  return stored.snapshot ? [stored.snapshot, ...stored.rows] : [...stored.rows];
}
