import { expect, it } from 'vitest';
import { repositories, type StorageHandle } from '../persistence/storage';
import { describeOnEngines } from '../testing/storageEngines';
import { PostgresRundebordRepository } from './postgresRepository';
import { SqliteRundebordRepository, type RundebordRepository } from './repository';
import { emptyRundebordState, type RundebordState } from './state';

const reposOn = (handle: StorageHandle) =>
  repositories<RundebordRepository>(handle, {
    sqlite: (db) => new SqliteRundebordRepository(db),
    postgres: (sql) => new PostgresRundebordRepository(sql),
  });

/** Records keyed by table, not in key order: they read back in the order written. */
const state = (): RundebordState => ({
  ...emptyRundebordState(),
  handout: 'Oppdrag 1\nOppdrag 2',
  tableQuestions: { 'table-10': 'Hva hindrer dere?', 'table-2': 'Hva trenger dere?' },
  summaries: { 'table-3': 'Kort', 'table-1': 'Lengre oppsummering' },
});

/** `RundebordRepository` on SQLite and PostgreSQL: the same cases, the same answers (issue 18). */
describeOnEngines('RundebordRepository contract', (engine) => {
  const repo = () => reposOn(engine().storage).main;

  it('[M7] the round table reads back as saved (records in the order written), empty before', async () => {
    const w = await engine().workshop();
    expect(await repo().get(w)).toEqual(emptyRundebordState());
    await repo().save(w, emptyRundebordState());
    await repo().save(w, state());
    const read = await repo().get(w);
    expect(read).toEqual(state());
    expect(Object.keys(read.tableQuestions)).toEqual(['table-10', 'table-2']);
    expect(Object.keys(read.summaries)).toEqual(['table-3', 'table-1']);
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
    expect(await repo().get(w)).toEqual(emptyRundebordState());
  });
});
