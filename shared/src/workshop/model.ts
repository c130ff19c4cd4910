import { z } from 'zod';
import { isPlainLine, PLAIN_LINE_MESSAGE } from './plainText';

/** Limits on what a workshop may hold: every input has a bound. */
export const WorkshopLimits = {
  titleMax: 200,
  nameMax: 120,
  goalMax: 500,
  agendaMax: 30,
  tablesMax: 40,
  focusAreasMax: 12,
  goalsPerAreaMax: 40,
  tableCapacityMax: 100,
  displayNameMax: 60,
  partyMax: 60,
  phaseMinutesMax: 600,
  addMinutesMax: 120,
  /** A period ends at most this many years after its first. */
  periodSpanMax: 12,
} as const;

export const languageSchema = z.enum(['nb', 'nn', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const roleSchema = z.enum(['folkevalgt', 'administrasjon', 'annen']);
export type ParticipantRole = z.infer<typeof roleSchema>;

const text = (max: number) =>
  z.string().trim().min(1).max(max).refine(isPlainLine, PLAIN_LINE_MESSAGE);
const id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, - and _ only');

/**
 * What a phase is for: which activity the tablets, console and projector show during it.
 * `free` shows only the phase's title and timer (a break, an introduction, a round-table talk).
 */
export const activitySchema = z.enum([
  'free',
  'ambitions',
  'planbehov',
  'arguments',
  'oppdrag',
  'rundebord',
  'summary',
  'evaluering',
]);
export type Activity = z.infer<typeof activitySchema>;

export const phaseSchema = z.object({
  id,
  title: text(WorkshopLimits.nameMax),
  minutes: z.number().int().min(1).max(WorkshopLimits.phaseMinutesMax),
  activity: activitySchema.default('free'),
});
export type Phase = z.infer<typeof phaseSchema>;

export const tableSchema = z.object({
  id,
  name: text(WorkshopLimits.nameMax),
  /** Seats at the table; joining a full table is refused. */
  capacity: z.number().int().min(1).max(WorkshopLimits.tableCapacityMax),
});
export type WorkshopTable = z.infer<typeof tableSchema>;

export const goalSchema = z.object({ id, text: text(WorkshopLimits.goalMax) });
export type Goal = z.infer<typeof goalSchema>;

export const focusAreaSchema = z.object({
  id,
  name: text(WorkshopLimits.nameMax),
  /** UN sustainable development goals (1–17) the area serves. */
  sdgs: z.array(z.number().int().min(1).max(17)).max(17).default([]),
  goals: z.array(goalSchema).max(WorkshopLimits.goalsPerAreaMax),
});
export type FocusArea = z.infer<typeof focusAreaSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const periodSchema = z
  .object({
    start: z.number().int().min(2000).max(2100),
    end: z.number().int().min(2000).max(2100),
  })
  .refine((p) => p.end >= p.start && p.end - p.start <= WorkshopLimits.periodSpanMax, {
    message: 'the period must end in or after its first year, and last at most 12 years',
    path: ['end'],
  });
export type Period = z.infer<typeof periodSchema>;

function uniqueIds<T extends { id: string }>(items: T[]): boolean {
  return new Set(items.map((i) => i.id)).size === items.length;
}

/** Everything a facilitator sets up before the seminar. */
export const workshopSetupSchema = z
  .object({
    title: text(WorkshopLimits.titleMax),
    municipality: text(WorkshopLimits.nameMax),
    date: isoDate,
    language: languageSchema,
    period: periodSchema,
    agenda: z.array(phaseSchema).min(1).max(WorkshopLimits.agendaMax),
    tables: z.array(tableSchema).min(1).max(WorkshopLimits.tablesMax),
    focusAreas: z.array(focusAreaSchema).max(WorkshopLimits.focusAreasMax),
    /** Show participants' names on shared screens (otherwise their role only). */
    showNames: z.boolean().default(false),
  })
  .refine((s) => uniqueIds(s.agenda), { message: 'two phases have the same id', path: ['agenda'] })
  .refine((s) => uniqueIds(s.tables), { message: 'two tables have the same id', path: ['tables'] })
  .refine((s) => uniqueIds(s.focusAreas), {
    message: 'two focus areas have the same id',
    path: ['focusAreas'],
  })
  .refine((s) => uniqueIds(s.focusAreas.flatMap((a) => a.goals)), {
    message: 'two goals have the same id',
    path: ['focusAreas'],
  });
export type WorkshopSetup = z.infer<typeof workshopSetupSchema>;
export type WorkshopSetupInput = z.input<typeof workshopSetupSchema>;

/** The countdown of the current phase, decided by the server. */
export const timerSchema = z.object({
  /** The phase's planned time plus any minutes added. */
  durationMs: z.number().int().nonnegative(),
  /** Time run before the last start. */
  elapsedMs: z.number().int().nonnegative(),
  /** When it was last started (server clock, ms since epoch); null while paused. */
  runningSince: z.number().int().nullable(),
});
export type Timer = z.infer<typeof timerSchema>;

/** Milliseconds left at `now` (server clock); negative once the time is up. */
export function timerRemainingMs(timer: Timer, now: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return timer.durationMs - timer.elapsedMs - running;
}

export const modeSchema = z.enum(['plenary', 'tables']);
export type WorkshopMode = z.infer<typeof modeSchema>;

/**
 * The projector's stage as the facilitator steers it: pages rotate by themselves unless held;
 * `step` counts the facilitator's "next page" (each increase turns the page once); the join
 * panel shrinks to a strip on the facilitator's word as well as once most have joined.
 */
export const stageSchema = z.object({
  held: z.boolean(),
  step: z.number().int().nonnegative(),
  joinCompact: z.boolean(),
});
export type StageState = z.infer<typeof stageSchema>;

export const INITIAL_STAGE: StageState = { held: false, step: 0, joinCompact: false };

/** What the facilitator runs: phase, timer, lock, mode, the projector's stage. */
export const runStateSchema = z.object({
  phaseIndex: z.number().int().nonnegative(),
  timer: timerSchema,
  locked: z.boolean(),
  mode: modeSchema,
  // A default, so run states stored before the stage existed still read.
  stage: stageSchema.default(INITIAL_STAGE),
});
export type RunState = z.infer<typeof runStateSchema>;
