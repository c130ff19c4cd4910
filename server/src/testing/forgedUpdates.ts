import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * Hand-made Yjs updates (format v1) that no stock client writes: for tests and the fuzzer.
 * Each decodes with `Y.decodeUpdate`; applying it is what goes wrong.
 */

/** One string item whose left origin is `origin` (itself by default): "it follows itself". */
export function selfReferencingUpdate(
  client = 5,
  clock = 0,
  origin: { client: number; clock: number } = { client, clock },
): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1); // clients
  encoding.writeVarUint(e, 1); // structs of this client
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, clock);
  encoding.writeUint8(e, 0x80 | 4); // has an origin; content: string
  encoding.writeVarUint(e, origin.client);
  encoding.writeVarUint(e, origin.clock);
  encoding.writeVarString(e, 'x');
  encoding.writeVarUint(e, 0); // empty delete set
  return encoding.toUint8Array(e);
}

/** A text insert at `clock` of a root type, with nothing before it: Yjs keeps it pending. */
export function detachedUpdate(client: number, clock: number, text: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, clock);
  encoding.writeUint8(e, 4); // no origins: the parent follows; content: string
  encoding.writeVarUint(e, 1); // parent is a root type, by name
  encoding.writeVarString(e, 't');
  encoding.writeVarString(e, text);
  encoding.writeVarUint(e, 0);
  return encoding.toUint8Array(e);
}

/**
 * A real edit split in two: `first` creates the text, `second` continues it and cannot be
 * integrated without `first` (the update "whose first part is missing").
 */
export function splitEdit(client = 7, size = 6): { first: Uint8Array; second: Uint8Array } {
  const doc = new Y.Doc();
  doc.clientID = client;
  doc.getText('t').insert(0, 'hello');
  const first = Y.encodeStateAsUpdate(doc);
  doc.getText('t').insert(5, 'x'.repeat(size));
  const second = Y.diffUpdate(Y.encodeStateAsUpdate(doc), Y.encodeStateVectorFromUpdate(first));
  doc.destroy();
  return { first, second };
}
