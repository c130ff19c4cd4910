import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import type { ActivityTransfer } from '../activities/module';
import { loadStoredDoc } from '../ambitions';
import type { DocStore } from '../persistence/docStore';
import type { WorkshopService } from '../workshops/service';
import { contentRoom } from '@samskap/shared/protocol';
import type { WorkshopExport } from './format';

export interface TransferSources {
  workshops: WorkshopService;
  store: DocStore;
  /** The activity modules' export parts, in registry order. */
  parts: ReadonlyArray<{ key: string; transfer: ActivityTransfer<unknown> }>;
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
  const participantIndex = new Map(people.map((p, i) => [p.id, i]));
  const parts: Record<string, unknown> = {};
  for (const { key, transfer } of s.parts)
    parts[key] = await transfer.export(workshopId, { workshop: w, participantIndex });
  const doc = await loadStoredDoc(s.store, contentRoom(workshopId));
  const body = {
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
    // [AM5] Each module's part under its key, in registry order.
    ...parts,
  } as Omit<WorkshopExport, 'checksum'>;
  doc.destroy();
  return { ...body, checksum: exportChecksum(body) };
}
