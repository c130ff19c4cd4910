import {
  EvaluationLimits,
  type EvaluationBaseline,
  type EvaluationExport,
  type EvaluationResult,
} from '@samskap/shared/evaluering';
import type { ParticipantRole } from '@samskap/shared/workshop';
import type { SqliteDatabase } from '../persistence/database';

/** The form as opened: the statements it asks, frozen when it opened. */
export interface StoredForm {
  statements: string[];
  status: 'open' | 'closed';
  revealed: boolean;
}

/** One answer as stored ([EV3]): under the voter's key, with their role; no id, no time. */
export interface StoredEvaluationAnswer {
  voterKey: string;
  role: ParticipantRole;
  agree: number[];
  returnOnTime: number;
  worked: string;
  change: string;
}

/** A closed form's frozen aggregates ([EV2]). */
export interface SealedEvaluation {
  answered: number;
  result: EvaluationResult;
}

/** A workshop's evaluation: planned statements, the form, answers while open, the baseline. */
export interface EvaluationRepository {
  statements(workshopId: string): Promise<string[] | null>;
  setStatements(workshopId: string, statements: string[] | null): Promise<void>;
  form(workshopId: string): Promise<StoredForm | null>;
  putForm(workshopId: string, form: StoredForm): Promise<void>;
  answer(workshopId: string, answer: StoredEvaluationAnswer): Promise<void>;
  answers(workshopId: string): Promise<StoredEvaluationAnswer[]>;
  /** Stores the aggregates, deletes every answer and closes the form: one transaction. */
  seal(workshopId: string, form: StoredForm, sealed: SealedEvaluation): Promise<void>;
  sealed(workshopId: string): Promise<SealedEvaluation | null>;
  baseline(workshopId: string): Promise<EvaluationBaseline | null>;
  setBaseline(workshopId: string, baseline: EvaluationBaseline | null): Promise<void>;
  /** [EV7] An export's evaluation as an archive's (inside the import's transaction). */
  restore(workshopId: string, data: EvaluationExport): Promise<void>;
}

interface FormRow {
  statements: string | null;
  form: string | null;
  sealed: string | null;
  baseline: string | null;
}

/** SQLite: one row per workshop, and the open form's answers in a table without row ids. */
export class SqliteEvaluationRepository implements EvaluationRepository {
  private readonly s;
  private readonly db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.db = db;
    db.exec(`
      CREATE TABLE IF NOT EXISTS evaluations (
        workshop_id TEXT PRIMARY KEY REFERENCES workshops (id),
        statements TEXT,
        form TEXT,
        sealed TEXT,
        baseline TEXT
      );
      -- [EV3] Answers to the open form, under HMAC(token, workshop/evaluering); deleted at close.
      CREATE TABLE IF NOT EXISTS sealed_evaluation_answers (
        workshop_id TEXT NOT NULL,
        voter_key TEXT NOT NULL,
        role TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (workshop_id, voter_key)
      ) WITHOUT ROWID;
    `);
    const column = (name: keyof FormRow) =>
      db.prepare(
        `INSERT INTO evaluations (workshop_id, ${name}) VALUES (?, ?)
         ON CONFLICT (workshop_id) DO UPDATE SET ${name} = excluded.${name}`,
      );
    this.s = {
      row: db.prepare<[string], FormRow>(
        'SELECT statements, form, sealed, baseline FROM evaluations WHERE workshop_id = ?',
      ),
      statements: column('statements'),
      form: column('form'),
      sealed: column('sealed'),
      baseline: column('baseline'),
      answer: db.prepare(
        `INSERT INTO sealed_evaluation_answers (workshop_id, voter_key, role, data) VALUES (?, ?, ?, ?)
         ON CONFLICT (workshop_id, voter_key) DO UPDATE SET data = excluded.data`,
      ),
      answers: db.prepare<[string], { voter_key: string; role: ParticipantRole; data: string }>(
        'SELECT voter_key, role, data FROM sealed_evaluation_answers WHERE workshop_id = ?',
      ),
      deleteAnswers: db.prepare('DELETE FROM sealed_evaluation_answers WHERE workshop_id = ?'),
    };
  }

  private read<T>(workshopId: string, key: keyof FormRow): T | null {
    const value = this.s.row.get(workshopId)?.[key];
    return value ? (JSON.parse(value) as T) : null;
  }

  async statements(workshopId: string): Promise<string[] | null> {
    return this.read<string[]>(workshopId, 'statements');
  }

  async setStatements(workshopId: string, statements: string[] | null): Promise<void> {
    this.s.statements.run(workshopId, statements ? JSON.stringify(statements) : null);
  }

  async form(workshopId: string): Promise<StoredForm | null> {
    return this.read<StoredForm>(workshopId, 'form');
  }

  async putForm(workshopId: string, form: StoredForm): Promise<void> {
    this.s.form.run(workshopId, JSON.stringify(form));
  }

  async answer(workshopId: string, a: StoredEvaluationAnswer): Promise<void> {
    const { voterKey, role, ...data } = a;
    this.s.answer.run(workshopId, voterKey, role, JSON.stringify(data));
  }

  async answers(workshopId: string): Promise<StoredEvaluationAnswer[]> {
    return this.s.answers.all(workshopId).map((r) => ({
      voterKey: r.voter_key,
      role: r.role,
      ...(JSON.parse(r.data) as Omit<StoredEvaluationAnswer, 'voterKey' | 'role'>),
    }));
  }

  async seal(workshopId: string, form: StoredForm, sealed: SealedEvaluation): Promise<void> {
    this.db.transaction(() => {
      this.s.sealed.run(workshopId, JSON.stringify(sealed));
      this.s.deleteAnswers.run(workshopId);
      this.s.form.run(workshopId, JSON.stringify(form));
    })();
  }

  async sealed(workshopId: string): Promise<SealedEvaluation | null> {
    return this.read<SealedEvaluation>(workshopId, 'sealed');
  }

  async baseline(workshopId: string): Promise<EvaluationBaseline | null> {
    return this.read<EvaluationBaseline>(workshopId, 'baseline');
  }

  async setBaseline(workshopId: string, baseline: EvaluationBaseline | null): Promise<void> {
    this.s.baseline.run(workshopId, baseline ? JSON.stringify(baseline) : null);
  }

  /** [EV7] An export's evaluation as an archive's (inside the import's one transaction). */
  async restore(workshopId: string, data: EvaluationExport): Promise<void> {
    const r = restoredEvaluation(data);
    this.s.statements.run(workshopId, r.statements ? JSON.stringify(r.statements) : null);
    this.s.baseline.run(workshopId, r.baseline ? JSON.stringify(r.baseline) : null);
    if (!r.closed) return;
    this.s.sealed.run(workshopId, JSON.stringify(r.closed.sealed));
    this.s.form.run(workshopId, JSON.stringify(r.closed.form));
  }
}

/** What an import restores of an export's evaluation ([EV7]), the same on every storage. */
export interface RestoredEvaluation {
  statements: string[] | null;
  baseline: EvaluationBaseline | null;
  /** The form, closed, and its sealed result; null where the export had no form. */
  closed: { form: StoredForm; sealed: SealedEvaluation } | null;
}

/**
 * [EV7] An export's evaluation as an archive's: closed, with "all" only where it counts at least
 * `minGroupSize` answers and every statement counts every answer, no role split, texts only
 * with "all".
 */
export function restoredEvaluation(data: EvaluationExport): RestoredEvaluation {
  const nobody = { folkevalgt: null, administrasjon: null, annen: null };
  const base = { statements: data.statements ?? null, baseline: data.baseline ?? null };
  const form = data.form;
  if (!form) return { ...base, closed: null };
  const all = form.all;
  const sums = all
    ? [...all.statements, all.returnOnTime].map((c) => c.reduce((a, b) => a + b, 0))
    : [];
  const shown =
    all !== null &&
    all.answers >= EvaluationLimits.minGroupSize &&
    all.statements.length === form.statements.length &&
    sums.every((n) => n === all.answers)
      ? all
      : null;
  return {
    ...base,
    closed: {
      form: { statements: form.statements, status: 'closed', revealed: form.revealed },
      sealed: {
        answered: Math.max(form.answered, shown?.answers ?? 0),
        result: {
          all: shown,
          byRole: nobody,
          withheld: nobody,
          texts: shown ? form.texts : null,
        },
      },
    },
  };
}
