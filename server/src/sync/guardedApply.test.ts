import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { detachedUpdate, selfReferencingUpdate, splitEdit } from '../testing/forgedUpdates';
import {
  applyGuarded,
  checkUpdateShape,
  dropPending,
  encodeIntegratedState,
  pendingBytes,
  sandboxApply,
  UnappliableUpdateError,
} from './guardedApply';

describe('guarded apply', () => {
  it('[S10] an item that follows itself is refused before it reaches a document', () => {
    expect(() => checkUpdateShape(selfReferencingUpdate())).toThrow(UnappliableUpdateError);
    expect(() => checkUpdateShape(selfReferencingUpdate(5, 0, { client: 5, clock: 3 }))).toThrow(
      /later item/,
    );
  });

  it('[S10] clocks and client ids far beyond any real client are refused before Yjs overflows on them', () => {
    // Found by the fuzzer: a right origin with a 2^52 clock threw "Integer out of Range" inside
    // an apply, after the update had decoded.
    expect(() => checkUpdateShape(detachedUpdate(5, 2 ** 41, 'far'))).toThrow(/out of range/);
    expect(() =>
      checkUpdateShape(selfReferencingUpdate(6, 0, { client: 5, clock: 2 ** 52 })),
    ).toThrow(/out of range/);
    expect(() => checkUpdateShape(detachedUpdate(2 ** 33, 0, 'x'))).toThrow(/out of range/);
    expect(checkUpdateShape(detachedUpdate(5, 2 ** 30, 'far')).structs).toBe(1);
    // Also found by the fuzzer: a deletion of length 0 ("Unexpected case" inside Yjs).
    expect(() => checkUpdateShape(Buffer.from('0001a9b6c04901fa6600', 'hex'))).toThrow(/deletion/);
  });

  it('[S10] a failure inside Yjs is returned, reported before the update event, and not thrown', () => {
    const doc = new Y.Doc();
    const order: string[] = [];
    doc.on('update', () => order.push('update'));
    const failed = applyGuarded(doc, selfReferencingUpdate(), 'x', () => order.push('failed'));
    expect(failed).toBeInstanceOf(UnappliableUpdateError);
    expect(order[0]).toBe('failed');
  });

  it('[S10] garbage is refused as an unappliable update', () => {
    expect(() => checkUpdateShape(new Uint8Array([1, 2, 3]))).toThrow(UnappliableUpdateError);
    expect(() => sandboxApply([new Uint8Array([9, 9, 9, 9])])).toThrow(UnappliableUpdateError);
  });

  it('[S11] the integrated state leaves out what is pending, and the pending part stays', () => {
    const { first, second } = splitEdit();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, second);
    expect(pendingBytes(doc)).toBeGreaterThan(0);
    expect(Y.decodeUpdate(Y.encodeStateAsUpdate(doc)).structs.length).toBeGreaterThan(0);
    expect(Y.decodeUpdate(encodeIntegratedState(doc)).structs).toHaveLength(0);
    expect(pendingBytes(doc)).toBeGreaterThan(0);
    Y.applyUpdate(doc, first);
    expect(doc.getText('t').toString()).toBe('hello' + 'x'.repeat(6));
  });

  it('[S12] dropping what is pending leaves the integrated document as it was', () => {
    const { first } = splitEdit();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, first);
    Y.applyUpdate(doc, detachedUpdate(99, 1_000_000, 'far away'));
    expect(pendingBytes(doc)).toBeGreaterThan(0);
    dropPending(doc);
    expect(pendingBytes(doc)).toBe(0);
    expect(doc.getText('t').toString()).toBe('hello');
  });

  it('a sandbox reports what it could not integrate', () => {
    const { first, second } = splitEdit();
    expect(sandboxApply([second]).pendingBytes).toBeGreaterThan(0);
    const whole = sandboxApply([first, second]);
    expect(whole.pendingBytes).toBe(0);
    expect(whole.doc.getText('t').toString()).toBe('hello' + 'x'.repeat(6));
  });
});
