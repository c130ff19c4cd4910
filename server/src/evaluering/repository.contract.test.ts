import type { EvaluationBaseline, EvaluationExport } from '@samskap/shared/evaluering';
import { expect, it } from 'vitest';
import { repositories, type StorageHandle } from '../persistence/storage';
import { describeOnEngines } from '../testing/storageEngines';
import { PostgresEvaluationRepository } from './postgresRepository';
import {
  SqliteEvaluationRepository,
  type EvaluationRepository,
  type SealedEvaluation,
  type StoredForm,
} from './repository';

const reposOn = (handle: StorageHandle) =>
  repositories<EvaluationRepository>(handle, {
    sqlite: (db) => new SqliteEvaluationRepository(db),
    postgres: (sql) => new PostgresEvaluationRepository(sql),
  });

const form: StoredForm = {
  statements: ['Tydelig formål', 'Trygt'],
  status: 'open',
  revealed: false,
};
const nobody = { folkevalgt: null, administrasjon: null, annen: null };
const counts = {
  answers: 3,
  statements: [
    [0, 0, 3, 0, 0],
    [0, 0, 0, 3, 0],
  ],
  returnOnTime: [0, 0, 0, 0, 3],
} as {
  answers: number;
  statements: Array<[number, number, number, number, number]>;
  returnOnTime: [number, number, number, number, number];
};
const sealed: SealedEvaluation = {
  answered: 3,
  result: { all: counts, byRole: nobody, withheld: nobody, texts: { worked: ['Alt'], change: [] } },
};
const baseline: EvaluationBaseline = {
  source: 'file',
  title: 'Seminaret i fjor',
  date: '2025-10-01',
  statements: [{ text: 'Tydelig formål', counts: [0, 1, 1, 1, 0] }],
  returnOnTime: [0, 0, 1, 1, 1],
  answers: 3,
};
const answer = (voterKey: string, worked = '') => ({
  voterKey,
  role: 'folkevalgt' as const,
  agree: [3, 4],
  returnOnTime: 5,
  worked,
  change: '',
});

/** `EvaluationRepository` on SQLite and PostgreSQL: the same cases, the same answers (issue 18). */
describeOnEngines('EvaluationRepository contract', (engine) => {
  const repo = () => reposOn(engine().storage).main;

  it('[M7] statements, form and baseline read back as set, each on its own; null before', async () => {
    const w = await engine().workshop();
    expect(await repo().statements(w)).toBeNull();
    expect(await repo().form(w)).toBeNull();
    expect(await repo().sealed(w)).toBeNull();
    expect(await repo().baseline(w)).toBeNull();
    await repo().setStatements(w, ['Én', 'To']);
    await repo().putForm(w, form);
    await repo().setBaseline(w, baseline);
    expect(await repo().statements(w)).toEqual(['Én', 'To']);
    expect(await repo().form(w)).toEqual(form);
    expect(await repo().baseline(w)).toEqual(baseline);
    await repo().setStatements(w, null);
    await repo().setBaseline(w, null);
    expect(await repo().statements(w)).toBeNull();
    expect(await repo().baseline(w)).toBeNull();
    expect(await repo().form(w)).toEqual(form);
  });

  it('[M2] [EV3] one answer per voter key: a repeat replaces it', async () => {
    const w = await engine().workshop();
    await repo().answer(w, answer('k1', 'Først'));
    await repo().answer(w, answer('k1', 'Så \u0000 dette'));
    await repo().answer(w, answer('K2'));
    expect(await repo().answers(w)).toEqual([answer('K2'), answer('k1', 'Så \u0000 dette')]);
  });

  it('[EV2] [M5] sealing stores the result, deletes every answer and closes the form; a failure does none', async () => {
    const w = await engine().workshop();
    await repo().putForm(w, form);
    await repo().answer(w, answer('k1'));
    const closed = { ...form, status: 'closed' as const };
    const restore = await engine().failOn('sealed_evaluation_answers', 'DELETE');
    try {
      await expect(repo().seal(w, closed, sealed)).rejects.toThrow();
    } finally {
      await restore();
    }
    expect(await repo().sealed(w)).toBeNull();
    expect(await repo().form(w)).toEqual(form);
    expect(await repo().answers(w)).toHaveLength(1);
    await repo().seal(w, closed, sealed);
    expect(await repo().sealed(w)).toEqual(sealed);
    expect(await repo().form(w)).toEqual(closed);
    expect(await engine().rows('sealed_evaluation_answers', w)).toBe(0);
  });

  it('[EV7] [M6] an export restores as a closed archive, inside the import’s transaction', async () => {
    const exported: EvaluationExport = {
      statements: ['Tydelig formål', 'Trygt'],
      form: {
        statements: ['Tydelig formål', 'Trygt'],
        status: 'closed',
        revealed: true,
        answered: 3,
        all: counts,
        texts: { worked: ['Alt'], change: [] },
      },
      baseline,
    };
    const kept = await engine().workshop();
    await repo().restore(kept, exported);
    expect(await repo().statements(kept)).toEqual(exported.statements);
    expect(await repo().baseline(kept)).toEqual(baseline);
    expect(await repo().form(kept)).toEqual({ ...form, status: 'closed', revealed: true });
    expect(await repo().sealed(kept)).toEqual(sealed);

    const w = await engine().workshop();
    const repos = reposOn(engine().storage);
    await expect(
      engine().storage.transaction(async (tx) => {
        await repos.in(tx).restore(w, exported);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await engine().rows('evaluations', w)).toBe(0);
  });
});
