import type * as Y from 'yjs';
import type { Logger } from '../log';
import type { RoomConnection } from './connectionTypes';
import { applyGuarded, UnappliableUpdateError } from './guardedApply';
import { applyWithRights, type GuardOutcome, type WriteRights } from './writeGuard';

/** What applying a client's update needs of its room. */
export interface ClientUpdateContext {
  room: string;
  log: Logger;
  /** Called before anything of a failing update reaches the store: nothing of it is stored. */
  poison: () => void;
}

/**
 * Applies a client's update to the room's document, within the connection's write rights when
 * it has any ([W1]-[W7]), under the catch of [S10]. Returns the error when Yjs failed half-way:
 * the document may then be half-changed, and the room must be dropped unsaved.
 */
export function applyClientUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  conn: RoomConnection,
  context: ClientUpdateContext,
): UnappliableUpdateError | null {
  const rights = conn.identity.writeRights;
  if (rights === undefined) return applyGuarded(doc, update, conn, context.poison);
  return applyWithinRights(doc, update, conn, rights, context);
}

/**
 * [W1]-[W7] with [S10]: the write guard applies and undoes in transactions of its own (it reads
 * each one's changes), so it runs outside `applyGuarded`'s transaction but under the same catch.
 */
function applyWithinRights(
  doc: Y.Doc,
  update: Uint8Array,
  conn: RoomConnection,
  rights: WriteRights,
  context: ClientUpdateContext,
): UnappliableUpdateError | null {
  try {
    noteGuarded(conn, applyWithRights(doc, update, conn, rights), context);
    return null;
  } catch (err) {
    context.poison();
    const detail = err instanceof Error ? err.message : String(err);
    return new UnappliableUpdateError(`the update could not be applied: ${detail}`, {
      cause: err,
    });
  }
}

/** [W4], [W7] What the write guard undid or discarded goes to the log. */
function noteGuarded(conn: RoomConnection, outcome: GuardOutcome, context: ClientUpdateContext) {
  const { refused, discardedPending } = outcome;
  if (refused.length > 0) {
    context.log.warn(
      { room: context.room, conn: conn.id, parts: refused.slice(0, 5).map((p) => p.slice(0, 80)) },
      'write to parts the writer may not change: undone',
    );
  }
  if (discardedPending) {
    context.log.warn(
      { room: context.room, conn: conn.id },
      'update left changes waiting for missing dependencies: discarded',
    );
  }
}
