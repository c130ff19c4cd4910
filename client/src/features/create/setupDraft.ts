import { fromSamfunnsdelImport, samfunnsdelImportSchema } from '@samskap/shared/templates';
import { workshopSetupSchema } from '@samskap/shared/workshop';
import type {
  Activity,
  Language,
  WorkshopSetup,
  WorkshopSetupInput,
} from '@samskap/shared/workshop';

/*
 * The create form edits a draft: numbers stay the text typed until the form is sent, so that a
 * half-typed "4" is not rejected while someone types "45". The draft becomes a `WorkshopSetup`
 * through the same zod schema the server uses, and every problem is keyed by its field path.
 */

export interface PhaseDraft {
  readonly id: string;
  readonly title: string;
  readonly minutes: string;
  /** What the tablets, console and projector show during the phase. */
  readonly activity: Activity;
}

export interface TableDraft {
  readonly id: string;
  readonly name: string;
  readonly capacity: string;
}

export interface GoalDraft {
  readonly id: string;
  readonly text: string;
}

export interface FocusAreaDraft {
  readonly id: string;
  readonly name: string;
  /** The UN goals as typed, e.g. "3, 4 10": numbers separated by commas or spaces. */
  readonly sdgs: string;
  readonly goals: readonly GoalDraft[];
}

export interface SetupDraft {
  readonly title: string;
  readonly municipality: string;
  readonly date: string;
  readonly language: Language;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly agenda: readonly PhaseDraft[];
  readonly tables: readonly TableDraft[];
  readonly focusAreas: readonly FocusAreaDraft[];
  readonly showNames: boolean;
}

/** What went wrong with one field, in terms the form translates. */
export type FieldProblem =
  | { readonly kind: 'required' }
  | { readonly kind: 'tooLong'; readonly max: number }
  | { readonly kind: 'min'; readonly min: number }
  | { readonly kind: 'max'; readonly max: number }
  | { readonly kind: 'number' }
  | { readonly kind: 'date' }
  | { readonly kind: 'period' }
  | { readonly kind: 'atLeastOne' }
  | { readonly kind: 'tooMany'; readonly max: number }
  | { readonly kind: 'invalid' };

export type DraftResult =
  | { readonly ok: true; readonly setup: WorkshopSetup }
  | { readonly ok: false; readonly problems: ReadonlyMap<string, FieldProblem> };

export function emptyDraft(language: Language, today: Date): SetupDraft {
  const year = today.getFullYear();
  return {
    title: '',
    municipality: '',
    date: today.toISOString().slice(0, 10),
    language,
    periodStart: String(year),
    periodEnd: String(year + 3),
    agenda: [{ id: 'phase-1', title: '', minutes: '30', activity: 'free' }],
    tables: [{ id: 'table-1', name: '', capacity: '8' }],
    focusAreas: [],
    showNames: false,
  };
}

export function draftFromSetup(setup: WorkshopSetupInput): SetupDraft {
  return {
    title: setup.title,
    municipality: setup.municipality,
    date: setup.date,
    language: setup.language,
    periodStart: String(setup.period.start),
    periodEnd: String(setup.period.end),
    agenda: setup.agenda.map(phaseDraft),
    tables: setup.tables.map((t) => ({ id: t.id, name: t.name, capacity: String(t.capacity) })),
    focusAreas: setup.focusAreas.map(focusAreaDraft),
    showNames: setup.showNames ?? false,
  };
}

function phaseDraft(p: WorkshopSetupInput['agenda'][number]): PhaseDraft {
  return { id: p.id, title: p.title, minutes: String(p.minutes), activity: p.activity ?? 'free' };
}

function focusAreaDraft(a: WorkshopSetupInput['focusAreas'][number]): FocusAreaDraft {
  return {
    id: a.id,
    name: a.name,
    sdgs: (a.sdgs ?? []).join(', '),
    goals: a.goals.map((g) => ({ id: g.id, text: g.text })),
  };
}

function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** "3, 4 10" → [3, 4, 10]; a word that is not a number stays NaN so the schema names the field. */
export function parseSdgs(text: string): number[] {
  const numbers = text
    .split(/[\s,;]+/)
    .filter((part) => part !== '')
    .map(toNumber);
  return [...new Set(numbers)];
}

interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly format?: string;
}

function problemOf(issue: Issue): FieldProblem {
  const path = issue.path.join('.');
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return { kind: 'required' };
      if (issue.origin === 'array') return { kind: 'atLeastOne' };
      return { kind: 'min', min: Number(issue.minimum) };
    case 'too_big':
      if (issue.origin === 'string') return { kind: 'tooLong', max: Number(issue.maximum) };
      if (issue.origin === 'array') return { kind: 'tooMany', max: Number(issue.maximum) };
      return { kind: 'max', max: Number(issue.maximum) };
    case 'invalid_type':
      return { kind: 'number' };
    case 'invalid_format':
      return path === 'date' ? { kind: 'date' } : { kind: 'invalid' };
    case 'custom':
      return path === 'period.end' ? { kind: 'period' } : { kind: 'invalid' };
    default:
      return { kind: 'invalid' };
  }
}

/** Checks the draft with the server's schema; problems are keyed like `agenda.2.minutes`. */
export function validateDraft(draft: SetupDraft): DraftResult {
  const candidate = {
    title: draft.title,
    municipality: draft.municipality,
    date: draft.date,
    language: draft.language,
    period: { start: toNumber(draft.periodStart), end: toNumber(draft.periodEnd) },
    agenda: draft.agenda.map((p) => ({
      id: p.id,
      title: p.title,
      minutes: toNumber(p.minutes),
      activity: p.activity,
    })),
    tables: draft.tables.map((t) => ({ id: t.id, name: t.name, capacity: toNumber(t.capacity) })),
    focusAreas: draft.focusAreas.map((a) => ({
      id: a.id,
      name: a.name,
      sdgs: parseSdgs(a.sdgs),
      goals: a.goals.map((g) => ({ id: g.id, text: g.text })),
    })),
    showNames: draft.showNames,
  };
  const result = workshopSetupSchema.safeParse(candidate);
  if (result.success) return { ok: true, setup: result.data };
  const problems = new Map<string, FieldProblem>();
  for (const issue of result.error.issues) {
    // One field holds all of an area's UN goals: a problem with any of them is that field's.
    const key = issue.path.join('.').replace(/^(focusAreas\.\d+\.sdgs)\.\d+$/, '$1');
    if (!problems.has(key)) problems.set(key, problemOf(issue as Issue));
  }
  return { ok: false, problems };
}

/** An id of the form `<prefix>-<n>` that none of `taken` has. */
export function freshId(prefix: string, taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((item) => item.id));
  let n = taken.length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** A copy of `list` with the item at `index` moved by `delta` places (clamped at the ends). */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, index + delta));
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  if (item !== undefined) copy.splice(target, 0, item);
  return copy;
}

/** Files bigger than this are refused before they are read: a samfunnsdel is a few kB. */
export const IMPORT_MAX_BYTES = 256 * 1024;

export type ImportResult =
  | { readonly ok: true; readonly draft: SetupDraft }
  | { readonly ok: false; readonly problem: 'json' }
  | { readonly ok: false; readonly problem: 'shape'; readonly path: string };

/**
 * Applies a samfunnsdel export (focus areas, goals, optionally municipality and agenda) to the
 * draft. A file that is not JSON or not of that shape changes nothing and names the problem.
 */
export function importSamfunnsdel(draft: SetupDraft, text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'json' };
  }
  const parsed = samfunnsdelImportSchema.safeParse(raw);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join('.') ?? '';
    return { ok: false, problem: 'shape', path: path === '' ? '—' : path };
  }
  const imported = fromSamfunnsdelImport(parsed.data);
  return {
    ok: true,
    draft: {
      ...draft,
      municipality: imported.municipality ?? draft.municipality,
      focusAreas: imported.focusAreas.map(focusAreaDraft),
      agenda: imported.agenda ? imported.agenda.map(phaseDraft) : draft.agenda,
    },
  };
}
