import { MessageType } from '@samskap/shared/protocol';

/**
 * The few bytes of the y-websocket protocol that the client writes or peeks at itself. Everything
 * else is left to `y-websocket` and `y-protocols`.
 */

/** y-protocols/sync sub-types: the varUint that follows `MessageType.sync`. */
export const SyncMessageKind = { step1: 0, step2: 1, update: 2 } as const;

function varUintBytes(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push(0x80 | (rest & 0x7f));
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return bytes;
}

/** A `MessageType.sync` frame: the sub-type, then the payload as a length-prefixed byte array. */
export function encodeSyncMessage(kind: number, payload: Uint8Array): Uint8Array {
  const head = [
    ...varUintBytes(MessageType.sync),
    ...varUintBytes(kind),
    ...varUintBytes(payload.length),
  ];
  const message = new Uint8Array(head.length + payload.length);
  message.set(head, 0);
  message.set(payload, head.length);
  return message;
}

/**
 * A sync step 1 (our state vector). The server answers every step 1 with a step 2, which is what
 * makes it usable as a round-trip probe.
 */
export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return encodeSyncMessage(SyncMessageKind.step1, stateVector);
}

/** Reads a varUint at `offset`; returns the value and the offset after it. */
export function readVarUint(bytes: Uint8Array, offset: number): { value: number; next: number } {
  let value = 0;
  let factor = 1;
  let position = offset;
  for (;;) {
    const byte = bytes[position];
    if (byte === undefined) throw new RangeError('varUint runs past the end of the message');
    position += 1;
    value += (byte & 0x7f) * factor;
    if (byte < 0x80) return { value, next: position };
    factor *= 128;
  }
}
