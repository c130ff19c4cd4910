import { describe, expect, it } from 'vitest';
import { SyncMessageKind, encodeSyncMessage, encodeSyncStep1, readVarUint } from './wire';

describe('wire', () => {
  it('encodes a step 1 as sync, step1, length, state vector', () => {
    expect([...encodeSyncStep1(new Uint8Array([7, 8]))]).toEqual([0, 0, 2, 7, 8]);
  });

  it('writes lengths of 128 and more as multi-byte varUints', () => {
    const message = encodeSyncMessage(SyncMessageKind.step2, new Uint8Array(300));
    expect([...message.subarray(0, 4)]).toEqual([0, 1, 0xac, 0x02]);
    expect(readVarUint(message, 2)).toEqual({ value: 300, next: 4 });
    expect(message.length).toBe(304);
  });

  it('refuses a varUint that runs past the end', () => {
    expect(() => readVarUint(new Uint8Array([0x80]), 0)).toThrow(RangeError);
  });
});
