import type { ConsentCheck } from '@samskap/shared/consent';
import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse, JoinResponse } from '@samskap/shared/workshop';
import { describe, expect, it } from 'vitest';
import { inProcessApp } from '../testing/inProcessApp';

describe('consent checks', () => {
  it('[D1][D7] take one answer per participant, hidden until revealed, and never split so that "all" minus a role isolates an answer', async () => {
    const t = inProcessApp();
    const w = await t.call<CreateWorkshopResponse>(
      'POST',
      '/workshops',
      planstrategiTemplate('nb', 2028),
    );
    const id = w.body.workshop.id;
    const f = w.body.facilitatorToken;
    const base = `/workshops/${id}/consent`;
    const people: JoinResponse[] = [];
    for (const role of ['folkevalgt', 'folkevalgt', 'folkevalgt', 'administrasjon'] as const) {
      people.push(
        (await t.call<JoinResponse>('POST', '/join', { code: w.body.workshop.joinCode, role }))
          .body,
      );
    }
    const created = await t.call<{ id: string }>(
      'POST',
      base,
      { subject: { kind: 'ambition', id: 'S1' }, statement: 'Alle barn får en trygg oppvekst' },
      f,
    );
    const checkId = created.body.id;
    const answer = (p: JoinResponse, value: number) =>
      t.call('PUT', `${base}/${checkId}/answer`, { value }, p.participantToken);
    await answer(people[0]!, 5);
    await answer(people[0]!, 1);
    await answer(people[1]!, 2);
    await answer(people[2]!, 3);
    await answer(people[3]!, 4);
    expect((await answer(people[3]!, 6)).body.error?.field).toBe('value');
    expect(
      (await t.call('PUT', `${base}/${checkId}/answer`, { value: 1 }, w.body.projectorToken))
        .status,
    ).toBe(403);
    const list = async () =>
      (await t.call<{ checks: ConsentCheck[] }>('GET', base, undefined, w.body.projectorToken)).body
        .checks;
    expect((await list())[0]).toMatchObject({ answered: 4, result: null });
    expect(
      (await t.call(`POST`, `${base}/${checkId}/actions`, { action: 'reveal' }, f)).body.error
        ?.code,
    ).toBe('check_not_closed');
    const own = async () =>
      (
        await t.call<{ answers: Record<string, number> }>(
          'GET',
          `${base}/answers`,
          undefined,
          people[0]!.participantToken,
        )
      ).body.answers;
    expect(await own()).toEqual({ [checkId]: 1 });
    await t.call('POST', `${base}/${checkId}/actions`, { action: 'close' }, f);
    // Closed: the answers are tallied and gone; not even their author can find theirs.
    expect(await own()).toEqual({});
    expect((await answer(people[1]!, 1)).body.error?.code).toBe('check_closed');
    await t.call('POST', `${base}/${checkId}/actions`, { action: 'reveal' }, f);
    const [check] = await list();
    expect(check!.result!.all).toEqual({ answers: 4, counts: [1, 1, 1, 1, 0] });
    // Three elected members and one administrator: "all" minus the elected members' split would
    // be the administrator's answer, so that split is merged away.
    expect(check!.result!.byRole.folkevalgt).toBeNull();
    expect(check!.result!.byRole.administrasjon).toBeNull();
    expect(check!.result!.withheld).toEqual({
      folkevalgt: 'wouldReveal',
      administrasjon: 'tooFew',
      annen: null,
    });
  });
});
