import { expect, it } from 'vitest';
import { describeOnEngines } from '../testing/storageEngines';
import { ArchiveStore } from './archive';

/** The archives of imported workshops on SQLite and PostgreSQL (issue 18). */
describeOnEngines('ArchiveStore contract', (engine) => {
  it('[M7] each part reads back as written, the others kept; none before', async () => {
    const w = await engine().workshop();
    const store = new ArchiveStore(engine().storage);
    const rounds = store.part<Array<{ round: number; note: string }>>('rounds');
    const consent = store.part<{ b: number; a: number }>('consent');
    expect(await rounds.get(w)).toBeNull();
    await engine().storage.transaction(async (tx) => {
      await rounds.put(w, [{ round: 1, note: 'med \u0000 i' }], tx);
      await consent.put(w, { b: 2, a: 1 }, tx);
    });
    expect(await rounds.get(w)).toEqual([{ round: 1, note: 'med \u0000 i' }]);
    const read = await consent.get(w);
    expect(read).toEqual({ b: 2, a: 1 });
    expect(Object.keys(read!)).toEqual(['b', 'a']);
  });

  it('[M6] writes through the import’s transaction are rolled back when it throws', async () => {
    const w = await engine().workshop();
    const rounds = new ArchiveStore(engine().storage).part<number[]>('rounds');
    await expect(
      engine().storage.transaction(async (tx) => {
        await rounds.put(w, [1], tx);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await rounds.get(w)).toBeNull();
    expect(await engine().rows('archives', w)).toBe(0);
  });
});
