import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import type { ArgumentsRepository } from '../arguments/repository';
import type { EvaluationExport } from '@samskap/shared/evaluering';
import type { ConsentService } from '../consent/service';
import { loadStoredDoc } from '../ambitions';
import type { DocStore } from '../persistence/docStore';
import type { PlanbehovService } from '../planbehov/service';
import type { WorkshopService } from '../workshops/service';
import { contentRoom } from '../workshops/syncAuth';
import type { WorkshopExport } from './format';

export interface TransferSources {
  workshops: WorkshopService;
  planbehov: PlanbehovService;
  consent: ConsentService;
  argumentsRepo: ArgumentsRepository;
  store: DocStore;
  /** The evaluation module's `transfer.export`. */
  evaluering?: (workshopId: string) => Promise<EvaluationExport>;
}

/** SHA-256 over the export without its checksum, as written: what the import checks. */
export function exportChecksum(body: Omit<WorkshopExport, 'checksum'>): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/**
 * The whole workshop as one JSON object. Participants are listed without ids or tokens (an
 * argument's author is an index into the list); supports and ballots only as counts.
 */
export async function exportWorkshop(
  s: TransferSources,
  workshopId: string,
  now: number,
): Promise<WorkshopExport> {
  const w = await s.workshops.require(workshopId);
  const people = await s.workshops.listParticipants(workshopId);
  const index = new Map(people.map((p, i) => [p.id, i]));
  const voting = await s.planbehov.voting(workshopId);
  // Rounds whose results were discussed: earlier ones, and the current one once revealed.
  const rounds = [];
  for (let r = 1; r <= voting.round; r++) {
    if (r < voting.round || voting.revealed) rounds.push(await s.planbehov.results(workshopId, r));
  }
  const args = await s.argumentsRepo.get(workshopId);
  const doc = await loadStoredDoc(s.store, contentRoom(workshopId));
  const body: Omit<WorkshopExport, 'checksum'> = {
    format: 'samskap.workshop',
    version: 1,
    exportedAt: now,
    workshop: { setup: w.setup, run: w.run, createdAt: w.createdAt, endedAt: w.endedAt },
    phaseLog: await s.workshops.phaseLog(workshopId),
    participants: people.map((p) => ({
      displayName: p.displayName,
      role: p.role,
      party: p.party,
      tableId: p.tableId,
      colour: p.colour,
      joinedAt: p.joinedAt,
      removedAt: p.removedAt,
    })),
    content: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'),
    planbehov: {
      plans: (await s.planbehov.view(workshopId)).plans.map(({ position: _position, ...p }) => p),
      voting,
      rounds,
    },
    // Aggregates as the screens had them: an unrevealed result stays unrevealed.
    consent: await s.consent.view(workshopId),
    arguments: {
      questions: args.questions,
      shownQuestionId: args.shownQuestionId,
      norms: args.norms,
      paused: args.paused,
      floorTableId: args.floorTableId,
      controlled: args.controlled,
      groups: args.groups,
      entries: args.entries.map(({ authorId, supporters, ...e }) => ({
        ...e,
        author: authorId === null ? null : (index.get(authorId) ?? null),
        supports: supporters.length,
      })),
      syntheses: args.syntheses,
      conflicts: args.conflicts,
    },
    ...(s.evaluering ? { evaluering: await s.evaluering(workshopId) } : {}),
  };
  doc.destroy();
  return { ...body, checksum: exportChecksum(body) };
}
