import type {
  Oppdrag,
  OwnPoints,
  PointsStatus,
  Proposal,
  ProposalPoints,
  TableFocus,
  TableWork,
} from '@samskap/shared/oppdrag';
import type { SqliteDatabase } from '../persistence/database';

/** The activity's state of one workshop, kept whole: small, and changed at human speed. */
export interface OppdragState {
  oppdrag: Oppdrag[];
  tableFocus: TableFocus;
  tables: Record<string, TableWork>;
  proposals: Proposal[];
  points: {
    status: PointsStatus;
    budget: number;
    /** Frozen when sealed ([OP6]); null before. */
    results: ProposalPoints[] | null;
    voters: number;
  };
}

export function emptyOppdragState(): OppdragState {
  return {
    oppdrag: [],
    tableFocus: {},
    tables: {},
    proposals: [],
    points: { status: 'closed', budget: 5, results: null, voters: 0 },
  };
}

/** Points as stored while open: under the voter's key ([D7]'s way), never their id. */
export interface StoredPoints {
  voterKey: string;
  proposalId: string;
  points: number;
}

export type GiveOutcome = { ok: true } | { ok: false; spent: number };

export interface OppdragRepository {
  get(workshopId: string): Promise<OppdragState>;
  save(workshopId: string, state: OppdragState): Promise<void>;
  /** Writes one voter's points on one proposal unless their total would pass `budget` ([OP5]). */
  giveWithinBudget(workshopId: string, given: StoredPoints, budget: number): Promise<GiveOutcome>;
  ownPoints(workshopId: string, voterKey: string): Promise<OwnPoints[]>;
  listPoints(workshopId: string): Promise<StoredPoints[]>;
  /** Saves the state (with the sealed totals) and deletes every stored point, in one transaction. */
  seal(workshopId: string, state: OppdragState): Promise<void>;
}

export class SqliteOppdragRepository implements OppdragRepository {
  private readonly s;

  constructor(private readonly db: SqliteDatabase) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS oppdrag_state (
        workshop_id TEXT PRIMARY KEY REFERENCES workshops (id),
        state TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS oppdrag_points (
        workshop_id TEXT NOT NULL,
        voter_key TEXT NOT NULL,
        proposal_id TEXT NOT NULL,
        points INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, voter_key, proposal_id)
      ) WITHOUT ROWID;
    `);
    this.s = {
      get: db.prepare<[string], { state: string }>(
        'SELECT state FROM oppdrag_state WHERE workshop_id = ?',
      ),
      save: db.prepare(
        'INSERT INTO oppdrag_state (workshop_id, state) VALUES (?, ?) ON CONFLICT (workshop_id) DO UPDATE SET state = excluded.state',
      ),
      spent: db.prepare<[string, string, string], { spent: number | null }>(
        'SELECT SUM(points) AS spent FROM oppdrag_points WHERE workshop_id = ? AND voter_key = ? AND proposal_id <> ?',
      ),
      put: db.prepare(
        'INSERT INTO oppdrag_points (workshop_id, voter_key, proposal_id, points) VALUES (?, ?, ?, ?) ON CONFLICT (workshop_id, voter_key, proposal_id) DO UPDATE SET points = excluded.points',
      ),
      remove: db.prepare(
        'DELETE FROM oppdrag_points WHERE workshop_id = ? AND voter_key = ? AND proposal_id = ?',
      ),
      own: db.prepare<[string, string], { proposal_id: string; points: number }>(
        'SELECT proposal_id, points FROM oppdrag_points WHERE workshop_id = ? AND voter_key = ?',
      ),
      all: db.prepare<[string], { voter_key: string; proposal_id: string; points: number }>(
        'SELECT voter_key, proposal_id, points FROM oppdrag_points WHERE workshop_id = ?',
      ),
      clear: db.prepare('DELETE FROM oppdrag_points WHERE workshop_id = ?'),
    };
  }

  async get(workshopId: string): Promise<OppdragState> {
    const row = this.s.get.get(workshopId);
    return row ? (JSON.parse(row.state) as OppdragState) : emptyOppdragState();
  }

  async save(workshopId: string, state: OppdragState): Promise<void> {
    this.s.save.run(workshopId, JSON.stringify(state));
  }

  async giveWithinBudget(
    workshopId: string,
    given: StoredPoints,
    budget: number,
  ): Promise<GiveOutcome> {
    // One immediate transaction: no other request can slip points in between check and write.
    return this.db
      .transaction((): GiveOutcome => {
        const spent = this.s.spent.get(workshopId, given.voterKey, given.proposalId)?.spent ?? 0;
        if (spent + given.points > budget) return { ok: false, spent };
        if (given.points === 0) this.s.remove.run(workshopId, given.voterKey, given.proposalId);
        else this.s.put.run(workshopId, given.voterKey, given.proposalId, given.points);
        return { ok: true };
      })
      .immediate();
  }

  async ownPoints(workshopId: string, voterKey: string): Promise<OwnPoints[]> {
    return this.s.own
      .all(workshopId, voterKey)
      .map((r) => ({ proposalId: r.proposal_id, points: r.points }));
  }

  async listPoints(workshopId: string): Promise<StoredPoints[]> {
    return this.s.all
      .all(workshopId)
      .map((r) => ({ voterKey: r.voter_key, proposalId: r.proposal_id, points: r.points }));
  }

  async seal(workshopId: string, state: OppdragState): Promise<void> {
    this.db.transaction(() => {
      this.s.save.run(workshopId, JSON.stringify(state));
      this.s.clear.run(workshopId);
    })();
  }
}
