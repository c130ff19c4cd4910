import type { CreateWorkshopResponse } from '@samskap/shared/workshop';
import { describe, expect, it } from 'vitest';
import { runDemoWorkshop } from '../testing/demoWorkshop';
import { inProcessApp } from '../testing/inProcessApp';
import type { WorkshopExport } from './format';

type App = ReturnType<typeof inProcessApp>;

async function exportOf(
  t: App,
  id: string,
  token: string,
): Promise<{ text: string; data: WorkshopExport }> {
  const res = await t.app.request(`/api/workshops/${id}/export`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toMatch(/\.json"$/);
  const text = await res.text();
  return { text, data: JSON.parse(text) as WorkshopExport };
}

async function importText(t: App, text: string) {
  const res = await t.app.request('/api/workshops/import', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: text,
  });
  return {
    status: res.status,
    body: (await res.json()) as CreateWorkshopResponse & {
      error?: { code: string; message: string; field?: string };
    },
  };
}

async function markdownOf(t: App, id: string, token: string): Promise<string> {
  const res = await t.app.request(`/api/workshops/${id}/outcome/md`, {
    headers: { authorization: `Bearer ${token}` },
  });
  // The line that dates the document differs by when it was made.
  return (await res.text()).replace(/^(Laget|Laga|Generated) .*$/m, '');
}

const workshopCount = (t: App) =>
  (t.db.prepare('SELECT count(*) AS n FROM workshops').get() as { n: number }).n;

/** What an export says, without when it was made. */
function comparable(x: WorkshopExport) {
  const { exportedAt: _at, checksum: _sum, ...rest } = x;
  return rest;
}

describe('exporting and importing a workshop', () => {
  it('export → import → export gives the same workshop, and the same outcome document', async () => {
    const t = inProcessApp();
    const { id, f, people } = await runDemoWorkshop(t);
    await t.call('POST', `/workshops/${id}/actions`, { type: 'workshop.end' }, f);
    const first = await exportOf(t, id, f);
    for (const p of people) expect(first.text).not.toContain(p.participantToken);
    expect(first.text).not.toContain(f);
    expect(first.text).not.toContain('participantId');

    const imported = await importText(t, first.text);
    expect(imported.status).toBe(201);
    const copy = imported.body;
    expect(copy.workshop.id).not.toBe(id);
    expect(copy.workshop.endedAt).not.toBeNull();
    const second = await exportOf(t, copy.workshop.id, copy.facilitatorToken);
    expect(comparable(second.data)).toEqual(comparable(first.data));
    expect(await markdownOf(t, copy.workshop.id, copy.facilitatorToken)).toBe(
      await markdownOf(t, id, f),
    );
  });

  it('restores an archive: read-only, with the results and ambitions of the original', async () => {
    const t = inProcessApp();
    const { id, f } = await runDemoWorkshop(t);
    const copy = (await importText(t, (await exportOf(t, id, f)).text)).body;
    const act = await t.call(
      'POST',
      `/workshops/${copy.workshop.id}/actions`,
      { type: 'phase.next' },
      copy.facilitatorToken,
    );
    expect(act.body.error?.code).toBe('workshop_ended');
    const md = await markdownOf(t, copy.workshop.id, copy.facilitatorToken);
    expect(md).toContain('Alle barn skal ha en trygg skolevei innen 2028. (fra Bord 1)');
    expect(md).toContain('Oppmøte: 6 av 6 stemmeberettigede stemte.');
  });

  it('refuses a truncated file whole and changes nothing', async () => {
    const t = inProcessApp();
    const { id, f } = await runDemoWorkshop(t);
    const { text } = await exportOf(t, id, f);
    const before = workshopCount(t);
    const res = await importText(t, text.slice(0, Math.floor(text.length / 2)));
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('import_invalid');
    expect(res.body.error?.message).toMatch(/not complete JSON/);
    expect(workshopCount(t)).toBe(before);
  });

  it('refuses a tampered file whole, naming what is wrong, and changes nothing', async () => {
    const t = inProcessApp();
    const { id, f } = await runDemoWorkshop(t);
    const { data } = await exportOf(t, id, f);
    const before = workshopCount(t);

    const forged = structuredClone(data);
    forged.planbehov.rounds[0]!.turnout.voted += 10;
    const changed = await importText(t, JSON.stringify(forged));
    expect(changed.body.error).toMatchObject({ code: 'import_invalid', field: 'checksum' });

    const broken = structuredClone(data) as unknown as { participants: Array<{ role: string }> };
    broken.participants[0]!.role = 'ordfører';
    const invalid = await importText(t, JSON.stringify(broken));
    expect(invalid.body.error?.field).toBe('participants.0.role');

    expect((await importText(t, JSON.stringify({ format: 'something else' }))).status).toBe(400);
    expect(workshopCount(t)).toBe(before);
  });

  it('is for the facilitator only', async () => {
    const t = inProcessApp();
    const { id, w } = await runDemoWorkshop(t);
    const res = await t.app.request(`/api/workshops/${id}/export`, {
      headers: { authorization: `Bearer ${w.projectorToken}` },
    });
    expect(res.status).toBe(403);
  });
});
