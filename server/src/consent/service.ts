import {
  ConsentLimits,
  statementFromText,
  statementText,
  type ConsentCheck,
  type ConsentCounts,
  type CreateConsentCheck,
} from '@samskap/shared/consent';
import { ApiProblem } from '../errors';
import type { ArchivedPart } from '../activities/archive';
import { ChangeGate } from '../workshops/changeGate';
import { KeyedMutex } from '../workshops/keyedMutex';
import type { Mutex } from '../persistence/storage';
import type { WorkshopService } from '../workshops/service';
import { newId } from '../workshops/tokens';
import { disclose, discloseArchivedCheck, voterKey, type Voter } from '../planbehov';
import type { ConsentRepository, SealedCheck, StoredAnswer, StoredCheck } from './repository';

function countsOf(answers: readonly StoredAnswer[]): ConsentCounts {
  const counts: ConsentCounts['counts'] = [0, 0, 0, 0, 0];
  for (const a of answers) counts[a.value - 1]!++;
  return { answers: answers.length, counts };
}

const keyOf = (workshopId: string, checkId: string, voter: Voter) =>
  voterKey(voter.token, `${workshopId}/consent/${checkId}`);

/** Consent checks on ambitions and syntheses: answers in, aggregates out once revealed. */
export class ConsentService {
  private readonly gate: ChangeGate;

  constructor(
    private readonly repo: ConsentRepository,
    private readonly workshops: WorkshopService,
    private readonly archive: ArchivedPart<ConsentCheck[]> | null = null,
    private readonly mutex: Mutex = new KeyedMutex(),
    private readonly now: () => number = Date.now,
  ) {
    // [D7] Checks still open when the workshop ends are sealed then (see PlanbehovService).
    workshops.events.on('runChanged', (workshopId) => {
      this.sealIfEnded(workshopId).catch(() => undefined);
    });
    this.gate = new ChangeGate(
      this.mutex,
      (id) => workshops.require(id),
      (id) => workshops.events.emit('changed', id),
    );
  }

  private async sealIfEnded(workshopId: string): Promise<void> {
    const w = await this.workshops.get(workshopId);
    if (!w || w.endedAt === null) return;
    await this.mutex.run(workshopId, async () => {
      const open = (await this.repo.list(workshopId)).filter((c) => c.status === 'open');
      for (const c of open) await this.seal(workshopId, c);
      if (open.length > 0) this.workshops.events.emit('changed', workshopId);
    });
  }

  /** [D2][D7] Tally once under [D1], store that, delete the answers: one transaction. */
  private async seal(workshopId: string, c: StoredCheck): Promise<void> {
    const mine = (await this.repo.answers(workshopId)).filter((a) => a.checkId === c.id);
    const sealed: SealedCheck = {
      answered: mine.length,
      result: disclose(mine, countsOf, ConsentLimits.minGroupSize),
    };
    await this.repo.seal(workshopId, { ...c, status: 'closed' }, sealed);
  }

  async create(workshopId: string, input: CreateConsentCheck): Promise<string> {
    return this.gate.run(workshopId, async () => {
      if ((await this.repo.list(workshopId)).length >= ConsentLimits.checksMax) {
        throw new ApiProblem(
          409,
          'too_many_checks',
          `A workshop holds at most ${ConsentLimits.checksMax} consent checks.`,
        );
      }
      const id = newId();
      // [K3] Kept with its structure; the plain text is derived from it, so the two agree.
      const blocks = input.blocks ?? statementFromText(input.statement ?? '');
      await this.repo.insert(workshopId, {
        id,
        subject: input.subject,
        statement: input.blocks ? statementText(input.blocks) : input.statement!,
        blocks,
        status: 'open',
        revealed: false,
        createdAt: this.now(),
      });
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
    await this.gate.run(workshopId, async () => {
      const c = await this.find(workshopId, checkId);
      if (action === 'reveal' && c.status !== 'closed') {
        throw new ApiProblem(
          409,
          'check_not_closed',
          'Close the check before revealing its result.',
        );
      }
      if (action === 'close' && c.status === 'open') {
        await this.seal(workshopId, c);
      } else if (action === 'reopen' && c.status === 'closed') {
        // [D3] A closed check is final: asking again is a new check on the same statement.
        await this.repo.insert(workshopId, {
          ...c,
          id: newId(),
          status: 'open',
          revealed: false,
          createdAt: this.now(),
        });
      } else if (action === 'reveal' || action === 'hide') {
        await this.repo.update(workshopId, { ...c, revealed: action === 'reveal' });
      }
    });
  }

  async answer(workshopId: string, voter: Voter, checkId: string, value: number): Promise<void> {
    await this.gate.run(workshopId, async () => {
      const c = await this.find(workshopId, checkId);
      if (c.status !== 'open')
        throw new ApiProblem(409, 'check_closed', 'This consent check is closed.');
      await this.repo.answer(workshopId, {
        checkId,
        voterKey: keyOf(workshopId, checkId, voter),
        role: voter.participant.role,
        value,
      });
    });
  }

  /** The caller's own answers to open checks: the only individual answers that leave the server. */
  async own(workshopId: string, voter: Voter): Promise<Record<string, number>> {
    const answers = await this.repo.answers(workshopId);
    return Object.fromEntries(
      answers
        .filter((a) => a.voterKey === keyOf(workshopId, a.checkId, voter))
        .map((a) => [a.checkId, a.value]),
    );
  }

  /** Every check with its answer count, and its frozen aggregates once revealed ([D1], [D2]). */
  async view(workshopId: string): Promise<ConsentCheck[]> {
    const archived = await this.archive?.get(workshopId);
    if (archived) return archived.map(discloseArchivedCheck);
    const [checks, answers, sealed] = await Promise.all([
      this.repo.list(workshopId),
      this.repo.answers(workshopId),
      this.repo.sealed(workshopId),
    ]);
    return checks.map((c) => {
      const frozen = sealed.get(c.id);
      if (frozen) {
        return { ...c, answered: frozen.answered, result: c.revealed ? frozen.result : null };
      }
      const answered = answers.filter((a) => a.checkId === c.id).length;
      return { ...c, answered, result: null };
    });
  }
}
