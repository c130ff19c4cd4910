import type { EvaluationAnswerInput, EvaluationView } from '@samskap/shared/evaluering';
import { planstrategiTemplate } from '@samskap/shared/templates';
import type {
  CreateWorkshopResponse,
  JoinResponse,
  ParticipantRole,
} from '@samskap/shared/workshop';
import { describe, expect, it } from 'vitest';
import { evaluationTestApp } from './testApp';

type TestApp = ReturnType<typeof evaluationTestApp>;

async function workshop(t: TestApp, roles: ParticipantRole[]) {
  const w = await t.call<CreateWorkshopResponse>(
    'POST',
    '/workshops',
    planstrategiTemplate('nb', 2028),
  );
  const id = w.body.workshop.id;
  const people: JoinResponse[] = [];
  for (const role of roles) {
    people.push(
      (await t.call<JoinResponse>('POST', '/join', { code: w.body.workshop.joinCode, role })).body,
    );
  }
  const base = `/workshops/${id}/evaluering`;
  const f = w.body.facilitatorToken;
  return {
    id,
    f,
    projector: w.body.projectorToken,
    people,
    base,
    act: (action: string) => t.call('POST', `${base}/actions`, { action }, f),
    answer: (p: JoinResponse, a: EvaluationAnswerInput) =>
      t.call('PUT', `${base}/answer`, a, p.participantToken),
    view: async (token = w.body.projectorToken) =>
      (await t.call<EvaluationView>('GET', base, undefined, token)).body,
  };
}

const sevenTimes = (v: number) => [v, v, v, v, v, v, v];

describe('closing evaluation', () => {
  it('[EV1] asks the template’s seven statements, which the facilitator may edit until the form opens', async () => {
    const t = evaluationTestApp();
    const w = await workshop(t, ['folkevalgt']);
    expect((await w.view()).statements).toHaveLength(7);
    expect((await w.view()).edited).toBe(false);
    const put = (statements: unknown, token = w.f) =>
      t.call('PUT', `${w.base}/statements`, { statements }, token);
    expect((await put(['Tydelig formål'], w.people[0]!.participantToken)).status).toBe(403);
    expect((await put([])).body.error?.field).toBe('statements');
    expect((await put(['a\u0000'])).body.error?.code).toBe('invalid_input');
    expect((await put(['Tydelig formål', 'Mer opplæring'])).status).toBe(200);
    expect(await w.view()).toMatchObject({
      statements: ['Tydelig formål', 'Mer opplæring'],
      edited: true,
      status: 'planned',
    });
    await w.act('open');
    expect((await put(['Noe annet'])).body.error?.code).toBe('evaluation_opened');
    expect((await w.view()).statements).toEqual(['Tydelig formål', 'Mer opplæring']);
  });

  it('[EV3][EV5] takes one answer per participant, changeable until close, from participants only, and keeps none after close', async () => {
    const t = evaluationTestApp();
    const w = await workshop(t, ['folkevalgt', 'folkevalgt', 'folkevalgt']);
    const [a, b, c] = w.people as [JoinResponse, JoinResponse, JoinResponse];
    expect((await w.answer(a, { agree: sevenTimes(5), returnOnTime: 5 })).body.error?.code).toBe(
      'evaluation_not_open',
    );
    await w.act('open');
    expect((await w.answer(a, { agree: [5], returnOnTime: 5 })).body.error?.field).toBe('agree');
    expect(
      (await t.call('PUT', `${w.base}/answer`, { agree: sevenTimes(5), returnOnTime: 5 }, w.f))
        .status,
    ).toBe(403);
    await w.answer(a, { agree: sevenTimes(1), returnOnTime: 1, worked: 'Gode samtaler' });
    await w.answer(a, { agree: sevenTimes(5), returnOnTime: 4, worked: 'Gode samtaler' });
    await w.answer(b, { agree: sevenTimes(4), returnOnTime: 4 });
    await w.answer(c, { agree: sevenTimes(4), returnOnTime: 3, change: 'Mer tid ved bordene' });
    const own = await t.call<{ answer: unknown }>(
      'GET',
      `${w.base}/answer`,
      undefined,
      a.participantToken,
    );
    expect(own.body.answer).toMatchObject({ returnOnTime: 4, worked: 'Gode samtaler' });
    expect(await w.view()).toMatchObject({ status: 'open', answered: 3, result: null });
    // Nothing of an answer in storage names its participant, nor when it came.
    const rows = t.db.prepare('SELECT * FROM sealed_evaluation_answers').all() as object[];
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['data', 'role', 'voter_key', 'workshop_id']);
      expect(JSON.stringify(row)).not.toContain(a.participant.id);
    }
    expect((await w.act('reveal')).body.error?.code).toBe('evaluation_not_closed');
    await w.act('close');
    expect(t.db.prepare('SELECT * FROM sealed_evaluation_answers').all()).toEqual([]);
    expect(
      (await t.call<{ answer: unknown }>('GET', `${w.base}/answer`, undefined, a.participantToken))
        .body.answer,
    ).toBeNull();
    expect((await w.answer(b, { agree: sevenTimes(1), returnOnTime: 1 })).body.error?.code).toBe(
      'evaluation_not_open',
    );
    expect((await w.act('open')).body.error?.code).toBe('evaluation_closed');
    expect((await w.view()).result).toBeNull();
    await w.act('reveal');
    const view = await w.view();
    expect(view.result!.all!.statements[0]).toEqual([0, 0, 0, 2, 1]);
    expect(view.result!.all!.returnOnTime).toEqual([0, 0, 1, 2, 0]);
    expect(view.result!.texts).toEqual({
      worked: ['Gode samtaler'],
      change: ['Mer tid ved bordene'],
    });
  });

  it('[EV2] splits by role only where no group, nor "all" minus the shown ones, holds one or two answers', async () => {
    const t = evaluationTestApp();
    const w = await workshop(t, [
      'folkevalgt',
      'folkevalgt',
      'folkevalgt',
      'administrasjon',
      'administrasjon',
      'administrasjon',
      'annen',
    ]);
    await w.act('open');
    for (const [i, p] of w.people.entries()) {
      await w.answer(p, { agree: sevenTimes(1 + (i % 5)), returnOnTime: 3 });
    }
    await w.act('close');
    await w.act('reveal');
    const { result } = await w.view();
    expect(result!.all!.answers).toBe(7);
    // One "annen": alone withheld, and the rest (all minus both shown roles) would be that one,
    // so the smaller shown role is merged away too.
    expect(result!.withheld).toEqual({
      folkevalgt: null,
      administrasjon: 'wouldReveal',
      annen: 'tooFew',
    });
    expect(result!.byRole.folkevalgt!.answers).toBe(3);
    expect(result!.byRole.administrasjon).toBeNull();
    expect(result!.all!.answers - result!.byRole.folkevalgt!.answers).toBeGreaterThanOrEqual(3);
  });

  it('[EV2][EV4] shows nothing, not even free text, where fewer than three answered', async () => {
    const t = evaluationTestApp();
    const w = await workshop(t, ['folkevalgt', 'administrasjon']);
    await w.act('open');
    await w.answer(w.people[0]!, { agree: sevenTimes(2), returnOnTime: 2, worked: 'Hemmelig' });
    await w.answer(w.people[1]!, { agree: sevenTimes(2), returnOnTime: 2 });
    await w.act('close');
    await w.act('reveal');
    const view = await w.view();
    expect(view.answered).toBe(2);
    expect(view.result).toMatchObject({ all: null, texts: null });
    expect(JSON.stringify(view)).not.toContain('Hemmelig');
  });

  it('[EV4] shuffles free text at close: the order does not follow the answers', async () => {
    const t = evaluationTestApp();
    const w = await workshop(
      t,
      Array.from({ length: 12 }, () => 'folkevalgt' as const),
    );
    await w.act('open');
    const texts = w.people.map((_, i) => `Tekst ${String(i).padStart(2, '0')}`);
    for (const [i, p] of w.people.entries()) {
      await w.answer(p, { agree: sevenTimes(3), returnOnTime: 3, worked: texts[i]! });
    }
    await w.act('close');
    await w.act('reveal');
    const shown = (await w.view()).result!.texts!.worked;
    expect([...shown].sort()).toEqual(texts);
    // 12! orders: the chance that a uniform draw gives the answer order or its sort is 2/12!.
    expect(shown).not.toEqual(texts);
  });

  it('[EV3] seals an open form when the workshop ends', async () => {
    const t = evaluationTestApp();
    const w = await workshop(t, ['folkevalgt', 'folkevalgt', 'folkevalgt']);
    await w.act('open');
    for (const p of w.people) await w.answer(p, { agree: sevenTimes(4), returnOnTime: 4 });
    await t.call('POST', `/workshops/${w.id}/actions`, { type: 'workshop.end' }, w.f);
    await expect
      .poll(() => t.db.prepare('SELECT count(*) AS n FROM sealed_evaluation_answers').get())
      .toEqual({ n: 0 });
    expect((await w.view()).status).toBe('closed');
    expect((await w.act('reveal')).body.error?.code).toBe('workshop_ended');
  });

  it('[EV6] compares with an earlier workshop chosen by its console secret, and only by it', async () => {
    const t = evaluationTestApp();
    const before = await workshop(t, ['folkevalgt', 'folkevalgt', 'folkevalgt']);
    await before.act('open');
    for (const p of before.people)
      await before.answer(p, { agree: sevenTimes(2), returnOnTime: 2 });
    const now = await workshop(t, ['folkevalgt', 'folkevalgt', 'folkevalgt']);
    const choose = (body: unknown) => t.call('PUT', `${now.base}/baseline`, body, now.f);
    const byLink = { kind: 'workshop', workshopId: before.id, facilitatorToken: before.f };
    expect((await choose(byLink)).body.error?.code).toBe('baseline_without_result');
    await before.act('close');
    // Closed but not shown in its own room: not a result to compare with yet.
    expect((await choose(byLink)).body.error?.code).toBe('baseline_without_result');
    await before.act('reveal');
    expect((await choose({ ...byLink, facilitatorToken: before.projector })).body.error?.code).toBe(
      'baseline_forbidden',
    );
    expect((await choose({ ...byLink, facilitatorToken: now.f })).body.error?.code).toBe(
      'baseline_forbidden',
    );
    expect(
      (await choose({ kind: 'workshop', workshopId: now.id, facilitatorToken: now.f })).body.error
        ?.code,
    ).toBe('baseline_same_workshop');
    expect(
      (await t.call('PUT', `${now.base}/baseline`, byLink, now.people[0]!.participantToken)).status,
    ).toBe(403);
    expect((await choose(byLink)).status).toBe(200);
    await now.act('open');
    for (const p of now.people) await now.answer(p, { agree: sevenTimes(4), returnOnTime: 5 });
    await now.act('close');
    expect((await now.view()).comparison).toBeNull();
    await now.act('reveal');
    const view = await now.view();
    expect(view.baseline).toMatchObject({ source: 'workshop' });
    expect(view.comparison!.statements[0]).toMatchObject({ mean: 4, baselineMean: 2, change: 2 });
    expect(view.comparison!.returnOnTime.change).toBe(3);
  });

  it('[EV6] takes a baseline from an export file only where it holds a shown result that adds up', async () => {
    const t = evaluationTestApp();
    const w = await workshop(t, ['folkevalgt']);
    const form = {
      statements: ['Tydelig formål'],
      status: 'closed' as const,
      revealed: true,
      answered: 3,
      all: { answers: 3, statements: [[0, 0, 3, 0, 0]], returnOnTime: [0, 0, 0, 3, 0] },
      texts: null,
    };
    const file = (f: unknown) => ({
      kind: 'file',
      title: 'Kommunestyreseminar',
      date: '2022-04-29',
      evaluation: { statements: null, form: f, baseline: null },
    });
    const choose = (body: unknown) => t.call('PUT', `${w.base}/baseline`, body, w.f);
    expect((await choose(file(null))).body.error?.code).toBe('baseline_without_result');
    expect(
      (await choose(file({ ...form, all: { ...form.all, answers: 2 } }))).body.error?.code,
    ).toBe('baseline_without_result');
    expect(
      (await choose(file({ ...form, all: { ...form.all, statements: [[0, 0, 2, 0, 0]] } }))).body
        .error?.code,
    ).toBe('baseline_invalid');
    expect((await choose(file(form))).status).toBe(200);
    expect((await w.view()).baseline).toEqual({
      source: 'file',
      title: 'Kommunestyreseminar',
      date: '2022-04-29',
    });
    await choose({ kind: 'none' });
    expect((await w.view()).baseline).toBeNull();
  });

  it('refuses answers while input is locked', async () => {
    const t = evaluationTestApp();
    const w = await workshop(t, ['folkevalgt']);
    await w.act('open');
    await t.call('POST', `/workshops/${w.id}/actions`, { type: 'input.lock' }, w.f);
    expect(
      (await w.answer(w.people[0]!, { agree: sevenTimes(3), returnOnTime: 3 })).body.error?.code,
    ).toBe('input_locked');
  });
});
