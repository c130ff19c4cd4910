import {
  facilitatorActionSchema,
  tableActionSchema,
  type FacilitatorAction,
  type RundebordView,
  type TableAction,
} from '@samskap/shared/rundebord';
import { ApiProblem } from '../errors';
import { ChangeGate, type ChangeOptions } from '../workshops/changeGate';
import { KeyedMutex } from '../workshops/keyedMutex';
import type { Mutex } from '../persistence/storage';
import type { ParticipantRecord, WorkshopRecord } from '../workshops/repository';
import type { WorkshopService } from '../workshops/service';
import { newId } from '../workshops/tokens';
import { applyFacilitatorAction, applyTableAction } from './actions';
import type { RundebordRepository } from './repository';
import { rundebordViewFor, type RundebordState, type Viewer } from './state';

/**
 * The round table: cards per table, the top three, summaries, report-back and the plenary's
 * themes and points. Server-decided, so that a table writes only its own cards, a hidden card
 * reaches no screen and points stay within the budget.
 */
export class RundebordService {
  private readonly gate: ChangeGate;

  constructor(
    private readonly repo: RundebordRepository,
    private readonly workshops: WorkshopService,
    mutex: Mutex = new KeyedMutex(),
    private readonly now: () => number = Date.now,
  ) {
    this.gate = new ChangeGate(
      mutex,
      (id) => workshops.require(id),
      (id) => workshops.events.emit('changed', id),
    );
  }

  /** Loads the round table, changes it and saves it, through the gate [X3]. */
  private change<T>(
    workshopId: string,
    fn: (state: RundebordState, w: WorkshopRecord) => T | Promise<T>,
    options: ChangeOptions = {},
  ): Promise<T> {
    return this.gate.run(
      workshopId,
      async (w) => {
        const state = await this.repo.get(workshopId);
        const result = await fn(state, w);
        await this.repo.save(workshopId, state);
        return result;
      },
      options,
    );
  }

  /** [RT2] A tablet acts for its own table only; locks and pauses hold for every table action. */
  async tableAct(
    workshopId: string,
    participant: ParticipantRecord,
    input: TableAction,
  ): Promise<{ id: string | null }> {
    const action = tableActionSchema.parse(input);
    const id = await this.change(
      workshopId,
      (state) => {
        if (state.paused && action.type !== 'points.cast')
          throw new ApiProblem(409, 'input_paused', 'The facilitator has paused the round table.');
        return applyTableAction(state, action, participant, { newId, now: this.now() });
      },
      { refuseWhenLocked: true },
    );
    return { id };
  }

  async act(workshopId: string, input: FacilitatorAction): Promise<void> {
    const action = facilitatorActionSchema.parse(input);
    await this.change(workshopId, async (state, w) => {
      const people = await this.workshops.listParticipants(workshopId);
      applyFacilitatorAction(state, action, w, people, { newId, now: this.now() });
    });
  }

  /** Whether the round table holds work (cards or themes): the phase must then stay ([U4]). */
  async hasWork(workshopId: string): Promise<boolean> {
    const state = await this.repo.get(workshopId);
    return state.cards.length > 0 || state.themes.length > 0;
  }

  /** The stored state, for the outcome and the export. */
  state(workshopId: string): Promise<RundebordState> {
    return this.repo.get(workshopId);
  }

  /** The round table for each kind of viewer, from one read of the state. */
  async viewer(workshopId: string): Promise<(viewer: Viewer) => RundebordView> {
    const [state, w, people] = await Promise.all([
      this.repo.get(workshopId),
      this.workshops.require(workshopId),
      this.workshops.listParticipants(workshopId),
    ]);
    const byId = new Map(people.map((p) => [p.id, p]));
    const ctx = {
      language: w.setup.language,
      tableIds: w.setup.tables.map((t) => t.id),
      name: (id: string) => (w.setup.showNames ? (byId.get(id)?.displayName ?? null) : null),
      role: (id: string) => byId.get(id)?.role ?? null,
    };
    return (viewer) => rundebordViewFor(state, viewer, ctx);
  }
}
