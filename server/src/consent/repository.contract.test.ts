import { expect, it } from 'vitest';
import { repositories, type StorageHandle } from '../persistence/storage';
import { describeOnEngines } from '../testing/storageEngines';
import { PostgresConsentRepository } from './postgresRepository';
import {
  SqliteConsentRepository,
  type ConsentRepository,
  type SealedCheck,
  type StoredCheck,
} from './repository';

const reposOn = (handle: StorageHandle) =>
  repositories<ConsentRepository>(handle, {
    sqlite: (db) => new SqliteConsentRepository(db),
    postgres: (sql) => new PostgresConsentRepository(sql),
  });

const check = (id: string, createdAt = 1_700_000_000_000): StoredCheck => ({
  id,
  subject: { kind: 'ambition', id: 'S1' },
  statement: 'Flere møteplasser for eldre.',
  blocks: [{ type: 'paragraph', text: 'Flere møteplasser for eldre.' }],
  status: 'open',
  revealed: false,
  createdAt,
});

const sealed: SealedCheck = {
  answered: 3,
  result: {
    all: { answers: 3, counts: [0, 1, 2, 0, 0] },
    byRole: { folkevalgt: null, administrasjon: null, annen: null },
    withheld: { folkevalgt: null, administrasjon: null, annen: null },
  },
};

/** `ConsentRepository` on SQLite and PostgreSQL: the same cases, the same answers (issue 18). */
describeOnEngines('ConsentRepository contract', (engine) => {
  const repo = () => reposOn(engine().storage).main;

  it('[M7] checks list in the order made (equal times by id), as written', async () => {
    const w = await engine().workshop();
    await repo().insert(w, check('b', 2));
    await repo().insert(w, {
      ...check('a', 2),
      blocks: null,
      subject: { kind: 'synthesis', id: 'x' },
    });
    await repo().insert(w, check('c', 1));
    const listed = await repo().list(w);
    expect(listed.map((c) => c.id)).toEqual(['c', 'a', 'b']);
    expect(listed[2]).toEqual(check('b', 2));
    expect(listed[1]).toMatchObject({ blocks: null, subject: { kind: 'synthesis', id: 'x' } });
    await repo().update(w, { ...check('b', 2), status: 'closed', revealed: true });
    expect((await repo().list(w))[2]).toMatchObject({ status: 'closed', revealed: true });
    expect(await repo().list(await engine().workshop())).toEqual([]);
  });

  it('[M2] [D7] one answer per voter key and check: a repeat replaces it', async () => {
    const w = await engine().workshop();
    await repo().insert(w, check('a'));
    await repo().insert(w, check('b'));
    await repo().answer(w, { checkId: 'a', voterKey: 'k1', role: 'folkevalgt', value: 2 });
    await repo().answer(w, { checkId: 'a', voterKey: 'k1', role: 'folkevalgt', value: 5 });
    await repo().answer(w, { checkId: 'b', voterKey: 'k1', role: 'folkevalgt', value: 1 });
    await repo().answer(w, { checkId: 'a', voterKey: 'K2', role: 'administrasjon', value: 3 });
    expect(await repo().answers(w)).toEqual([
      { checkId: 'a', voterKey: 'K2', role: 'administrasjon', value: 3 },
      { checkId: 'a', voterKey: 'k1', role: 'folkevalgt', value: 5 },
      { checkId: 'b', voterKey: 'k1', role: 'folkevalgt', value: 1 },
    ]);
  });

  it('[D2] [M5] sealing stores the aggregates, deletes the check’s answers and closes it', async () => {
    const w = await engine().workshop();
    await repo().insert(w, check('a'));
    await repo().insert(w, check('b'));
    await repo().answer(w, { checkId: 'a', voterKey: 'k1', role: 'folkevalgt', value: 2 });
    await repo().answer(w, { checkId: 'b', voterKey: 'k1', role: 'folkevalgt', value: 2 });
    await repo().seal(w, { ...check('a'), status: 'closed' }, sealed);
    expect((await repo().answers(w)).map((a) => a.checkId)).toEqual(['b']);
    expect((await repo().list(w))[0]).toMatchObject({ id: 'a', status: 'closed' });
    expect(await repo().sealed(w)).toEqual(new Map([['a', sealed]]));
    // Sealed again: the frozen aggregates stay as they were.
    await repo().seal(w, { ...check('a'), status: 'closed' }, { ...sealed, answered: 9 });
    expect((await repo().sealed(w)).get('a')).toEqual(sealed);
  });

  it('[M5] [D7] a seal that fails half-way stores nothing and keeps the answers', async () => {
    const w = await engine().workshop();
    await repo().insert(w, check('a'));
    await repo().answer(w, { checkId: 'a', voterKey: 'k1', role: 'folkevalgt', value: 2 });
    const restore = await engine().failOn('consent_checks', 'UPDATE');
    try {
      await expect(repo().seal(w, { ...check('a'), status: 'closed' }, sealed)).rejects.toThrow();
    } finally {
      await restore();
    }
    expect(await repo().sealed(w)).toEqual(new Map());
    expect(await repo().answers(w)).toHaveLength(1);
    expect((await repo().list(w))[0]!.status).toBe('open');
  });

  it('[M6] writes through the transaction’s repository are rolled back when the work throws', async () => {
    const w = await engine().workshop();
    const repos = reposOn(engine().storage);
    await expect(
      engine().storage.transaction(async (tx) => {
        await repos.in(tx).insert(w, check('a'));
        await repos.in(tx).seal(w, { ...check('a'), status: 'closed' }, sealed);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await repo().list(w)).toEqual([]);
    expect(await repo().sealed(w)).toEqual(new Map());
  });
});
