import {
  ambitionFragment,
  PLENARY,
  promoteToPlenary,
  richJsonToYXml,
  setBlockGoals,
} from '@samskap/shared/doc-model';
import type { PlanbehovView } from '@samskap/shared/planbehov';
import { contentRoom } from '@samskap/shared/protocol';
import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse, JoinResponse } from '@samskap/shared/workshop';
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import type { InProcessHarness } from './inProcessApp';

/**
 * The demo workshop of the fixtures, run through the API: Fjordvik's plan list voted on in two
 * rounds by six participants, an argument map, and plenary ambitions in the shared document.
 */
export async function runDemoWorkshop(t: InProcessHarness) {
  const w = (
    await t.call<CreateWorkshopResponse>('POST', '/workshops', planstrategiTemplate('nb', 2025))
  ).body;
  const id = w.workshop.id;
  const f = w.facilitatorToken;
  const people: JoinResponse[] = [];
  for (const [i, role] of (
    [
      'folkevalgt',
      'folkevalgt',
      'folkevalgt',
      'administrasjon',
      'administrasjon',
      'administrasjon',
    ] as const
  ).entries()) {
    people.push(
      (
        await t.call<JoinResponse>('POST', '/join', {
          code: w.workshop.joinCode,
          role,
          tableId: `table-${(i % 2) + 1}`,
        })
      ).body,
    );
  }
  const act = (action: Record<string, unknown>) =>
    t.call('POST', `/workshops/${id}/actions`, action, f);
  await act({ type: 'timer.start' });
  await act({ type: 'phase.next' });

  // Ambitions: a table drafts, the facilitator promotes, the plenary tags goals.
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  const table = ambitionFragment(doc, 'S1', 'table-1');
  table.insert(
    0,
    richJsonToYXml([
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'Alle barn skal ha en trygg skolevei innen 2028.' }],
      },
    ]),
  );
  promoteToPlenary(doc, { focusAreaId: 'S1', tableId: 'table-1', tableName: 'Bord 1', at: 1 });
  const plenary = ambitionFragment(doc, 'S1', PLENARY);
  plenary.insert(
    plenary.length,
    richJsonToYXml([
      { type: 'paragraph', content: [{ type: 'text', text: 'Flere møteplasser for eldre.' }] },
    ]),
  );
  setBlockGoals(plenary.get(1) as Y.XmlElement, ['S1-4']);
  for (const u of updates) await t.store.append(contentRoom(id), u, { participantId: null, at: 1 });
  const consent = await t.call<{ id: string }>(
    'POST',
    `/workshops/${id}/consent`,
    { subject: { kind: 'ambition', id: 'S1' }, statement: 'Flere møteplasser for eldre.' },
    f,
  );
  for (const [i, p] of people.entries())
    await t.call(
      'PUT',
      `/workshops/${id}/consent/${consent.body.id}/answer`,
      { value: (i % 3) + 1 },
      p.participantToken,
    );
  await t.call(
    'POST',
    `/workshops/${id}/consent/${consent.body.id}/actions`,
    { action: 'close' },
    f,
  );
  await t.call(
    'POST',
    `/workshops/${id}/consent/${consent.body.id}/actions`,
    { action: 'reveal' },
    f,
  );

  // Planbehov: import the office's list, two rounds.
  await act({ type: 'phase.next' });
  const base = `/workshops/${id}/planbehov`;
  const csv = readFileSync(
    new URL('../planbehov/fixtures/planbehov-fjordvik.csv', import.meta.url),
  );
  await t.app.request(`/api${base}/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${f}`, 'content-type': 'text/csv' },
    body: new Uint8Array(csv),
  });
  const plans = (await t.call<PlanbehovView>('GET', base, undefined, f)).body.plans;
  const arealdel = plans[1]!.id;
  await t.call('POST', `${base}/voting`, { action: 'open' }, f);
  for (const [i, p] of people.entries()) {
    await t.call(
      'PUT',
      `${base}/ballots/${arealdel}`,
      { decision: i < 3 ? 'revise' : 'continue', startYear: 2026, points: 2 },
      p.participantToken,
    );
  }
  await t.call('POST', `${base}/voting`, { action: 'close' }, f);
  await t.call('POST', `${base}/voting`, { action: 'newRound' }, f);
  for (const p of people)
    await t.call(
      'PUT',
      `${base}/ballots/${arealdel}`,
      { decision: 'revise', startYear: 2026, points: 3 },
      p.participantToken,
    );
  await t.call('POST', `${base}/voting`, { action: 'close' }, f);
  await t.call('POST', `${base}/voting`, { action: 'reveal' }, f);

  // Arguments: one question, two positions, a hidden entry, a conflict.
  await act({ type: 'phase.next' });
  const arg = (action: Record<string, unknown>) =>
    t.call('POST', `/workshops/${id}/arguments/actions`, action, f);
  await arg({
    type: 'question.add',
    text: 'Hvor skal den nye skolen ligge?',
    problemType: 'wicked',
  });
  const view = await t.call<{ questions: Array<{ id: string }> }>(
    'GET',
    `/workshops/${id}/arguments`,
    undefined,
    f,
  );
  const questionId = view.body.questions[0]!.id;
  const add = (p: JoinResponse, kind: string, text: string, parentId: string | null = null) =>
    t.call<{ id: string }>(
      'POST',
      `/workshops/${id}/arguments/entries`,
      { questionId, kind, text, parentId },
      p.participantToken,
    );
  const centre = (await add(people[0]!, 'position', 'I sentrum')).body.id;
  const district = (await add(people[3]!, 'position', 'I bydelen')).body.id;
  await add(people[1]!, 'pro', 'Nær kollektivknutepunkt', centre);
  const hidden = (await add(people[2]!, 'con', 'UPASSENDE-TEKST', centre)).body.id;
  await arg({ type: 'entry.hide', entryId: hidden });
  await t.call(
    'PUT',
    `/workshops/${id}/arguments/entries/${centre}/support`,
    { on: true },
    people[4]!.participantToken,
  );
  await arg({
    type: 'conflict.add',
    questionId,
    positionIds: [centre, district],
    description: 'Lokalisering',
  });
  return { w, id, f, people };
}
