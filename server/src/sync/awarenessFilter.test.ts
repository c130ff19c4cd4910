import { describe, expect, it } from 'vitest';
import { decodeAwarenessUpdate, encodeAwarenessUpdate } from './awarenessFilter';

const entry = (clientId: number, state: unknown, clock = 1) => ({
  clientId,
  clock,
  state: JSON.stringify(state),
});

describe('awareness update coding', () => {
  it('decodes what it encodes, entry by entry', () => {
    const entries = [entry(7, { cursor: 1 }), entry(8, null, 3)];
    expect(decodeAwarenessUpdate(encodeAwarenessUpdate(entries))).toEqual(entries);
  });

  it('throws on a truncated update', () => {
    const u = encodeAwarenessUpdate([entry(7, { a: 1 })]);
    expect(() => decodeAwarenessUpdate(u.slice(0, 4))).toThrow();
  });
});
