import {
  OppdragLimits,
  oppdragInputSchema,
  type Judgement,
  type Oppdrag,
  type OppdragFields,
  type OppdragInput,
  type OppdragSettings,
  type OppdragView,
  type OwnPoints,
  type ProposalAction,
  type ProposalPoints,
  type ProposalRequest,
  type TableWork,
  proposalRequestSchema,
} from '@samskap/shared/oppdrag';
import { ApiProblem } from '../errors';
import { voterKey, type Voter } from '../planbehov';
import { ChangeGate } from '../workshops/changeGate';
import { KeyedMutex } from '../workshops/keyedMutex';
import type { Mutex } from '../persistence/storage';
import type { WorkshopRecord } from '../workshops/repository';
import type { WorkshopService } from '../workshops/service';
import { newId } from '../workshops/tokens';
import { parseOppdragCsv } from './csvImport';
import type { OppdragRepository, OppdragState, StoredPoints } from './repository';

/** Who writes a table's work: the facilitator, or a participant at the table they sit at now. */
export type Writer = { facilitator: true } | { facilitator: false; tableId: string };

/** A refused import: every problem, by line and column ([OP1]). */
export class OppdragImportRefused extends ApiProblem {
  constructor(readonly problems: ReturnType<typeof parseOppdragCsv> & { ok: false }) {
    const first = problems.problems[0]!;
    super(400, 'import_refused', `Line ${first.line}: ${first.message}`, first.field, {
      details: { problems: problems.problems },
    });
    this.name = 'OppdragImportRefused';
  }
}

const emptyWork = (): TableWork => ({ links: [], judgements: {}, questions: [] });

function goalIdsOf(w: WorkshopRecord): Set<string> {
  return new Set(w.setup.focusAreas.flatMap((a) => a.goals.map((g) => g.id)));
}

/** The totals shown once the points are sealed: only those resting on 3 voters or more ([OP6]). */
export function sealPoints(
  proposalIds: readonly string[],
  stored: readonly StoredPoints[],
): { results: ProposalPoints[]; voters: number } {
  const voters = new Set(stored.filter((s) => s.points > 0).map((s) => s.voterKey)).size;
  const results = proposalIds.map((proposalId) => {
    const given = stored.filter((s) => s.proposalId === proposalId && s.points > 0);
    const enough = new Set(given.map((s) => s.voterKey)).size >= OppdragLimits.minGroupSize;
    return { proposalId, points: enough ? given.reduce((sum, s) => sum + s.points, 0) : null };
  });
  return { results, voters };
}

/**
 * The HØP oppdrag activity: the list (imported or edited by the facilitator), each table's work
 * on it (links, judgements, questions, proposals), the plenary's marks and priority points.
 * Every change goes through the workshop's `ChangeGate` (mostly by `change()`): the workshop must
 * not have ended, and a participant writes only while input is open and only their own table's
 * work.
 */
export class OppdragService {
  private readonly gate: ChangeGate;

  constructor(
    private readonly repo: OppdragRepository,
    private readonly workshops: WorkshopService,
    mutex: Mutex = new KeyedMutex(),
  ) {
    this.gate = new ChangeGate(
      mutex,
      (id) => workshops.require(id),
      (id) => workshops.events.emit('changed', id),
    );
  }

  /** Through the gate [X3]: load the state, change it, save it; a participant only while open. */
  private async change<T>(
    workshopId: string,
    writer: Writer,
    fn: (state: OppdragState, w: WorkshopRecord) => T,
  ): Promise<T> {
    return this.gate.run(
      workshopId,
      async (w) => {
        const state = await this.repo.get(workshopId);
        const result = fn(state, w);
        await this.repo.save(workshopId, state);
        return result;
      },
      { refuseWhenLocked: !writer.facilitator },
    );
  }

  /** [OP2] The table's work, if this writer may write it. */
  private tableWork(state: OppdragState, w: WorkshopRecord, writer: Writer, tableId: string) {
    if (!w.setup.tables.some((t) => t.id === tableId))
      throw new ApiProblem(404, 'table_not_found', 'The workshop has no such table.', 'tableId');
    if (!writer.facilitator && writer.tableId !== tableId)
      throw new ApiProblem(403, 'not_your_table', 'You may write only your own table’s work.');
    return (state.tables[tableId] ??= emptyWork());
  }

  private requireGoal(w: WorkshopRecord, goalId: string): void {
    if (!goalIdsOf(w).has(goalId))
      throw new ApiProblem(404, 'goal_not_found', 'The samfunnsdel has no such goal.', 'goalId');
  }

  private requireOppdrag(state: OppdragState, oppdragId: string): Oppdrag {
    const o = state.oppdrag.find((x) => x.id === oppdragId);
    if (!o) throw new ApiProblem(404, 'oppdrag_not_found', 'No such oppdrag.', 'oppdragId');
    return o;
  }

  private checkedOppdrag(w: WorkshopRecord, input: OppdragInput): OppdragFields {
    const o = oppdragInputSchema.parse(input);
    const goals = goalIdsOf(w);
    const unknown = o.goalIds.find((g) => !goals.has(g));
    if (unknown !== undefined)
      throw new ApiProblem(
        404,
        'goal_not_found',
        `The samfunnsdel has no goal ${unknown}.`,
        'goalIds',
      );
    return o;
  }

  /** Drops what tables said about oppdrag that are gone. */
  private prune(state: OppdragState): void {
    const ids = new Set(state.oppdrag.map((o) => o.id));
    for (const work of Object.values(state.tables)) {
      work.links = work.links.filter((l) => ids.has(l.oppdragId));
      work.questions = work.questions.filter((q) => ids.has(q.oppdragId));
    }
  }

  async view(workshopId: string): Promise<OppdragView> {
    const s = await this.repo.get(workshopId);
    return {
      oppdrag: s.oppdrag,
      tableFocus: s.tableFocus,
      tables: s.tables,
      proposals: s.proposals,
      points: {
        status: s.points.status,
        budget: s.points.budget,
        voters:
          s.points.status === 'sealed'
            ? s.points.voters
            : new Set((await this.repo.listPoints(workshopId)).map((p) => p.voterKey)).size,
        results: s.points.status === 'sealed' ? s.points.results : null,
      },
    };
  }

  /** The whole state, for the export and the outcome. */
  async state(workshopId: string): Promise<OppdragState> {
    return this.repo.get(workshopId);
  }

  // The facilitator's list.

  async importCsv(workshopId: string, bytes: Uint8Array): Promise<number> {
    return this.change(workshopId, { facilitator: true }, (state, w) => {
      const parsed = parseOppdragCsv(bytes, goalIdsOf(w));
      if (!parsed.ok) throw new OppdragImportRefused(parsed);
      state.oppdrag = parsed.oppdrag.map((o) => ({ ...o, id: newId() }));
      this.prune(state);
      return state.oppdrag.length;
    });
  }

  async add(workshopId: string, input: OppdragInput): Promise<string> {
    return this.change(workshopId, { facilitator: true }, (state, w) => {
      const o = this.checkedOppdrag(w, input);
      if (state.oppdrag.length >= OppdragLimits.oppdragMax)
        throw new ApiProblem(409, 'too_many_oppdrag', 'The list is full.');
      const id = newId();
      state.oppdrag.push({ ...o, id });
      return id;
    });
  }

  async update(workshopId: string, oppdragId: string, input: OppdragInput): Promise<void> {
    await this.change(workshopId, { facilitator: true }, (state, w) => {
      const o = this.checkedOppdrag(w, input);
      const i = state.oppdrag.findIndex((x) => x.id === oppdragId);
      if (i < 0) throw new ApiProblem(404, 'oppdrag_not_found', 'No such oppdrag.');
      state.oppdrag[i] = { ...o, id: oppdragId };
    });
  }

  async remove(workshopId: string, oppdragId: string): Promise<void> {
    await this.change(workshopId, { facilitator: true }, (state) => {
      this.requireOppdrag(state, oppdragId);
      state.oppdrag = state.oppdrag.filter((o) => o.id !== oppdragId);
      this.prune(state);
    });
  }

  async settings(workshopId: string, settings: OppdragSettings): Promise<void> {
    await this.change(workshopId, { facilitator: true }, (state, w) => {
      for (const [tableId, focus] of Object.entries(settings.tableFocus)) {
        if (!w.setup.tables.some((t) => t.id === tableId))
          throw new ApiProblem(404, 'table_not_found', 'No such table.', 'tableFocus');
        if (focus !== 'all' && !w.setup.focusAreas.some((a) => a.id === focus))
          throw new ApiProblem(404, 'focus_area_not_found', 'No such focus area.', 'tableFocus');
      }
      if (state.points.status === 'open' && settings.pointsBudget < state.points.budget)
        throw new ApiProblem(
          409,
          'points_open',
          'The budget cannot shrink while points are given.',
        );
      state.tableFocus = settings.tableFocus;
      state.points.budget = settings.pointsBudget;
    });
  }

  // At the tables.

  /** [OP4] A judgement is set, not added: sending it again (a tablet's queue) changes nothing. */
  async judge(
    workshopId: string,
    writer: Writer,
    tableId: string,
    goalId: string,
    judgement: Judgement | null,
  ): Promise<void> {
    await this.change(workshopId, writer, (state, w) => {
      const work = this.tableWork(state, w, writer, tableId);
      this.requireGoal(w, goalId);
      if (judgement === null) delete work.judgements[goalId];
      else work.judgements[goalId] = judgement;
    });
  }

  async link(
    workshopId: string,
    writer: Writer,
    tableId: string,
    link: { goalId: string; oppdragId: string; linked: boolean },
  ): Promise<void> {
    await this.change(workshopId, writer, (state, w) => {
      const work = this.tableWork(state, w, writer, tableId);
      this.requireGoal(w, link.goalId);
      this.requireOppdrag(state, link.oppdragId);
      const same = (l: { goalId: string; oppdragId: string }) =>
        l.goalId === link.goalId && l.oppdragId === link.oppdragId;
      work.links = work.links.filter((l) => !same(l));
      if (link.linked) {
        if (work.links.length >= OppdragLimits.linksPerTableMax)
          throw new ApiProblem(
            409,
            'too_many_items',
            'The table has added as many links as it may.',
          );
        work.links.push({ goalId: link.goalId, oppdragId: link.oppdragId });
      }
    });
  }

  async question(
    workshopId: string,
    writer: Writer,
    tableId: string,
    q: { oppdragId: string; text: string },
  ): Promise<string> {
    return this.change(workshopId, writer, (state, w) => {
      const work = this.tableWork(state, w, writer, tableId);
      this.requireOppdrag(state, q.oppdragId);
      if (work.questions.length >= OppdragLimits.questionsPerTableMax)
        throw new ApiProblem(
          409,
          'too_many_items',
          'The table has asked as many questions as it may.',
        );
      const id = newId();
      work.questions.push({ id, oppdragId: q.oppdragId, text: q.text });
      return id;
    });
  }

  async propose(
    workshopId: string,
    writer: Writer,
    tableId: string,
    input: ProposalRequest,
  ): Promise<string> {
    const p = proposalRequestSchema.parse(input);
    return this.change(workshopId, writer, (state, w) => {
      this.tableWork(state, w, writer, tableId);
      this.requireGoal(w, p.goalId);
      if (state.points.status !== 'closed')
        throw new ApiProblem(409, 'points_opened', 'Proposals are closed once points are given.');
      if (state.proposals.length >= OppdragLimits.proposalsMax)
        throw new ApiProblem(409, 'too_many_items', 'There are as many proposals as there may be.');
      const id = newId();
      state.proposals.push({ id, ...p, tableIds: [tableId], passOn: false });
      return id;
    });
  }

  // In plenary.

  async proposalAction(workshopId: string, proposalId: string, action: ProposalAction) {
    await this.change(workshopId, { facilitator: true }, (state) => {
      const p = state.proposals.find((x) => x.id === proposalId);
      if (!p) throw new ApiProblem(404, 'proposal_not_found', 'No such proposal.');
      if (action.action === 'passOn') {
        p.passOn = action.passOn;
        return;
      }
      const into = state.proposals.find((x) => x.id === action.into);
      if (!into || into === p)
        throw new ApiProblem(404, 'proposal_not_found', 'No such proposal to merge into.', 'into');
      if (state.points.status !== 'closed')
        throw new ApiProblem(409, 'points_opened', 'Proposals cannot merge once points are given.');
      into.tableIds = [...new Set([...into.tableIds, ...p.tableIds])].sort();
      into.passOn ||= p.passOn;
      state.proposals = state.proposals.filter((x) => x !== p);
    });
  }

  /** Opens the points, or closes and seals them ([OP6]): totals frozen, stored points deleted. */
  async pointsAction(workshopId: string, action: 'open' | 'close'): Promise<void> {
    await this.gate.run(workshopId, async () => {
      const state = await this.repo.get(workshopId);
      if (action === 'open') {
        if (state.points.status !== 'closed')
          throw new ApiProblem(409, 'points_opened', 'Points have been opened already.');
        state.points.status = 'open';
        await this.repo.save(workshopId, state);
      } else {
        if (state.points.status !== 'open')
          throw new ApiProblem(409, 'points_closed', 'Points are not open.');
        const sealed = sealPoints(
          state.proposals.map((p) => p.id),
          await this.repo.listPoints(workshopId),
        );
        state.points = { ...state.points, status: 'sealed', ...sealed };
        await this.repo.seal(workshopId, state);
      }
    });
  }

  async ownPoints(workshopId: string, voter: Voter): Promise<OwnPoints[]> {
    return this.repo.ownPoints(workshopId, voterKey(voter.token, `${workshopId}/oppdrag`));
  }

  /** [OP5] Points within the budget, checked and written in one transaction. */
  async givePoints(
    workshopId: string,
    voter: Voter,
    proposalId: string,
    points: number,
  ): Promise<OwnPoints[]> {
    await this.gate.run(
      workshopId,
      async () => {
        const state = await this.repo.get(workshopId);
        if (state.points.status !== 'open')
          throw new ApiProblem(409, 'points_closed', 'Points are not open.');
        if (!state.proposals.some((p) => p.id === proposalId))
          throw new ApiProblem(404, 'proposal_not_found', 'No such proposal.');
        const key = voterKey(voter.token, `${workshopId}/oppdrag`);
        const outcome = await this.repo.giveWithinBudget(
          workshopId,
          { voterKey: key, proposalId, points },
          state.points.budget,
        );
        if (!outcome.ok)
          throw new ApiProblem(
            409,
            'over_budget',
            'That is more points than you have left.',
            'points',
            { params: { budget: state.points.budget, spent: outcome.spent } },
          );
      },
      { refuseWhenLocked: true },
    );
    return this.ownPoints(workshopId, voter);
  }
}
