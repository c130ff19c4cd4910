import type { EvaluationView } from '@samskap/shared/evaluering';
import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse, JoinResponse } from '@samskap/shared/workshop';
import { describe, expect, it } from 'vitest';
import { inProcessApp } from '../testing/inProcessApp';

const sevenTimes = (v: number) => [v, v, v, v, v, v, v];

async function evaluated(t: ReturnType<typeof inProcessApp>) {
  const w = await t.call<CreateWorkshopResponse>(
    'POST',
    '/workshops',
    planstrategiTemplate('nb', 2028),
  );
  const id = w.body.workshop.id;
  const f = w.body.facilitatorToken;
  const base = `/workshops/${id}/evaluering`;
  await t.call('POST', `${base}/actions`, { action: 'open' }, f);
  const roles = ['folkevalgt', 'folkevalgt', 'folkevalgt', 'administrasjon'] as const;
  for (const [i, role] of roles.entries()) {
    const p = (
      await t.call<JoinResponse>('POST', '/join', { code: w.body.workshop.joinCode, role })
    ).body;
    await t.call(
      'PUT',
      `${base}/answer`,
      { agree: sevenTimes(2 + i), returnOnTime: 4, worked: i === 0 ? 'Bordsamtalene' : '' },
      p.participantToken,
    );
  }
  await t.call('POST', `${base}/actions`, { action: 'close' }, f);
  await t.call('POST', `${base}/actions`, { action: 'reveal' }, f);
  return { id, f, base };
}

describe('the evaluation in outcome and transfer', () => {
  it('[EV5] puts the revealed result in the outcome documents, with no split that isolates anyone', async () => {
    const t = inProcessApp();
    const w = await evaluated(t);
    const res = await t.app.request(`/api/workshops/${w.id}/outcome/md`, {
      headers: { authorization: `Bearer ${w.f}` },
    });
    const md = await res.text();
    expect(md).toContain('## Tilbakemelding');
    expect(md).toContain('Formålet med seminaret var tydelig');
    expect(md).toContain('Bordsamtalene');
    // Three elected members and one administrator: no role split ([D1]).
    expect(md).not.toContain('Snitt Folkevalgte');
    expect(md).toContain('Administrasjonen: for få');
  });

  it('[EV7] exports only the sealed "all" and texts, and an import shows them again as an archive', async () => {
    const t = inProcessApp();
    const w = await evaluated(t);
    const res = await t.app.request(`/api/workshops/${w.id}/export`, {
      headers: { authorization: `Bearer ${w.f}` },
    });
    const text = await res.text();
    const exported = JSON.parse(text) as { evaluering: Record<string, unknown> };
    expect(exported.evaluering).toMatchObject({
      form: { status: 'closed', answered: 4, all: { answers: 4 } },
    });
    expect(JSON.stringify(exported.evaluering)).not.toContain('byRole');
    expect(JSON.stringify(exported.evaluering)).not.toContain('withheld');
    const imported = await t.call<CreateWorkshopResponse>('POST', '/workshops/import', text);
    expect(imported.status).toBe(201);
    const view = (
      await t.call<EvaluationView>(
        'GET',
        `/workshops/${imported.body.workshop.id}/evaluering`,
        undefined,
        imported.body.projectorToken,
      )
    ).body;
    expect(view.status).toBe('closed');
    expect(view.result?.all?.answers).toBe(4);
    expect(view.result?.texts?.worked).toEqual(['Bordsamtalene']);
    expect(view.result?.byRole).toEqual({ folkevalgt: null, administrasjon: null, annen: null });

    // The archive can be the baseline of the next seminar, chosen by its console link.
    const next = await t.call<CreateWorkshopResponse>(
      'POST',
      '/workshops',
      planstrategiTemplate('nb', 2029),
    );
    const chosen = await t.call(
      'PUT',
      `/workshops/${next.body.workshop.id}/evaluering/baseline`,
      {
        kind: 'workshop',
        workshopId: imported.body.workshop.id,
        facilitatorToken: imported.body.facilitatorToken,
      },
      next.body.facilitatorToken,
    );
    expect(chosen.status).toBe(200);
  });
});
