import type { Plan, PlanInput, VotingState } from '@samskap/shared/planbehov';
import type { SqliteDatabase } from '../persistence/database';
import type { PlanbehovRepository, StoredBallot } from './repository';

interface PlanRow {
  id: string;
  position: number;
  data: string;
}

interface BallotRow {
  plan_id: string;
  participant_id: string;
  decision: StoredBallot['decision'];
  start_year: number | null;
  comment: string;
  points: number;
}

const toBallot = (r: BallotRow): StoredBallot => ({
  planId: r.plan_id,
  participantId: r.participant_id,
  decision: r.decision,
  startYear: r.start_year,
  comment: r.comment,
  points: r.points,
});

/** The planbehov tables in the embedded SQLite database. One ballot per participant, plan and round. */
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
      CREATE TABLE IF NOT EXISTS ballots (
        workshop_id TEXT NOT NULL,
        round INTEGER NOT NULL,
        participant_id TEXT NOT NULL,
        plan_id TEXT NOT NULL,
        decision TEXT NOT NULL,
        start_year INTEGER,
        comment TEXT NOT NULL,
        points INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, round, participant_id, plan_id)
      );
    `);
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
        `INSERT INTO ballots (workshop_id, round, participant_id, plan_id, decision, start_year, comment, points, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (workshop_id, round, participant_id, plan_id) DO UPDATE SET
           decision = excluded.decision, start_year = excluded.start_year, comment = excluded.comment,
           points = excluded.points, updated_at = excluded.updated_at`,
      ),
      deleteBallot: db.prepare(
        'DELETE FROM ballots WHERE workshop_id = ? AND round = ? AND participant_id = ? AND plan_id = ?',
      ),
      ballots: db.prepare<[string, number], BallotRow>(
        'SELECT plan_id, participant_id, decision, start_year, comment, points FROM ballots WHERE workshop_id = ? AND round = ?',
      ),
      ownBallots: db.prepare<[string, number, string], BallotRow>(
        'SELECT plan_id, participant_id, decision, start_year, comment, points FROM ballots WHERE workshop_id = ? AND round = ? AND participant_id = ?',
      ),
      count: db.prepare<[string], { n: number }>(
        'SELECT count(*) AS n FROM ballots WHERE workshop_id = ?',
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

  async upsertBallot(
    workshopId: string,
    round: number,
    b: StoredBallot,
    at: number,
  ): Promise<void> {
    this.s.upsertBallot.run(
      workshopId,
      round,
      b.participantId,
      b.planId,
      b.decision,
      b.startYear,
      b.comment,
      b.points,
      at,
    );
  }

  async deleteBallot(
    workshopId: string,
    round: number,
    participantId: string,
    planId: string,
  ): Promise<void> {
    this.s.deleteBallot.run(workshopId, round, participantId, planId);
  }

  async listBallots(workshopId: string, round: number): Promise<StoredBallot[]> {
    return this.s.ballots.all(workshopId, round).map(toBallot);
  }

  async listOwnBallots(
    workshopId: string,
    round: number,
    participantId: string,
  ): Promise<StoredBallot[]> {
    return this.s.ownBallots.all(workshopId, round, participantId).map(toBallot);
  }

  async countBallots(workshopId: string): Promise<number> {
    return this.s.count.get(workshopId)!.n;
  }
}
