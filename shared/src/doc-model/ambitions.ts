import * as Y from 'yjs';
import { plainText, richJsonToYXml, walkElements } from './richText';
import type { RichNodeJson } from './richText';

/*
 * Political ambitions: per focus area, one rich-text document per table and one plenary
 * document. Each is a top-level `Y.XmlFragment` named by focus area and target. Top-level types
 * are created by name on every client, so two tablets opening an empty document at once cannot
 * each create "their" fragment and lose the other's (as nested types set in a map would).
 */

/** A table's id, or the plenary document that the facilitator assembles. */
export type AmbitionTarget = string;
export const PLENARY: AmbitionTarget = 'plenary';

/** Node and attribute names that the editor schema and the doc model share. */
export const AmbitionSchemaNames = {
  /** A block attribute: the goal ids the block serves, separated by spaces. */
  goals: 'goals',
  /** A block that wraps text promoted from a table into the plenary document. */
  promoted: 'promoted',
  promotedFromTable: 'fromTable',
  promotedFromTableName: 'fromTableName',
  promotedAt: 'promotedAt',
} as const;

export const AmbitionLimits = {
  /**
   * Largest ambition document, in ProseMirror positions (characters plus two per block): about
   * 100,000 characters, some 40 pages. Well under the server's 4 MiB message limit even when
   * all of it is pasted at once.
   */
  documentSizeMax: 100_000,
  /** Goals one block may be tagged with. */
  goalsPerBlockMax: 40,
} as const;

const FRAGMENT_PREFIX = 'ambition';
const DISPLAY_MAP = 'ambitions.display';

function fragmentName(focusAreaId: string, target: AmbitionTarget): string {
  return `${FRAGMENT_PREFIX}/${focusAreaId}/${target}`;
}

/** The top-level name of one ambition document (for code that names roots, like the benchmark). */
export function ambitionRootName(focusAreaId: string, target: AmbitionTarget): string {
  return fragmentName(focusAreaId, target);
}

/** A top-level name of this feature's parts, read back; null for a name it does not define. */
export type AmbitionsRoot =
  | { readonly kind: 'ambition'; readonly focusAreaId: string; readonly target: AmbitionTarget }
  | { readonly kind: 'ambitionsDisplay' };

export function parseAmbitionsRoot(name: string): AmbitionsRoot | null {
  if (name === DISPLAY_MAP) return { kind: 'ambitionsDisplay' };
  const parts = name.split('/');
  if (parts.length !== 3 || parts[0] !== FRAGMENT_PREFIX) return null;
  const [, focusAreaId, target] = parts as [string, string, string];
  if (focusAreaId === '' || target === '') return null;
  return { kind: 'ambition', focusAreaId, target };
}

/** The rich-text document of one table (or the plenary) for one focus area. */
export function ambitionFragment(
  doc: Y.Doc,
  focusAreaId: string,
  target: AmbitionTarget,
): Y.XmlFragment {
  return doc.getXmlFragment(fragmentName(focusAreaId, target));
}

/** The headings of the gap model, in the workshop's language. */
export interface GapTemplate {
  readonly now: string;
  readonly endOfPeriod: string;
  readonly longTerm: string;
}

/**
 * Fills an empty ambition document with the gap model: A (now), B (end of the period), C (long
 * term), each a heading with an empty paragraph. Does nothing to a document that has content,
 * so running it again (or on two screens) never wipes text. Returns whether it wrote.
 */
export function seedGapTemplate(
  doc: Y.Doc,
  focusAreaId: string,
  target: AmbitionTarget,
  template: GapTemplate,
  origin?: unknown,
): boolean {
  const fragment = ambitionFragment(doc, focusAreaId, target);
  let wrote = false;
  doc.transact(() => {
    if (fragment.length > 0) return;
    const blocks: RichNodeJson[] = [template.now, template.endOfPeriod, template.longTerm].flatMap(
      (heading) => [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: heading }] },
        { type: 'paragraph' },
      ],
    );
    fragment.insert(0, richJsonToYXml(blocks));
    wrote = true;
  }, origin);
  return wrote;
}

/** What the facilitator promotes: a table's whole draft, or a selection of it as blocks. */
export interface Promotion {
  readonly focusAreaId: string;
  readonly tableId: string;
  /** The table's name when promoted: the visible record of where the text came from. */
  readonly tableName: string;
  /** The selected blocks (ProseMirror JSON, top level); omitted for the whole draft. */
  readonly blocks?: readonly RichNodeJson[];
  /** When, ms since epoch. */
  readonly at: number;
}

/**
 * Appends a table's draft (or a selection of it) to the focus area's plenary document, wrapped
 * in a `promoted` block that names the table. The text is copied, not moved: the table keeps its
 * draft. Returns false when there was nothing to promote.
 */
export function promoteToPlenary(doc: Y.Doc, promotion: Promotion, origin?: unknown): boolean {
  const names = AmbitionSchemaNames;
  let wrote = false;
  doc.transact(() => {
    const children = promotion.blocks
      ? richJsonToYXml(promotion.blocks.flatMap(unwrapPromotedJson))
      : ambitionFragment(doc, promotion.focusAreaId, promotion.tableId)
          .toArray()
          .flatMap(unwrapPromotedY)
          .map((node) => node.clone());
    if (children.length === 0) return;
    const wrapper = new Y.XmlElement(names.promoted);
    wrapper.setAttribute(names.promotedFromTable, promotion.tableId);
    wrapper.setAttribute(names.promotedFromTableName, promotion.tableName);
    // Attribute values are typed as strings in Yjs' declarations but may be any JSON.
    wrapper.setAttribute(names.promotedAt, promotion.at as unknown as string);
    wrapper.insert(0, children);
    const plenary = ambitionFragment(doc, promotion.focusAreaId, PLENARY);
    plenary.insert(plenary.length, [wrapper]);
    wrote = true;
  }, origin);
  return wrote;
}

// Promoted blocks do not nest: promoting text that was itself promoted keeps the inner blocks.
function unwrapPromotedJson(node: RichNodeJson): readonly RichNodeJson[] {
  return node.type === AmbitionSchemaNames.promoted ? (node.content ?? []) : [node];
}

function unwrapPromotedY(node: Y.XmlElement | Y.XmlText | Y.XmlHook): (Y.XmlElement | Y.XmlText)[] {
  if (node instanceof Y.XmlHook) return [];
  if (node instanceof Y.XmlElement && node.nodeName === AmbitionSchemaNames.promoted) {
    return node.toArray().flatMap(unwrapPromotedY);
  }
  return [node];
}

/** A block promoted into the plenary, as read back. */
export interface PromotedBlock {
  readonly tableId: string;
  readonly tableName: string;
  readonly at: number | null;
  readonly text: string;
}

/** The promoted blocks of a focus area's plenary document, in order. */
export function promotedBlocks(doc: Y.Doc, focusAreaId: string): PromotedBlock[] {
  const names = AmbitionSchemaNames;
  const result: PromotedBlock[] = [];
  for (const element of walkElements(ambitionFragment(doc, focusAreaId, PLENARY))) {
    if (element.nodeName !== names.promoted) continue;
    const at: unknown = element.getAttribute(names.promotedAt);
    result.push({
      tableId: String(element.getAttribute(names.promotedFromTable) ?? ''),
      tableName: String(element.getAttribute(names.promotedFromTableName) ?? ''),
      at: typeof at === 'number' ? at : null,
      text: plainText(element),
    });
  }
  return result;
}

/**
 * Parses a block's `goals` attribute: goal ids separated by spaces (goal ids have none). Any
 * other value, as a misbehaving client might write, reads as no goals.
 */
export function parseGoalTags(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  const ids = value.split(' ').filter((id) => /^[A-Za-z0-9_-]{1,40}$/.test(id));
  return [...new Set(ids)].slice(0, AmbitionLimits.goalsPerBlockMax);
}

/** The attribute value for a set of goal ids, or null for none. */
export function formatGoalTags(goalIds: readonly string[]): string | null {
  const ids = parseGoalTags(goalIds.join(' '));
  return ids.length === 0 ? null : ids.join(' ');
}

/** Sets the goal tags of one block (an element of an ambition fragment). */
export function setBlockGoals(
  block: Y.XmlElement,
  goalIds: readonly string[],
  origin?: unknown,
): void {
  const value = formatGoalTags(goalIds);
  const apply = () => {
    if (value === null) block.removeAttribute(AmbitionSchemaNames.goals);
    else block.setAttribute(AmbitionSchemaNames.goals, value);
  };
  if (block.doc) block.doc.transact(apply, origin);
  else apply();
}

/** How well one goal is covered by the ambitions of its focus area. */
export interface GoalCoverage {
  readonly goalId: string;
  /** Blocks tagged with the goal, over the tables' documents and the plenary. */
  readonly blocks: number;
  /** The documents (table ids, or `plenary`) with at least one such block. */
  readonly targets: readonly AmbitionTarget[];
}

/** A focus area as coverage needs it: its id and its goals' ids. */
export interface CoverageArea {
  readonly id: string;
  readonly goals: readonly { readonly id: string }[];
}

/**
 * For each goal of each focus area, which ambition documents have a block tagged with it. A
 * tag that names a goal of another focus area does not count: coverage is per area.
 */
export function goalCoverage(
  doc: Y.Doc,
  areas: readonly CoverageArea[],
  tableIds: readonly string[],
): GoalCoverage[] {
  const result: GoalCoverage[] = [];
  for (const area of areas) {
    const counts = new Map(
      area.goals.map((g) => [g.id, { blocks: 0, targets: new Set<string>() }]),
    );
    for (const target of [...tableIds, PLENARY]) {
      const fragment = ambitionFragment(doc, area.id, target);
      for (const element of walkElements(fragment)) {
        for (const goalId of parseGoalTags(element.getAttribute(AmbitionSchemaNames.goals))) {
          const entry = counts.get(goalId);
          if (!entry) continue;
          entry.blocks += 1;
          entry.targets.add(target);
        }
      }
    }
    for (const [goalId, entry] of counts) {
      result.push({ goalId, blocks: entry.blocks, targets: [...entry.targets] });
    }
  }
  return result;
}

/** What the projector shows during the ambitions phase; chosen on the console. */
export interface AmbitionsDisplay {
  readonly focusAreaId: string | null;
  readonly show: 'tables' | 'plenary';
}

const DEFAULT_DISPLAY: AmbitionsDisplay = { focusAreaId: null, show: 'tables' };

/** The projector's current choice (the first focus area's tables until the facilitator picks). */
export function readAmbitionsDisplay(doc: Y.Doc): AmbitionsDisplay {
  const map = doc.getMap<unknown>(DISPLAY_MAP);
  const focusAreaId = map.get('focusAreaId');
  const show = map.get('show');
  return {
    focusAreaId: typeof focusAreaId === 'string' ? focusAreaId : DEFAULT_DISPLAY.focusAreaId,
    show: show === 'plenary' ? 'plenary' : DEFAULT_DISPLAY.show,
  };
}

/** Sets what the projector shows (the facilitator's console calls it). */
export function writeAmbitionsDisplay(
  doc: Y.Doc,
  display: AmbitionsDisplay,
  origin?: unknown,
): void {
  const map = doc.getMap<unknown>(DISPLAY_MAP);
  doc.transact(() => {
    map.set('focusAreaId', display.focusAreaId);
    map.set('show', display.show);
  }, origin);
}

/** Calls `listener` after any change to what `readAmbitionsDisplay` returns. */
export function observeAmbitionsDisplay(doc: Y.Doc, listener: () => void): () => void {
  const map = doc.getMap<unknown>(DISPLAY_MAP);
  map.observe(listener);
  return () => map.unobserve(listener);
}

/** The plain text of one ambition document, one line per block (a consent check's statement). */
export function ambitionText(doc: Y.Doc, focusAreaId: string, target: AmbitionTarget): string {
  return plainText(ambitionFragment(doc, focusAreaId, target));
}

/** One block of an ambition document as read for the outcome and the projector: plain text. */
export interface AmbitionBlock {
  kind: 'heading' | 'paragraph' | 'listItem';
  text: string;
  goalIds: string[];
  /** The table the text was promoted from (its name when promoted), or null. */
  fromTable: string | null;
}

function blocksOf(
  parent: Y.XmlFragment | Y.XmlElement,
  fromTable: string | null,
  out: AmbitionBlock[],
): void {
  const names = AmbitionSchemaNames;
  for (const node of parent.toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    const name = node.nodeName;
    if (name === names.promoted) {
      const table = node.getAttribute(names.promotedFromTableName) ?? null;
      blocksOf(node, typeof table === 'string' ? table : null, out);
    } else if (name === 'bulletList' || name === 'orderedList' || name === 'listItem') {
      if (name === 'listItem') {
        const text = plainText(node).trim();
        if (text !== '') {
          out.push({
            kind: 'listItem',
            text,
            goalIds: parseGoalTags(node.getAttribute(names.goals)),
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
        goalIds: parseGoalTags(node.getAttribute(names.goals)),
        fromTable,
      });
    }
  }
}

/**
 * A focus area's document for a table or the plenary as blocks of plain text, in order, empty
 * blocks left out: what the outcome prints, and what the projector pages.
 */
export function readAmbitionBlocks(
  doc: Y.Doc,
  focusAreaId: string,
  target: AmbitionTarget,
): AmbitionBlock[] {
  const out: AmbitionBlock[] = [];
  blocksOf(ambitionFragment(doc, focusAreaId, target), null, out);
  return out;
}
