import * as Y from 'yjs';
import { AppError } from '../errors';

/**
 * Bytes that decode as a Yjs update but cannot be applied (an item that follows itself, a
 * reference Yjs trips over). Thrown instead of whatever Yjs threw, so callers can tell it apart.
 */
export class UnappliableUpdateError extends AppError {
  constructor(message: string, options?: ErrorOptions) {
    super('unappliable_update', message, options);
    this.name = 'UnappliableUpdateError';
  }
}

/** The fields of Yjs's struct store this module reads: they are not in its public types. */
interface PendingStore {
  pendingStructs: { missing: Map<number, number>; update: Uint8Array } | null;
  pendingDs: Uint8Array | null;
}

function pendingOf(doc: Y.Doc): PendingStore {
  return doc.store as unknown as PendingStore;
}

/**
 * Real clients draw 32-bit client ids and count one clock per character: nowhere near these.
 * Yjs re-encodes pending structs in its v2 format, whose signed, difference-coded integers
 * overflow ("Integer out of Range") long before 2^53, half-way through an apply.
 */
const MAX_CLIENT = 0xffffffff;
const MAX_CLOCK = 2 ** 40;

function inRange(id: { client: number; clock: number } | null | undefined, length = 0): boolean {
  return id == null || (id.client <= MAX_CLIENT && id.clock + length <= MAX_CLOCK);
}

function sameClientNotBefore(id: Y.ID, ref: Y.ID | null | undefined): boolean {
  return ref != null && ref.client === id.client && ref.clock >= id.clock;
}

/**
 * [S10] Checks what a decoded update says about itself before anything of it is applied. A
 * client only ever refers to items that existed when it wrote, so an item whose origin, right
 * origin or parent is itself or a later item of its own client is forged: Yjs would throw (or
 * worse) half-way through integrating it. Throws `UnappliableUpdateError`; cheap (no document).
 */
export function checkUpdateShape(update: Uint8Array): { structs: number; deletes: number } {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (err) {
    throw new UnappliableUpdateError('the update does not decode', { cause: err });
  }
  for (const [client, ranges] of decoded.ds.clients) {
    for (const r of ranges) {
      // An empty deletion is never written by Yjs; applying one ends in "Unexpected case".
      if (r.len < 1 || !inRange({ client, clock: r.clock }, r.len)) {
        throw new UnappliableUpdateError(`a deletion of client ${client} is out of range`);
      }
    }
  }
  for (const s of decoded.structs) {
    const parent = s instanceof Y.Item && s.parent instanceof Y.ID ? s.parent : null;
    const refsInRange =
      !(s instanceof Y.Item) || (inRange(s.origin) && inRange(s.rightOrigin) && inRange(parent));
    if (!inRange(s.id, s.length) || !refsInRange) {
      throw new UnappliableUpdateError(`client id or clock out of range near ${s.id.client}`);
    }
    if (!(s instanceof Y.Item)) continue;
    if (
      sameClientNotBefore(s.id, s.origin) ||
      sameClientNotBefore(s.id, s.rightOrigin) ||
      sameClientNotBefore(s.id, parent)
    ) {
      throw new UnappliableUpdateError(
        `item ${s.id.client}:${s.id.clock} refers to itself or to a later item of its client`,
      );
    }
  }
  return { structs: decoded.structs.length, deletes: decoded.ds.clients.size };
}

/**
 * Applies foreign bytes to `doc` so that a failure inside Yjs cannot escape as an uncaught
 * exception. The error is caught inside the transaction, so `onFailed` runs before the doc's
 * `update` event fires: a listener can then refuse to store or send what was half-integrated.
 * After a failure `doc` may be inconsistent: callers throw it away.
 */
export function applyGuarded(
  doc: Y.Doc,
  update: Uint8Array,
  origin: unknown,
  onFailed: (err: unknown) => void = () => {},
): UnappliableUpdateError | null {
  let failure: unknown = null;
  try {
    doc.transact(() => {
      try {
        Y.applyUpdate(doc, update, origin);
      } catch (err) {
        failure = err;
        onFailed(err);
      }
    }, origin);
  } catch (err) {
    // Cleaning up the transaction (observers, gc) tripped over what was half-integrated.
    if (failure === null) {
      failure = err;
      onFailed(err);
    }
  }
  if (failure === null) return null;
  const detail = failure instanceof Error ? failure.message : String(failure);
  return new UnappliableUpdateError(`the update could not be applied: ${detail}`, {
    cause: failure,
  });
}

/** Bytes Yjs holds back because what they build on has not arrived (pending structs and deletes). */
export function pendingBytes(doc: Y.Doc): number {
  const s = pendingOf(doc);
  return (s.pendingStructs?.update.length ?? 0) + (s.pendingDs?.length ?? 0);
}

/** Forgets what is pending: it was never integrated, stored or sent, so nothing else changes. */
export function dropPending(doc: Y.Doc): void {
  const s = pendingOf(doc);
  s.pendingStructs = null;
  s.pendingDs = null;
}

/**
 * [S11] The document as integrated, without what is pending. `Y.encodeStateAsUpdate` appends the
 * pending bytes to its output: written into a snapshot they would be loaded back as state the
 * server never applied, and sent to every client at once when the missing piece arrives.
 */
export function encodeIntegratedState(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const s = pendingOf(doc);
  const { pendingStructs, pendingDs } = s;
  if (pendingStructs === null && pendingDs === null) {
    return Y.encodeStateAsUpdate(doc, stateVector);
  }
  s.pendingStructs = null;
  s.pendingDs = null;
  try {
    return Y.encodeStateAsUpdate(doc, stateVector);
  } finally {
    s.pendingStructs = pendingStructs;
    s.pendingDs = pendingDs;
  }
}

/** What `sandboxApply` built: a fresh document and how much of the input it could not integrate. */
export interface SandboxResult {
  doc: Y.Doc;
  /** Bytes left pending: the input refers to updates it does not contain. */
  pendingBytes: number;
}

/**
 * Applies foreign bytes (an import, a stored state) to a fresh document, checking their shape
 * first. Throws `UnappliableUpdateError` when they cannot be applied; the input is then unusable
 * and nothing else has been touched. A caller that needs complete content refuses
 * `pendingBytes > 0`.
 */
export function sandboxApply(parts: readonly Uint8Array[]): SandboxResult {
  const doc = new Y.Doc({ gc: true });
  for (const part of parts) {
    checkUpdateShape(part);
    const failed = applyGuarded(doc, part, null);
    if (failed) {
      doc.destroy();
      throw failed;
    }
  }
  return { doc, pendingBytes: pendingBytes(doc) };
}
