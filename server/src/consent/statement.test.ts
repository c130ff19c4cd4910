import type { ConsentCheck, StatementBlock } from '@samskap/shared/consent';
import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse } from '@samskap/shared/workshop';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../persistence/database';
import { inProcessApp } from '../testing/inProcessApp';
import { SqliteConsentRepository } from './repository';

const AMBITION: StatementBlock[] = [
  { type: 'heading', text: 'Hvor vi er nå (A)' },
  { type: 'paragraph', text: 'Alle barn får en trygg start.' },
  { type: 'list', ordered: false, items: ['Barnehage', 'Skole'] },
];

async function workshop() {
  const t = inProcessApp();
  const w = await t.call<CreateWorkshopResponse>(
    'POST',
    '/workshops',
    planstrategiTemplate('nb', 2028),
  );
  const base = `/workshops/${w.body.workshop.id}/consent`;
  const f = w.body.facilitatorToken;
  const create = (body: unknown) =>
    t.call<{ id: string; error?: { code: string; field?: string } }>('POST', base, body, f);
  const list = async () =>
    (await t.call<{ checks: ConsentCheck[] }>('GET', base, undefined, w.body.projectorToken)).body
      .checks;
  return { t, w, base, f, create, list };
}

describe('a consent check’s statement', () => {
  it('[K3] keeps its headings, paragraphs and lists, with the plain text derived from them', async () => {
    const { create, list } = await workshop();
    const created = await create({ subject: { kind: 'ambition', id: 'S1' }, blocks: AMBITION });
    expect(created.status).toBe(201);
    const [check] = await list();
    expect(check!.blocks).toEqual(AMBITION);
    expect(check!.statement).toBe(
      'Hvor vi er nå (A)\nAlle barn får en trygg start.\n– Barnehage\n– Skole',
    );
  });

  it('[K3] given as plain text (a synthesis), each line is a paragraph; a reopened check keeps the blocks', async () => {
    const { create, list, base, f, t } = await workshop();
    const { body } = await create({
      subject: { kind: 'synthesis', id: 'x1' },
      statement: 'Første linje\n\nAndre linje',
    });
    expect((await list())[0]!.blocks).toEqual([
      { type: 'paragraph', text: 'Første linje' },
      { type: 'paragraph', text: 'Andre linje' },
    ]);
    await t.call('POST', `${base}/${body.id}/actions`, { action: 'close' }, f);
    await t.call('POST', `${base}/${body.id}/actions`, { action: 'reopen' }, f);
    const checks = await list();
    expect(checks).toHaveLength(2);
    expect(checks[1]!.blocks).toEqual(checks[0]!.blocks);
  });

  it('[K3] refuses markup-shaped or oversized blocks, and both forms at once, and stores nothing', async () => {
    const { create, list } = await workshop();
    const subject = { kind: 'ambition', id: 'S1' };
    const refused = [
      { subject, blocks: [{ type: 'html', text: '<b>x</b>' }] },
      { subject, blocks: [{ type: 'paragraph', text: 'to\nlinjer' }] },
      { subject, blocks: [{ type: 'paragraph', text: 'ok', html: '<script>' }] },
      { subject, blocks: [{ type: 'list', ordered: false, items: [] }] },
      { subject, blocks: [] },
      {
        subject,
        blocks: Array.from({ length: 3 }, () => ({ type: 'paragraph', text: 'x'.repeat(900) })),
      },
      { subject, blocks: AMBITION, statement: 'Begge deler' },
      { subject },
    ];
    for (const body of refused) {
      const res = await create(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.body.error?.code).toBe('invalid_input');
    }
    expect(await list()).toEqual([]);
  });

  it('[K3] a database from before keeps its checks, which read without blocks', () => {
    const db = openDatabase(':memory:', { synchronous: 'normal' });
    db.exec(`
      CREATE TABLE consent_checks (
        workshop_id TEXT NOT NULL, id TEXT NOT NULL, subject_kind TEXT NOT NULL,
        subject_id TEXT NOT NULL, statement TEXT NOT NULL, status TEXT NOT NULL,
        revealed INTEGER NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (workshop_id, id)
      );
      INSERT INTO consent_checks VALUES ('w1', 'c1', 'ambition', 'S1', 'Gammel tekst', 'closed', 0, 1);
    `);
    const repo = new SqliteConsentRepository(db);
    return expect(repo.list('w1')).resolves.toMatchObject([
      { id: 'c1', statement: 'Gammel tekst', blocks: null },
    ]);
  });

  it('[K3] an export carries the blocks and an import keeps them', async () => {
    const { t, w, create, f } = await workshop();
    await create({ subject: { kind: 'ambition', id: 'S1' }, blocks: AMBITION });
    const id = w.body.workshop.id;
    await t.call('POST', `/workshops/${id}/actions`, { type: 'workshop.end' }, f);
    const exported = await t.app.request(`/api/workshops/${id}/export`, {
      headers: { authorization: `Bearer ${f}` },
    });
    const text = await exported.text();
    const data = JSON.parse(text) as { consent: ConsentCheck[] };
    expect(data.consent[0]!.blocks).toEqual(AMBITION);
    const imported = async (body: string) => {
      const res = await t.app.request('/api/workshops/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const created = (await res.json()) as CreateWorkshopResponse;
      const checks = await t.call<{ checks: ConsentCheck[] }>(
        'GET',
        `/workshops/${created.workshop.id}/consent`,
        undefined,
        created.facilitatorToken,
      );
      return checks.body.checks[0]!;
    };
    expect((await imported(text)).blocks).toEqual(AMBITION);
  });
});
