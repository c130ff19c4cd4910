import type { RundebordView } from '@samskap/shared/rundebord';
import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse, JoinResponse } from '@samskap/shared/workshop';
import { beforeEach, describe, expect, it } from 'vitest';
import { inProcessApp } from '../testing/inProcessApp';
import { exportChecksum } from '../transfer/exporter';
import type { WorkshopExport } from '../transfer/format';

let t: ReturnType<typeof inProcessApp>;
let id: string;
let f: string;
let projector: string;
/** Ada and Bo at table 1, Cy at table 2. */
let ada: string;
let bo: string;
let cy: string;
let adaId: string;

const base = () => `/workshops/${id}/rundebord`;
const table = (token: string, action: Record<string, unknown>) =>
  t.call<{ id: string | null }>('POST', `${base()}/table`, action, token);
const act = (action: Record<string, unknown>, token = f) =>
  t.call('POST', `${base()}/actions`, action, token);
const view = async (token: string) =>
  (await t.call<RundebordView>('GET', base(), undefined, token)).body;
const add = async (token: string, text: string) =>
  (await table(token, { type: 'card.add', text })).body.id!;

beforeEach(async () => {
  t = inProcessApp();
  const w = await t.call<CreateWorkshopResponse>('POST', '/workshops', {
    ...planstrategiTemplate('nb', 2028),
    showNames: true,
  });
  id = w.body.workshop.id;
  f = w.body.facilitatorToken;
  projector = w.body.projectorToken;
  const join = async (displayName: string, tableId: string) =>
    (
      await t.call<JoinResponse>('POST', '/join', {
        code: w.body.workshop.joinCode,
        role: 'folkevalgt',
        displayName,
        tableId,
      })
    ).body;
  const a = await join('Ada', 'table-1');
  ada = a.participantToken;
  adaId = a.participant.id;
  bo = (await join('Bo', 'table-1')).participantToken;
  cy = (await join('Cy', 'table-2')).participantToken;
});

describe('the round table', () => {
  it('asks the template’s question until the facilitator sets one, for all or one table', async () => {
    expect((await view(ada)).tables[0]!.question).toMatch(/tidligere politisk involvering/);
    await act({ type: 'question.set', text: 'Hva trenger dere for å delta?' });
    await act({ type: 'tableQuestion.set', tableId: 'table-2', text: 'Hva hindrer dere?' });
    await act({ type: 'handout.set', text: 'Oppdrag 1\nOppdrag 2' });
    const v = await view(cy);
    expect(v.tables.find((x) => x.tableId === 'table-1')!.question).toBe(
      'Hva trenger dere for å delta?',
    );
    expect(v.tables.find((x) => x.tableId === 'table-2')!.question).toBe('Hva hindrer dere?');
    expect(v.handout).toBe('Oppdrag 1\nOppdrag 2');
    const bad = await act({ type: 'tableQuestion.set', tableId: 'nope', text: 'x' });
    expect([bad.status, bad.body.error?.code]).toEqual([404, 'unknown_table']);
  });

  it('[RT1] refuses a card over 280 characters and changes nothing', async () => {
    const res = await table(ada, { type: 'card.add', text: 'x'.repeat(281) });
    expect(res.status).toBe(400);
    expect((await view(ada)).cards).toEqual([]);
  });

  it('[RT2] a table sees and writes only its own cards; only the author edits or withdraws', async () => {
    const card = await add(ada, 'Tidlige arbeidsmøter');
    await add(cy, 'Egen kanal for oppdrag');
    expect((await view(bo)).cards.map((c) => c.text)).toEqual(['Tidlige arbeidsmøter']);
    expect((await view(cy)).cards.map((c) => c.text)).toEqual(['Egen kanal for oppdrag']);
    expect((await view(f)).cards).toHaveLength(2);

    const byBo = await table(bo, { type: 'card.edit', cardId: card, text: 'Endret' });
    expect([byBo.status, byBo.body.error?.code]).toEqual([403, 'not_your_card']);
    const byCy = await table(cy, { type: 'card.withdraw', cardId: card });
    expect([byCy.status, byCy.body.error?.code]).toEqual([404, 'card_not_found']);
    const topByCy = await table(cy, { type: 'card.top', cardId: card, on: true });
    expect(topByCy.body.error?.code).toBe('card_not_found');

    await table(ada, { type: 'card.edit', cardId: card, text: 'Arbeidsmøter i mars' });
    expect((await view(bo)).cards[0]!.text).toBe('Arbeidsmøter i mars');
    await table(ada, { type: 'card.withdraw', cardId: card });
    expect((await view(bo)).cards).toEqual([]);
    expect((await view(f)).cards).toHaveLength(1);
  });

  it('[RT2] facilitators and projectors cannot write cards; locks, pauses and an ended workshop refuse', async () => {
    expect((await table(f, { type: 'card.add', text: 'x' })).status).toBe(403);
    expect((await table(projector, { type: 'card.add', text: 'x' })).status).toBe(403);
    expect((await act({ type: 'input.pause', paused: true }, ada)).status).toBe(403);

    await act({ type: 'input.pause', paused: true });
    expect((await table(ada, { type: 'card.add', text: 'x' })).body.error?.code).toBe(
      'input_paused',
    );
    await act({ type: 'input.pause', paused: false });
    await t.call('POST', `/workshops/${id}/actions`, { type: 'input.lock' }, f);
    expect((await table(ada, { type: 'card.add', text: 'x' })).body.error?.code).toBe(
      'input_locked',
    );
    await t.call('POST', `/workshops/${id}/actions`, { type: 'input.unlock' }, f);
    await t.call('POST', `/workshops/${id}/actions`, { type: 'workshop.end' }, f);
    expect((await table(ada, { type: 'card.add', text: 'x' })).body.error?.code).toBe(
      'workshop_ended',
    );
  });

  it('[RT3] a table marks at most three top cards together, any member marking', async () => {
    const cards = [];
    for (const text of ['a', 'b', 'c', 'd']) cards.push(await add(ada, text));
    await table(ada, { type: 'card.top', cardId: cards[0], on: true });
    await table(bo, { type: 'card.top', cardId: cards[1], on: true });
    await table(bo, { type: 'card.top', cardId: cards[2], on: true });
    const fourth = await table(ada, { type: 'card.top', cardId: cards[3], on: true });
    expect([fourth.status, fourth.body.error?.code]).toEqual([409, 'top_three_full']);
    await table(ada, { type: 'card.top', cardId: cards[1], on: false });
    expect((await table(ada, { type: 'card.top', cardId: cards[3], on: true })).status).toBe(200);
    expect((await view(bo)).cards.filter((c) => c.top).map((c) => c.text)).toEqual(['a', 'c', 'd']);
  });

  it('[RT4] the table sees who marked a card; the room does not', async () => {
    const card = await add(ada, 'a');
    await table(bo, { type: 'card.top', cardId: card, on: true });
    expect((await view(ada)).cards[0]!.topMarkedBy).toEqual({ name: 'Bo', role: 'folkevalgt' });
    await act({ type: 'report.show', tableId: 'table-1' });
    for (const token of [f, projector]) {
      const c = (await view(token)).cards[0]!;
      expect([c.top, c.topMarkedBy]).toEqual([true, null]);
    }
  });

  it('[RT5] a hidden card reaches no screen: not its text, not in a top three, not in a theme', async () => {
    const card = await add(ada, 'Noe sårende');
    await table(ada, { type: 'card.top', cardId: card, on: true });
    await act({ type: 'theme.add', name: 'Møter' });
    const themeId = (await view(f)).themes[0]!.id;
    await act({ type: 'card.theme', cardId: card, themeId });
    await act({ type: 'report.show', tableId: 'table-1' });
    await act({ type: 'card.hide', cardId: card, hidden: true });
    for (const token of [ada, bo, cy, projector]) {
      const v = await view(token);
      expect(JSON.stringify(v)).not.toContain('Noe sårende');
      expect(v.cards).toEqual([]);
    }
    const fv = await view(f);
    expect(fv.cards[0]).toMatchObject({ hidden: true, text: null, top: false, themeId: null });
    expect(fv.themes[0]!.cardIds).toEqual([]);
    expect((await table(ada, { type: 'card.edit', cardId: card, text: 'x' })).status).toBe(404);
  });

  it('[RT6] themes group cards across tables and keep each card’s table of origin', async () => {
    const a = await add(ada, 'a');
    const c = await add(cy, 'c');
    await act({ type: 'theme.add', name: 'Tidlig inn' });
    const themeId = (await view(f)).themes[0]!.id;
    await act({ type: 'card.theme', cardId: c, themeId });
    await act({ type: 'card.theme', cardId: a, themeId });
    await act({ type: 'theme.rename', themeId, name: 'Tidligere involvering' });
    const v = await view(projector);
    expect(v.themes[0]).toMatchObject({
      name: 'Tidligere involvering',
      cardIds: [a, c],
      tableIds: ['table-1', 'table-2'],
    });
    expect(v.cards.map((x) => [x.text, x.tableId])).toEqual([
      ['a', 'table-1'],
      ['c', 'table-2'],
    ]);
  });

  it('[RT7] priority points stay within the budget, checked by the server', async () => {
    await act({ type: 'theme.add', name: 'A' });
    await act({ type: 'theme.add', name: 'B' });
    const [x, y] = (await view(f)).themes.map((th) => th.id);
    expect((await table(ada, { type: 'points.cast', points: { [x!]: 1 } })).body.error?.code).toBe(
      'points_closed',
    );
    await act({ type: 'points.open', budget: 5 });
    const over = await table(ada, { type: 'points.cast', points: { [x!]: 3, [y!]: 3 } });
    expect([over.status, over.body.error?.code]).toEqual([409, 'over_budget']);
    expect((await view(ada)).points.mine).toEqual({});
    const ghost = await table(ada, { type: 'points.cast', points: { nope: 1 } });
    expect(ghost.body.error?.code).toBe('theme_not_found');
    expect((await table(ada, { type: 'points.cast', points: { [x!]: 3, [y!]: 2 } })).status).toBe(
      200,
    );
    expect((await view(ada)).points.mine).toEqual({ [x!]: 3, [y!]: 2 });
  });

  it('[RT8] theme totals show once revealed and only from three voters; no ballot leaves', async () => {
    await act({ type: 'theme.add', name: 'A' });
    const x = (await view(f)).themes[0]!.id;
    await act({ type: 'points.open', budget: 5 });
    await table(ada, { type: 'points.cast', points: { [x]: 5 } });
    await table(bo, { type: 'points.cast', points: { [x]: 2 } });
    await act({ type: 'points.reveal', revealed: true });
    let v = await view(projector);
    expect([v.themes[0]!.points, v.points.withheld, v.points.voters]).toEqual([null, 'too_few', 2]);
    expect(v.points.mine).toEqual({});
    await table(cy, { type: 'points.cast', points: { [x]: 1 } });
    v = await view(projector);
    expect([v.themes[0]!.points, v.points.withheld]).toEqual([8, null]);
    expect((await view(bo)).points.mine).toEqual({ [x]: 2 });
  });

  it('an optional secretary alone writes the table’s summary line', async () => {
    await table(bo, { type: 'summary.set', text: 'Bo skrev' });
    expect((await view(ada)).tables[0]!.summary).toBe('Bo skrev');
    const wrongTable = await act({
      type: 'secretary.set',
      tableId: 'table-2',
      participantId: adaId,
    });
    expect(wrongTable.body.error?.code).toBe('participant_not_found');
    await act({ type: 'secretary.set', tableId: 'table-1', participantId: adaId });
    const refused = await table(bo, { type: 'summary.set', text: 'Bo igjen' });
    expect([refused.status, refused.body.error?.code]).toEqual([403, 'not_secretary']);
    await table(ada, { type: 'summary.set', text: 'Ada skrev' });
    expect((await view(projector)).tables[0]).toMatchObject({
      summary: 'Ada skrev',
      secretaryId: adaId,
    });
  });

  it('report-back steps through tables with a talking timer and the floor', async () => {
    expect((await act({ type: 'report.timer', running: true })).body.error?.code).toBe(
      'no_table_reporting',
    );
    await act({ type: 'report.show', tableId: 'table-2' });
    await act({ type: 'report.timer', running: true });
    await act({ type: 'floor.give', tableId: 'table-2' });
    const v = await view(ada);
    expect(v.report.tableId).toBe('table-2');
    expect(v.report.runningSince).not.toBeNull();
    expect(v.floorTableId).toBe('table-2');
    await act({ type: 'report.show', tableId: 'table-1' });
    expect((await view(ada)).report.runningSince).toBeNull();
  });

  it('an import whose card names a table the workshop does not have is refused, naming it', async () => {
    await add(ada, 'Tidlige arbeidsmøter');
    const exported = (await t.call('GET', `/workshops/${id}/export`, undefined, f))
      .body as unknown as WorkshopExport;
    const importWith = async (change: (x: WorkshopExport) => void) => {
      const copy = structuredClone(exported);
      change(copy);
      const { checksum: _old, ...body } = copy;
      const res = await t.app.request('/api/workshops/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...body, checksum: exportChecksum(body) }),
      });
      return { status: res.status, text: await res.text() };
    };
    const forged = await importWith((x) => {
      x.rundebord!.cards[0]!.tableId = 'table-99';
    });
    expect(forged.status).toBe(400);
    expect(forged.text).toContain('table-99');
    expect((await importWith(() => undefined)).status).toBe(201);
  });
});
