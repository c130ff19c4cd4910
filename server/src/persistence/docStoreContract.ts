import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocStore } from './docStore';

/** What a contract run needs from an implementation. */
export interface DocStoreHarness {
  store: DocStore;
  /** Closes and opens the same storage again, as a restart would; absent for in-memory stores. */
  reopen?: () => Promise<DocStore>;
  dispose(): Promise<void>;
}

function textUpdate(doc: Y.Doc, insert: string): Uint8Array {
  let captured: Uint8Array | null = null;
  const handler = (u: Uint8Array) => {
    captured = u;
  };
  doc.on('update', handler);
  doc.getText('t').insert(doc.getText('t').length, insert);
  doc.off('update', handler);
  if (!captured) throw new Error('no update produced');
  return captured;
}

async function restore(store: DocStore, name: string): Promise<Y.Doc> {
  const loaded = await store.load(name);
  const doc = new Y.Doc();
  if (loaded.snapshot) Y.applyUpdate(doc, loaded.snapshot);
  for (const u of loaded.updates) Y.applyUpdate(doc, u);
  return doc;
}

/**
 * The behaviour every `DocStore` must have. Each implementation's test file calls this once;
 * the rules are numbered so that a failure names the rule.
 */
export function docStoreContract(name: string, makeHarness: () => Promise<DocStoreHarness>): void {
  describe(`DocStore contract: ${name}`, () => {
    let h: DocStoreHarness;
    beforeEach(async () => {
      h = await makeHarness();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('[DS1] an unknown document loads empty', async () => {
      expect(await h.store.load('nothing-here')).toEqual({
        snapshot: null,
        updates: [],
        seqs: [],
        lastSeq: 0,
      });
    });

    it('[DS2] appended updates load back in order and rebuild the document', async () => {
      const src = new Y.Doc();
      const seqs: number[] = [];
      for (const part of ['Godt ', 'liv ', 'for ', 'alle']) {
        seqs.push(await h.store.append('d', textUpdate(src, part), { participantId: 'p1', at: 1 }));
      }
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
      expect(new Set(seqs).size).toBe(4);
      const loaded = await h.store.load('d');
      expect(loaded.updates).toHaveLength(4);
      expect(loaded.lastSeq).toBe(seqs[3]);
      expect((await restore(h.store, 'd')).getText('t').toString()).toBe('Godt liv for alle');
    });

    it('[DS3] documents are kept apart', async () => {
      const a = new Y.Doc();
      const b = new Y.Doc();
      await h.store.append('a', textUpdate(a, 'A'), { participantId: null, at: 1 });
      await h.store.append('b', textUpdate(b, 'B'), { participantId: null, at: 1 });
      expect((await restore(h.store, 'a')).getText('t').toString()).toBe('A');
      expect((await restore(h.store, 'b')).getText('t').toString()).toBe('B');
    });

    it('[DS4] compaction replaces the covered rows with the snapshot and keeps later ones', async () => {
      const src = new Y.Doc();
      await h.store.append('d', textUpdate(src, 'one '), { participantId: 'p1', at: 1 });
      const through = await h.store.append('d', textUpdate(src, 'two '), {
        participantId: 'p1',
        at: 2,
      });
      const snapshot = Y.encodeStateAsUpdate(src);
      const later = await h.store.append('d', textUpdate(src, 'three'), {
        participantId: 'p2',
        at: 3,
      });
      await h.store.compact('d', snapshot, through);
      const loaded = await h.store.load('d');
      expect(loaded.snapshot).not.toBeNull();
      expect(loaded.updates).toHaveLength(1);
      expect(loaded.lastSeq).toBe(later);
      expect((await restore(h.store, 'd')).getText('t').toString()).toBe('one two three');
    });

    it('[DS5] after compaction of everything, lastSeq is the snapshot’s and new appends go above it', async () => {
      const src = new Y.Doc();
      const through = await h.store.append('d', textUpdate(src, 'x'), {
        participantId: null,
        at: 1,
      });
      await h.store.compact('d', Y.encodeStateAsUpdate(src), through);
      expect((await h.store.load('d')).lastSeq).toBe(through);
      const next = await h.store.append('d', textUpdate(src, 'y'), { participantId: null, at: 2 });
      expect(next).toBeGreaterThan(through);
      expect((await restore(h.store, 'd')).getText('t').toString()).toBe('xy');
    });

    it('[DS6] each row records who sent it and when', async () => {
      const src = new Y.Doc();
      await h.store.append('d', textUpdate(src, 'a'), { participantId: 'p-42', at: 1700000000000 });
      await h.store.append('d', textUpdate(src, 'b'), { participantId: null, at: 1700000000001 });
      const rows = await h.store.listUpdates('d');
      expect(rows.map((r) => [r.participantId, r.at])).toEqual([
        ['p-42', 1700000000000],
        [null, 1700000000001],
      ]);
    });

    it('[DS7] a stored update is a copy: changing the caller’s buffer afterwards changes nothing', async () => {
      const src = new Y.Doc();
      const u = textUpdate(src, 'safe');
      await h.store.append('d', u, { participantId: null, at: 1 });
      u.fill(0);
      expect((await restore(h.store, 'd')).getText('t').toString()).toBe('safe');
    });

    it('[DS8] delete removes the snapshot and the rows', async () => {
      const src = new Y.Doc();
      const s = await h.store.append('d', textUpdate(src, 'a'), { participantId: null, at: 1 });
      await h.store.compact('d', Y.encodeStateAsUpdate(src), s);
      await h.store.append('d', textUpdate(src, 'b'), { participantId: null, at: 1 });
      await h.store.delete('d');
      expect(await h.store.load('d')).toEqual({
        snapshot: null,
        updates: [],
        seqs: [],
        lastSeq: 0,
      });
      expect(await h.store.listQuarantined('d')).toEqual([]);
    });

    it('[DS10] a quarantined row is kept aside with its reason and no longer loads', async () => {
      const src = new Y.Doc();
      const a = await h.store.append('d', textUpdate(src, 'a'), { participantId: 'p1', at: 1 });
      const b = await h.store.append('d', textUpdate(src, 'b'), { participantId: 'p2', at: 2 });
      expect((await h.store.load('d')).seqs).toEqual([a, b]);
      await h.store.quarantine('d', a, 'cannot be applied');
      await h.store.quarantine('d', 12345, 'unknown rows are ignored');
      const loaded = await h.store.load('d');
      expect(loaded.seqs).toEqual([b]);
      expect(loaded.updates).toHaveLength(1);
      const aside = await h.store.listQuarantined('d');
      expect(aside.map((r) => [r.seq, r.participantId, r.reason])).toEqual([
        [a, 'p1', 'cannot be applied'],
      ]);
      expect(await h.store.listQuarantined('other')).toEqual([]);
    });

    it('[DS9] what was appended survives a reopen of the storage', async (ctx) => {
      if (!h.reopen) return ctx.skip();
      const src = new Y.Doc();
      await h.store.append('d', textUpdate(src, 'kept'), { participantId: 'p1', at: 1 });
      const reopened = await h.reopen();
      const doc = await restore(reopened, 'd');
      expect(doc.getText('t').toString()).toBe('kept');
    });
  });
}
