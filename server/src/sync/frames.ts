import { MessageType } from '@samskap/shared/protocol';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as authProtocol from 'y-protocols/auth';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import { mergeUpdates } from './updates';

/** The encoding of what the sync server sends: y-websocket frames, each built in one place. */

/** One frame, written by `write` into a fresh encoder. */
export function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Sync step 1: our state vector, so the client answers with what we lack. */
export function syncStep1Frame(doc: Y.Doc): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    syncProtocol.writeSyncStep1(e, doc);
  });
}

/** Sync step 2: the answer to a client's step 1. */
export function syncStep2Frame(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(e, update);
  });
}

/** A document update: the given updates merged into one. */
export function updateFrame(updates: readonly Uint8Array[]): Uint8Array {
  const update = mergeUpdates(updates);
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    syncProtocol.writeUpdate(e, update);
  });
}

/** y-protocols auth: this connection's writes are refused, and why. */
export function permissionDeniedFrame(reason: string): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.auth);
    authProtocol.writePermissionDenied(e, reason);
  });
}

/** The awareness states of `clients`, as `awareness` holds them now. */
export function awarenessStatesFrame(
  awareness: awarenessProtocol.Awareness,
  clients: number[],
): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.awareness);
    encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  });
}

/** One entry of a y-protocols awareness update: client id, clock, JSON state (null = gone). */
export function awarenessEntry(clientId: number, clock: number, state: unknown): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, clientId);
    encoding.writeVarUint(e, clock);
    encoding.writeVarString(e, JSON.stringify(state));
  });
}

/** An awareness update of entries already encoded (`awarenessEntry`), each encoded once. */
export function awarenessFrame(entries: readonly Uint8Array[]): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.awareness);
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, entries.length);
    for (const entry of entries) encoding.writeUint8Array(inner, entry);
    encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  });
}
