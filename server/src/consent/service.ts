import {
  ConsentLimits,
  type ConsentCheck,
  type ConsentCounts,
  type CreateConsentCheck,
} from '@samskap/shared/consent';
import type { ParticipantRole } from '@samskap/shared/workshop';
import { ApiProblem } from '../errors';
import type { ArchiveStore } from '../transfer/archive';
import type { ParticipantRecord } from '../workshops/repository';
import { KeyedMutex } from '../workshops/keyedMutex';
import type { WorkshopService } from '../workshops/service';
import { newId } from '../workshops/tokens';
import type { ConsentRepository, StoredCheck } from './repository';

const ROLES: ParticipantRole[] = ['folkevalgt', 'administrasjon', 'annen'];

function countsOf(values: number[]): ConsentCounts {
  const counts: ConsentCounts['counts'] = [0, 0, 0, 0, 0];
  for (const v of values) counts[v - 1]!++;
  return { answers: values.length, counts };
}

/** Consent checks on ambitions and syntheses: answers in, aggregates out once revealed. */
export class ConsentService {
  private readonly mutex = new KeyedMutex();

  constructor(
    private readonly repo: ConsentRepository,
    private readonly workshops: WorkshopService,
    private readonly archive: ArchiveStore | null = null,
    private readonly now: () => number = Date.now,
  ) {}

  private async open(workshopId: string) {
    const w = await this.workshops.require(workshopId);
    if (w.endedAt !== null)
      throw new ApiProblem(409, 'workshop_ended', 'The workshop has ended and is read-only.');
    return w;
  }

  async create(workshopId: string, input: CreateConsentCheck): Promise<string> {
    return this.mutex.run(workshopId, async () => {
      await this.open(workshopId);
      if ((await this.repo.list(workshopId)).length >= ConsentLimits.checksMax) {
        throw new ApiProblem(
          409,
          'too_many_checks',
          `A workshop holds at most ${ConsentLimits.checksMax} consent checks.`,
        );
      }
      const id = newId();
      await this.repo.insert(workshopId, {
        id,
        ...input,
        status: 'open',
        revealed: false,
        createdAt: this.now(),
      });
      this.workshops.events.emit('changed', workshopId);
      return id;
    });
  }

  private async find(workshopId: string, checkId: string): Promise<StoredCheck> {
    const check = (await this.repo.list(workshopId)).find((c) => c.id === checkId);
    if (!check) throw new ApiProblem(404, 'check_not_found', 'No such consent check.', 'checkId');
    return check;
  }

  async act(
    workshopId: string,
    checkId: string,
    action: 'close' | 'reopen' | 'reveal' | 'hide',
  ): Promise<void> {
    await this.mutex.run(workshopId, async () => {
      await this.open(workshopId);
      const c = await this.find(workshopId, checkId);
      if (action === 'reveal' && c.status !== 'closed') {
        throw new ApiProblem(
          409,
          'check_not_closed',
          'Close the check before revealing its result.',
        );
      }
      const next: StoredCheck =
        action === 'close'
          ? { ...c, status: 'closed' }
          : action === 'reopen'
            ? { ...c, status: 'open', revealed: false }
            : { ...c, revealed: action === 'reveal' };
      await this.repo.update(workshopId, next);
      this.workshops.events.emit('changed', workshopId);
    });
  }

  async answer(
    workshopId: string,
    participant: ParticipantRecord,
    checkId: string,
    value: number,
  ): Promise<void> {
    await this.mutex.run(workshopId, async () => {
      await this.open(workshopId);
      const c = await this.find(workshopId, checkId);
      if (c.status !== 'open')
        throw new ApiProblem(409, 'check_closed', 'This consent check is closed.');
      await this.repo.answer(workshopId, checkId, participant.id, value);
      this.workshops.events.emit('changed', workshopId);
    });
  }

  /** The caller's own answers: the only individual answers that leave the server. */
  async own(workshopId: string, participantId: string): Promise<Record<string, number>> {
    const answers = await this.repo.answers(workshopId);
    return Object.fromEntries(
      answers.filter((a) => a.participantId === participantId).map((a) => [a.checkId, a.value]),
    );
  }

  /** Every check with its answer count, and aggregates where revealed (roles with ≥ 3 answers). */
  async view(workshopId: string): Promise<ConsentCheck[]> {
    const archived = await this.archive?.get(workshopId);
    if (archived) return archived.consent;
    const [checks, answers, people] = await Promise.all([
      this.repo.list(workshopId),
      this.repo.answers(workshopId),
      this.workshops.listParticipants(workshopId),
    ]);
    const roles = new Map(people.filter((p) => p.removedAt === null).map((p) => [p.id, p.role]));
    return checks.map((c) => {
      const mine = answers.filter((a) => a.checkId === c.id && roles.has(a.participantId));
      const result = c.revealed
        ? {
            all: countsOf(mine.map((a) => a.value)),
            byRole: Object.fromEntries(
              ROLES.map((r) => {
                const group = mine
                  .filter((a) => roles.get(a.participantId) === r)
                  .map((a) => a.value);
                return [r, group.length >= ConsentLimits.minGroupSize ? countsOf(group) : null];
              }),
            ) as Record<ParticipantRole, ConsentCounts | null>,
          }
        : null;
      return { ...c, answered: mine.length, result };
    });
  }
}
