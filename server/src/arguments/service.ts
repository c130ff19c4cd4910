import {
  ArgumentLimits,
  argumentActionSchema,
  newEntrySchema,
  type ArgumentAction,
  type ArgumentsView,
  type InputBlock,
  type NewEntry,
  participantInputBlock,
} from '@samskap/shared/arguments';
import { ApiProblem } from '../errors';
import type { ParticipantRecord, WorkshopRecord } from '../workshops/repository';
import { ChangeGate, type ChangeOptions } from '../workshops/changeGate';
import { KeyedMutex } from '../workshops/keyedMutex';
import type { Mutex } from '../persistence/storage';
import type { WorkshopService } from '../workshops/service';
import { newId } from '../workshops/tokens';
import type { ArgumentsRepository } from './repository';
import { applyArgumentAction } from './actions';
import { argumentsViewFor, type ArgumentsState, type StoredEntry, type Viewer } from './state';

/** The refusal for each reason a participant may not add an entry now. */
function inputRefused(block: InputBlock): ApiProblem {
  switch (block) {
    case 'ended':
      return new ApiProblem(409, 'workshop_ended', 'The workshop has ended and is read-only.');
    case 'locked':
      return new ApiProblem(409, 'input_locked', 'The facilitator has locked input.');
    case 'paused':
      return new ApiProblem(409, 'input_paused', 'The facilitator has paused new entries.');
    case 'floor_elsewhere':
      return new ApiProblem(409, 'floor_elsewhere', 'Another table has the floor just now.');
  }
}

/** Who adds an entry or a support: a participant, or the facilitator (null). */
export type Author = ParticipantRecord | null;

/**
 * The argument map: questions, positions with pros, cons and consequences, supports, syntheses
 * and the conflict register. Server-decided, so that a hidden entry reaches no screen and a
 * support is counted once.
 */
export class ArgumentsService {
  private readonly gate: ChangeGate;

  constructor(
    private readonly repo: ArgumentsRepository,
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

  /** Loads the map, changes it and saves it, through the gate [X3]. */
  private async change(
    workshopId: string,
    fn: (state: ArgumentsState, w: WorkshopRecord) => void,
    options: ChangeOptions = {},
  ): Promise<void> {
    await this.gate.run(
      workshopId,
      async (w) => {
        const state = await this.repo.get(workshopId);
        fn(state, w);
        await this.repo.save(workshopId, state);
      },
      options,
    );
  }

  async addEntry(workshopId: string, author: Author, input: NewEntry): Promise<string> {
    const entry = newEntrySchema.parse(input);
    const id = newId();
    const change = (state: ArgumentsState, w: WorkshopRecord) => {
      if (author !== null) {
        // [RL3] The rule the tablet shows its forms by.
        const workshop = { ended: w.endedAt !== null, locked: w.run.locked };
        const block = participantInputBlock(state, workshop, author.tableId);
        if (block !== null) throw inputRefused(block);
      }
      if (!state.questions.some((q) => q.id === entry.questionId)) {
        throw new ApiProblem(404, 'question_not_found', 'No such question.', 'questionId');
      }
      if (state.entries.length >= ArgumentLimits.entriesMax) {
        throw new ApiProblem(
          409,
          'too_many_entries',
          `The map holds at most ${ArgumentLimits.entriesMax} entries.`,
        );
      }
      if (entry.kind === 'position') {
        if (entry.parentId !== null)
          throw new ApiProblem(
            400,
            'invalid_input',
            'parentId: a position stands on its own.',
            'parentId',
          );
      } else {
        const parent = state.entries.find((e) => e.id === entry.parentId);
        if (
          !parent ||
          parent.kind !== 'position' ||
          parent.questionId !== entry.questionId ||
          parent.mergedInto !== null
        ) {
          throw new ApiProblem(
            400,
            'invalid_input',
            'parentId: pros, cons and consequences belong to a position of the same question.',
            'parentId',
          );
        }
      }
      const stored: StoredEntry = {
        id,
        questionId: entry.questionId,
        kind: entry.kind,
        parentId: entry.parentId,
        text: entry.text,
        status: author !== null && state.controlled ? 'pending' : 'visible',
        authorId: author?.id ?? null,
        authorRole: author?.role ?? 'facilitator',
        authorTableId: author?.tableId ?? null,
        groupId: null,
        supporters: [],
        mergedInto: null,
        mergedCount: 0,
        createdAt: this.now(),
      };
      state.entries.push(stored);
    };
    // A participant's entry waits while input is locked; the facilitator's does not.
    await this.change(workshopId, change, { refuseWhenLocked: author !== null });
    return id;
  }

  /** +1 once per participant, and not on one's own entry; `false` takes it back. */
  async support(
    workshopId: string,
    participant: ParticipantRecord,
    entryId: string,
    on: boolean,
  ): Promise<void> {
    await this.change(
      workshopId,
      (state) => {
        const e = state.entries.find((x) => x.id === entryId && x.mergedInto === null);
        if (!e || e.status !== 'visible')
          throw new ApiProblem(404, 'entry_not_found', 'No such entry.', 'entryId');
        if (e.authorId === participant.id)
          throw new ApiProblem(409, 'own_entry', 'You cannot support your own entry.');
        const has = e.supporters.includes(participant.id);
        if (on && !has) e.supporters.push(participant.id);
        if (!on && has) e.supporters = e.supporters.filter((s) => s !== participant.id);
        // A support is a participant's input: it waits while the facilitator has locked input.
      },
      { refuseWhenLocked: true },
    );
  }

  async act(workshopId: string, input: ArgumentAction): Promise<void> {
    const action = argumentActionSchema.parse(input);
    await this.change(workshopId, (state, w) => applyArgumentAction(state, action, w, newId));
  }

  /** The map for each kind of viewer, computed from one read of the state. */
  async viewer(workshopId: string): Promise<(viewer: Viewer) => ArgumentsView> {
    const [state, w, people] = await Promise.all([
      this.repo.get(workshopId),
      this.workshops.require(workshopId),
      this.workshops.listParticipants(workshopId),
    ]);
    const names = new Map(people.map((p) => [p.id, p.displayName]));
    const showNames = w.setup.showNames;
    return (viewer) =>
      argumentsViewFor(state, viewer, w.setup.language, (id) =>
        showNames ? (names.get(id) ?? null) : null,
      );
  }
}
