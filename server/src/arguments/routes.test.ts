import type { ArgumentsView } from '@samskap/shared/arguments';
import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse, JoinResponse } from '@samskap/shared/workshop';
import { beforeEach, describe, expect, it } from 'vitest';
import { inProcessApp } from '../testing/inProcessApp';

let t: ReturnType<typeof inProcessApp>;
let base: string;
let id: string;
let f: string;
let projector: string;
let people: JoinResponse[];
let questionId: string;

beforeEach(async () => {
  t = inProcessApp();
  const w = await t.call<CreateWorkshopResponse>(
    'POST',
    '/workshops',
    planstrategiTemplate('nb', 2028),
  );
  id = w.body.workshop.id;
  f = w.body.facilitatorToken;
  projector = w.body.projectorToken;
  base = `/workshops/${id}/arguments`;
  people = [];
  for (const role of ['folkevalgt', 'folkevalgt', 'administrasjon'] as const) {
    people.push(
      (
        await t.call<JoinResponse>('POST', '/join', {
          code: w.body.workshop.joinCode,
          role,
          tableId: 'table-1',
        })
      ).body,
    );
  }
  await act({
    type: 'question.add',
    text: 'Skal vi bygge ny skole i sentrum?',
    problemType: 'complex',
  });
  questionId = (await view(f)).questions[0]!.id;
});

const act = (action: Record<string, unknown>) => t.call('POST', `${base}/actions`, action, f);
const view = async (token: string) =>
  (await t.call<ArgumentsView>('GET', base, undefined, token)).body;
const add = (token: string, kind: string, text: string, parentId: string | null = null) =>
  t.call<{ id: string }>('POST', `${base}/entries`, { questionId, kind, parentId, text }, token);
const support = (token: string, entryId: string, on = true) =>
  t.call('PUT', `${base}/entries/${entryId}/support`, { on }, token);

describe('the argument map', () => {
  it('starts with discussion norms in the workshop’s language, which the facilitator can edit', async () => {
    expect((await view(projector)).norms).toContain('Alle har lik stemme');
    await act({ type: 'norms.set', norms: ['Vi lytter for å forstå'] });
    expect((await view(people[0]!.participantToken)).norms).toEqual(['Vi lytter for å forstå']);
  });

  it('takes positions with pros, cons and consequences, showing the author’s role and not their name', async () => {
    const pos = await add(people[0]!.participantToken, 'position', 'Ja, i sentrum');
    await add(people[1]!.participantToken, 'pro', 'Kort vei for de fleste', pos.body.id);
    await add(people[2]!.participantToken, 'con', 'Dyre tomter', pos.body.id);
    const bad = await add(people[2]!.participantToken, 'pro', 'Uten posisjon');
    expect(bad.body.error?.field).toBe('parentId');
    const v = await view(projector);
    expect(v.entries.map((e) => [e.kind, e.authorRole, e.authorName])).toEqual([
      ['position', 'folkevalgt', null],
      ['pro', 'folkevalgt', null],
      ['con', 'administrasjon', null],
    ]);
  });

  it('counts a support once per participant, never one’s own', async () => {
    const pos = (await add(people[0]!.participantToken, 'position', 'Ja')).body.id;
    await support(people[1]!.participantToken, pos);
    await support(people[1]!.participantToken, pos);
    await support(people[2]!.participantToken, pos);
    expect((await support(people[0]!.participantToken, pos)).body.error?.code).toBe('own_entry');
    const mine = (await view(people[1]!.participantToken)).entries[0]!;
    expect(mine).toMatchObject({ supports: 2, supportedByMe: true, mine: false });
    await support(people[1]!.participantToken, pos, false);
    expect((await view(projector)).entries[0]!.supports).toBe(1);
  });

  it('merges duplicates keeping supports without counting anyone twice', async () => {
    const a = (await add(people[0]!.participantToken, 'position', 'Bygg i sentrum')).body.id;
    const b = (await add(people[1]!.participantToken, 'position', 'Skolen bør ligge sentralt')).body
      .id;
    const pro = (await add(people[2]!.participantToken, 'pro', 'Nær kollektivtrafikk', b)).body.id;
    await support(people[2]!.participantToken, a);
    await support(people[2]!.participantToken, b);
    await support(people[0]!.participantToken, b);
    await act({ type: 'entry.merge', entryId: b, intoId: a });
    const v = await view(projector);
    const merged = v.entries.find((e) => e.id === a)!;
    // p2 supported both (once), p1 wrote the duplicate (agrees), p0 wrote the original (not a support).
    expect(merged.supports).toBe(2);
    expect(merged.mergedCount).toBe(1);
    expect(v.entries.some((e) => e.id === b)).toBe(false);
    expect(v.entries.find((e) => e.id === pro)!.parentId).toBe(a);
  });

  it('shows a hidden entry’s text on no screen, and lets the facilitator bring it back', async () => {
    const e = (await add(people[0]!.participantToken, 'position', 'Noe upassende om en person'))
      .body.id;
    await act({ type: 'entry.hide', entryId: e });
    for (const token of [projector, people[0]!.participantToken, people[1]!.participantToken, f]) {
      expect(JSON.stringify(await view(token))).not.toContain('upassende');
    }
    expect((await view(f)).entries[0]).toMatchObject({ status: 'hidden', text: null });
    expect((await view(projector)).entries).toEqual([]);
    await act({ type: 'entry.unhide', entryId: e });
    expect((await view(projector)).entries[0]!.text).toBe('Noe upassende om en person');
  });

  it('takes what hangs under a hidden position off every screen but the console', async () => {
    const pos = (await add(people[0]!.participantToken, 'position', 'Posisjon')).body.id;
    await add(people[1]!.participantToken, 'pro', 'UNDER-SKJULT', pos);
    await act({ type: 'entry.hide', entryId: pos });
    for (const token of [projector, people[2]!.participantToken]) {
      expect(JSON.stringify(await view(token))).not.toContain('UNDER-SKJULT');
    }
    expect(JSON.stringify(await view(f))).toContain('UNDER-SKJULT');
  });

  it('in controlled mode sends new entries to the facilitator first', async () => {
    await act({ type: 'controlled.set', controlled: true });
    const e = (await add(people[0]!.participantToken, 'position', 'Vent på godkjenning')).body.id;
    expect((await view(projector)).entries).toEqual([]);
    expect((await view(people[1]!.participantToken)).entries).toEqual([]);
    expect((await view(people[0]!.participantToken)).entries[0]).toMatchObject({
      status: 'pending',
      mine: true,
    });
    await act({ type: 'entry.approve', entryId: e });
    expect((await view(projector)).entries[0]!.status).toBe('visible');
  });

  it('pauses input, gives the floor to one table, and respects the workshop lock', async () => {
    await act({ type: 'input.pause', paused: true });
    expect((await add(people[0]!.participantToken, 'position', 'x')).body.error?.code).toBe(
      'input_paused',
    );
    await act({ type: 'input.pause', paused: false });
    await act({ type: 'floor.give', tableId: 'table-2' });
    expect((await add(people[0]!.participantToken, 'position', 'x')).body.error?.code).toBe(
      'floor_elsewhere',
    );
    await act({ type: 'floor.give', tableId: null });
    const before = (await add(people[0]!.participantToken, 'position', 'Før låsen')).body.id;
    await t.call('POST', `/workshops/${id}/actions`, { type: 'input.lock' }, f);
    expect((await add(people[0]!.participantToken, 'position', 'x')).body.error?.code).toBe(
      'input_locked',
    );
    // A support is input too: refused while locked, and nothing counted.
    expect((await support(people[1]!.participantToken, before)).body.error?.code).toBe(
      'input_locked',
    );
    expect((await view(projector)).entries.find((e) => e.id === before)?.supports).toBe(0);
  });

  it('keeps a conflict register with how each conflict is handled', async () => {
    const a = (await add(people[0]!.participantToken, 'position', 'Sentrum')).body.id;
    const b = (await add(people[2]!.participantToken, 'position', 'Bydelen')).body.id;
    await act({
      type: 'conflict.add',
      questionId,
      positionIds: [a, b],
      description: 'Lokalisering',
    });
    const c = (await view(f)).conflicts[0]!;
    await act({
      type: 'conflict.update',
      conflictId: c.id,
      handling: 'more_knowledge',
      status: 'in_progress',
      note: 'Trenger tomteanalyse',
    });
    expect((await view(projector)).conflicts[0]).toMatchObject({
      handling: 'more_knowledge',
      status: 'in_progress',
    });
    const bad = await act({
      type: 'conflict.add',
      questionId,
      positionIds: [a, a],
      description: 'x',
    });
    expect(bad.body.error?.field).toBe('positionIds');
  });

  it('lets only the facilitator change the map, and no one add to a question that is not there', async () => {
    expect(
      (
        await t.call(
          'POST',
          `${base}/actions`,
          { type: 'input.pause', paused: true },
          people[0]!.participantToken,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await t.call(
          'POST',
          `${base}/entries`,
          { questionId, kind: 'position', text: 'x' },
          projector,
        )
      ).status,
    ).toBe(403);
    const res = await t.call(
      'POST',
      `${base}/entries`,
      { questionId: 'nope', kind: 'position', text: 'x' },
      people[0]!.participantToken,
    );
    expect(res.body.error?.code).toBe('question_not_found');
  });

  it('converges under concurrent adds and merges from several clients', async () => {
    const adds = await Promise.all(
      people.flatMap((p, i) =>
        Array.from({ length: 10 }, (_, j) => add(p.participantToken, 'position', `P${i}-${j}`)),
      ),
    );
    const ids = adds.map((r) => r.body.id);
    await Promise.all([
      act({ type: 'entry.merge', entryId: ids[1], intoId: ids[0] }),
      act({ type: 'entry.merge', entryId: ids[2], intoId: ids[0] }),
      ...ids.slice(10, 20).map((e) => support(people[0]!.participantToken, e)),
    ]);
    const views = await Promise.all([view(f), view(projector), view(people[0]!.participantToken)]);
    const shape = (v: ArgumentsView) => v.entries.map((e) => [e.id, e.supports, e.mergedCount]);
    expect(shape(views[1])).toEqual(shape(views[0]));
    expect(shape(views[2])).toEqual(shape(views[0]));
    expect(views[0].entries).toHaveLength(28);
    expect(views[0].entries.find((e) => e.id === ids[0])!.mergedCount).toBe(2);
  });
});
