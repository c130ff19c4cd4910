import { parseAmbitionsRoot, PLENARY } from './ambitions';

/*
 * Who may write which part of a workshop's content document. A part is a top-level shared type;
 * its name says what it is. The server enforces these rules on every update
 * (server/README.md, [W1]–[W3]); screens use the same rule to decide what they offer.
 */

/** Who is writing: the facilitator, or a participant seated at a table (null: not seated). */
export type ContentWriter =
  | { readonly kind: 'facilitator' }
  | { readonly kind: 'participant'; readonly tableId: string | null };

/** What the workshop defines right now: the ids its parts may name. */
export interface ContentScope {
  readonly focusAreaIds: ReadonlySet<string>;
  readonly tableIds: ReadonlySet<string>;
}

/** A top-level part of the content document that the model defines, or null. */
export type DocPart =
  | { readonly kind: 'tableDraft'; readonly focusAreaId: string; readonly tableId: string }
  | { readonly kind: 'plenary'; readonly focusAreaId: string }
  | { readonly kind: 'ambitionsDisplay' };

/**
 * [W3] The part a top-level name stands for, in this workshop: an ambition document of one of
 * its focus areas for one of its tables or the plenary, or the projector's display choice.
 * Anything else (an unknown name, area or table) is not a part of the model.
 */
export function docPartOf(rootName: string, scope: ContentScope): DocPart | null {
  const root = parseAmbitionsRoot(rootName);
  if (root === null) return null;
  if (root.kind === 'ambitionsDisplay') return root;
  if (!scope.focusAreaIds.has(root.focusAreaId)) return null;
  if (root.target === PLENARY) return { kind: 'plenary', focusAreaId: root.focusAreaId };
  if (!scope.tableIds.has(root.target)) return null;
  return { kind: 'tableDraft', focusAreaId: root.focusAreaId, tableId: root.target };
}

/**
 * Whether `writer` may change the top-level part named `rootName`:
 * [W1] a participant writes only the drafts of the table it sits at (in every focus area);
 * [W2] the plenary documents and the display choice are the facilitator's;
 * [W3] nobody writes a top-level part the model does not define.
 * The facilitator may also write table drafts (the console seeds the gap template in them).
 */
export function mayWriteRoot(
  writer: ContentWriter,
  rootName: string,
  scope: ContentScope,
): boolean {
  const part = docPartOf(rootName, scope);
  if (part === null) return false;
  if (writer.kind === 'facilitator') return true;
  return part.kind === 'tableDraft' && writer.tableId !== null && part.tableId === writer.tableId;
}
