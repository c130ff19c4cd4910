import * as Y from 'yjs';
import type { Squash } from '../persistence/docStore';
import {
  applyGuarded,
  checkUpdateShape,
  encodeIntegratedState,
  UnappliableUpdateError,
} from './guardedApply';
import { mergeUpdates, storedParts } from './updates';

/** What storage held for a room: the snapshot and the rows after it, with their numbers. */
export interface StoredState {
  snapshot: Uint8Array | null;
  rows: Uint8Array[];
  seqs: number[];
}

export interface BuiltDoc {
  doc: Y.Doc;
  /** Rows that could not be applied: the caller moves them aside ([S13]). */
  rejected: Array<{ seq: number; reason: string }>;
}

/**
 * The stored bytes as one update, for a fresh client ([S9]). Throws `UnappliableUpdateError`
 * when they do not even merge: the caller then builds the document, which sorts out what is bad.
 */
export function mergeStored(state: StoredState): Uint8Array {
  try {
    return mergeUpdates(storedParts(state));
  } catch (err) {
    throw new UnappliableUpdateError('the stored updates do not merge', { cause: err });
  }
}

function apply(doc: Y.Doc, update: Uint8Array, origin: unknown): UnappliableUpdateError | null {
  try {
    checkUpdateShape(update);
  } catch (err) {
    return err as UnappliableUpdateError;
  }
  return applyGuarded(doc, update, origin);
}

/**
 * [S13] Builds a room's document from storage. Usually in one go (the stored bytes merged and
 * applied once, as fast as before); if that fails, part by part in a fresh document: the
 * snapshot, then each row, leaving out (and reporting) every row that cannot be applied. A
 * snapshot that cannot be applied throws `UnappliableUpdateError`: the room cannot be loaded.
 */
export function buildFromStorage(state: StoredState, origin: unknown): BuiltDoc {
  const fast = new Y.Doc({ gc: true });
  let merged: Uint8Array | null = null;
  try {
    merged = mergeStored(state);
  } catch {
    merged = null;
  }
  if (merged !== null && applyGuarded(fast, merged, origin) === null) {
    return { doc: fast, rejected: [] };
  }
  fast.destroy();

  const good: Uint8Array[] = [];
  let doc = new Y.Doc({ gc: true });
  if (state.snapshot) {
    const failed = apply(doc, state.snapshot, origin);
    if (failed) {
      doc.destroy();
      throw new UnappliableUpdateError(`the stored snapshot cannot be applied: ${failed.message}`, {
        cause: failed,
      });
    }
    good.push(state.snapshot);
  }
  const rejected: BuiltDoc['rejected'] = [];
  state.rows.forEach((row, i) => {
    const failed = apply(doc, row, origin);
    if (failed === null) {
      good.push(row);
      return;
    }
    rejected.push({ seq: state.seqs[i]!, reason: failed.message });
    // What failed may have left the document half-changed: start again from what applied.
    doc.destroy();
    doc = new Y.Doc({ gc: true });
    for (const part of good) applyGuarded(doc, part, origin);
  });
  return { doc, rejected };
}

/**
 * [F6] A document's stored state squashed into one snapshot, for `DocStore.compactStored`: built
 * as a room would be ([S13]: a row that cannot be applied is reported, not kept), then encoded
 * without what is pending ([S11]). Throws when the snapshot itself cannot be applied.
 */
export const squashStored: Squash = (stored) => {
  const { doc, rejected } = buildFromStorage(stored, null);
  try {
    return { snapshot: encodeIntegratedState(doc), rejected };
  } finally {
    doc.destroy();
  }
};
