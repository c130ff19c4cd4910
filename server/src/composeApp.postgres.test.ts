import type { EvaluationView } from '@samskap/shared/evaluering';
import type { OppdragView } from '@samskap/shared/oppdrag';
import type { CreateWorkshopResponse, JoinResponse } from '@samskap/shared/workshop';
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresBackend } from './composeApp';
import { runDemoWorkshop } from './testing/demoWorkshop';
import { inProcessApp, inProcessAppOn, type InProcessHarness } from './testing/inProcessApp';
import { freshPostgres, postgresAnswers, TEST_DATABASE_URL } from './testing/postgres';
import { exportChecksum } from './transfer/exporter';
import type { WorkshopExport } from './transfer/format';

/**
 * The whole app on PostgreSQL in this process (issue 18): `STORAGE=postgres` as `composeApp`
 * builds it, on a schema of its own, driven through the API as the screens drive it.
 */
const url = TEST_DATABASE_URL;
const available = await postgresAnswers();

const oppdragCsv = new Uint8Array(
  readFileSync(new URL('./oppdrag/fixtures/oppdrag-fjordvik.csv', import.meta.url)),
);
const sevenTimes = (v: number) => [v, v, v, v, v, v, v];

/**
 * The demo workshop (planbehov in two rounds, a consent check, the argument map), then the
 * evaluation, oppdrag with priority points and a round-table card, and the end.
 */
async function fullWorkshop(t: InProcessHarness) {
  const demo = await runDemoWorkshop(t);
  const { id, f, people } = demo;
  const evaluering = `/workshops/${id}/evaluering`;
  expect((await t.call('POST', `${evaluering}/actions`, { action: 'open' }, f)).status).toBe(200);
  for (const [i, p] of people.entries())
    await t.call(
      'PUT',
      `${evaluering}/answer`,
      { agree: sevenTimes(2 + (i % 3)), returnOnTime: 4, worked: i === 0 ? 'Bordsamtalene' : '' },
      p.participantToken,
    );
  await t.call('POST', `${evaluering}/actions`, { action: 'close' }, f);
  await t.call('POST', `${evaluering}/actions`, { action: 'reveal' }, f);

  const oppdrag = `/workshops/${id}/oppdrag`;
  expect((await t.call('POST', `${oppdrag}/import`, oppdragCsv, f)).status).toBe(200);
  const [a, b] = people as [JoinResponse, JoinResponse];
  await t.call(
    'PUT',
    `${oppdrag}/tables/table-1/judgements/S1-4`,
    { judgement: 'weak' },
    a.participantToken,
  );
  const proposal = await t.call<{ id: string }>(
    'POST',
    `${oppdrag}/tables/table-2/proposals`,
    { goalId: 'S2-2', title: 'Klimabudsjett med tiltak', kind: 'utvikling', gain: 'Målbare kutt' },
    b.participantToken,
  );
  expect(proposal.status).toBe(201);
  await t.call('POST', `${oppdrag}/points`, { action: 'open' }, f);
  for (const p of people)
    expect(
      (
        await t.call(
          'PUT',
          `${oppdrag}/points/${proposal.body.id}`,
          { points: 2 },
          p.participantToken,
        )
      ).status,
    ).toBe(200);
  await t.call('POST', `${oppdrag}/points`, { action: 'close' }, f);

  const card = await t.call<{ id: string }>(
    'POST',
    `/workshops/${id}/rundebord/table`,
    { type: 'card.add', text: 'Tidlige arbeidsmøter' },
    a.participantToken,
  );
  expect(card.status).toBe(200);
  await t.call('POST', `/workshops/${id}/actions`, { type: 'workshop.end' }, f);
  return demo;
}

async function exportOf(t: InProcessHarness, id: string, token: string) {
  const res = await t.app.request(`/api/workshops/${id}/export`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, data: JSON.parse(text) as WorkshopExport };
}

async function importText(t: InProcessHarness, text: string) {
  const res = await t.app.request('/api/workshops/import', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: text,
  });
  return { status: res.status, body: (await res.json()) as CreateWorkshopResponse };
}

async function markdownOf(t: InProcessHarness, id: string, token: string): Promise<string> {
  const res = await t.app.request(`/api/workshops/${id}/outcome/md`, {
    headers: { authorization: `Bearer ${token}` },
  });
  // The line that dates the document differs by when it was made.
  return (await res.text()).replace(/^(Laget|Laga|Generated) .*$/m, '');
}

function comparable(x: WorkshopExport) {
  const { exportedAt: _at, checksum: _sum, ...rest } = x;
  return rest;
}

/** Every row of every table in the schema, per table. */
async function rowCounts(pool: pg.Pool): Promise<Record<string, number>> {
  const { rows } = await pool.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name: table } of rows) {
    const r = await pool.query<{ n: number }>(`SELECT count(*)::integer AS n FROM "${table}"`);
    counts[table] = r.rows[0]!.n;
  }
  return counts;
}

/** How many participant rows were ever inserted: their identity sequence's last value. */
async function participantsEverInserted(pool: pg.Pool): Promise<number> {
  const name = await pool.query<{ seq: string }>(
    "SELECT pg_get_serial_sequence('participants', 'seq') AS seq",
  );
  const { rows } = await pool.query<{ n: string; called: boolean }>(
    `SELECT last_value AS n, is_called AS called FROM ${name.rows[0]!.seq}`,
  );
  return rows[0]!.called ? Number(rows[0]!.n) : 0;
}

if (!available) {
  console.warn(`PostgreSQL does not answer at ${url}: the app-on-PostgreSQL tests are skipped.`);
  describe.skip(`the app on PostgreSQL (skipped: no PostgreSQL at ${url})`, () => {
    it('needs PostgreSQL', () => undefined);
  });
} else {
  describe('the app on PostgreSQL (STORAGE=postgres, in process)', () => {
    let db: Awaited<ReturnType<typeof freshPostgres>>;
    let t: ReturnType<typeof inProcessAppOn>;
    beforeAll(async () => {
      db = await freshPostgres('app', 8);
      t = inProcessAppOn(postgresBackend(db.pool, pino({ level: 'silent' })), url);
    });
    afterAll(async () => {
      await t.close();
      await db.dispose();
    });

    it('[M5] [D7] runs a whole workshop: every activity’s state in PostgreSQL, no ballot left after the seals', async () => {
      const { id, f } = await fullWorkshop(t);
      const count = async (table: string) =>
        (
          await db.pool.query<{ n: number }>(
            `SELECT count(*)::integer AS n FROM ${table} WHERE workshop_id = $1`,
            [id],
          )
        ).rows[0]!.n;
      expect(await count('participants')).toBe(6);
      expect(await count('plans')).toBeGreaterThan(1);
      expect(await count('round_results')).toBe(2);
      expect(await count('consent_results')).toBe(1);
      expect(await count('arguments_state')).toBe(1);
      expect(await count('oppdrag_state')).toBe(1);
      expect(await count('rundebord_state')).toBe(1);
      expect(await count('evaluations')).toBe(1);
      // Sealed: the aggregates stay, no ballot, answer or point does.
      for (const table of [
        'sealed_ballots',
        'sealed_consent_answers',
        'sealed_evaluation_answers',
        'oppdrag_points',
      ])
        expect(await count(table), table).toBe(0);
      const view = await t.call<EvaluationView>('GET', `/workshops/${id}/evaluering`, undefined, f);
      expect(view.body).toMatchObject({ status: 'closed', revealed: true, answered: 6 });
      const oppdrag = await t.call<OppdragView>('GET', `/workshops/${id}/oppdrag`, undefined, f);
      expect(oppdrag.body.points).toMatchObject({ status: 'sealed', voters: 6 });
      expect(await markdownOf(t, id, f)).toContain('Oppmøte: 6 av 6 stemmeberettigede stemte.');
    });

    it('[M6] export → import (one PostgreSQL transaction) → export gives the same workshop', async () => {
      const { id, f } = await fullWorkshop(t);
      const first = await exportOf(t, id, f);
      const imported = await importText(t, first.text);
      expect(imported.status).toBe(201);
      const copy = imported.body;
      expect(copy.workshop.endedAt).not.toBeNull();
      const second = await exportOf(t, copy.workshop.id, copy.facilitatorToken);
      expect(comparable(second.data)).toEqual(comparable(first.data));
      // The archive's evaluation has no role split ([EV7]); the rest reads the same.
      const withoutEvaluation = (md: string) =>
        md.replace(/^## Tilbakemelding[\s\S]*?(?=^## |$(?![\s\S]))/m, '');
      expect(withoutEvaluation(await markdownOf(t, copy.workshop.id, copy.facilitatorToken))).toBe(
        withoutEvaluation(await markdownOf(t, id, f)),
      );
    });

    it('[M6] a file refused inside the import’s transaction leaves no row behind', async () => {
      const { id, f } = await fullWorkshop(t);
      const { data } = await exportOf(t, id, f);
      // Oppdrag is imported after the workshop, its participants, planbehov, consent and the
      // argument map: its refusal comes when they are written, inside the transaction.
      const { checksum: _c, ...body } = data;
      body.oppdrag!.oppdrag[0]!.goalIds = ['S9-9'];
      const forged = JSON.stringify({ ...body, checksum: exportChecksum(body) });
      const before = await rowCounts(db.pool);
      const joined = await participantsEverInserted(db.pool);
      const res = await importText(t, forged);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain('S9-9');
      // The participants were written (a sequence is not rolled back), then rolled back.
      expect(await participantsEverInserted(db.pool)).toBe(joined + data.participants.length);
      const truncated = await importText(t, JSON.stringify(data).slice(0, 5000));
      expect(truncated.status).toBe(400);
      expect(await rowCounts(db.pool)).toEqual(before);
    });

    it('[M7] keeps what SQLite keeps: the same workshop gives the same outcome document on both', async () => {
      const onPostgres = await fullWorkshop(t);
      const memory = inProcessApp();
      const onSqlite = await fullWorkshop(memory);
      // The agenda's clock times are when each run happened (a minute may turn between them).
      const clockless = (md: string) => md.replace(/\| \d{2}:\d{2} \|/g, '| hh:mm |');
      expect(clockless(await markdownOf(t, onPostgres.id, onPostgres.f))).toBe(
        clockless(await markdownOf(memory, onSqlite.id, onSqlite.f)),
      );
    });
  });
}
