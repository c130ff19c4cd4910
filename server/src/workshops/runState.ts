import { INITIAL_STAGE } from '@samskap/shared/workshop';
import type { FacilitatorAction, RunState, WorkshopSetup } from '@samskap/shared/workshop';
import { ApiProblem } from '../errors';

type RunAction = Extract<
  FacilitatorAction,
  {
    type:
      `phase.${string}` | `timer.${string}` | `input.${string}` | 'mode.set' | `stage.${string}`;
  }
>;

/** The run state of a new workshop: first phase, its planned time, not started, open. */
export function initialRunState(setup: WorkshopSetup): RunState {
  return {
    phaseIndex: 0,
    timer: phaseTimer(setup, 0),
    locked: false,
    mode: 'tables',
    stage: INITIAL_STAGE,
  };
}

function phaseTimer(setup: WorkshopSetup, index: number): RunState['timer'] {
  return {
    durationMs: (setup.agenda[index]?.minutes ?? 0) * 60_000,
    elapsedMs: 0,
    runningSince: null,
  };
}

function goTo(setup: WorkshopSetup, run: RunState, index: number): RunState {
  if (index < 0 || index >= setup.agenda.length) {
    throw new ApiProblem(409, 'no_such_phase', `The agenda has no phase ${index + 1}.`, 'index');
  }
  return { ...run, phaseIndex: index, timer: phaseTimer(setup, index) };
}

/** Applies one facilitator action to the run state: pure, so it is tested without a server. */
export function applyRunAction(
  setup: WorkshopSetup,
  run: RunState,
  action: RunAction,
  now: number,
): RunState {
  const t = run.timer;
  switch (action.type) {
    case 'phase.next':
      return goTo(setup, run, run.phaseIndex + 1);
    case 'phase.previous':
      return goTo(setup, run, run.phaseIndex - 1);
    case 'phase.goto':
      return goTo(setup, run, action.index);
    case 'timer.start':
      return t.runningSince === null ? { ...run, timer: { ...t, runningSince: now } } : run;
    case 'timer.pause':
      return t.runningSince === null
        ? run
        : {
            ...run,
            timer: {
              ...t,
              elapsedMs: t.elapsedMs + Math.max(0, now - t.runningSince),
              runningSince: null,
            },
          };
    case 'timer.reset':
      return { ...run, timer: phaseTimer(setup, run.phaseIndex) };
    case 'timer.add':
      return {
        ...run,
        timer: { ...t, durationMs: Math.max(0, t.durationMs + action.minutes * 60_000) },
      };
    case 'input.lock':
      return { ...run, locked: true };
    case 'input.unlock':
      return { ...run, locked: false };
    case 'mode.set':
      return { ...run, mode: action.mode };
    case 'stage.hold':
      return { ...run, stage: { ...stage(run), held: action.held } };
    case 'stage.step':
      return { ...run, stage: { ...stage(run), step: stage(run).step + 1 } };
    case 'stage.join':
      return { ...run, stage: { ...stage(run), joinCompact: action.compact } };
  }
}

/** The stage of a run state stored before the stage existed is the initial one. */
function stage(run: RunState): RunState['stage'] {
  return (run.stage as RunState['stage'] | undefined) ?? INITIAL_STAGE;
}
