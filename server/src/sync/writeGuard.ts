import * as Y from 'yjs';

/** Whether a connection may change the top-level part of the document with this name. */
export type MayWriteRoot = (rootName: string) => boolean;

type AnyType = Y.AbstractType<unknown>;
/** Yjs does not export the class by name; `createDeleteSet` makes one. */
type DeleteSet = ReturnType<typeof Y.createDeleteSet>;

/** Top-level names by root type: a root never changes its name, and lookups scan `doc.share`. */
const rootNames = new WeakMap<AnyType, string>();

function rootOf(type: AnyType): AnyType {
  let t = type;
  // An integrated item's parent is a type (the ID or name forms exist only before integration).
  while (t._item !== null) t = t._item.parent as AnyType;
  return t;
}

function rootName(root: AnyType): string {
  let name = rootNames.get(root);
  if (name === undefined) {
    name = Y.findRootTypeKey(root);
    rootNames.set(root, name);
  }
  return name;
}

/** Marks an item and its ancestors as kept: collecting a deleted parent would collect it too. */
function keep(item: Y.Item, kept: Y.Item[]): void {
  let current: Y.Item | null = item;
  while (current !== null && !current.keep) {
    current.keep = true;
    kept.push(current);
    current = (current.parent as AnyType)._item;
  }
}

/** What the transaction inserted: every client's clock range from before to after it. */
function insertedSince(before: Map<number, number>, doc: Y.Doc): DeleteSet {
  const inserted = Y.createDeleteSet();
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
    const start = before.get(client) ?? 0;
    if (clock > start) inserted.clients.set(client, [{ clock: start, len: clock - start }]);
  }
  return inserted;
}

/**
 * [W4] Applies a writer's update whole, then undoes what it changed in parts the writer may not
 * change: what it inserted there is deleted, what it deleted there is inserted again (a copy: Yjs
 * cannot take a deletion back), a map value it replaced is set back. The undo is a transaction of
 * its own, so the room stores it and sends it to everyone, the writer included, in the same
 * batch as the update ([S8]). [W5] Nothing of the update is dropped, so the writer's later
 * updates, which Yjs numbers after this one, still apply.
 *
 * Allowed updates cost one root lookup per changed type ([W6]). Returns the names of the refused
 * parts (empty when everything was allowed).
 */
export function applyGuarded(
  doc: Y.Doc,
  update: Uint8Array,
  origin: unknown,
  mayWrite: MayWriteRoot,
): string[] {
  const refused: AnyType[] = [];
  const refusedNames: string[] = [];
  const kept: Y.Item[] = [];
  let insertions: DeleteSet | null = null;
  let deletions: DeleteSet | null = null;
  Y.transact(
    doc,
    (tr) => {
      Y.applyUpdate(doc, update, origin);
      // Every change is recorded on a type that existed before the transaction (or a root), so
      // the roots of `changed` are all the parts the update touched.
      const allowed = new Set<AnyType>();
      for (const type of tr.changed.keys()) {
        const root = rootOf(type as AnyType);
        if (allowed.has(root) || refused.includes(root)) continue;
        const name = rootName(root);
        if (mayWrite(name)) allowed.add(root);
        else {
          refused.push(root);
          refusedNames.push(name);
        }
      }
      if (refused.length === 0) return;
      // Deleted content is collected when the transaction ends; what is to be restored must stay.
      Y.iterateDeletedStructs(tr, tr.deleteSet, (struct) => {
        if (struct instanceof Y.Item && refused.some((root) => Y.isParentOf(root, struct)))
          keep(struct, kept);
      });
      insertions = insertedSince(tr.beforeState, doc);
      deletions = tr.deleteSet;
    },
    origin,
    false,
  );
  if (insertions !== null && deletions !== null) {
    undo(refused, insertions, deletions);
    for (const item of kept) item.keep = false;
  }
  return refusedNames;
}

/** Reverts, within `scope` only, what one transaction inserted and deleted. */
function undo(scope: AnyType[], insertions: DeleteSet, deletions: DeleteSet): void {
  const manager = new Y.UndoManager(scope, {
    // Nothing is recorded: the one step to undo is pushed by hand, and the undo itself must not
    // keep the refused content from being collected.
    captureTransaction: () => false,
    // Restore the replaced map value (the display choice) even though a newer one was written.
    ignoreRemoteMapChanges: true,
  });
  try {
    manager.undoStack.push({ insertions, deletions, meta: new Map() });
    manager.undo();
  } finally {
    manager.destroy();
  }
}
