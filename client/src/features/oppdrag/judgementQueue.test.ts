import { describe, expect, it } from 'vitest';
import { readQueue, settle, shownJudgements } from './judgementQueue';

describe('a table’s queue of unsent judgements', () => {
  it('shows unsent judgements over the server’s, a cleared one as none', () => {
    expect(
      shownJudgements({ a: 'followed', b: 'weak' }, { a: 'not_followed', b: null, c: 'weak' }),
    ).toEqual({ a: 'not_followed', c: 'weak' });
  });

  it('forgets a judgement once sent, unless the table changed it meanwhile', () => {
    expect(settle({ a: 'weak' }, 'a', 'weak')).toEqual({});
    expect(settle({ a: 'followed' }, 'a', 'weak')).toEqual({ a: 'followed' });
    expect(settle({ a: null }, 'a', null)).toEqual({});
  });

  it('reads only what it wrote from storage', () => {
    const storage = (value: string | null) => ({ getItem: () => value });
    expect(readQueue(storage('{"a":"weak","b":null,"c":"nonsense","d":3}'), 'k')).toEqual({
      a: 'weak',
      b: null,
    });
    expect(readQueue(storage('not json'), 'k')).toEqual({});
    expect(readQueue(storage('[1]'), 'k')).toEqual({});
    expect(readQueue(storage(null), 'k')).toEqual({});
  });
});
