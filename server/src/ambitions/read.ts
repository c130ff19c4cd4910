import { PLENARY, readAmbitionBlocks, type AmbitionBlock } from '@samskap/shared/doc-model';
import type { WorkshopPublic } from '@samskap/shared/workshop';
import * as Y from 'yjs';
import type { DocStore } from '../persistence/docStore';
import { mergeUpdates, storedParts } from '../sync/updates';

export type { AmbitionBlock };

export interface AmbitionsOutcome {
  areas: Array<{ focusAreaId: string; blocks: AmbitionBlock[]; coveredGoalIds: string[] }>;
}

/** The plenary ambitions of each focus area, with the goals they serve and where they came from. */
export function readAmbitions(doc: Y.Doc, w: WorkshopPublic): AmbitionsOutcome {
  return {
    areas: w.focusAreas.map((area) => {
      const blocks = readAmbitionBlocks(doc, area.id, PLENARY);
      const tagged = new Set(blocks.flatMap((b) => b.goalIds));
      return {
        focusAreaId: area.id,
        blocks,
        coveredGoalIds: area.goals.map((g) => g.id).filter((id) => tagged.has(id)),
      };
    }),
  };
}

/**
 * The shared document as stored. Every update is appended before anyone sees it, so the store
 * holds all that any screen shows, whether or not the room is open right now.
 */
export async function loadStoredDoc(store: DocStore, room: string): Promise<Y.Doc> {
  const loaded = await store.load(room);
  const doc = new Y.Doc();
  const parts = storedParts({ snapshot: loaded.snapshot, rows: loaded.updates });
  if (parts.length > 0) Y.applyUpdate(doc, mergeUpdates(parts));
  return doc;
}
