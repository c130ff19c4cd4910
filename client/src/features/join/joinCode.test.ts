import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET } from '@samskap/shared/workshop';
import { parseJoinCode } from './joinCode';

describe('parseJoinCode', () => {
  it('accepts six characters from the alphabet', () => {
    expect(parseJoinCode('ABC234')).toEqual({ ok: true, code: 'ABC234' });
  });

  it('accepts lower case and returns the upper-case code', () => {
    expect(parseJoinCode('abc234')).toEqual({ ok: true, code: 'ABC234' });
  });

  it('ignores spaces and dashes people copy from the screen', () => {
    expect(parseJoinCode(' abc 234 ')).toEqual({ ok: true, code: 'ABC234' });
    expect(parseJoinCode('ABC-234')).toEqual({ ok: true, code: 'ABC234' });
  });

  it('says the code is empty when nothing but blanks was typed', () => {
    expect(parseJoinCode('  ')).toEqual({ ok: false, error: 'empty' });
  });

  it('reports the length of a code that is too short or too long', () => {
    expect(parseJoinCode('ABC23')).toEqual({ ok: false, error: 'length', length: 5 });
    expect(parseJoinCode('ABC2345')).toEqual({ ok: false, error: 'length', length: 7 });
  });

  it('rejects the look-alikes 0, O, 1, I and L in either case, naming each once', () => {
    expect(parseJoinCode('A0O1Il')).toEqual({
      ok: false,
      error: 'characters',
      characters: ['0', 'O', '1', 'I', 'L'],
    });
  });

  it('rejects letters outside A–Z such as Æ, Ø and Å', () => {
    expect(parseJoinCode('ÆØÅ234')).toMatchObject({ ok: false, error: 'characters' });
  });

  it('uses an alphabet without look-alikes', () => {
    for (const c of '01OIL') expect(JOIN_CODE_ALPHABET).not.toContain(c);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(31);
  });
});
