import { describe, expect, it } from 'vitest';
import { evaluationAnswerSchema, evaluationStatementsSchema } from './model';
import { DEFAULT_STATEMENTS } from './model';
import { compareWithBaseline, countAnswers, scaleMean, statementKey } from './rules';

describe('evaluation rules', () => {
  it('counts every answer once per statement and for the return on time', () => {
    const counts = countAnswers(2, [
      { agree: [5, 1], returnOnTime: 4 },
      { agree: [5, 2], returnOnTime: 4 },
    ]);
    expect(counts).toEqual({
      answers: 2,
      statements: [
        [0, 0, 0, 0, 2],
        [1, 1, 0, 0, 0],
      ],
      returnOnTime: [0, 0, 0, 2, 0],
    });
  });

  it('takes the mean to one decimal, and none without answers', () => {
    expect(scaleMean([1, 0, 0, 0, 2])).toBe(3.7);
    expect(scaleMean([0, 0, 0, 0, 0])).toBeNull();
  });

  it('[EV6] compares statements by their words, not their place, and leaves new ones without change', () => {
    const all = countAnswers(2, [
      { agree: [5, 3], returnOnTime: 5 },
      { agree: [5, 3], returnOnTime: 5 },
      { agree: [5, 3], returnOnTime: 5 },
    ]);
    const compared = compareWithBaseline(['Tydelig  formål', 'Ny påstand'], all, {
      source: 'file',
      title: 'Seminar 2022',
      date: '2022-04-29',
      statements: [
        { text: 'Noe annet', counts: [3, 0, 0, 0, 0] },
        { text: 'tydelig formål', counts: [0, 0, 3, 0, 0] },
      ],
      returnOnTime: [0, 3, 0, 0, 0],
      answers: 3,
    });
    expect(compared.statements).toEqual([
      { statement: 'Tydelig  formål', mean: 5, baselineMean: 3, change: 2 },
      { statement: 'Ny påstand', mean: 3, baselineMean: null, change: null },
    ]);
    expect(compared.returnOnTime.change).toBe(3);
    expect(statementKey(' A  b ')).toBe('a b');
  });

  it('carries the seven points of the councillors in every language', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      expect(DEFAULT_STATEMENTS[lang]).toHaveLength(7);
      expect(
        evaluationStatementsSchema.safeParse({ statements: [...DEFAULT_STATEMENTS[lang]] }).success,
      ).toBe(true);
    }
  });

  it('refuses an answer with a step off the scale or a control character in its text', () => {
    expect(evaluationAnswerSchema.safeParse({ agree: [6], returnOnTime: 3 }).success).toBe(false);
    expect(evaluationAnswerSchema.safeParse({ agree: [1], returnOnTime: 0 }).success).toBe(false);
    expect(
      evaluationAnswerSchema.safeParse({ agree: [1], returnOnTime: 3, worked: 'a\u0000b' }).success,
    ).toBe(false);
    expect(evaluationAnswerSchema.parse({ agree: [1], returnOnTime: 3 })).toMatchObject({
      worked: '',
      change: '',
    });
  });
});
