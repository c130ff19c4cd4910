import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@samskap/shared/workshop';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../errors';
import { defaultJoinCodeLimits, guessingOdds, JOIN_CODE_SPACE, JoinGuard } from './joinGuard';

const LIVE = 'K7PQ2M';

/** A fake server: one live code; a clock the test moves. */
function setup(limits = defaultJoinCodeLimits) {
  let now = 0;
  const guard = new JoinGuard(limits, () => now);
  const lookup = async (code: string) => {
    if (code !== LIVE) throw new ApiProblem(404, 'unknown_code', 'no such code', 'code');
    return code;
  };
  /** What the address is told: 'ok', or the refusal's code. */
  const attempt = (address: string, code: string) =>
    guard
      .check(address, code, () => lookup(code))
      .then(
        () => 'ok',
        (err: ApiProblem) => err.code,
      );
  return { attempt, advance: (ms: number) => (now += ms) };
}

let n = 0;
function wrongCode(): string {
  n++;
  let code = '';
  let k = n;
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    code += JOIN_CODE_ALPHABET[k % JOIN_CODE_ALPHABET.length];
    k = Math.floor(k / JOIN_CODE_ALPHABET.length);
  }
  return code === LIVE ? wrongCode() : code;
}

describe('join codes', () => {
  it('[J1] with the defaults and 100 live codes, a day of guessing hits one with odds under 1 %', () => {
    expect(JOIN_CODE_SPACE).toBe(JOIN_CODE_ALPHABET.length ** JOIN_CODE_LENGTH);
    expect(guessingOdds(defaultJoinCodeLimits, 100, 1)).toBeLessThan(0.01);
    expect(guessingOdds(defaultJoinCodeLimits, 100, 30)).toBeLessThan(0.15);
  });

  it('[J2] a thousand addresses together get no more wrong codes checked than the server budget', async () => {
    const { attempt, advance } = setup();
    let checked = 0;
    for (let round = 0; round < 3; round++) {
      for (let a = 0; a < 1000; a++) {
        if ((await attempt(`10.0.${a >> 8}.${a & 255}`, wrongCode())) === 'unknown_code') checked++;
      }
    }
    expect(checked).toBe(defaultJoinCodeLimits.server.burst);
    expect(await attempt('192.0.2.1', wrongCode())).toBe('join_codes_paused');
    advance(60_000);
    for (let a = 0; a < 1000; a++) {
      if ((await attempt(`10.1.${a >> 8}.${a & 255}`, wrongCode())) === 'unknown_code') checked++;
    }
    expect(checked).toBe(
      defaultJoinCodeLimits.server.burst + defaultJoinCodeLimits.server.perMinute,
    );
  });

  it('[J3] one address gets its own budget of wrong codes, then waits for it to refill', async () => {
    const { attempt, advance } = setup();
    const { burst, perMinute } = defaultJoinCodeLimits.perAddress;
    for (let i = 0; i < burst; i++)
      expect(await attempt('198.51.100.7', wrongCode())).toBe('unknown_code');
    expect(await attempt('198.51.100.7', wrongCode())).toBe('too_many_attempts');
    // Others are not held up by it.
    expect(await attempt('198.51.100.8', wrongCode())).toBe('unknown_code');
    advance(60_000 / perMinute);
    expect(await attempt('198.51.100.7', wrongCode())).toBe('unknown_code');
    expect(await attempt('198.51.100.7', wrongCode())).toBe('too_many_attempts');
  });

  it('[J4] sixty tablets behind one address, each mistyping once, all get in', async () => {
    const { attempt } = setup();
    const townHall = '192.0.2.60';
    const answers: string[] = [];
    for (let tablet = 0; tablet < 60; tablet++) {
      answers.push(await attempt(townHall, wrongCode()));
      answers.push(await attempt(townHall, LIVE));
    }
    expect(answers.filter((a) => a === 'ok')).toHaveLength(60);
  });

  it('[J4] after a neighbour used up the address, the room gets in with the right code', async () => {
    const { attempt, advance } = setup();
    const school = '203.0.113.5';
    for (let i = 0; i < 100; i++) await attempt(school, wrongCode());
    // The first tablet waits for one check to come back (at most 60 / perMinute seconds) ...
    expect(await attempt(school, LIVE)).toBe('too_many_attempts');
    advance(60_000 / defaultJoinCodeLimits.perAddress.perMinute);
    expect(await attempt(school, LIVE)).toBe('ok');
    // ... and the other 59 at once, while wrong codes stay refused.
    for (let i = 0; i < 59; i++) expect(await attempt(school, LIVE)).toBe('ok');
    expect(await attempt(school, wrongCode())).toBe('unknown_code');
    expect(await attempt(school, wrongCode())).toBe('too_many_attempts');
    expect(await attempt(school, LIVE)).toBe('ok');
  });

  it('[J4] a right code never uses the budget, and a remembered one works while the server is paused', async () => {
    const limits = { perAddress: { burst: 60, perMinute: 10 }, server: { burst: 5, perMinute: 1 } };
    const { attempt } = setup(limits);
    for (let i = 0; i < 100; i++) expect(await attempt('198.51.100.1', LIVE)).toBe('ok');
    for (let i = 0; i < 5; i++) await attempt(`192.0.2.${i}`, wrongCode());
    expect(await attempt('192.0.2.99', LIVE)).toBe('join_codes_paused');
    expect(await attempt('198.51.100.1', LIVE)).toBe('ok');
  });
});
