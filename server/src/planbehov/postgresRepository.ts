import type { OwnBallot, Plan, PlanInput, VotingState } from '@samskap/shared/planbehov';
import { fitsBudget } from '@samskap/shared/rules';
import { lockForTransaction, type Sql } from '../persistence/sql';
import type { CastOutcome, PlanbehovRepository, StoredBallot } from './repository';
import type { RoundSnapshot } from './tally';

interface BallotRow {
  plan_id: string;
  voter_key: string;
  role: StoredBallot['role'];
  decision: StoredBallot['decision'];
  start_year: number | null;
  /** A JSON string (see the migration): any text, NUL included. */
  comment: string;
  points: number;
}

const toBallot = (r: BallotRow): StoredBallot => ({
  planId: r.plan_id,
  voterKey: r.voter_key,
  role: r.role,
  decision: r.decision,
  startYear: r.start_year,
  comment: r.comment,
  points: r.points,
});

const BALLOT = 'plan_id, voter_key, role, decision, start_year, comment, points';

/** The lock a workshop's plan list is written under ([M3]). */
const plansKey = (workshopId: string) => `planbehov/plans:${workshopId}`;
/** The lock one voter's ballots of a round are written under ([M4]). */
const voterKey = (workshopId: string, round: number, key: string) =>
  `planbehov/ballots:${workshopId}:${round}:${key}`;

/**
 * The planbehov tables in PostgreSQL (issue 18), with `SqlitePlanbehovRepository`'s behaviour
 * for every instance at once. Where SQLite's one writer made a check and its write safe (the
 * budget, the next position), a transaction-scoped advisory lock does ([M3], [M4]); a repeated
 * ballot is one row by its primary key ([M2]). Ballots are listed in key order, as SQLite's
 * table without row ids holds them (voter key, then plan, compared as bytes).
 */
export class PostgresPlanbehovRepository implements PlanbehovRepository {
  constructor(private readonly sql: Sql) {}

  async listPlans(workshopId: string): Promise<Plan[]> {
    const { rows } = await this.sql.query<{ id: string; position: number; data: PlanInput }>(
      'SELECT id, position, data FROM plans WHERE workshop_id = $1 ORDER BY position',
      [workshopId],
    );
    return rows.map((r) => ({ ...r.data, id: r.id, position: r.position }));
  }

  async replacePlans(workshopId: string, plans: Array<PlanInput & { id: string }>): Promise<void> {
    await this.sql.transaction(async (tx) => {
      // Without the lock, two replacements' inserts would both land after both deletes.
      await lockForTransaction(tx, plansKey(workshopId));
      await tx.query('DELETE FROM plans WHERE workshop_id = $1', [workshopId]);
      for (const [i, { id, ...data }] of plans.entries())
        await tx.query(
          'INSERT INTO plans (workshop_id, id, position, data) VALUES ($1, $2, $3, $4)',
          [workshopId, id, i, JSON.stringify(data)],
        );
    });
  }

  async insertPlan(workshopId: string, { id, ...data }: PlanInput & { id: string }): Promise<void> {
    await this.sql.transaction(async (tx) => {
      // [M3] Two inserts at once would read the same last position: one waits for the other.
      await lockForTransaction(tx, plansKey(workshopId));
      await tx.query(
        `INSERT INTO plans (workshop_id, id, position, data)
         SELECT $1, $2, coalesce(max(position), -1) + 1, $3 FROM plans WHERE workshop_id = $1`,
        [workshopId, id, JSON.stringify(data)],
      );
    });
  }

  async updatePlan(workshopId: string, planId: string, plan: PlanInput): Promise<boolean> {
    const r = await this.sql.query(
      'UPDATE plans SET data = $1 WHERE workshop_id = $2 AND id = $3',
      [JSON.stringify(plan), workshopId, planId],
    );
    return r.rowCount === 1;
  }

  async deletePlan(workshopId: string, planId: string): Promise<boolean> {
    const r = await this.sql.query('DELETE FROM plans WHERE workshop_id = $1 AND id = $2', [
      workshopId,
      planId,
    ]);
    return r.rowCount === 1;
  }

  async getVoting(workshopId: string): Promise<VotingState | null> {
    const { rows } = await this.sql.query<{ state: VotingState }>(
      'SELECT state FROM planbehov_voting WHERE workshop_id = $1',
      [workshopId],
    );
    return rows[0]?.state ?? null;
  }

  async saveVoting(workshopId: string, voting: VotingState): Promise<void> {
    await this.sql.query(
      `INSERT INTO planbehov_voting (workshop_id, state) VALUES ($1, $2)
       ON CONFLICT (workshop_id) DO UPDATE SET state = excluded.state`,
      [workshopId, JSON.stringify(voting)],
    );
  }

  async castWithinBudget(
    workshopId: string,
    round: number,
    b: StoredBallot,
    budget: number,
  ): Promise<CastOutcome> {
    return this.sql.transaction(async (tx) => {
      // [M4] [D8] The voter's other casts, from this instance or another, wait here until this
      // one is committed, and then count it: the budget is checked against what is written.
      await lockForTransaction(tx, voterKey(workshopId, round, b.voterKey));
      const { rows } = await tx.query<{ spent: number }>(
        `SELECT coalesce(sum(points), 0)::integer AS spent FROM sealed_ballots
         WHERE workshop_id = $1 AND round = $2 AND voter_key = $3 AND plan_id <> $4`,
        [workshopId, round, b.voterKey, b.planId],
      );
      const spent = rows[0]!.spent;
      // [RL2] The same rule the tablet applies before it sends the ballot.
      if (!fitsBudget(budget, spent, b.points)) return { ok: false, spent };
      // [M2] One row per voter key and plan: a repeat replaces it.
      await tx.query(
        `INSERT INTO sealed_ballots (workshop_id, round, voter_key, role, plan_id, decision, start_year, comment, points)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (workshop_id, round, voter_key, plan_id) DO UPDATE SET
           decision = excluded.decision, start_year = excluded.start_year, comment = excluded.comment,
           points = excluded.points`,
        [
          workshopId,
          round,
          b.voterKey,
          b.role,
          b.planId,
          b.decision,
          b.startYear,
          JSON.stringify(b.comment),
          b.points,
        ],
      );
      return { ok: true } as const;
    });
  }

  async deleteBallot(
    workshopId: string,
    round: number,
    voterKey: string,
    planId: string,
  ): Promise<void> {
    await this.sql.query(
      'DELETE FROM sealed_ballots WHERE workshop_id = $1 AND round = $2 AND voter_key = $3 AND plan_id = $4',
      [workshopId, round, voterKey, planId],
    );
  }

  async listBallots(workshopId: string, round: number): Promise<StoredBallot[]> {
    const { rows } = await this.sql.query<BallotRow>(
      `SELECT ${BALLOT} FROM sealed_ballots WHERE workshop_id = $1 AND round = $2
       ORDER BY voter_key COLLATE "C", plan_id COLLATE "C"`,
      [workshopId, round],
    );
    return rows.map(toBallot);
  }

  async listOwnBallots(workshopId: string, round: number, voterKey: string): Promise<OwnBallot[]> {
    const { rows } = await this.sql.query<BallotRow>(
      `SELECT ${BALLOT} FROM sealed_ballots WHERE workshop_id = $1 AND round = $2 AND voter_key = $3
       ORDER BY plan_id COLLATE "C"`,
      [workshopId, round, voterKey],
    );
    return rows.map((r) => ({
      planId: r.plan_id,
      decision: r.decision,
      startYear: r.start_year,
      comment: r.comment,
      points: r.points,
    }));
  }

  async anyVotes(workshopId: string): Promise<boolean> {
    const { rows } = await this.sql.query<{ any: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM sealed_ballots WHERE workshop_id = $1)
           OR EXISTS (SELECT 1 FROM round_results WHERE workshop_id = $1 AND voted > 0) AS any`,
      [workshopId],
    );
    return rows[0]!.any;
  }

  async sealRound(workshopId: string, round: number, snapshot: RoundSnapshot): Promise<void> {
    // [D2] [D7] The aggregates in, the ballots out: both or neither. A round sealed twice keeps
    // its first aggregates.
    await this.sql.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO round_results (workshop_id, round, data, voted) VALUES ($1, $2, $3, $4)
         ON CONFLICT (workshop_id, round) DO NOTHING`,
        [workshopId, round, JSON.stringify(snapshot), snapshot.results.turnout.voted],
      );
      await tx.query('DELETE FROM sealed_ballots WHERE workshop_id = $1 AND round = $2', [
        workshopId,
        round,
      ]);
    });
  }

  async getSnapshot(workshopId: string, round: number): Promise<RoundSnapshot | null> {
    const { rows } = await this.sql.query<{ data: RoundSnapshot }>(
      'SELECT data FROM round_results WHERE workshop_id = $1 AND round = $2',
      [workshopId, round],
    );
    return rows[0]?.data ?? null;
  }
}
