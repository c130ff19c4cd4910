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
import type { ParticipantRole } from '@samskap/shared/workshop';
import { ApiProblem } from '../errors';
import type { ArchivedPart } from '../activities/archive';
import { ChangeGate } from '../workshops/changeGate';
import { KeyedMutex } from '../workshops/keyedMutex';
import type { Mutex } from '../persistence/storage';
import type { WorkshopService } from '../workshops/service';
import { newId } from '../workshops/tokens';
import { parsePlanbehovCsv, type ImportProblem } from './csvImport';
import type { PlanbehovRepository } from './repository';
import { discloseArchivedRound } from './archived';
import { ROLES } from './disclosure';
import { voterKey, type Voter } from './sealing';
import { tallyRound, type RoundSnapshot } from './tally';

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
    super(400, 'import_refused', `${where}${first.message}`, first.field, {
      details: { problems },
    });
    this.name = 'ImportRefused';
  }
}

/**
 * The planbehov activity: the list of plans, the voting rounds and the ballots. Individual
 * ballots go into the repository and come out only as a participant's own, or as aggregates.
 */
export class PlanbehovService {
  private readonly gate: ChangeGate;

  constructor(
    private readonly repo: PlanbehovRepository,
    private readonly workshops: WorkshopService,
    private readonly archive: ArchivedPart<RoundResults[]> | null = null,
    private readonly mutex: Mutex = new KeyedMutex(),
    private readonly now: () => number = Date.now,
  ) {
    // [D7] A round still open when the workshop ends is closed (sealed) then: nothing can be
    // cast afterwards, and its ballots must not stay in the database. A failure here leaves
    // them keyed as before; the next change of the workshop tries again.
    workshops.events.on('runChanged', (workshopId) => {
      this.sealIfEnded(workshopId).catch(() => undefined);
    });
    this.gate = new ChangeGate(
      this.mutex,
      (id) => workshops.require(id),
      (id) => this.changed(id),
    );
  }

  private async sealIfEnded(workshopId: string): Promise<void> {
    const w = await this.workshops.get(workshopId);
    if (!w || w.endedAt === null) return;
    await this.mutex.run(workshopId, async () => {
      const v = await this.voting(workshopId);
      if (v.status !== 'open') return;
      await this.repo.sealRound(workshopId, v.round, await this.count(workshopId, v.round, v));
      await this.repo.saveVoting(workshopId, { ...v, status: 'closed' });
      this.changed(workshopId);
    });
  }

  private changed(workshopId: string): void {
    this.workshops.events.emit('changed', workshopId);
  }

  async voting(workshopId: string): Promise<VotingState> {
    return (await this.repo.getVoting(workshopId)) ?? DEFAULT_VOTING;
  }

  /** Who is entitled to vote, per role: the participants present now. */
  private async eligible(
    workshopId: string,
    voting: VotingState,
  ): Promise<Record<ParticipantRole, number>> {
    const people = (await this.workshops.listParticipants(workshopId)).filter(
      (p) => p.removedAt === null && voting.eligibleRoles.includes(p.role),
    );
    return Object.fromEntries(
      ROLES.map((r) => [r, people.filter((p) => p.role === r).length]),
    ) as Record<ParticipantRole, number>;
  }

  /** The round's aggregates from its ballots as they stand (for sealing, and live turnout). */
  private async count(workshopId: string, round: number, voting: VotingState) {
    const [plans, ballots, eligible] = await Promise.all([
      this.repo.listPlans(workshopId),
      this.repo.listBallots(workshopId, round),
      this.eligible(workshopId, voting),
    ]);
    return tallyRound(round, plans, ballots, eligible);
  }

  /** A closed round's frozen aggregates ([D2]): from an imported archive, or as sealed at close. */
  private async snapshot(workshopId: string, round: number): Promise<RoundSnapshot | null> {
    const archived = (await this.archive?.get(workshopId))?.find((r) => r.round === round);
    if (archived) return { results: discloseArchivedRound(archived), comments: [] };
    return this.repo.getSnapshot(workshopId, round);
  }

  /**
   * The frozen aggregates of one round, for the outcome documents and the export ([D6]): the
   * same snapshot the screens show. A round never sealed shows nothing.
   */
  async results(workshopId: string, round: number): Promise<RoundResults> {
    const sealed = await this.snapshot(workshopId, round);
    if (sealed) return sealed.results;
    const voting = await this.voting(workshopId);
    const plans = await this.repo.listPlans(workshopId);
    return tallyRound(round, plans, [], await this.eligible(workshopId, voting)).results;
  }

  /** What every screen may see: turnout under [D4], and frozen aggregates once revealed. */
  async view(workshopId: string): Promise<PlanbehovView> {
    const voting = await this.voting(workshopId);
    const plans = await this.repo.listPlans(workshopId);
    const sealed = voting.round > 0 ? await this.snapshot(workshopId, voting.round) : null;
    const turnout =
      sealed?.results.turnout ??
      (await this.count(workshopId, voting.round, voting)).results.turnout;
    const results = voting.revealed && sealed ? sealed.results : null;
    const previous =
      results && voting.round > 1
        ? ((await this.snapshot(workshopId, voting.round - 1))?.results ?? null)
        : null;
    return { plans, voting, turnout, results, previous };
  }

  /** The list may change until voting first opens (the gate has refused an ended workshop). */
  private async requireEditable(workshopId: string): Promise<void> {
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
    return this.gate.run(workshopId, async () => {
      await this.requireEditable(workshopId);
      const result = parsePlanbehovCsv(bytes);
      if (!result.ok) throw new ImportRefused(result.problems);
      await this.repo.replacePlans(
        workshopId,
        result.plans.map((p) => ({ ...p, id: newId() })),
      );
      return result.plans.length;
    });
  }

  async addPlan(workshopId: string, input: PlanInput): Promise<string> {
    return this.gate.run(workshopId, async () => {
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
      return id;
    });
  }

  async updatePlan(workshopId: string, planId: string, input: PlanInput): Promise<void> {
    await this.gate.run(workshopId, async () => {
      await this.requireEditable(workshopId);
      if (!(await this.repo.updatePlan(workshopId, planId, planInputSchema.parse(input)))) {
        throw new ApiProblem(404, 'plan_not_found', 'No such plan in this workshop.', 'planId');
      }
    });
  }

  async deletePlan(workshopId: string, planId: string): Promise<void> {
    await this.gate.run(workshopId, async () => {
      await this.requireEditable(workshopId);
      if (!(await this.repo.deletePlan(workshopId, planId))) {
        throw new ApiProblem(404, 'plan_not_found', 'No such plan in this workshop.', 'planId');
      }
    });
  }

  /**
   * [P3] Widens the workshop's period to hold every year the list proposes, so that voters can
   * choose them; refused where the period would grow past its bound (then fix the list).
   */
  async widenPeriod(workshopId: string): Promise<Period> {
    // The setup change announces itself.
    return this.gate.run(
      workshopId,
      async (w) => {
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
      },
      { announce: false },
    );
  }

  async updateSettings(workshopId: string, settings: VotingSettings): Promise<VotingState> {
    return this.gate.run(workshopId, async () => {
      if (await this.repo.anyVotes(workshopId)) {
        throw new ApiProblem(
          409,
          'ballots_cast',
          'The voting settings cannot change once the first ballot is in.',
        );
      }
      const voting = { ...(await this.voting(workshopId)), ...settings };
      await this.repo.saveVoting(workshopId, voting);
      return voting;
    });
  }

  async act(workshopId: string, action: VotingAction): Promise<VotingState> {
    return this.gate.run(workshopId, async () => {
      const v = await this.voting(workshopId);
      let next: VotingState;
      switch (action) {
        case 'open':
        case 'newRound':
          if (v.status === 'open')
            throw new ApiProblem(409, 'voting_open', 'Voting is already open.');
          if ((await this.repo.listPlans(workshopId)).length === 0) {
            throw new ApiProblem(409, 'no_plans', 'Add or import plans before opening the voting.');
          }
          // [D3] A closed round is final: opening again is a new round.
          next = { ...v, round: v.round + 1, status: 'open', revealed: false };
          break;
        case 'close':
          if (v.status !== 'open')
            throw new ApiProblem(409, 'voting_not_open', 'Voting is not open.');
          // [D2][D7] Tally once, store the aggregates, delete the ballots: one transaction.
          await this.repo.sealRound(workshopId, v.round, await this.count(workshopId, v.round, v));
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
      }
      await this.repo.saveVoting(workshopId, next);
      return next;
    });
  }

  /** A participant's ballot on one plan: only their own, only while voting is open, within budget. */
  async cast(
    workshopId: string,
    voter: Voter,
    planId: string,
    input: BallotInput,
  ): Promise<OwnBallot[]> {
    const ballot = ballotSchema.parse(input);
    const { participant } = voter;
    return this.gate.run(workshopId, async (w) => {
      const v = await this.voting(workshopId);
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
      const key = this.keyOf(workshopId, v.round, voter);
      const cast = await this.repo.castWithinBudget(
        workshopId,
        v.round,
        { ...ballot, planId, voterKey: key, role: participant.role },
        v.pointsBudget,
      );
      if (!cast.ok) {
        throw new ApiProblem(
          400,
          'over_budget',
          `That would spend ${cast.spent + ballot.points} priority points; you have ${v.pointsBudget}.`,
          'points',
        );
      }
      return this.repo.listOwnBallots(workshopId, v.round, key);
    });
  }

  private keyOf(workshopId: string, round: number, voter: Voter): string {
    return voterKey(voter.token, `${workshopId}/planbehov/${round}`);
  }

  async withdraw(workshopId: string, voter: Voter, planId: string): Promise<OwnBallot[]> {
    // [X3] Through the gate like every change: an ended workshop's ballots stay as they are.
    return this.gate.run(workshopId, async () => {
      const v = await this.voting(workshopId);
      if (v.status !== 'open') throw new ApiProblem(409, 'voting_not_open', 'Voting is not open.');
      const key = this.keyOf(workshopId, v.round, voter);
      await this.repo.deleteBallot(workshopId, v.round, key, planId);
      return this.repo.listOwnBallots(workshopId, v.round, key);
    });
  }

  /** The caller's own ballots in the current round: the only individual ballots that leave. */
  async own(workshopId: string, voter: Voter): Promise<OwnBallot[]> {
    const v = await this.voting(workshopId);
    return this.repo.listOwnBallots(workshopId, v.round, this.keyOf(workshopId, v.round, voter));
  }

  /**
   * The comments on each plan, for the facilitator once revealed ([D5]): from the round's frozen
   * snapshot, without author or role, sorted by text, only on plans whose result is shown.
   */
  async comments(workshopId: string): Promise<Array<{ planId: string; comments: string[] }>> {
    const v = await this.voting(workshopId);
    if (!v.revealed || v.round === 0) return [];
    return (await this.snapshot(workshopId, v.round))?.comments ?? [];
  }
}
