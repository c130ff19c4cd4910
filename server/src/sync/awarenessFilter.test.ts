import { describe, expect, it } from 'vitest';
import {
  decodeAwarenessUpdate,
  encodeAwarenessUpdate,
  filterAwarenessUpdate,
} from './awarenessFilter';

const entry = (clientId: number, state: unknown, clock = 1) => ({
  clientId,
  clock,
  state: JSON.stringify(state),
});

describe('filterAwarenessUpdate', () => {
  it('lets the first client id a connection announces become its own', () => {
    const u = encodeAwarenessUpdate([entry(7, { cursor: 1 })]);
    const r = filterAwarenessUpdate(u, null, () => false);
    expect(r.ownClientId).toBe(7);
    expect(decodeAwarenessUpdate(r.update!)).toEqual([entry(7, { cursor: 1 })]);
  });

  it('drops entries about other clients, so nobody can appear as someone else or wipe them', () => {
    const u = encodeAwarenessUpdate([entry(7, { a: 1 }), entry(8, null), entry(9, { user: 'x' })]);
    const r = filterAwarenessUpdate(u, 7, () => false);
    expect(decodeAwarenessUpdate(r.update!).map((e) => e.clientId)).toEqual([7]);
  });

  it('returns no update when nothing in it is the sender’s own', () => {
    const u = encodeAwarenessUpdate([entry(8, null)]);
    expect(filterAwarenessUpdate(u, 7, () => false).update).toBeNull();
  });

  it('refuses to claim a client id another connection in the room owns', () => {
    const u = encodeAwarenessUpdate([entry(8, { a: 1 })]);
    const r = filterAwarenessUpdate(u, null, (id) => id === 8);
    expect(r.ownClientId).toBeNull();
    expect(r.update).toBeNull();
  });

  it('lets the server rewrite the identity inside the state', () => {
    const u = encodeAwarenessUpdate([entry(7, { user: { name: 'Forged' } })]);
    const r = filterAwarenessUpdate(
      u,
      7,
      () => false,
      (s) => JSON.stringify({ ...JSON.parse(s), user: { name: 'Given' } }),
    );
    expect(JSON.parse(decodeAwarenessUpdate(r.update!)[0]!.state)).toEqual({
      user: { name: 'Given' },
    });
  });

  it('throws on a truncated update', () => {
    const u = encodeAwarenessUpdate([entry(7, { a: 1 })]);
    expect(() => filterAwarenessUpdate(u.slice(0, 4), null, () => false)).toThrow();
  });
});
