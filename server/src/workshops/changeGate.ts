import { ApiProblem } from '../errors';
import type { Mutex } from '../persistence/storage';
import type { WorkshopRecord } from './repository';

/** [X3] Refuses any change to a workshop that has ended: it is read-only from then on. */
export function refuseIfEnded(w: WorkshopRecord): void {
  if (w.endedAt !== null)
    throw new ApiProblem(409, 'workshop_ended', 'The workshop has ended and is read-only.');
}

/** Refuses a participant's input while the facilitator has locked it. */
export function refuseIfLocked(w: WorkshopRecord): void {
  if (w.run.locked) throw new ApiProblem(409, 'input_locked', 'The facilitator has locked input.');
}

export interface ChangeOptions {
  /** Also refuse while the facilitator has locked input (a participant's change). */
  readonly refuseWhenLocked?: boolean;
  /** Announce the change to every screen once it is saved; on unless the change does itself. */
  readonly announce?: boolean;
}

/**
 * One place for "may this change happen now" [X3]: under the workshop's key it loads the
 * workshop, refuses if it has ended (and, when asked, if input is locked), runs the change
 * (which checks its own rules and saves), then announces it. Every mutating service method of
 * an activity goes through one of these, so no method can forget the end.
 */
export class ChangeGate {
  constructor(
    private readonly mutex: Mutex,
    private readonly load: (workshopId: string) => Promise<WorkshopRecord>,
    private readonly announce: (workshopId: string) => void,
  ) {}

  run<T>(
    workshopId: string,
    change: (w: WorkshopRecord) => Promise<T> | T,
    options: ChangeOptions = {},
  ): Promise<T> {
    return this.mutex.run(workshopId, async () => {
      const w = await this.load(workshopId);
      refuseIfEnded(w);
      if (options.refuseWhenLocked) refuseIfLocked(w);
      const result = await change(w);
      if (options.announce !== false) this.announce(workshopId);
      return result;
    });
  }
}
