import type { PlanInput, VotingState } from '@samskap/shared/planbehov';
import { expect, it } from 'vitest';
import { repositories, type StorageHandle } from '../persistence/storage';
import { describeOnEngines } from '../testing/storageEngines';
import { PostgresPlanbehovRepository } from './postgresRepository';
import type { PlanbehovRepository, StoredBallot } from './repository';
import { SqlitePlanbehovRepository } from './sqliteRepository';
import { tallyRound } from './tally';

const reposOn = (handle: StorageHandle) =>
  repositories<PlanbehovRepository>(handle, {
    sqlite: (db) => new SqlitePlanbehovRepository(db),
    postgres: (sql) => new PostgresPlanbehovRepository(sql),
  });

const plan = (title: string): PlanInput => ({
  title,
  planType: 'Temaplan',
  adoptedYear: 2019,
  proposal: 'revise',
  proposalYear: 2026,
  requiredByLaw: null,
  focusArea: null,
  description: 'Med «anførsel» og æøå',
});

const voting: VotingState = {
  pointsBudget: 10,
  eligibleRoles: ['folkevalgt', 'administrasjon'],
  round: 1,
  status: 'open',
  revealed: false,
};

const ballot = (voterKey: string, planId: string, points: number, comment = ''): StoredBallot => ({
  planId,
  voterKey,
  role: 'folkevalgt',
  decision: 'revise',
  startYear: 2027,
  comment,
  points,
});

/** `PlanbehovRepository` on SQLite and PostgreSQL: the same cases, the same answers (issue 18). */
describeOnEngines('PlanbehovRepository contract', (engine) => {
  const repo = () => reposOn(engine().storage).main;
  const peer = () => reposOn(engine().peer).main;
  const total = (ballots: Array<{ points: number }>) => ballots.reduce((s, b) => s + b.points, 0);

  it('[M3] a replaced list takes positions in its order; an inserted plan goes last', async () => {
    const w = await engine().workshop();
    await repo().replacePlans(w, [
      { ...plan('A'), id: 'a' },
      { ...plan('B'), id: 'b' },
      { ...plan('C'), id: 'c' },
    ]);
    expect(await repo().deletePlan(w, 'c')).toBe(true);
    expect(await repo().deletePlan(w, 'c')).toBe(false);
    await repo().insertPlan(w, { ...plan('D'), id: 'd' });
    expect(await repo().updatePlan(w, 'a', plan('A2'))).toBe(true);
    expect(await repo().updatePlan(w, 'nope', plan('X'))).toBe(false);
    expect(await repo().listPlans(w)).toEqual([
      { ...plan('A2'), id: 'a', position: 0 },
      { ...plan('B'), id: 'b', position: 1 },
      { ...plan('D'), id: 'd', position: 2 },
    ]);
    await repo().replacePlans(w, [{ ...plan('E'), id: 'e' }]);
    expect(await repo().listPlans(w)).toEqual([{ ...plan('E'), id: 'e', position: 0 }]);
    expect(await repo().listPlans(await engine().workshop())).toEqual([]);
  });

  it('[M3] plans inserted at once from two instances each get a position of their own', async () => {
    const w = await engine().workshop();
    await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        (i % 2 ? peer() : repo()).insertPlan(w, { ...plan(`P${i}`), id: `p${i}` }),
      ),
    );
    const positions = (await repo().listPlans(w)).map((p) => p.position);
    expect(positions).toEqual(Array.from({ length: 16 }, (_, i) => i));
  });

  it('[M3] a replacement that fails half-way leaves the old list', async () => {
    const w = await engine().workshop();
    await repo().replacePlans(w, [{ ...plan('A'), id: 'a' }]);
    const restore = await engine().failOn('plans', 'INSERT');
    try {
      await expect(repo().replacePlans(w, [{ ...plan('B'), id: 'b' }])).rejects.toThrow();
    } finally {
      await restore();
    }
    expect((await repo().listPlans(w)).map((p) => p.id)).toEqual(['a']);
  });

  it('[M7] the voting reads back as saved, and null before', async () => {
    const w = await engine().workshop();
    expect(await repo().getVoting(w)).toBeNull();
    await repo().saveVoting(w, voting);
    await repo().saveVoting(w, { ...voting, round: 2 });
    expect(await repo().getVoting(w)).toEqual({ ...voting, round: 2 });
  });

  it('[M2] a repeated ballot on one plan replaces it: one row, its points not counted twice', async () => {
    const w = await engine().workshop();
    expect(await repo().castWithinBudget(w, 1, ballot('v1', 'a', 6), 10)).toEqual({ ok: true });
    // The plan's own earlier points do not count against its new ones.
    expect(await repo().castWithinBudget(w, 1, ballot('v1', 'a', 9, 'Endret'), 10)).toEqual({
      ok: true,
    });
    expect(await repo().listOwnBallots(w, 1, 'v1')).toEqual([
      { planId: 'a', decision: 'revise', startYear: 2027, comment: 'Endret', points: 9 },
    ]);
    expect(await engine().rows('sealed_ballots', w)).toBe(1);
  });

  it('[D8] a ballot that would overspend is refused, saying what is spent', async () => {
    const w = await engine().workshop();
    await repo().castWithinBudget(w, 1, ballot('v1', 'a', 6), 10);
    expect(await repo().castWithinBudget(w, 1, ballot('v1', 'b', 5), 10)).toEqual({
      ok: false,
      spent: 6,
    });
    // Another voter, another round: budgets of their own.
    expect(await repo().castWithinBudget(w, 1, ballot('v2', 'b', 10), 10)).toEqual({ ok: true });
    expect(await repo().castWithinBudget(w, 2, ballot('v1', 'b', 10), 10)).toEqual({ ok: true });
    expect(await repo().listOwnBallots(w, 1, 'v1')).toHaveLength(1);
  });

  it('[M7] any text a comment may hold is kept, NUL and all', async () => {
    const w = await engine().workshop();
    const comment = 'Æ\u0000ø\u001b «å» \u{1F600} \\ "';
    await repo().castWithinBudget(w, 1, ballot('v1', 'a', 1, comment), 10);
    expect((await repo().listBallots(w, 1))[0]!.comment).toBe(comment);
  });

  it('[D7] ballots list per round in key order, a voter’s own only under their key', async () => {
    const w = await engine().workshop();
    for (const [key, planId] of [
      ['vb', 'p2'],
      ['Va', 'p1'],
      ['vb', 'p1'],
      ['va', 'p3'],
    ] as const)
      await repo().castWithinBudget(w, 1, ballot(key, planId, 1), 10);
    await repo().castWithinBudget(w, 2, ballot('va', 'p1', 1), 10);
    expect((await repo().listBallots(w, 1)).map((b) => `${b.voterKey}/${b.planId}`)).toEqual([
      'Va/p1',
      'va/p3',
      'vb/p1',
      'vb/p2',
    ]);
    expect((await repo().listOwnBallots(w, 1, 'vb')).map((b) => b.planId)).toEqual(['p1', 'p2']);
    await repo().deleteBallot(w, 1, 'vb', 'p1');
    expect((await repo().listOwnBallots(w, 1, 'vb')).map((b) => b.planId)).toEqual(['p2']);
    expect(await repo().listOwnBallots(w, 1, 'nobody')).toEqual([]);
  });

  it('[D2] [M5] sealing stores the aggregates and deletes the round’s ballots; the first seal stays', async () => {
    const w = await engine().workshop();
    await repo().replacePlans(w, [{ ...plan('A'), id: 'a' }]);
    expect(await repo().anyVotes(w)).toBe(false);
    for (const key of ['v1', 'v2', 'v3'])
      await repo().castWithinBudget(w, 1, ballot(key, 'a', 2), 10);
    await repo().castWithinBudget(w, 2, ballot('v1', 'a', 2), 10);
    expect(await repo().anyVotes(w)).toBe(true);
    const plans = await repo().listPlans(w);
    const snapshot = tallyRound(1, plans, await repo().listBallots(w, 1), {
      folkevalgt: 3,
      administrasjon: 0,
      annen: 0,
    });
    await repo().sealRound(w, 1, snapshot);
    expect(await repo().listBallots(w, 1)).toEqual([]);
    expect(await repo().listBallots(w, 2)).toHaveLength(1);
    expect(await repo().getSnapshot(w, 1)).toEqual(snapshot);
    expect(await repo().getSnapshot(w, 2)).toBeNull();
    // Sealed again (say, at the end after a close): the frozen aggregates do not change.
    await repo().sealRound(
      w,
      1,
      tallyRound(1, plans, [], { folkevalgt: 3, administrasjon: 0, annen: 0 }),
    );
    expect(await repo().getSnapshot(w, 1)).toEqual(snapshot);
    await repo().sealRound(
      w,
      2,
      tallyRound(2, plans, [], { folkevalgt: 3, administrasjon: 0, annen: 0 }),
    );
    // No ballot left, but a sealed round with votes: there were votes.
    expect(await engine().rows('sealed_ballots', w)).toBe(0);
    expect(await repo().anyVotes(w)).toBe(true);
  });

  it('[M5] a round sealed with nobody voting does not count as votes', async () => {
    const w = await engine().workshop();
    await repo().sealRound(
      w,
      1,
      tallyRound(1, [], [], { folkevalgt: 3, administrasjon: 0, annen: 0 }),
    );
    expect(await repo().anyVotes(w)).toBe(false);
  });

  it('[M5] [D7] a seal that fails half-way stores no aggregates and keeps the ballots', async () => {
    const w = await engine().workshop();
    await repo().castWithinBudget(w, 1, ballot('v1', 'a', 2), 10);
    const snapshot = tallyRound(1, [], [], { folkevalgt: 1, administrasjon: 0, annen: 0 });
    const restore = await engine().failOn('sealed_ballots', 'DELETE');
    try {
      await expect(repo().sealRound(w, 1, snapshot)).rejects.toThrow();
    } finally {
      await restore();
    }
    expect(await repo().getSnapshot(w, 1)).toBeNull();
    expect(await repo().listBallots(w, 1)).toHaveLength(1);
  });

  it('[M4] [D8] concurrent ballots of one voter from two instances never pass the budget', async () => {
    const w = await engine().workshop();
    // 24 ballots of 3 points on 12 plans, budget 10: at most three fit, whatever the order.
    const outcomes = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        (i % 2 ? peer() : repo()).castWithinBudget(w, 1, ballot('v1', `p${i % 12}`, 3), 10),
      ),
    );
    const own = await repo().listOwnBallots(w, 1, 'v1');
    expect(total(own)).toBeLessThanOrEqual(10);
    expect(own).toHaveLength(3);
    // Every accepted ballot is one of the rows; no plan is counted twice.
    const accepted = outcomes.filter((o) => o.ok).length;
    expect(accepted).toBeGreaterThanOrEqual(3);
    expect(new Set(own.map((b) => b.planId)).size).toBe(own.length);
    for (const o of outcomes) if (!o.ok) expect(o.spent + 3).toBeGreaterThan(10);
  });

  it('[M2] [M4] the same ballot sent at once to two instances is one row', async () => {
    const w = await engine().workshop();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? peer() : repo()).castWithinBudget(w, 1, ballot('v1', 'a', 1 + (i % 5)), 5),
      ),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(await engine().rows('sealed_ballots', w)).toBe(1);
    const [own] = await repo().listOwnBallots(w, 1, 'v1');
    expect(own!.points).toBeGreaterThanOrEqual(1);
    expect(own!.points).toBeLessThanOrEqual(5);
  });

  it('[M4] voters do not wait on each other’s budgets: each spends all of theirs', async () => {
    const w = await engine().workshop();
    const voters = Array.from({ length: 8 }, (_, v) => `v${v}`);
    await Promise.all(
      voters.flatMap((v, n) =>
        ['a', 'b'].map((p) =>
          (n % 2 ? peer() : repo()).castWithinBudget(w, 1, ballot(v, p, 5), 10),
        ),
      ),
    );
    for (const v of voters) expect(total(await repo().listOwnBallots(w, 1, v))).toBe(10);
  });

  it('[M6] writes through the transaction’s repository are rolled back when the work throws', async () => {
    const w = await engine().workshop();
    const repos = reposOn(engine().storage);
    await expect(
      engine().storage.transaction(async (tx) => {
        await repos.in(tx).replacePlans(w, [{ ...plan('A'), id: 'a' }]);
        await repos.in(tx).saveVoting(w, voting);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await repo().listPlans(w)).toEqual([]);
    expect(await repo().getVoting(w)).toBeNull();
  });
});
