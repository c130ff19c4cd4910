import * as Y from 'yjs';

/**
 * A new workshop content document. Typed accessors for its parts arrive with the features that
 * own them; nothing outside this folder names a shared type by a string literal.
 */
export function createDoc(): Y.Doc {
  return new Y.Doc({ gc: true });
}
