import {
  compareWithBaseline,
  countAnswers,
  DEFAULT_STATEMENTS,
  EvaluationLimits,
  type ChooseBaseline,
  type EvaluationAction,
  type EvaluationAnswer,
  type EvaluationBaseline,
  type EvaluationExport,
  type EvaluationResult,
  type EvaluationView,
} from '@samskap/shared/evaluering';
import { randomInt } from 'node:crypto';
import { ApiProblem } from '../errors';
import { disclose } from '../planbehov';
import { voterKey, type Voter } from '../planbehov';
import { ChangeGate } from '../workshops/changeGate';
import { KeyedMutex } from '../workshops/keyedMutex';
import type { Mutex } from '../persistence/storage';
import type { WorkshopService } from '../workshops/service';
import type {
  EvaluationRepository,
  SealedEvaluation,
  StoredEvaluationAnswer,
  StoredForm,
} from './repository';

const keyOf = (workshopId: string, voter: Voter) =>
  voterKey(voter.token, `${workshopId}/evaluering`);

/** [EV4] A uniformly drawn order (crypto), so that no order tells who wrote first. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * [EV2] The whole form is one question for disclosure: every answer rates every item, so one
 * role split (decided by [D1] over the respondents) holds for every statement, and the free
 * texts are shown only where "all" is.
 */
export function sealAnswers(
  statementCount: number,
  answers: readonly StoredEvaluationAnswer[],
): SealedEvaluation {
  const shown = disclose(
    answers,
    (group) => countAnswers(statementCount, group),
    EvaluationLimits.minGroupSize,
  );
  const texts = (pick: (a: StoredEvaluationAnswer) => string) =>
    shuffled(answers.map(pick).filter((t) => t.length > 0));
  const result: EvaluationResult = {
    ...shown,
    texts:
      shown.all === null
        ? null
        : { worked: texts((a) => a.worked), change: texts((a) => a.change) },
  };
  return { answered: answers.length, result };
}

/** The previous seminar's shown result as a baseline, or why it cannot be one. */
function baselineFrom(
  source: EvaluationBaseline['source'],
  title: string,
  date: string,
  form: EvaluationExport['form'],
): EvaluationBaseline {
  const all = form?.status === 'closed' ? form.all : null;
  if (!form || !all || all.answers < EvaluationLimits.minGroupSize) {
    throw new ApiProblem(
      409,
      'baseline_without_result',
      'That workshop has no closed evaluation with a shown result to compare with.',
      source,
    );
  }
  const sums = [...all.statements, all.returnOnTime].map((c) => c.reduce((a, b) => a + b, 0));
  if (all.statements.length !== form.statements.length || sums.some((s) => s !== all.answers)) {
    throw new ApiProblem(
      400,
      'baseline_invalid',
      'The evaluation in that file does not add up: each statement must count every answer.',
      source,
    );
  }
  return {
    source,
    title,
    date,
    statements: form.statements.map((text, i) => ({ text, counts: all.statements[i]! })),
    returnOnTime: all.returnOnTime,
    answers: all.answers,
  };
}

/** The closing evaluation: statements, one anonymous answer per participant, sealed results. */
export class EvaluationService {
  private readonly gate: ChangeGate;

  constructor(
    private readonly repo: EvaluationRepository,
    private readonly workshops: WorkshopService,
    private readonly mutex: Mutex = new KeyedMutex(),
  ) {
    // One mutex: the gate's changes and the sealing at the end never interleave.
    this.gate = new ChangeGate(
      this.mutex,
      (id) => workshops.require(id),
      (id) => workshops.events.emit('changed', id),
    );
    // [EV3] A form still open when the workshop ends is sealed then.
    workshops.events.on('runChanged', (workshopId) => {
      this.sealIfEnded(workshopId).catch(() => undefined);
    });
  }

  private async sealIfEnded(workshopId: string): Promise<void> {
    const w = await this.workshops.get(workshopId);
    if (!w || w.endedAt === null) return;
    await this.mutex.run(workshopId, async () => {
      const form = await this.repo.form(workshopId);
      if (form?.status !== 'open') return;
      await this.seal(workshopId, form);
      this.workshops.events.emit('changed', workshopId);
    });
  }

  private async seal(workshopId: string, form: StoredForm): Promise<void> {
    const sealed = sealAnswers(form.statements.length, await this.repo.answers(workshopId));
    await this.repo.seal(workshopId, { ...form, status: 'closed' }, sealed);
  }

  /** Every change goes through the workshop's gate [X3]: refused once the workshop has ended. */
  private changing<T>(workshopId: string, task: () => Promise<T>): Promise<T> {
    return this.gate.run(workshopId, () => task());
  }

  /** The statements the form will ask: the facilitator's, else the template's in the workshop's language. */
  async planned(workshopId: string): Promise<{ statements: string[]; edited: boolean }> {
    const own = await this.repo.statements(workshopId);
    if (own) return { statements: own, edited: true };
    const w = await this.workshops.require(workshopId);
    return { statements: [...DEFAULT_STATEMENTS[w.setup.language]], edited: false };
  }

  /** [EV1] The statements can be changed until the form opens; null goes back to the template's. */
  async setStatements(workshopId: string, statements: string[] | null): Promise<void> {
    await this.changing(workshopId, async () => {
      if (await this.repo.form(workshopId)) {
        throw new ApiProblem(
          409,
          'evaluation_opened',
          'The form has been opened: its statements can no longer change.',
          'statements',
        );
      }
      await this.repo.setStatements(workshopId, statements);
    });
  }

  async act(workshopId: string, action: EvaluationAction): Promise<void> {
    await this.changing(workshopId, async () => {
      const form = await this.repo.form(workshopId);
      if (action === 'open') {
        if (form?.status === 'closed') {
          throw new ApiProblem(
            409,
            'evaluation_closed',
            'The evaluation is closed; its result is final.',
          );
        }
        if (!form) {
          const { statements } = await this.planned(workshopId);
          await this.repo.putForm(workshopId, { statements, status: 'open', revealed: false });
        }
        return;
      }
      if (action === 'close') {
        if (!form)
          throw new ApiProblem(409, 'evaluation_not_open', 'The form has not been opened.');
        if (form.status === 'open') await this.seal(workshopId, form);
        return;
      }
      if (form?.status !== 'closed') {
        throw new ApiProblem(
          409,
          'evaluation_not_closed',
          'Close the form before showing its result.',
        );
      }
      await this.repo.putForm(workshopId, { ...form, revealed: action === 'reveal' });
    });
  }

  /** [EV3] One answer per participant, replaced until the form closes. */
  async answer(workshopId: string, voter: Voter, answer: EvaluationAnswer): Promise<void> {
    await this.changing(workshopId, async () => {
      const w = await this.workshops.require(workshopId);
      if (w.run.locked)
        throw new ApiProblem(409, 'input_locked', 'The facilitator has locked input.');
      const form = await this.repo.form(workshopId);
      if (form?.status !== 'open') {
        throw new ApiProblem(409, 'evaluation_not_open', 'The evaluation form is not open.');
      }
      if (answer.agree.length !== form.statements.length) {
        throw new ApiProblem(
          400,
          'invalid_input',
          `Rate each of the ${form.statements.length} statements (got ${answer.agree.length}).`,
          'agree',
        );
      }
      await this.repo.answer(workshopId, {
        voterKey: keyOf(workshopId, voter),
        role: voter.participant.role,
        ...answer,
      });
    });
  }

  /** The caller's own answer to the open form: the only individual answer that leaves the server. */
  async own(workshopId: string, voter: Voter): Promise<EvaluationAnswer | null> {
    const key = keyOf(workshopId, voter);
    const mine = (await this.repo.answers(workshopId)).find((a) => a.voterKey === key);
    if (!mine) return null;
    const { agree, returnOnTime, worked, change } = mine;
    return { agree, returnOnTime, worked, change };
  }

  /** [EV6] Sets (or clears) the previous seminar to compare with. */
  async chooseBaseline(workshopId: string, choice: ChooseBaseline): Promise<void> {
    let baseline: EvaluationBaseline | null = null;
    if (choice.kind === 'file') {
      baseline = baselineFrom('file', choice.title, choice.date, choice.evaluation.form);
    } else if (choice.kind === 'workshop') {
      if (choice.workshopId === workshopId) {
        throw new ApiProblem(
          400,
          'baseline_same_workshop',
          'Choose an earlier workshop, not this one.',
          'workshopId',
        );
      }
      // The same answer for an unknown workshop and a wrong secret: nothing to probe.
      const auth = await this.workshops.authenticate(choice.facilitatorToken);
      const principal = auth.ok ? auth.principal : null;
      if (principal?.capability !== 'facilitator' || principal.workshopId !== choice.workshopId) {
        throw new ApiProblem(
          403,
          'baseline_forbidden',
          'That is not the console link of a workshop on this server.',
          'facilitatorToken',
        );
      }
      const other = await this.workshops.require(choice.workshopId);
      const exported = await this.exportOf(choice.workshopId);
      baseline = baselineFrom('workshop', other.setup.title, other.setup.date, exported.form);
    }
    await this.changing(workshopId, () => this.repo.setBaseline(workshopId, baseline));
  }

  /** Everything a screen may see: counts while open, sealed aggregates once revealed. */
  async view(workshopId: string): Promise<EvaluationView> {
    const [form, sealed, baseline] = await Promise.all([
      this.repo.form(workshopId),
      this.repo.sealed(workshopId),
      this.repo.baseline(workshopId),
    ]);
    const planned = form ? null : await this.planned(workshopId);
    const statements = form?.statements ?? planned!.statements;
    const answered = sealed?.answered ?? (await this.repo.answers(workshopId)).length;
    const result = form?.revealed && sealed ? sealed.result : null;
    return {
      statements,
      edited: planned ? planned.edited : (await this.repo.statements(workshopId)) !== null,
      status: form?.status ?? 'planned',
      revealed: form?.revealed ?? false,
      answered: form ? answered : 0,
      result,
      baseline: baseline
        ? { source: baseline.source, title: baseline.title, date: baseline.date }
        : null,
      comparison:
        result?.all && baseline ? compareWithBaseline(statements, result.all, baseline) : null,
    };
  }

  /**
   * [EV7] What an export carries: the sealed "all" and texts once revealed (an unrevealed
   * result stays unrevealed, as on the screens), never an answer or a role split.
   */
  async exportOf(workshopId: string): Promise<EvaluationExport> {
    const [statements, form, sealed, baseline] = await Promise.all([
      this.repo.statements(workshopId),
      this.repo.form(workshopId),
      this.repo.sealed(workshopId),
      this.repo.baseline(workshopId),
    ]);
    return {
      statements,
      form: form
        ? {
            statements: form.statements,
            status: form.status,
            revealed: form.revealed,
            answered: sealed?.answered ?? (await this.repo.answers(workshopId)).length,
            all: (form.revealed && sealed?.result.all) || null,
            texts: (form.revealed && sealed?.result.texts) || null,
          }
        : null,
      baseline,
    };
  }
}
