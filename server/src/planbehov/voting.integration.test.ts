import type { BallotDecision, PlanbehovView } from '@samskap/shared/planbehov';
import type { JoinResponse } from '@samskap/shared/workshop';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from '../testing/spawnServer';
import {
  api,
  createTestWorkshop,
  joinTestWorkshop,
  listenLive,
  type LiveListener,
} from '../testing/workshops';

let server: SpawnedServer;

beforeAll(async () => {
  server = await spawnServer();
});

afterAll(async () => {
  await server.stop();
  server.cleanup();
});

const DECISIONS: BallotDecision[] = ['continue', 'revise', 'new', 'drop', 'unsure'];

describe('60 participants voting at once', () => {
  it('counts each ballot exactly once, and nobody receives anyone else’s ballot', async () => {
    const w = await createTestWorkshop(server.url, (s) => ({
      ...s,
      period: { start: 2025, end: 2028 },
    }));
    const base = `/workshops/${w.id}/planbehov`;
    const csv = readFileSync(new URL('./fixtures/planbehov-fjordvik.csv', import.meta.url));
    const imported = await fetch(`${server.url}/api${base}/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${w.facilitatorToken}`, 'content-type': 'text/csv' },
      body: csv,
    });
    expect(imported.status).toBe(200);

    const people: JoinResponse[] = [];
    for (let i = 0; i < 60; i++) {
      people.push(
        await joinTestWorkshop(server.url, {
          code: w.joinCode,
          role: i % 3 === 0 ? 'administrasjon' : 'folkevalgt',
        }),
      );
    }
    const listeners: LiveListener[] = people.map((p) =>
      listenLive(server.url, w.id, p.participantToken),
    );
    const facilitator = listenLive(server.url, w.id, w.facilitatorToken);
    try {
      await facilitator.until((s) => s.attendance.connected === 60, 'all 60 tablets connected');
      await api(server.url, 'POST', `${base}/voting`, { action: 'open' }, w.facilitatorToken);
      const view = (
        await api<PlanbehovView>(server.url, 'GET', base, undefined, w.facilitatorToken)
      ).body;
      const planId = view.plans[0]!.id;

      // Everyone at once, and everyone changes their mind once, concurrently with the first.
      const decisionOf = (i: number) => DECISIONS[i % DECISIONS.length]!;
      const put = (p: JoinResponse, i: number, decision: BallotDecision) =>
        api(
          server.url,
          'PUT',
          `${base}/ballots/${planId}`,
          { decision, points: 1, comment: `marker-${p.participant.id}` },
          p.participantToken,
        );
      const results = await Promise.all(
        people.flatMap((p, i) => [put(p, i, 'unsure'), put(p, i, decisionOf(i))]),
      );
      expect(results.every((r) => r.status === 200)).toBe(true);
      // The last write per participant wins; make sure it is the decision we expect.
      await Promise.all(people.map((p, i) => put(p, i, decisionOf(i))));

      await facilitator.until((s) => s.planbehov.turnout.voted === 60, 'turnout 60 of 60');
      await api(server.url, 'POST', `${base}/voting`, { action: 'close' }, w.facilitatorToken);
      await api(server.url, 'POST', `${base}/voting`, { action: 'reveal' }, w.facilitatorToken);
      const revealed = await listeners[0]!.until(
        (s) => s.planbehov.results !== null,
        'results reach a tablet',
      );
      const tally = revealed.planbehov.results!.plans.find((r) => r.planId === planId)!;
      expect(tally.all?.ballots).toBe(60);
      expect(tally.all?.points).toBe(60);
      expect(tally.all?.decisions).toEqual({
        continue: 12,
        revise: 12,
        new: 12,
        drop: 12,
        unsure: 12,
      });

      people.forEach((p, i) => {
        const wire = JSON.stringify(listeners[i]!.messages);
        for (const other of people) {
          if (other === p) continue;
          expect(wire).not.toContain(other.participant.id);
        }
        expect(wire).not.toContain('marker-');
      });
    } finally {
      for (const l of listeners) l.close();
      facilitator.close();
    }
  });
});
