import { expect, it } from 'vitest';
import { repositories, type StorageHandle } from '../persistence/storage';
import { describeOnEngines } from '../testing/storageEngines';
import { PostgresArgumentsRepository } from './postgresRepository';
import { SqliteArgumentsRepository, type ArgumentsRepository } from './repository';
import { emptyArgumentsState, type ArgumentsState } from './state';

const reposOn = (handle: StorageHandle) =>
  repositories<ArgumentsRepository>(handle, {
    sqlite: (db) => new SqliteArgumentsRepository(db),
    postgres: (sql) => new PostgresArgumentsRepository(sql),
  });

const state = (): ArgumentsState => ({
  ...emptyArgumentsState(),
  norms: ['Vi lytter \u0000 og «spør»', 'Én om gangen'],
  paused: true,
  questions: [{ id: 'q1', text: 'Hvor?', problemType: 'wicked' }] as ArgumentsState['questions'],
});

/** `ArgumentsRepository` on SQLite and PostgreSQL: the same cases, the same answers (issue 18). */
describeOnEngines('ArgumentsRepository contract', (engine) => {
  const repo = () => reposOn(engine().storage).main;

  it('[M7] the map reads back as saved, empty before; a save replaces it', async () => {
    const w = await engine().workshop();
    expect(await repo().get(w)).toEqual(emptyArgumentsState());
    await repo().save(w, emptyArgumentsState());
    await repo().save(w, state());
    expect(await repo().get(w)).toEqual(state());
    expect(await engine().rows('arguments_state', w)).toBe(1);
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
    expect(await repo().get(w)).toEqual(emptyArgumentsState());
  });
});
