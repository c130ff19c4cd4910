import type { Activity, RunState, WorkshopSetup } from '@samskap/shared/workshop';
import { ApiProblem } from '../errors';
import type { PhaseLogEntry } from './repository';

/**
 * What a workshop has stored per activity, so that a setup change cannot hide it: an activity
 * with stored work keeps a phase ([U4] in server/README.md).
 */
export type ActivityWork = ReadonlyMap<Activity, 'ballots' | 'entries' | 'answers'>;

/** Reads a workshop's stored work per activity; wired in `server.ts` from the activities. */
export type ActivityWorkSource = (workshopId: string) => Promise<ActivityWork>;

/** The parts of the activities' services the rules read (structural: no import cycle). */
export interface ActivityViews {
  planbehov: { view(workshopId: string): Promise<{ voting: { round: number } }> };
  consent: {
    view(workshopId: string): Promise<Array<{ subject: { kind: string }; answered: number }>>;
  };
  args: {
    viewer(workshopId: string): Promise<
      (viewer: { participantId: string | null; isFacilitator: boolean }) => {
        entries: unknown[];
      }
    >;
  };
}

/** Stored work per activity, read from the activities' own views. */
export function activityWorkFrom({ planbehov, consent, args }: ActivityViews): ActivityWorkSource {
  return async (workshopId) => {
    const [plans, checks, viewer] = await Promise.all([
      planbehov.view(workshopId),
      consent.view(workshopId),
      args.viewer(workshopId),
    ]);
    const work = new Map<Activity, 'ballots' | 'entries' | 'answers'>();
    if (plans.voting.round > 0) work.set('planbehov', 'ballots');
    const entries = viewer({ participantId: null, isFacilitator: true }).entries;
    if (entries.length > 0) work.set('arguments', 'entries');
    for (const check of checks) {
      if (check.answered === 0) continue;
      if (check.subject.kind === 'ambition' && !work.has('ambitions'))
        work.set('ambitions', 'answers');
      if (check.subject.kind === 'synthesis' && !work.has('arguments'))
        work.set('arguments', 'answers');
    }
    return work;
  };
}

export interface SetupChangeContext {
  readonly current: WorkshopSetup;
  readonly next: WorkshopSetup;
  readonly run: RunState;
  readonly phaseLog: readonly PhaseLogEntry[];
  /** Participants seated per table id. */
  readonly seated: ReadonlyMap<string, number>;
  readonly work: ActivityWork;
}

/**
 * Refuses a setup change that would break what has run or is running ([U1]–[U4]), with a code
 * the screens put in words; otherwise returns the run state under the new agenda ([U5]).
 */
export function checkSetupChange(ctx: SetupChangeContext): RunState {
  const { current, next, run, phaseLog, seated, work } = ctx;
  // [U1] People sit at a table: it stays until they are moved.
  for (const [tableId, count] of seated) {
    if (count > 0 && !next.tables.some((t) => t.id === tableId)) {
      const name = current.tables.find((t) => t.id === tableId)?.name ?? tableId;
      throw new ApiProblem(
        409,
        'table_in_use',
        `${name} still has participants; move them first.`,
        'tables',
      );
    }
  }
  // [U2] The agenda as it ran is recorded by position: begun phases keep theirs.
  const begun = phaseLog.length === 0 ? 0 : Math.max(...phaseLog.map((e) => e.phaseIndex)) + 1;
  for (let i = 0; i < begun && i < current.agenda.length; i++) {
    const phase = current.agenda[i]!;
    if (next.agenda[i]?.id !== phase.id) {
      throw new ApiProblem(
        409,
        'phase_started',
        `Phase ${i + 1} (${phase.title}) has begun: it cannot be removed or moved, nor can a phase be put before it.`,
        `agenda.${i}`,
      );
    }
  }
  // [U3] What the room is doing now does not change under it.
  const running = current.agenda[run.phaseIndex];
  if (phaseLog.length > 0 && running !== undefined) {
    const after = next.agenda.find((p) => p.id === running.id);
    if (after !== undefined && after.activity !== running.activity) {
      throw new ApiProblem(
        409,
        'phase_running',
        `Phase ${run.phaseIndex + 1} (${running.title}) is running: go to another phase before changing its activity.`,
        `agenda.${run.phaseIndex}.activity`,
      );
    }
  }
  // [U4] Stored ballots, entries or answers stay reachable on some phase.
  for (const [activity, what] of work) {
    const had = current.agenda.some((p) => p.activity === activity);
    const has = next.agenda.some((p) => p.activity === activity);
    if (had && !has) {
      throw new ApiProblem(
        409,
        'activity_in_use',
        `The ${activity} activity has stored ${what}: keep at least one phase for it.`,
        activity,
      );
    }
  }
  // [U5] The run follows the phase it was on, and a clock that has not run follows its minutes.
  const index = running ? next.agenda.findIndex((p) => p.id === running.id) : -1;
  const phaseIndex = index >= 0 ? index : Math.min(run.phaseIndex, next.agenda.length - 1);
  const t = run.timer;
  const planned = (running?.minutes ?? 0) * 60_000;
  const untouched = t.elapsedMs === 0 && t.runningSince === null && t.durationMs === planned;
  const timer = untouched ? { ...t, durationMs: next.agenda[phaseIndex]!.minutes * 60_000 } : t;
  return { ...run, phaseIndex, timer };
}
