import {
  AmbitionSchemaNames,
  ambitionFragment,
  parseGoalTags,
  plainText,
  PLENARY,
} from '@samskap/shared/doc-model';
import type { WorkshopPublic } from '@samskap/shared/workshop';
import * as Y from 'yjs';
import type { DocStore } from '../persistence/docStore';
import { mergeUpdates, storedParts } from '../sync/updates';

/** One block of a plenary ambition text, as the outcome documents show it. */
export interface AmbitionBlock {
  kind: 'heading' | 'paragraph' | 'listItem';
  text: string;
  goalIds: string[];
  /** The table the text was promoted from (its name when promoted), or null. */
  fromTable: string | null;
}

export interface AmbitionsOutcome {
  areas: Array<{ focusAreaId: string; blocks: AmbitionBlock[]; coveredGoalIds: string[] }>;
}

function blocksOf(
  parent: Y.XmlFragment | Y.XmlElement,
  fromTable: string | null,
  out: AmbitionBlock[],
): void {
  for (const node of parent.toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    const name = node.nodeName;
    if (name === AmbitionSchemaNames.promoted) {
      const table = node.getAttribute(AmbitionSchemaNames.promotedFromTableName) ?? null;
      blocksOf(node, typeof table === 'string' ? table : null, out);
    } else if (name === 'bulletList' || name === 'orderedList' || name === 'listItem') {
      if (name === 'listItem') {
        const text = plainText(node).trim();
        if (text !== '') {
          out.push({
            kind: 'listItem',
            text,
            goalIds: parseGoalTags(node.getAttribute(AmbitionSchemaNames.goals)),
            fromTable,
          });
        }
      } else blocksOf(node, fromTable, out);
    } else {
      const text = plainText(node).trim();
      if (text === '') continue;
      out.push({
        kind: name === 'heading' ? 'heading' : 'paragraph',
        text,
        goalIds: parseGoalTags(node.getAttribute(AmbitionSchemaNames.goals)),
        fromTable,
      });
    }
  }
}

/** The plenary ambitions of each focus area, with the goals they serve and where they came from. */
export function readAmbitions(doc: Y.Doc, w: WorkshopPublic): AmbitionsOutcome {
  return {
    areas: w.focusAreas.map((area) => {
      const blocks: AmbitionBlock[] = [];
      blocksOf(ambitionFragment(doc, area.id, PLENARY), null, blocks);
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
