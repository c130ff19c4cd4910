import type { PlanbehovView } from '@samskap/shared/planbehov';
import { websocketProtocols, type LiveMessage, type LiveState } from '@samskap/shared/workshop';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { now } from '../client';
import { summarizeList } from '../histogram';
import { callApi, inBatches } from '../samskapAccess';
import { isOurs, serverLoopDelay, type Target } from '../targets';
import { sleep, type Figures } from './common';

const fixture = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'server',
  'src',
  'planbehov',
  'fixtures',
  'planbehov-fjordvik.csv',
);

export interface VoteLoad {
  voters: number;
  /** The ballots are spread evenly over this many ms. */
  spreadMs: number;
}

export const FULL_VOTES: VoteLoad = { voters: 200, spreadMs: 1000 };
/** What the references get: ballots are authoritative server state, which they do not have. */
export const VOTES_NOT_APPLICABLE: Figures = {
  'vote burst': 'not applicable: no server-side ballots (a CRDT lets any client forge a tally)',
};

export const SMOKE_VOTES: VoteLoad = { voters: 30, spreadMs: 300 };

/** The projector's live channel: the latest state and when each arrived. */
function openProjector(target: Target, workshopId: string, token: string) {
  // With several instances the projector listens on the last one and ballots go to all in turn:
  // the tally reaches it through the fan-out.
  const ws = new WebSocket(
    `${target.instances.at(-1)!.httpUrl.replace('http', 'ws')}/live/${workshopId}`,
    websocketProtocols(token),
  );
  const states: { at: number; state: LiveState }[] = [];
  ws.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as LiveMessage;
    if (message.type === 'state') states.push({ at: now(), state: message.state });
  });
  ws.on('error', () => undefined);
  return {
    states,
    /** When the first state that satisfies `predicate` arrived (waits up to `timeoutMs`). */
    async first(predicate: (s: LiveState) => boolean, timeoutMs: number) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const hit = states.find((s) => predicate(s.state));
        if (hit) return hit;
        if (performance.now() > deadline) return undefined;
        await sleep(5);
      }
    },
    close: () => ws.close(),
  };
}

/**
 * (d) Vote burst: `voters` participants of one workshop cast a ballot on the same plan, spread
 * over one second, as tablets do when the facilitator says "vote now". Measures the time from the
 * last ballot's HTTP answer to the projector's live channel showing every voter in the turnout,
 * then closes and reveals, and checks that the revealed tally counts every ballot. Ballots are
 * authoritative server state (DESIGN.md): the references have no such thing.
 */
export async function runVoteBurst(target: Target, load: VoteLoad): Promise<Figures> {
  if (!isOurs(target.name)) return VOTES_NOT_APPLICABLE;
  const base = target.httpUrl;
  const template = (await callApi(
    base,
    'GET',
    '/api/templates/planstrategi?language=nb',
    undefined,
    '127.0.0.1',
  )) as { tables: { capacity: number }[] };
  const setup = {
    ...template,
    tables: template.tables.map((t) => ({ ...t, capacity: 100 })),
  };
  // Its own source address: workshop creation is limited per network.
  const created = (await callApi(base, 'POST', '/api/workshops', setup, '127.0.250.1')) as {
    workshop: { id: string; joinCode: string };
    facilitatorToken: string;
    projectorToken: string;
  };
  const { id, joinCode } = created.workshop;
  const facilitator = { token: created.facilitatorToken };
  await callApi(
    base,
    'POST',
    `/api/workshops/${id}/planbehov/import`,
    readFileSync(fixture),
    '127.0.0.1',
    { ...facilitator, contentType: 'text/csv' },
  );
  const voters = await inBatches(
    Array.from({ length: load.voters }, (_, i) => i),
    10,
    async (i) =>
      (
        (await callApi(
          base,
          'POST',
          '/api/join',
          { code: joinCode, role: i % 3 === 0 ? 'administrasjon' : 'folkevalgt' },
          '127.0.0.1',
        )) as { participantToken: string }
      ).participantToken,
  );
  const projector = openProjector(target, id, created.projectorToken);
  try {
    if (!(await projector.first(() => true, 10_000))) return { 'vote burst': 'no live state' };
    await callApi(
      base,
      'POST',
      `/api/workshops/${id}/planbehov/voting`,
      { action: 'open' },
      '127.0.0.1',
      facilitator,
    );
    const view = (await callApi(
      base,
      'GET',
      `/api/workshops/${id}/planbehov`,
      undefined,
      '127.0.0.1',
      facilitator,
    )) as PlanbehovView;
    const planId = view.plans[0]?.id;
    if (!planId) return { 'vote burst': 'the import gave no plans' };
    await projector.first((s) => s.planbehov.voting.status === 'open', 5000);

    await serverLoopDelay(target);
    const started = now();
    const answered: number[] = [];
    let failed = 0;
    await Promise.all(
      voters.map(async (token, i) => {
        await sleep((i * load.spreadMs) / load.voters);
        const sentAt = now();
        try {
          await callApi(
            target.instances[i % target.instances.length]!.httpUrl,
            'PUT',
            `/api/workshops/${id}/planbehov/ballots/${planId}`,
            { decision: 'revise', startYear: null, comment: '', points: 0 },
            '127.0.0.1',
            { token },
          );
          answered.push(now() - sentAt);
        } catch {
          failed++;
        }
      }),
    );
    const lastAnswerAt = now();
    const seen = await projector.first((s) => s.planbehov.turnout.voted === load.voters, 10_000);
    const loop = await serverLoopDelay(target);
    const statesDuringBurst = projector.states.filter((s) => s.at >= started).length;

    await callApi(
      base,
      'POST',
      `/api/workshops/${id}/planbehov/voting`,
      { action: 'close' },
      '127.0.0.1',
      facilitator,
    );
    await callApi(
      base,
      'POST',
      `/api/workshops/${id}/planbehov/voting`,
      { action: 'reveal' },
      '127.0.0.1',
      facilitator,
    );
    const revealed = await projector.first((s) => s.planbehov.results !== null, 10_000);
    const tally = revealed?.state.planbehov.results?.plans.find((p) => p.planId === planId);
    const latency = summarizeList(answered);
    return {
      'ballots cast': load.voters,
      'ballots answered 200': answered.length,
      'ballots refused or failed': failed,
      'time to cast all (ms, first sent to last answered)': lastAnswerAt - started,
      'ballot answer p50 (ms)': latency.p50,
      'ballot answer p99 (ms)': latency.p99,
      'turnout on the projector after the last answer (ms)': seen
        ? Math.max(0, seen.at - lastAnswerAt)
        : `never reached ${load.voters}`,
      'live states the projector received during the burst': statesDuringBurst,
      'ballots in the revealed tally': tally?.all?.ballots ?? 'no results',
      'every ballot counted': tally?.all?.ballots === load.voters && failed === 0 ? 'yes' : 'NO',
      'server event-loop delay p99 (ms)': loop?.p99 ?? 'not measured',
      'server event-loop delay max (ms)': loop?.max ?? 'not measured',
    };
  } finally {
    projector.close();
  }
}
