import { planstrategiTemplate } from '@samskap/shared/templates';
import { workshopSetupSchema } from '@samskap/shared/workshop';
import { describe, expect, it } from 'vitest';
import { SqliteConsentRepository } from '../consent';
import { openDatabase } from '../persistence/database';
import { WorkshopService } from '../workshops/service';
import { SqliteWorkshopRepository } from '../workshops/sqliteRepository';
import { SqlitePlanbehovRepository } from './sqliteRepository';

async function oldDatabase() {
  const db = openDatabase(':memory:', { synchronous: 'normal' });
  const workshops = new WorkshopService(new SqliteWorkshopRepository(db));
  const plans = new SqlitePlanbehovRepository(db);
  new SqliteConsentRepository(db);
  const w = (await workshops.create(workshopSetupSchema.parse(planstrategiTemplate('nb', 2025))))
    .workshop;
  const people = [];
  for (const role of ['folkevalgt', 'folkevalgt', 'folkevalgt', 'administrasjon'] as const)
    people.push((await workshops.join({ code: w.joinCode, role })).participant);
  await plans.insertPlan(w.id, {
    id: 'p1',
    title: 'Arealdelen',
    planType: 'Kommunedelplan',
    adoptedYear: null,
    proposal: 'revise',
    proposalYear: null,
    requiredByLaw: null,
    focusArea: null,
    description: null,
  });
  await plans.saveVoting(w.id, {
    round: 2,
    status: 'open',
    revealed: false,
    pointsBudget: 5,
    eligibleRoles: ['folkevalgt', 'administrasjon', 'annen'],
  });
  // The tables as the server before [D7] made them.
  db.exec(`
    CREATE TABLE ballots (workshop_id TEXT, round INTEGER, participant_id TEXT, plan_id TEXT,
      decision TEXT, start_year INTEGER, comment TEXT, points INTEGER, updated_at INTEGER);
    CREATE TABLE consent_answers (workshop_id TEXT, check_id TEXT, participant_id TEXT, value INTEGER);
    INSERT INTO consent_checks (workshop_id, id, subject_kind, subject_id, statement, status, revealed, created_at)
      VALUES ('${w.id}', 'c1', 'ambition', 'S1', 'Bolig', 'closed', 1, 0);
  `);
  for (const round of [1, 2])
    for (const p of people) {
      db.prepare('INSERT INTO ballots VALUES (?, ?, ?, ?, ?, NULL, ?, 1, 0)').run(
        w.id,
        round,
        p.id,
        'p1',
        'revise',
        `fra ${p.id}`,
      );
      if (round === 1)
        db.prepare('INSERT INTO consent_answers VALUES (?, ?, ?, ?)').run(w.id, 'c1', p.id, 2);
    }
  return { db, workshopId: w.id };
}

describe('a database from before ballots were sealed', () => {
  it('[D7] keeps the closed round’s and check’s aggregates under [D1], and drops the linkable tables', async () => {
    const { db, workshopId } = await oldDatabase();
    const plans = new SqlitePlanbehovRepository(db);
    const consent = new SqliteConsentRepository(db);
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((t) => t.name);
    expect(tables).not.toContain('ballots');
    expect(tables).not.toContain('consent_answers');
    const round1 = await plans.getSnapshot(workshopId, 1);
    expect(round1?.results.plans[0]).toMatchObject({
      all: { ballots: 4 },
      byRole: { folkevalgt: null },
      withheld: { folkevalgt: 'wouldReveal' },
    });
    // Round 2 was open: its ballots cannot be re-keyed and are gone.
    expect(await plans.getSnapshot(workshopId, 2)).toBeNull();
    expect(await plans.listBallots(workshopId, 2)).toEqual([]);
    expect((await consent.sealed(workshopId)).get('c1')).toMatchObject({
      answered: 4,
      result: { all: { answers: 4 }, byRole: { folkevalgt: null } },
    });
  });
});
