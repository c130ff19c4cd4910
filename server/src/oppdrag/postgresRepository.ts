import { PostgresStateRow } from '../persistence/postgresStateRow';
import type { OwnPoints } from '@samskap/shared/oppdrag';
import { lockForTransaction, type Sql } from '../persistence/sql';
import {
  emptyOppdragState,
  type GiveOutcome,
  type OppdragRepository,
  type OppdragState,
  type StoredPoints,
} from './repository';

/** The lock one voter's points are written under ([M4]). */
const voterLock = (workshopId: string, voterKey: string) =>
  `oppdrag/points:${workshopId}:${voterKey}`;

/**
 * HØP oppdrag in PostgreSQL (issue 18), as `SqliteOppdragRepository` keeps it: the state whole,
 * the open points under the voter's key, one row per voter and proposal ([M2]), within the
 * budget on every instance ([M4]), deleted in the transaction that seals the totals ([M5]).
 */
export class PostgresOppdragRepository
  extends PostgresStateRow<OppdragState>
  implements OppdragRepository
{
  constructor(sql: Sql) {
    super(sql, 'oppdrag_state', emptyOppdragState);
  }

  async giveWithinBudget(
    workshopId: string,
    given: StoredPoints,
    budget: number,
  ): Promise<GiveOutcome> {
    return this.sql.transaction(async (tx) => {
      // [M4] [OP5] The voter's other gifts wait here until this one is committed, then count it.
      await lockForTransaction(tx, voterLock(workshopId, given.voterKey));
      const { rows } = await tx.query<{ spent: number }>(
        `SELECT coalesce(sum(points), 0)::integer AS spent FROM oppdrag_points
         WHERE workshop_id = $1 AND voter_key = $2 AND proposal_id <> $3`,
        [workshopId, given.voterKey, given.proposalId],
      );
      const spent = rows[0]!.spent;
      if (spent + given.points > budget) return { ok: false, spent };
      if (given.points === 0)
        await tx.query(
          'DELETE FROM oppdrag_points WHERE workshop_id = $1 AND voter_key = $2 AND proposal_id = $3',
          [workshopId, given.voterKey, given.proposalId],
        );
      else
        await tx.query(
          `INSERT INTO oppdrag_points (workshop_id, voter_key, proposal_id, points) VALUES ($1, $2, $3, $4)
           ON CONFLICT (workshop_id, voter_key, proposal_id) DO UPDATE SET points = excluded.points`,
          [workshopId, given.voterKey, given.proposalId, given.points],
        );
      return { ok: true } as const;
    });
  }

  async ownPoints(workshopId: string, voterKey: string): Promise<OwnPoints[]> {
    const { rows } = await this.sql.query<{ proposal_id: string; points: number }>(
      `SELECT proposal_id, points FROM oppdrag_points WHERE workshop_id = $1 AND voter_key = $2
       ORDER BY proposal_id COLLATE "C"`,
      [workshopId, voterKey],
    );
    return rows.map((r) => ({ proposalId: r.proposal_id, points: r.points }));
  }

  async listPoints(workshopId: string): Promise<StoredPoints[]> {
    const { rows } = await this.sql.query<{
      voter_key: string;
      proposal_id: string;
      points: number;
    }>(
      `SELECT voter_key, proposal_id, points FROM oppdrag_points WHERE workshop_id = $1
       ORDER BY voter_key COLLATE "C", proposal_id COLLATE "C"`,
      [workshopId],
    );
    return rows.map((r) => ({
      voterKey: r.voter_key,
      proposalId: r.proposal_id,
      points: r.points,
    }));
  }

  async seal(workshopId: string, state: OppdragState): Promise<void> {
    // [OP6] The sealed totals in, every point out: both or neither.
    await this.sql.transaction(async (tx) => {
      await this.save(workshopId, state, tx);
      await tx.query('DELETE FROM oppdrag_points WHERE workshop_id = $1', [workshopId]);
    });
  }
}
