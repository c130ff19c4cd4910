import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One entry of a y-protocols awareness update. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The JSON state as sent; `null` means "this client is gone". */
  state: string;
}

/** Decodes an awareness update; throws on malformed input. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    entries.push({ clientId, clock, state });
  }
  return entries;
}

export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientId);
    encoding.writeVarUint(encoder, e.clock);
    encoding.writeVarString(encoder, e.state);
  }
  return encoding.toUint8Array(encoder);
}

export interface FilteredAwareness {
  /** The update to apply, or null when nothing in it was the sender's own. */
  update: Uint8Array | null;
  /** The client id the connection speaks for (set by its first entry). */
  ownClientId: number | null;
}

/**
 * Keeps only the entries about the sender's own client. Stock y-websocket clients relay the
 * changes they saw of others (a remote state timing out, for instance), so foreign entries are
 * dropped quietly rather than treated as an attack; they are never applied. The first entry a
 * connection sends names its client, unless another live connection in the room owns that id.
 * `rewrite` lets the server replace what a state says about identity with what it assigned.
 */
export function filterAwarenessUpdate(
  update: Uint8Array,
  ownClientId: number | null,
  isTakenByOther: (clientId: number) => boolean,
  rewrite: (state: string) => string = (s) => s,
): FilteredAwareness {
  const entries = decodeAwarenessUpdate(update);
  let own = ownClientId;
  const kept: AwarenessEntry[] = [];
  for (const e of entries) {
    if (own === null && !isTakenByOther(e.clientId) && e.state !== 'null') own = e.clientId;
    if (e.clientId !== own) continue;
    kept.push(e.state === 'null' ? e : { ...e, state: rewrite(e.state) });
  }
  return { update: kept.length > 0 ? encodeAwarenessUpdate(kept) : null, ownClientId: own };
}
