import type { OwnBallot, Plan, PlanInput, VotingState } from '@samskap/shared/planbehov';
import { fitsBudget } from '@samskap/shared/rules';
import type { SqliteDatabase } from '../persistence/database';
import type { CastOutcome, PlanbehovRepository, StoredBallot } from './repository';
import { sealLegacyBallots } from './legacy';
import type { RoundSnapshot } from './tally';

interface PlanRow {
  id: string;
  position: number;
  data: string;
}

interface BallotRow {
  plan_id: string;
  voter_key: string;
  role: StoredBallot['role'];
  decision: StoredBallot['decision'];
  start_year: number | null;
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

/** The planbehov tables in the embedded SQLite database. One ballot per voter key, plan and round. */
export class SqlitePlanbehovRepository implements PlanbehovRepository {
  private readonly s;
  private readonly db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.db = db;
    db.exec(`
      CREATE TABLE IF NOT EXISTS plans (
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (workshop_id, id)
      );
      CREATE TABLE IF NOT EXISTS planbehov_voting (
        workshop_id TEXT PRIMARY KEY REFERENCES workshops (id),
        state TEXT NOT NULL
      );
      -- [D7] Ballots of open rounds, under HMAC(token, workshop|round): no participant id, no
      -- time. Deleted when their round closes; only round_results remain.
      CREATE TABLE IF NOT EXISTS sealed_ballots (
        workshop_id TEXT NOT NULL,
        round INTEGER NOT NULL,
        voter_key TEXT NOT NULL,
        role TEXT NOT NULL,
        plan_id TEXT NOT NULL,
        decision TEXT NOT NULL,
        start_year INTEGER,
        comment TEXT NOT NULL,
        points INTEGER NOT NULL CHECK (points >= 0),
        PRIMARY KEY (workshop_id, round, voter_key, plan_id)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS round_results (
        workshop_id TEXT NOT NULL,
        round INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (workshop_id, round)
      );
    `);
    sealLegacyBallots(db);
    this.s = {
      plans: db.prepare<[string], PlanRow>(
        'SELECT id, position, data FROM plans WHERE workshop_id = ? ORDER BY position',
      ),
      deletePlans: db.prepare('DELETE FROM plans WHERE workshop_id = ?'),
      insertPlan: db.prepare(
        'INSERT INTO plans (workshop_id, id, position, data) VALUES (?, ?, ?, ?)',
      ),
      nextPosition: db.prepare<[string], { next: number }>(
        'SELECT coalesce(max(position), -1) + 1 AS next FROM plans WHERE workshop_id = ?',
      ),
      updatePlan: db.prepare('UPDATE plans SET data = ? WHERE workshop_id = ? AND id = ?'),
      deletePlan: db.prepare('DELETE FROM plans WHERE workshop_id = ? AND id = ?'),
      getVoting: db.prepare<[string], { state: string }>(
        'SELECT state FROM planbehov_voting WHERE workshop_id = ?',
      ),
      saveVoting: db.prepare(
        'INSERT INTO planbehov_voting (workshop_id, state) VALUES (?, ?) ON CONFLICT (workshop_id) DO UPDATE SET state = excluded.state',
      ),
      upsertBallot: db.prepare(
        `INSERT INTO sealed_ballots (workshop_id, round, voter_key, role, plan_id, decision, start_year, comment, points)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (workshop_id, round, voter_key, plan_id) DO UPDATE SET
           decision = excluded.decision, start_year = excluded.start_year, comment = excluded.comment,
           points = excluded.points`,
      ),
      spentElsewhere: db.prepare<[string, number, string, string], { spent: number }>(
        'SELECT coalesce(sum(points), 0) AS spent FROM sealed_ballots WHERE workshop_id = ? AND round = ? AND voter_key = ? AND plan_id <> ?',
      ),
      deleteBallot: db.prepare(
        'DELETE FROM sealed_ballots WHERE workshop_id = ? AND round = ? AND voter_key = ? AND plan_id = ?',
      ),
      deleteRound: db.prepare('DELETE FROM sealed_ballots WHERE workshop_id = ? AND round = ?'),
      ballots: db.prepare<[string, number], BallotRow>(
        'SELECT plan_id, voter_key, role, decision, start_year, comment, points FROM sealed_ballots WHERE workshop_id = ? AND round = ?',
      ),
      ownBallots: db.prepare<[string, number, string], BallotRow>(
        'SELECT plan_id, voter_key, role, decision, start_year, comment, points FROM sealed_ballots WHERE workshop_id = ? AND round = ? AND voter_key = ?',
      ),
      anyVotes: db.prepare<[string, string], { n: number }>(
        `SELECT (SELECT count(*) FROM sealed_ballots WHERE workshop_id = ?)
              + (SELECT count(*) FROM round_results WHERE workshop_id = ? AND json_extract(data, '$.results.turnout.voted') > 0) AS n`,
      ),
      putSnapshot: db.prepare(
        'INSERT INTO round_results (workshop_id, round, data) VALUES (?, ?, ?) ON CONFLICT (workshop_id, round) DO NOTHING',
      ),
      getSnapshot: db.prepare<[string, number], { data: string }>(
        'SELECT data FROM round_results WHERE workshop_id = ? AND round = ?',
      ),
    };
  }

  async listPlans(workshopId: string): Promise<Plan[]> {
    return this.s.plans
      .all(workshopId)
      .map((r) => ({ ...(JSON.parse(r.data) as PlanInput), id: r.id, position: r.position }));
  }

  async replacePlans(workshopId: string, plans: Array<PlanInput & { id: string }>): Promise<void> {
    this.db.transaction(() => {
      this.s.deletePlans.run(workshopId);
      plans.forEach(({ id, ...data }, i) =>
        this.s.insertPlan.run(workshopId, id, i, JSON.stringify(data)),
      );
    })();
  }

  async insertPlan(workshopId: string, { id, ...data }: PlanInput & { id: string }): Promise<void> {
    this.db.transaction(() => {
      const { next } = this.s.nextPosition.get(workshopId)!;
      this.s.insertPlan.run(workshopId, id, next, JSON.stringify(data));
    })();
  }

  async updatePlan(workshopId: string, planId: string, plan: PlanInput): Promise<boolean> {
    return this.s.updatePlan.run(JSON.stringify(plan), workshopId, planId).changes === 1;
  }

  async deletePlan(workshopId: string, planId: string): Promise<boolean> {
    return this.s.deletePlan.run(workshopId, planId).changes === 1;
  }

  async getVoting(workshopId: string): Promise<VotingState | null> {
    const row = this.s.getVoting.get(workshopId);
    return row ? (JSON.parse(row.state) as VotingState) : null;
  }

  async saveVoting(workshopId: string, voting: VotingState): Promise<void> {
    this.s.saveVoting.run(workshopId, JSON.stringify(voting));
  }

  async castWithinBudget(
    workshopId: string,
    round: number,
    b: StoredBallot,
    budget: number,
  ): Promise<CastOutcome> {
    // One immediate transaction: no other writer can slip a ballot in between check and write.
    return this.db
      .transaction((): CastOutcome => {
        const { spent } = this.s.spentElsewhere.get(workshopId, round, b.voterKey, b.planId)!;
        // [RL2] The same rule the tablet applies before it sends the ballot.
        if (!fitsBudget(budget, spent, b.points)) return { ok: false, spent };
        this.s.upsertBallot.run(
          workshopId,
          round,
          b.voterKey,
          b.role,
          b.planId,
          b.decision,
          b.startYear,
          b.comment,
          b.points,
        );
        return { ok: true };
      })
      .immediate();
  }

  async deleteBallot(
    workshopId: string,
    round: number,
    voterKey: string,
    planId: string,
  ): Promise<void> {
    this.s.deleteBallot.run(workshopId, round, voterKey, planId);
  }

  async listBallots(workshopId: string, round: number): Promise<StoredBallot[]> {
    return this.s.ballots.all(workshopId, round).map(toBallot);
  }

  async listOwnBallots(workshopId: string, round: number, voterKey: string): Promise<OwnBallot[]> {
    return this.s.ownBallots.all(workshopId, round, voterKey).map((r) => ({
      planId: r.plan_id,
      decision: r.decision,
      startYear: r.start_year,
      comment: r.comment,
      points: r.points,
    }));
  }

  async anyVotes(workshopId: string): Promise<boolean> {
    return this.s.anyVotes.get(workshopId, workshopId)!.n > 0;
  }

  async sealRound(workshopId: string, round: number, snapshot: RoundSnapshot): Promise<void> {
    this.db.transaction(() => {
      this.s.putSnapshot.run(workshopId, round, JSON.stringify(snapshot));
      this.s.deleteRound.run(workshopId, round);
    })();
  }

  async getSnapshot(workshopId: string, round: number): Promise<RoundSnapshot | null> {
    const row = this.s.getSnapshot.get(workshopId, round);
    return row ? (JSON.parse(row.data) as RoundSnapshot) : null;
  }
}
