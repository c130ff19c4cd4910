import * as Y from 'yjs';

/** What a connection may write, as the authentication hook decided. */
export interface WriteRights {
  /** [W1]–[W3] Whether it may change the top-level part of the document with this name. */
  mayWriteRoot(rootName: string): boolean;
  /**
   * [W7] Whether its updates may leave structs or deletions waiting on the server for missing
   * dependencies. Whoever's update later completed them would be judged instead of its author.
   */
  mayLeavePending: boolean;
}

/** What `applyWithRights` did besides applying. */
export interface GuardOutcome {
  /** The names of the parts whose changes were undone ([W4]); empty when all was allowed. */
  refused: string[];
  /** Whether what the update left waiting was discarded ([W7]). */
  discardedPending: boolean;
}

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
    try {
      name = Y.findRootTypeKey(root);
    } catch {
      // Not a part of the document by any name: no rule allows it (an empty name is no part).
      return '';
    }
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
 * [W7] Forgets what an update left waiting on the server, when nothing was waiting before it (so
 * all of it is this update's). A well-behaved client never leaves anything waiting: everything
 * it builds on came from the server. What waits could be completed by someone else's update
 * (a deletion of the facilitator's next clocks, an insert whose origin is one of them) and
 * would then pass under that writer's rights.
 */
function discardNewPending(
  doc: Y.Doc,
  before: Pick<Y.Doc['store'], 'pendingStructs' | 'pendingDs'>,
): boolean {
  const store = doc.store;
  let discarded = false;
  if (before.pendingStructs === null && store.pendingStructs !== null) {
    store.pendingStructs = null;
    discarded = true;
  }
  if (before.pendingDs === null && store.pendingDs !== null) {
    store.pendingDs = null;
    discarded = true;
  }
  return discarded;
}

/**
 * [W4] Applies a writer's update whole, then undoes what it changed in parts the writer may not
 * change: what it inserted there is deleted, what it deleted there is inserted again (a copy: Yjs
 * cannot take a deletion back), a map value it replaced is set back. The undo is a transaction of
 * its own, so the room stores it and sends it to everyone, the writer included, in the same
 * batch as the update ([S8]). [W5] Nothing of the update is dropped, so the writer's later
 * updates, which Yjs numbers after this one, still apply.
 *
 * Allowed updates cost one root lookup per changed type ([W6]).
 */
export function applyWithRights(
  doc: Y.Doc,
  update: Uint8Array,
  origin: unknown,
  rights: WriteRights,
): GuardOutcome {
  const pendingBefore = {
    pendingStructs: doc.store.pendingStructs,
    pendingDs: doc.store.pendingDs,
  };
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
        if (rights.mayWriteRoot(name)) allowed.add(root);
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
  const discardedPending = !rights.mayLeavePending && discardNewPending(doc, pendingBefore);
  return { refused: refusedNames, discardedPending };
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
