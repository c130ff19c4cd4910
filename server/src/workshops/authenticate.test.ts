import { planstrategiTemplate } from '@samskap/shared/templates';
import type { CreateWorkshopResponse, JoinResponse } from '@samskap/shared/workshop';
import { describe, expect, it } from 'vitest';
import { inProcessApp } from '../testing/inProcessApp';

describe('authenticate', () => {
  it('[X4] answers the principal, or why the token opens nothing, and never throws', async () => {
    const t = inProcessApp();
    const w = await t.call<CreateWorkshopResponse>(
      'POST',
      '/workshops',
      planstrategiTemplate('nb', 2025),
    );
    const { workshop, facilitatorToken } = w.body;
    const joined = await t.call<JoinResponse>('POST', '/join', {
      code: workshop.joinCode,
      role: 'folkevalgt',
    });
    const { participantToken, participant } = joined.body;

    await expect(t.workshops.authenticate(facilitatorToken)).resolves.toEqual({
      ok: true,
      principal: { capability: 'facilitator', workshopId: workshop.id },
    });
    await expect(t.workshops.authenticate(participantToken)).resolves.toMatchObject({
      ok: true,
      principal: { capability: 'participant', participant: { id: participant.id } },
    });
    await expect(t.workshops.authenticate('x'.repeat(43))).resolves.toEqual({
      ok: false,
      refusal: 'unknown_token',
    });

    const removed = await t.call(
      'POST',
      `/workshops/${workshop.id}/actions`,
      { type: 'participant.remove', participantId: participant.id },
      facilitatorToken,
    );
    expect(removed.status).toBe(200);
    await expect(t.workshops.authenticate(participantToken)).resolves.toEqual({
      ok: false,
      refusal: 'participant_removed',
    });
    // The API answers the removal in words of its own, as before.
    const refused = await t.call(
      'GET',
      `/workshops/${workshop.id}/planbehov`,
      undefined,
      participantToken,
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe('participant_removed');
  });
});
