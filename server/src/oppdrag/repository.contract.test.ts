import { expect, it } from 'vitest';
import { repositories, type StorageHandle } from '../persistence/storage';
import { describeOnEngines } from '../testing/storageEngines';
import { PostgresOppdragRepository } from './postgresRepository';
import {
  emptyOppdragState,
  SqliteOppdragRepository,
  type OppdragRepository,
  type OppdragState,
} from './repository';

const reposOn = (handle: StorageHandle) =>
  repositories<OppdragRepository>(handle, {
    sqlite: (db) => new SqliteOppdragRepository(db),
    postgres: (sql) => new PostgresOppdragRepository(sql),
  });

/** A state whose records are not in key order: they must read back in the order written. */
const state = (): OppdragState => ({
  ...emptyOppdragState(),
  tableFocus: { 'table-10': ['S2'], 'table-2': ['S1'] } as unknown as OppdragState['tableFocus'],
  tables: {
    'table-10': { judgements: { 'S1-4': 'weak' }, links: [], questions: [] },
    'table-2': { judgements: {}, links: [], questions: [] },
  } as unknown as OppdragState['tables'],
});

/** `OppdragRepository` on SQLite and PostgreSQL: the same cases, the same answers (issue 18). */
describeOnEngines('OppdragRepository contract', (engine) => {
  const repo = () => reposOn(engine().storage).main;
  const peer = () => reposOn(engine().peer).main;

  it('[M7] the state reads back as saved (records in the order written), empty before', async () => {
    const w = await engine().workshop();
    expect(await repo().get(w)).toEqual(emptyOppdragState());
    await repo().save(w, emptyOppdragState());
    await repo().save(w, state());
    const read = await repo().get(w);
    expect(read).toEqual(state());
    expect(Object.keys(read.tables)).toEqual(['table-10', 'table-2']);
  });

  it('[M2] [OP5] points are one row per voter and proposal, within the budget; 0 removes them', async () => {
    const w = await engine().workshop();
    const give = (voterKey: string, proposalId: string, points: number) =>
      repo().giveWithinBudget(w, { voterKey, proposalId, points }, 5);
    expect(await give('k1', 'b', 2)).toEqual({ ok: true });
    expect(await give('k1', 'b', 3)).toEqual({ ok: true });
    expect(await give('k1', 'a', 3)).toEqual({ ok: false, spent: 3 });
    expect(await give('k1', 'a', 2)).toEqual({ ok: true });
    expect(await give('K2', 'a', 5)).toEqual({ ok: true });
    expect(await repo().ownPoints(w, 'k1')).toEqual([
      { proposalId: 'a', points: 2 },
      { proposalId: 'b', points: 3 },
    ]);
    expect(await give('k1', 'b', 0)).toEqual({ ok: true });
    expect(await repo().listPoints(w)).toEqual([
      { voterKey: 'K2', proposalId: 'a', points: 5 },
      { voterKey: 'k1', proposalId: 'a', points: 2 },
    ]);
  });

  it('[M4] [OP5] concurrent points of one voter from two instances never pass the budget', async () => {
    const w = await engine().workshop();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? peer() : repo()).giveWithinBudget(
          w,
          { voterKey: 'k1', proposalId: `p${i}`, points: 2 },
          5,
        ),
      ),
    );
    const own = await repo().ownPoints(w, 'k1');
    expect(own).toHaveLength(2);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(2);
    expect(own.reduce((s, p) => s + p.points, 0)).toBe(4);
  });

  it('[OP6] [M5] sealing saves the state and deletes every point; a failure does neither', async () => {
    const w = await engine().workshop();
    await repo().giveWithinBudget(w, { voterKey: 'k1', proposalId: 'a', points: 2 }, 5);
    const sealedState = { ...state(), points: { ...state().points, status: 'sealed' as const } };
    const restore = await engine().failOn('oppdrag_points', 'DELETE');
    try {
      await expect(repo().seal(w, sealedState)).rejects.toThrow();
    } finally {
      await restore();
    }
    expect(await repo().get(w)).toEqual(emptyOppdragState());
    expect(await repo().listPoints(w)).toHaveLength(1);
    await repo().seal(w, sealedState);
    expect(await repo().get(w)).toEqual(sealedState);
    expect(await engine().rows('oppdrag_points', w)).toBe(0);
  });

  it('[M6] writes through the transaction’s repository are rolled back when the work throws', async () => {
    const w = await engine().workshop();
    const repos = reposOn(engine().storage);
    await expect(
      engine().storage.transaction(async (tx) => {
        await repos.in(tx).save(w, state());
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await repo().get(w)).toEqual(emptyOppdragState());
  });
});
