import * as Y from 'yjs';
import { refuse } from './problems';

/**
 * [T5] Applies foreign document bytes to a fresh `Y.Doc` that nothing else sees, and answers
 * with the state re-encoded from it: what is stored is only ever what this server could apply.
 * Refuses bytes that throw while applied (an item that claims to follow itself), that leave
 * structs or deletions pending (their first part missing), that are larger than `maxBytes`
 * once applied, or that `read` cannot read (types other than the doc model's).
 */
export function applyInSandbox(
  content: Uint8Array,
  maxBytes: number,
  read: (doc: Y.Doc) => void,
): Uint8Array {
  // Yjs keeps no state outside the doc: a throw mid-apply leaves only this doc half-built.
  const doc = new Y.Doc({ gc: true });
  try {
    try {
      Y.applyUpdate(doc, content);
    } catch {
      refuse('content_not_applicable', 'content', 'the shared document cannot be applied');
    }
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
      refuse(
        'content_incomplete',
        'content',
        'the shared document refers to parts that are not in the file',
      );
    }
    const state = Y.encodeStateAsUpdate(doc);
    if (state.byteLength > maxBytes) {
      refuse(
        'content_too_large',
        'content',
        `the shared document is larger than ${maxBytes} bytes`,
        { bytes: state.byteLength, maxBytes },
      );
    }
    try {
      read(doc);
    } catch {
      refuse(
        'content_unreadable',
        'content',
        'the shared document does not hold what Samskap reads',
      );
    }
    return state;
  } finally {
    doc.destroy();
  }
}
