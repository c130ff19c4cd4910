import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Target } from '../targets';
import type { Figures } from './common';

const planbehovDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'server',
  'src',
  'features',
  'planbehov',
);

/**
 * (d) Vote burst: 200 ballots within one second, every one counted, and the revealed tally on the
 * projector's connection within 200 ms of the last ballot. Ballots are authoritative server state
 * (DESIGN.md), so only our server has them; the harness is to drive the ballot API once it exists
 * instead of inventing one here.
 */
export function runVoteBurst(target: Target): Figures {
  if (target.name !== 'ours') {
    return {
      'vote burst': 'not applicable: no server-side ballots (a CRDT lets any client forge a tally)',
    };
  }
  if (!existsSync(planbehovDir)) {
    return { 'vote burst': 'not available yet (needs the planbehov ballot API)' };
  }
  return {
    'vote burst':
      'not measured: the planbehov ballot API exists but tests/load/scenarios/voteBurst.ts does not drive it yet',
  };
}
