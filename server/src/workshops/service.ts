import type {
  FacilitatorAction,
  JoinLookupResponse,
  JoinRequest,
  JoinResponse,
  ParticipantSelf,
  WorkshopPublic,
  WorkshopSetup,
} from '@samskap/shared/workshop';
import { joinRequestSchema } from '@samskap/shared/workshop';
import { EventEmitter } from 'node:events';
import { ApiProblem } from '../errors';
import { KeyedMutex } from './keyedMutex';
import type { Mutex } from '../persistence/storage';
import type {
  ParticipantRecord,
  PhaseLogEntry,
  TokenOwner,
  WorkshopRecord,
  WorkshopRepository,
} from './repository';
import { refuseIfEnded } from './changeGate';
import { applyRunAction, initialRunState } from './runState';
import { checkSetupChange } from './setupRules';
import type { ActivityWorkSource } from './setupRules';
import {
  hashToken,
  newId,
  newJoinCode,
  newToken,
  PARTICIPANT_COLOURS,
  projectorTokenFor,
} from './tokens';

/** Who is calling, once their token has been checked. */
/** What `authenticate` answers: the principal, or why the token opens nothing [X4]. */
export type Authentication =
  | { ok: true; principal: Principal }
  | { ok: false; refusal: 'unknown_token' | 'participant_removed' };

export type Principal =
  | { capability: 'facilitator' | 'projector'; workshopId: string }
  | { capability: 'participant'; workshopId: string; participant: ParticipantRecord };

export interface CreatedWorkshop {
  workshop: WorkshopRecord;
  facilitatorToken: string;
  projectorToken: string;
}

/**
 * What changed in a workshop, for the live channel and the sync server ([AM3]). Only run-state
 * changes can change who may write the shared document; an activity change never does.
 */
export interface WorkshopEvents {
  /**
   * The run state changed: phase, timer, lock, setup, seating, who joined, the end. Screens
   * re-read the state and the sync server refreshes write rights.
   */
  runChanged: [workshopId: string];
  /** An activity's stored state changed (a ballot, a check, an entry): screens re-read it. */
  changed: [workshopId: string];
  /** A participant was removed: their connections must close now. */
  participantRemoved: [workshopId: string, participantId: string];
}

/** The workshop as every participant may see it. */
export function publicView(w: WorkshopRecord): WorkshopPublic {
  const { setup } = w;
  return {
    id: w.id,
    title: setup.title,
    municipality: setup.municipality,
    date: setup.date,
    language: setup.language,
    period: setup.period,
    agenda: setup.agenda,
    tables: setup.tables,
    focusAreas: setup.focusAreas,
    showNames: setup.showNames,
    joinCode: w.joinCode,
    createdAt: w.createdAt,
    endedAt: w.endedAt,
  };
}

export function selfView(p: ParticipantRecord): ParticipantSelf {
  return {
    id: p.id,
    displayName: p.displayName,
    role: p.role,
    party: p.party,
    tableId: p.tableId,
    colour: p.colour,
  };
}

/**
 * The rules of a workshop: who may join where, what the facilitator may change, and when a
 * credential stops working. Every change is announced on `events` for the live channel.
 */
export class WorkshopService {
  readonly events = new EventEmitter<WorkshopEvents>();
  private activityWork: ActivityWorkSource = () => Promise.resolve(new Map());

  constructor(
    private readonly repo: WorkshopRepository,
    private readonly mutex: Mutex = new KeyedMutex(),
    private readonly now: () => number = Date.now,
  ) {}

  async create(setup: WorkshopSetup): Promise<CreatedWorkshop> {
    const facilitatorToken = newToken();
    const projectorToken = projectorTokenFor(facilitatorToken);
    for (let attempt = 0; attempt < 20; attempt++) {
      const workshop: WorkshopRecord = {
        id: newId(),
        joinCode: newJoinCode(),
        setup,
        run: initialRunState(setup),
        createdAt: this.now(),
        endedAt: null,
      };
      const inserted = await this.repo.insertWorkshop({
        ...workshop,
        facilitatorTokenHash: hashToken(facilitatorToken),
        projectorTokenHash: hashToken(projectorToken),
      });
      if (inserted) return { workshop, facilitatorToken, projectorToken };
    }
    throw new Error('could not find a free join code');
  }

  /** A copy of the setup as a new workshop, with new credentials and nobody in it. */
  async duplicate(id: string): Promise<CreatedWorkshop> {
    const source = await this.require(id);
    return this.create(source.setup);
  }

  /** Where the setup rules read each activity's stored work ([U4]); wired once at start-up. */
  useActivityWork(source: ActivityWorkSource): void {
    this.activityWork = source;
  }

  async get(id: string): Promise<WorkshopRecord | null> {
    return this.repo.getWorkshop(id);
  }

  async require(id: string): Promise<WorkshopRecord> {
    const w = await this.repo.getWorkshop(id);
    if (!w) throw new ApiProblem(404, 'workshop_not_found', 'There is no workshop with that id.');
    return w;
  }

  /**
   * [X4] Checks a token: the principal behind it, or why not (an unknown token, or a participant
   * the facilitator has removed). Never throws for a refusal; each caller answers in its own way.
   */
  async authenticate(token: string): Promise<Authentication> {
    const owner: TokenOwner | null = await this.repo.resolveToken(hashToken(token));
    if (!owner) return { ok: false, refusal: 'unknown_token' };
    if (owner.kind !== 'participant')
      return { ok: true, principal: { capability: owner.kind, workshopId: owner.workshopId } };
    const participant = await this.repo.getParticipant(owner.participantId);
    if (!participant) return { ok: false, refusal: 'unknown_token' };
    if (participant.removedAt !== null) return { ok: false, refusal: 'participant_removed' };
    return {
      ok: true,
      principal: { capability: 'participant', workshopId: owner.workshopId, participant },
    };
  }

  async phaseLog(workshopId: string): Promise<PhaseLogEntry[]> {
    return this.repo.phaseLog(workshopId);
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    return this.repo.listParticipants(workshopId);
  }

  private async openByCode(code: string): Promise<WorkshopRecord> {
    const w = await this.repo.findByJoinCode(code);
    if (!w) throw new ApiProblem(404, 'unknown_code', `No workshop has the code ${code}.`, 'code');
    if (w.endedAt !== null) {
      throw new ApiProblem(
        409,
        'workshop_ended',
        'This workshop has ended; it can no longer be joined.',
        'code',
      );
    }
    return w;
  }

  async lookup(code: string): Promise<JoinLookupResponse> {
    const w = await this.openByCode(code);
    const seated = await this.seatCounts(w.id);
    return {
      workshopId: w.id,
      title: w.setup.title,
      municipality: w.setup.municipality,
      date: w.setup.date,
      language: w.setup.language,
      tables: w.setup.tables.map((t) => ({ ...t, seated: seated.get(t.id) ?? 0 })),
    };
  }

  private async seatCounts(workshopId: string): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const p of await this.repo.listParticipants(workshopId)) {
      if (p.removedAt === null) counts.set(p.tableId, (counts.get(p.tableId) ?? 0) + 1);
    }
    return counts;
  }

  async join(input: JoinRequest): Promise<JoinResponse> {
    const req = joinRequestSchema.parse(input);
    const first = await this.openByCode(req.code);
    return this.mutex.run(first.id, async () => {
      const w = await this.openByCode(req.code);
      const seated = await this.seatCounts(w.id);
      const free = (t: { id: string; capacity: number }) => (seated.get(t.id) ?? 0) < t.capacity;
      let tableId: string;
      if (req.tableId !== undefined) {
        const table = w.setup.tables.find((t) => t.id === req.tableId);
        if (!table)
          throw new ApiProblem(400, 'unknown_table', 'The workshop has no such table.', 'tableId');
        if (!free(table))
          throw new ApiProblem(409, 'table_full', `${table.name} is full.`, 'tableId');
        tableId = table.id;
      } else {
        const open = w.setup.tables
          .filter(free)
          .sort((a, b) => (seated.get(a.id) ?? 0) - (seated.get(b.id) ?? 0));
        if (open.length === 0)
          throw new ApiProblem(409, 'workshop_full', 'Every table is full.', 'tableId');
        tableId = open[0]!.id;
      }
      const all = await this.repo.listParticipants(w.id);
      const participant: ParticipantRecord = {
        id: newId(),
        workshopId: w.id,
        displayName: req.displayName ? req.displayName : null,
        role: req.role,
        party: req.party ? req.party : null,
        tableId,
        colour: PARTICIPANT_COLOURS[all.length % PARTICIPANT_COLOURS.length]!,
        joinedAt: this.now(),
        removedAt: null,
      };
      const participantToken = newToken();
      await this.repo.insertParticipant(participant, hashToken(participantToken));
      this.events.emit('runChanged', w.id);
      return { participantToken, participant: selfView(participant), workshopId: w.id };
    });
  }

  private async requireOpen(id: string): Promise<WorkshopRecord> {
    const w = await this.require(id);
    refuseIfEnded(w);
    return w;
  }

  /**
   * Replaces the setup, unless that would break what has run or is running ([U1]–[U5] in
   * server/README.md); every screen gets the new setup on the live channel.
   */
  async updateSetup(id: string, setup: WorkshopSetup): Promise<WorkshopRecord> {
    return this.mutex.run(id, async () => {
      const w = await this.requireOpen(id);
      const [seated, phaseLog, work] = await Promise.all([
        this.seatCounts(id),
        this.repo.phaseLog(id),
        this.activityWork(id),
      ]);
      const run = checkSetupChange({
        current: w.setup,
        next: setup,
        run: w.run,
        phaseLog,
        seated,
        work,
      });
      await this.repo.updateSetup(id, setup);
      await this.repo.updateRun(id, run);
      this.events.emit('runChanged', id);
      return { ...w, setup, run };
    });
  }

  /** One facilitator action, applied under the workshop's lock. */
  async act(id: string, action: FacilitatorAction): Promise<WorkshopRecord> {
    return this.mutex.run(id, async () => {
      const w = await this.requireOpen(id);
      switch (action.type) {
        case 'participant.move': {
          const p = await this.requireParticipant(id, action.participantId);
          if (!w.setup.tables.some((t) => t.id === action.tableId)) {
            throw new ApiProblem(
              400,
              'unknown_table',
              'The workshop has no such table.',
              'tableId',
            );
          }
          await this.repo.moveParticipant(p.id, action.tableId);
          break;
        }
        case 'participant.remove': {
          const p = await this.requireParticipant(id, action.participantId);
          await this.repo.removeParticipant(p.id, this.now());
          this.events.emit('participantRemoved', id, p.id);
          break;
        }
        case 'workshop.end': {
          const now = this.now();
          const run = applyRunAction(w.setup, w.run, { type: 'timer.pause' }, now);
          await this.repo.updateRun(id, run);
          await this.repo.end(id, now);
          this.events.emit('runChanged', id);
          return { ...w, run, endedAt: now };
        }
        default: {
          const now = this.now();
          const run = applyRunAction(w.setup, w.run, action, now);
          // The agenda as it ran: a phase begins when it is entered, or when the first one's
          // clock is first started.
          const log = await this.repo.phaseLog(id);
          if (run.phaseIndex !== w.run.phaseIndex)
            await this.repo.logPhase(id, run.phaseIndex, now);
          else if (action.type === 'timer.start' && log.length === 0)
            await this.repo.logPhase(id, run.phaseIndex, now);
          await this.repo.updateRun(id, run);
          this.events.emit('runChanged', id);
          return { ...w, run };
        }
      }
      this.events.emit('runChanged', id);
      return w;
    });
  }

  private async requireParticipant(
    workshopId: string,
    participantId: string,
  ): Promise<ParticipantRecord> {
    const p = await this.repo.getParticipant(participantId);
    if (!p || p.workshopId !== workshopId || p.removedAt !== null) {
      throw new ApiProblem(
        404,
        'participant_not_found',
        'No such participant in this workshop.',
        'participantId',
      );
    }
    return p;
  }
}
