import type { OppdragView } from '@samskap/shared/oppdrag';
import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse, JoinResponse } from '@samskap/shared/workshop';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inProcessApp } from '../testing/inProcessApp';
import { exportChecksum } from '../transfer/exporter';
import type { WorkshopExport } from '../transfer/format';

const csv = new Uint8Array(
  readFileSync(new URL('./fixtures/oppdrag-fjordvik.csv', import.meta.url)),
);

/** A workshop where two tables judged, one proposed, and the facilitator passed it on. */
async function judgedWorkshop() {
  const t = inProcessApp();
  const w = await t.call<CreateWorkshopResponse>(
    'POST',
    '/workshops',
    planstrategiTemplate('nb', 2026),
  );
  const id = w.body.workshop.id;
  const f = w.body.facilitatorToken;
  const base = `/workshops/${id}/oppdrag`;
  await t.call('POST', `${base}/import`, csv, f);
  const people: JoinResponse[] = [];
  for (const tableId of ['table-1', 'table-2'])
    people.push(
      (
        await t.call<JoinResponse>('POST', '/join', {
          code: w.body.workshop.joinCode,
          role: 'folkevalgt',
          tableId,
        })
      ).body,
    );
  const [a, b] = people as [JoinResponse, JoinResponse];
  await t.call(
    'PUT',
    `${base}/tables/table-1/judgements/S1-4`,
    { judgement: 'weak' },
    a.participantToken,
  );
  await t.call(
    'PUT',
    `${base}/tables/table-2/judgements/S1-4`,
    { judgement: 'not_followed' },
    b.participantToken,
  );
  await t.call(
    'PUT',
    `${base}/tables/table-2/judgements/S1-1`,
    { judgement: 'followed' },
    b.participantToken,
  );
  const p = await t.call<{ id: string }>(
    'POST',
    `${base}/tables/table-1/proposals`,
    { goalId: 'S2-2', title: 'Klimabudsjett med tiltak', kind: 'utvikling', gain: 'Målbare kutt' },
    a.participantToken,
  );
  await t.call('POST', `${base}/proposals/${p.body.id}`, { action: 'passOn', passOn: true }, f);
  return { t, id, f, base };
}

async function get(t: ReturnType<typeof inProcessApp>, path: string, token: string) {
  const res = await t.app.request(`/api${path}`, { headers: { authorization: `Bearer ${token}` } });
  return res.text();
}

describe('[OP7] the oppdrag in the outcome and the export', () => {
  it('the outcome names per focus area the goals, their oppdrag and the room’s judgement', async () => {
    const { t, id, f } = await judgedWorkshop();
    const md = await get(t, `/workshops/${id}/outcome/md`, f);
    expect(md).toContain('HØP-oppdrag og målene i samfunnsdelen');
    expect(md).toContain('Utarbeide forslag til ny brannordning');
    expect(md).toContain('Uenige: Svakt fulgt opp 1, Ikke fulgt opp 1');
    expect(md).toContain('Fulgt opp (1 av 1 bord)');
    expect(md).toContain('Mål uten oppdrag eller uten midler');
    expect(md).toMatch(/Klimabudsjett med tiltak.*fra Bord 1; sendes videre til administrasjonen/);
    const docx = await t.app.request(`/api/workshops/${id}/outcome/docx`, {
      headers: { authorization: `Bearer ${f}` },
    });
    expect(docx.status).toBe(200);
  });

  it('travels in the JSON export and comes back in the archive as it was', async () => {
    const { t, id, f } = await judgedWorkshop();
    const text = await get(t, `/workshops/${id}/export`, f);
    const data = JSON.parse(text) as WorkshopExport;
    expect(data.oppdrag?.oppdrag).toHaveLength(16);
    expect(data.oppdrag?.tables['table-2']?.judgements).toEqual({
      'S1-4': 'not_followed',
      'S1-1': 'followed',
    });
    const res = await t.app.request('/api/workshops/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: text,
    });
    expect(res.status).toBe(201);
    const restored = (await res.json()) as CreateWorkshopResponse;
    const view = await t.call<OppdragView>(
      'GET',
      `/workshops/${restored.workshop.id}/oppdrag`,
      undefined,
      restored.facilitatorToken,
    );
    expect(view.body.oppdrag).toEqual(data.oppdrag?.oppdrag);
    expect(view.body.proposals).toEqual(data.oppdrag?.proposals);
    expect(view.body.tables).toEqual(data.oppdrag?.tables);
  });

  it('refuses an export whose oppdrag name a goal the setup does not have', async () => {
    const { t, id, f } = await judgedWorkshop();
    const data = JSON.parse(await get(t, `/workshops/${id}/export`, f)) as WorkshopExport;
    const { checksum: _c, ...body } = data;
    body.oppdrag!.oppdrag[0]!.goalIds = ['S9-9'];
    const forged = { ...body, checksum: exportChecksum(body) };
    const res = await t.app.request('/api/workshops/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(forged),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('S9-9');
  });
});
