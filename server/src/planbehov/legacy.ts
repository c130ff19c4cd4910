import type { ConsentCounts } from '@samskap/shared/consent';
import type { Plan, PlanInput, VotingState } from '@samskap/shared/planbehov';
import type { ParticipantRole } from '@samskap/shared/workshop';
import type { SqliteDatabase } from '../persistence/database';
import { disclose, ROLES } from './disclosure';
import { tallyRound, type TallyBallot } from './tally';

/*
 * Databases from before [D7] kept ballots and consent answers with the participant's id. On
 * start-up, what was closed is sealed into its aggregates as the rules of today would show them
 * (counting, as the old code did, only participants not removed), then the old tables go. The
 * ballots of a round still open cannot be re-keyed (their tokens are not stored): they are
 * dropped, and those voters vote again.
 */

const exists = (db: SqliteDatabase, table: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !==
  undefined;

interface Person {
  id: string;
  role: ParticipantRole;
}

const activePeople = (db: SqliteDatabase, workshopId: string) =>
  db
    .prepare<[string], Person>(
      'SELECT id, role FROM participants WHERE workshop_id = ? AND removed_at IS NULL',
    )
    .all(workshopId);

/** Seals the closed rounds of the old `ballots` table into `round_results`, then drops it. */
export function sealLegacyBallots(db: SqliteDatabase): void {
  if (!exists(db, 'ballots')) return;
  db.transaction(() => {
    const rounds = db
      .prepare<[], { workshop_id: string; round: number }>(
        'SELECT DISTINCT workshop_id, round FROM ballots',
      )
      .all();
    for (const { workshop_id: workshopId, round } of rounds) {
      const row = db
        .prepare<[string], { state: string }>(
          'SELECT state FROM planbehov_voting WHERE workshop_id = ?',
        )
        .get(workshopId);
      if (!row) continue;
      const voting = JSON.parse(row.state) as VotingState;
      if (round === voting.round && voting.status === 'open') continue;
      const plans: Plan[] = db
        .prepare<[string], { id: string; position: number; data: string }>(
          'SELECT id, position, data FROM plans WHERE workshop_id = ? ORDER BY position',
        )
        .all(workshopId)
        .map((p) => ({ ...(JSON.parse(p.data) as PlanInput), id: p.id, position: p.position }));
      const people = activePeople(db, workshopId).filter((p) =>
        voting.eligibleRoles.includes(p.role),
      );
      const roles = new Map(people.map((p) => [p.id, p.role]));
      const ballots: TallyBallot[] = db
        .prepare<
          [string, number],
          Omit<TallyBallot, 'voterKey' | 'role'> & { participantId: string }
        >(
          `SELECT participant_id AS participantId, plan_id AS planId, decision, start_year AS startYear,
                  comment, points FROM ballots WHERE workshop_id = ? AND round = ?`,
        )
        .all(workshopId, round)
        .flatMap(({ participantId, ...b }) => {
          const role = roles.get(participantId);
          return role ? [{ ...b, voterKey: participantId, role }] : [];
        });
      const eligible = Object.fromEntries(
        ROLES.map((r) => [r, people.filter((p) => p.role === r).length]),
      ) as Record<ParticipantRole, number>;
      db.prepare(
        'INSERT INTO round_results (workshop_id, round, data) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      ).run(workshopId, round, JSON.stringify(tallyRound(round, plans, ballots, eligible)));
    }
    db.exec('DROP TABLE ballots');
  })();
}

/** Seals the closed checks of the old `consent_answers` table into `consent_results`, then drops it. */
export function sealLegacyConsentAnswers(db: SqliteDatabase): void {
  if (!exists(db, 'consent_answers')) return;
  db.transaction(() => {
    const checks = db
      .prepare<[], { workshop_id: string; id: string }>(
        "SELECT workshop_id, id FROM consent_checks WHERE status = 'closed'",
      )
      .all();
    for (const { workshop_id: workshopId, id } of checks) {
      const roles = new Map(activePeople(db, workshopId).map((p) => [p.id, p.role]));
      const answers = db
        .prepare<[string, string], { participant_id: string; value: number }>(
          'SELECT participant_id, value FROM consent_answers WHERE workshop_id = ? AND check_id = ?',
        )
        .all(workshopId, id)
        .flatMap((a) => {
          const role = roles.get(a.participant_id);
          return role ? [{ role, value: a.value }] : [];
        });
      const countsOf = (group: Array<{ value: number }>): ConsentCounts => {
        const counts: ConsentCounts['counts'] = [0, 0, 0, 0, 0];
        for (const a of group) counts[a.value - 1]!++;
        return { answers: group.length, counts };
      };
      const sealed = { answered: answers.length, result: disclose(answers, countsOf) };
      db.prepare(
        'INSERT INTO consent_results (workshop_id, check_id, data) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      ).run(workshopId, id, JSON.stringify(sealed));
    }
    db.exec('DROP TABLE consent_answers');
  })();
}
