import { planstrategiTemplate } from '@samskap/shared/templates';
import { timerRemainingMs, workshopSetupSchema } from '@samskap/shared/workshop';
import { describe, expect, it } from 'vitest';
import { applyRunAction, initialRunState } from './runState';

const setup = workshopSetupSchema.parse(planstrategiTemplate('nb', 2028));

describe('run state', () => {
  it('starts at the first phase with its planned minutes, paused and open', () => {
    const run = initialRunState(setup);
    expect(run.phaseIndex).toBe(0);
    expect(timerRemainingMs(run.timer, 0)).toBe(10 * 60_000);
    expect(run.locked).toBe(false);
  });

  it('counts down only while running, and keeps what ran across a pause', () => {
    let run = applyRunAction(setup, initialRunState(setup), { type: 'timer.start' }, 1_000);
    expect(timerRemainingMs(run.timer, 61_000)).toBe(9 * 60_000);
    run = applyRunAction(setup, run, { type: 'timer.pause' }, 61_000);
    expect(timerRemainingMs(run.timer, 999_999)).toBe(9 * 60_000);
    run = applyRunAction(setup, run, { type: 'timer.start' }, 100_000);
    expect(timerRemainingMs(run.timer, 160_000)).toBe(8 * 60_000);
  });

  it('adds minutes to the running phase, and goes past zero into overtime', () => {
    let run = applyRunAction(setup, initialRunState(setup), { type: 'timer.add', minutes: 5 }, 0);
    expect(timerRemainingMs(run.timer, 0)).toBe(15 * 60_000);
    run = applyRunAction(setup, run, { type: 'timer.start' }, 0);
    expect(timerRemainingMs(run.timer, 16 * 60_000)).toBe(-60_000);
  });

  it('moves between phases, resetting the timer to the new phase’s plan', () => {
    let run = applyRunAction(setup, initialRunState(setup), { type: 'timer.start' }, 0);
    run = applyRunAction(setup, run, { type: 'phase.next' }, 5_000);
    expect(run.phaseIndex).toBe(1);
    expect(run.timer).toEqual({ durationMs: 45 * 60_000, elapsedMs: 0, runningSince: null });
    run = applyRunAction(setup, run, { type: 'phase.previous' }, 6_000);
    expect(run.phaseIndex).toBe(0);
  });

  it('refuses to go before the first or past the last phase', () => {
    const run = initialRunState(setup);
    expect(() => applyRunAction(setup, run, { type: 'phase.previous' }, 0)).toThrow(/no phase 0/);
    const past = setup.agenda.length;
    expect(() => applyRunAction(setup, run, { type: 'phase.goto', index: past }, 0)).toThrow(
      new RegExp(`no phase ${past + 1}`),
    );
  });

  it('locks and unlocks input and switches mode', () => {
    let run = applyRunAction(setup, initialRunState(setup), { type: 'input.lock' }, 0);
    expect(run.locked).toBe(true);
    run = applyRunAction(setup, run, { type: 'mode.set', mode: 'plenary' }, 0);
    expect(run.mode).toBe('plenary');
    expect(applyRunAction(setup, run, { type: 'input.unlock' }, 0).locked).toBe(false);
  });

  it('holds, steps and compacts the projector stage, and keeps it across phases', () => {
    let run = applyRunAction(setup, initialRunState(setup), { type: 'stage.hold', held: true }, 0);
    run = applyRunAction(setup, run, { type: 'stage.step' }, 0);
    run = applyRunAction(setup, run, { type: 'stage.step' }, 0);
    run = applyRunAction(setup, run, { type: 'stage.join', compact: true }, 0);
    expect(run.stage).toEqual({ held: true, step: 2, joinCompact: true });
    run = applyRunAction(setup, run, { type: 'phase.next' }, 0);
    expect(run.stage.held).toBe(true);
    expect(applyRunAction(setup, run, { type: 'stage.hold', held: false }, 0).stage.held).toBe(
      false,
    );
  });
});
