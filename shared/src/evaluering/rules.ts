import type { EvaluationBaseline, EvaluationCounts, ScaleCounts, StatementChange } from './model';

/** The mean of a distribution on the 1–5 scale, to one decimal; null without answers. */
export function scaleMean(counts: ScaleCounts): number | null {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const sum = counts.reduce((acc, c, i) => acc + c * (i + 1), 0);
  return Math.round((sum / n) * 10) / 10;
}

/** Statements are matched by their words, not their place: a reworded one is a new one. */
export function statementKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
}

function changeOf(statement: string, now: ScaleCounts, then: ScaleCounts | null): StatementChange {
  const mean = scaleMean(now);
  const baselineMean = then ? scaleMean(then) : null;
  return {
    statement,
    mean,
    baselineMean,
    change:
      mean !== null && baselineMean !== null ? Math.round((mean - baselineMean) * 10) / 10 : null,
  };
}

/**
 * [EV6] The change per statement against a previous seminar: means of "all" on both sides
 * (both already shown under [D1]); a statement the baseline did not ask has no change.
 */
export function compareWithBaseline(
  statements: readonly string[],
  all: EvaluationCounts,
  baseline: EvaluationBaseline,
): { statements: StatementChange[]; returnOnTime: StatementChange } {
  const then = new Map(baseline.statements.map((s) => [statementKey(s.text), s.counts]));
  return {
    statements: statements.map((s, i) =>
      changeOf(s, all.statements[i] ?? [0, 0, 0, 0, 0], then.get(statementKey(s)) ?? null),
    ),
    returnOnTime: changeOf('', all.returnOnTime, baseline.returnOnTime),
  };
}

/** Sums answers into one group's counts. */
export function countAnswers(
  statementCount: number,
  answers: readonly { agree: readonly number[]; returnOnTime: number }[],
): EvaluationCounts {
  const zero = (): ScaleCounts => [0, 0, 0, 0, 0];
  const result: EvaluationCounts = {
    answers: answers.length,
    statements: Array.from({ length: statementCount }, zero),
    returnOnTime: zero(),
  };
  for (const a of answers) {
    a.agree.forEach((v, i) => {
      const row = result.statements[i];
      if (row) row[v - 1] = (row[v - 1] ?? 0) + 1;
    });
    const r = a.returnOnTime - 1;
    result.returnOnTime[r] = (result.returnOnTime[r] ?? 0) + 1;
  }
  return result;
}
