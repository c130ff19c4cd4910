import {
  ballotSchema,
  PlanbehovLimits,
  planInputSchema,
  type BallotInput,
  type OwnBallot,
  type PlanbehovView,
  type PlanInput,
  type VotingAction,
  type VotingSettings,
  type VotingState,
  widenedPeriod,
} from '@samskap/shared/planbehov';
import { WorkshopLimits, type Period } from '@samskap/shared/workshop';
import type { RoundResults } from '@samskap/shared/planbehov';
import { ApiProblem } from '../errors';
import type { ArchiveStore } from '../transfer/archive';
import type { ParticipantRecord } from '../workshops/repository';
import { KeyedMutex } from '../workshops/keyedMutex';
import type { WorkshopService } from '../workshops/service';
import { newId } from '../workshops/tokens';
import { parsePlanbehovCsv, type ImportProblem } from './csvImport';
import type { PlanbehovRepository } from './repository';
import { tallyRound, type TallyBallot, type Voter } from './tally';

const DEFAULT_VOTING: VotingState = {
  round: 0,
  status: 'draft',
  revealed: false,
  pointsBudget: 5,
  eligibleRoles: ['folkevalgt', 'administrasjon', 'annen'],
};

/** A refused import: every problem, with its line and column. */
export class ImportRefused extends ApiProblem {
  constructor(readonly problems: ImportProblem[]) {
    const first = problems[0]!;
    const where =
      first.line > 0 ? `Line ${first.line}${first.field ? `, ${first.field}` : ''}: ` : '';
    super(400, 'import_refused', `${where}${first.message}`, first.field, { problems });
    this.name = 'ImportRefused';
  }
}

/**
 * The planbehov activity: the list of plans, the voting rounds and the ballots. Individual
 * ballots go into the repository and come out only as a participant's own, or as aggregates.
 */
export class PlanbehovService {
  private readonly mutex = new KeyedMutex();

  constructor(
    private readonly repo: PlanbehovRepository,
    private readonly workshops: WorkshopService,
    private readonly archive: ArchiveStore | null = null,
    private readonly now: () => number = Date.now,
  ) {}

  private changed(workshopId: string): void {
    this.workshops.events.emit('changed', workshopId);
  }

  async voting(workshopId: string): Promise<VotingState> {
    return (await this.repo.getVoting(workshopId)) ?? DEFAULT_VOTING;
  }

  private async voters(workshopId: string, voting: VotingState): Promise<Voter[]> {
    const people = await this.workshops.listParticipants(workshopId);
    return people
      .filter((p) => p.removedAt === null && voting.eligibleRoles.includes(p.role))
      .map((p) => ({ id: p.id, role: p.role }));
  }

  private async tally(
    workshopId: string,
    round: number,
    voting: VotingState,
  ): Promise<RoundResults> {
    const archived = (await this.archive?.get(workshopId))?.rounds.find((r) => r.round === round);
    if (archived) return archived;
    const [plans, ballots, voters] = await Promise.all([
      this.repo.listPlans(workshopId),
      this.repo.listBallots(workshopId, round),
      this.voters(workshopId, voting),
    ]);
    const roles = new Map(voters.map((v) => [v.id, v.role]));
    const withRoles: TallyBallot[] = ballots.flatMap((b) => {
      const role = roles.get(b.participantId);
      return role ? [{ ...b, role }] : [];
    });
    return tallyRound(round, plans, withRoles, voters);
  }

  /** The aggregates of one round, for the outcome documents (never individual ballots). */
  async results(workshopId: string, round: number) {
    return this.tally(workshopId, round, await this.voting(workshopId));
  }

  /** What every screen may see: aggregates only, and those only once revealed. */
  async view(workshopId: string): Promise<PlanbehovView> {
    const voting = await this.voting(workshopId);
    const plans = await this.repo.listPlans(workshopId);
    const current = voting.round > 0 ? await this.tally(workshopId, voting.round, voting) : null;
    const turnout = current?.turnout ?? (await this.tally(workshopId, 0, voting)).turnout;
    const revealed = voting.revealed && current !== null;
    const previous =
      revealed && voting.round > 1 ? await this.tally(workshopId, voting.round - 1, voting) : null;
    return { plans, voting, turnout, results: revealed ? current : null, previous };
  }

  private async requireEditable(workshopId: string): Promise<void> {
    const w = await this.workshops.require(workshopId);
    if (w.endedAt !== null)
      throw new ApiProblem(409, 'workshop_ended', 'The workshop has ended and is read-only.');
    if ((await this.voting(workshopId)).round > 0) {
      throw new ApiProblem(
        409,
        'voting_started',
        'The list cannot change once voting has been opened.',
      );
    }
  }

  /** Replaces the list with the file's plans, or changes nothing and says why. */
  async importCsv(workshopId: string, bytes: Uint8Array): Promise<number> {
    return this.mutex.run(workshopId, async () => {
      await this.requireEditable(workshopId);
      const result = parsePlanbehovCsv(bytes);
      if (!result.ok) throw new ImportRefused(result.problems);
      await this.repo.replacePlans(
        workshopId,
        result.plans.map((p) => ({ ...p, id: newId() })),
      );
      this.changed(workshopId);
      return result.plans.length;
    });
  }

  async addPlan(workshopId: string, input: PlanInput): Promise<string> {
    return this.mutex.run(workshopId, async () => {
      await this.requireEditable(workshopId);
      if ((await this.repo.listPlans(workshopId)).length >= PlanbehovLimits.plansMax) {
        throw new ApiProblem(
          409,
          'too_many_plans',
          `The list holds at most ${PlanbehovLimits.plansMax} plans.`,
        );
      }
      const id = newId();
      await this.repo.insertPlan(workshopId, { ...planInputSchema.parse(input), id });
      this.changed(workshopId);
      return id;
    });
  }

  async updatePlan(workshopId: string, planId: string, input: PlanInput): Promise<void> {
    await this.mutex.run(workshopId, async () => {
      await this.requireEditable(workshopId);
      if (!(await this.repo.updatePlan(workshopId, planId, planInputSchema.parse(input)))) {
        throw new ApiProblem(404, 'plan_not_found', 'No such plan in this workshop.', 'planId');
      }
      this.changed(workshopId);
    });
  }

  async deletePlan(workshopId: string, planId: string): Promise<void> {
    await this.mutex.run(workshopId, async () => {
      await this.requireEditable(workshopId);
      if (!(await this.repo.deletePlan(workshopId, planId))) {
        throw new ApiProblem(404, 'plan_not_found', 'No such plan in this workshop.', 'planId');
      }
      this.changed(workshopId);
    });
  }

  /**
   * [P3] Widens the workshop's period to hold every year the list proposes, so that voters can
   * choose them; refused where the period would grow past its bound (then fix the list).
   */
  async widenPeriod(workshopId: string): Promise<Period> {
    return this.mutex.run(workshopId, async () => {
      const w = await this.workshops.require(workshopId);
      if (w.endedAt !== null)
        throw new ApiProblem(409, 'workshop_ended', 'The workshop has ended and is read-only.');
      const period = widenedPeriod(await this.repo.listPlans(workshopId), w.setup.period);
      if (!period) {
        throw new ApiProblem(
          409,
          'period_too_long',
          `The proposed years would make the period longer than ${WorkshopLimits.periodSpanMax} years.`,
          'period',
        );
      }
      if (period.start !== w.setup.period.start || period.end !== w.setup.period.end)
        await this.workshops.updateSetup(workshopId, { ...w.setup, period });
      return period;
    });
  }

  async updateSettings(workshopId: string, settings: VotingSettings): Promise<VotingState> {
    return this.mutex.run(workshopId, async () => {
      const w = await this.workshops.require(workshopId);
      if (w.endedAt !== null)
        throw new ApiProblem(409, 'workshop_ended', 'The workshop has ended and is read-only.');
      if ((await this.repo.countBallots(workshopId)) > 0) {
        throw new ApiProblem(
          409,
          'ballots_cast',
          'The voting settings cannot change once the first ballot is in.',
        );
      }
      const voting = { ...(await this.voting(workshopId)), ...settings };
      await this.repo.saveVoting(workshopId, voting);
      this.changed(workshopId);
      return voting;
    });
  }

  async act(workshopId: string, action: VotingAction): Promise<VotingState> {
    return this.mutex.run(workshopId, async () => {
      const w = await this.workshops.require(workshopId);
      if (w.endedAt !== null)
        throw new ApiProblem(409, 'workshop_ended', 'The workshop has ended and is read-only.');
      const v = await this.voting(workshopId);
      let next: VotingState;
      switch (action) {
        case 'open':
          if (v.status === 'open')
            throw new ApiProblem(409, 'voting_open', 'Voting is already open.');
          if ((await this.repo.listPlans(workshopId)).length === 0) {
            throw new ApiProblem(409, 'no_plans', 'Add or import plans before opening the voting.');
          }
          next = { ...v, round: Math.max(1, v.round), status: 'open', revealed: false };
          break;
        case 'close':
          if (v.status !== 'open')
            throw new ApiProblem(409, 'voting_not_open', 'Voting is not open.');
          next = { ...v, status: 'closed' };
          break;
        case 'reveal':
          if (v.status !== 'closed') {
            throw new ApiProblem(
              409,
              'voting_not_closed',
              'Close the voting before revealing the results.',
            );
          }
          next = { ...v, revealed: true };
          break;
        case 'hide':
          next = { ...v, revealed: false };
          break;
        case 'newRound':
          if (v.status !== 'closed') {
            throw new ApiProblem(
              409,
              'voting_not_closed',
              'Close this round before opening the next.',
            );
          }
          next = { ...v, round: v.round + 1, status: 'open', revealed: false };
          break;
      }
      await this.repo.saveVoting(workshopId, next);
      this.changed(workshopId);
      return next;
    });
  }

  /** A participant's ballot on one plan: only their own, only while voting is open, within budget. */
  async cast(
    workshopId: string,
    participant: ParticipantRecord,
    planId: string,
    input: BallotInput,
  ): Promise<OwnBallot[]> {
    const ballot = ballotSchema.parse(input);
    return this.mutex.run(workshopId, async () => {
      const w = await this.workshops.require(workshopId);
      const v = await this.voting(workshopId);
      if (w.endedAt !== null)
        throw new ApiProblem(409, 'workshop_ended', 'The workshop has ended and is read-only.');
      if (v.status !== 'open') throw new ApiProblem(409, 'voting_not_open', 'Voting is not open.');
      if (!v.eligibleRoles.includes(participant.role)) {
        throw new ApiProblem(403, 'not_eligible', 'Your role does not vote in this workshop.');
      }
      if (!(await this.repo.listPlans(workshopId)).some((p) => p.id === planId)) {
        throw new ApiProblem(404, 'plan_not_found', 'No such plan in this workshop.', 'planId');
      }
      const { start, end } = w.setup.period;
      if (ballot.startYear !== null && (ballot.startYear < start || ballot.startYear > end)) {
        throw new ApiProblem(
          400,
          'year_outside_period',
          `The start year must be within ${start}–${end}.`,
          'startYear',
        );
      }
      const own = await this.repo.listOwnBallots(workshopId, v.round, participant.id);
      const spent = own.filter((b) => b.planId !== planId).reduce((sum, b) => sum + b.points, 0);
      if (spent + ballot.points > v.pointsBudget) {
        throw new ApiProblem(
          400,
          'over_budget',
          `That would spend ${spent + ballot.points} priority points; you have ${v.pointsBudget}.`,
          'points',
        );
      }
      await this.repo.upsertBallot(
        workshopId,
        v.round,
        { ...ballot, planId, participantId: participant.id },
        this.now(),
      );
      this.changed(workshopId);
      return this.own(workshopId, participant.id, v.round);
    });
  }

  async withdraw(
    workshopId: string,
    participant: ParticipantRecord,
    planId: string,
  ): Promise<OwnBallot[]> {
    return this.mutex.run(workshopId, async () => {
      const v = await this.voting(workshopId);
      if (v.status !== 'open') throw new ApiProblem(409, 'voting_not_open', 'Voting is not open.');
      await this.repo.deleteBallot(workshopId, v.round, participant.id, planId);
      this.changed(workshopId);
      return this.own(workshopId, participant.id, v.round);
    });
  }

  /** The caller's own ballots in the current round: the only individual ballots that leave. */
  async own(workshopId: string, participantId: string, round?: number): Promise<OwnBallot[]> {
    const r = round ?? (await this.voting(workshopId)).round;
    const ballots = await this.repo.listOwnBallots(workshopId, r, participantId);
    return ballots.map(({ participantId: _omit, ...b }) => b);
  }

  /**
   * The comments on each plan, for the facilitator once revealed: without author or role, in no
   * particular order, and only where enough voted on the plan that no one stands out.
   */
  async comments(workshopId: string): Promise<Array<{ planId: string; comments: string[] }>> {
    const v = await this.voting(workshopId);
    if (!v.revealed || v.round === 0) return [];
    const eligible = new Set((await this.voters(workshopId, v)).map((p) => p.id));
    const ballots = (await this.repo.listBallots(workshopId, v.round)).filter((b) =>
      eligible.has(b.participantId),
    );
    const byPlan = new Map<string, { count: number; comments: string[] }>();
    for (const b of ballots) {
      const entry = byPlan.get(b.planId) ?? { count: 0, comments: [] };
      entry.count++;
      if (b.comment !== '') entry.comments.push(b.comment);
      byPlan.set(b.planId, entry);
    }
    return [...byPlan]
      .filter(([, e]) => e.count >= PlanbehovLimits.minGroupSize && e.comments.length > 0)
      .map(([planId, e]) => ({ planId, comments: [...e.comments].sort() }));
  }
}
