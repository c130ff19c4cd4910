import { ApiProblem } from '../errors';
import { LocalBudget, type BudgetStore, type Rate } from '../http/budget';

/** How many wrong join codes are checked, per address and on the whole server. */
export interface JoinCodeLimits {
  perAddress: Rate;
  server: Rate;
}

export const defaultJoinCodeLimits: JoinCodeLimits = {
  perAddress: { burst: 60, perMinute: 10 },
  server: { burst: 600, perMinute: 30 },
};

/** Refusals that mean "this code opens no workshop": what a guesser learns from. */
const WRONG_CODE = new Set(['unknown_code', 'workshop_ended']);

export const CODES_REMEMBERED_PER_ADDRESS = 16;

/**
 * [J4] The codes that opened a workshop from each address: in this process
 * (`LocalKnownCodes`), or shared by every instance ([F10], `fanout/sharedBudget.ts`).
 */
export interface KnownCodes {
  has(address: string, code: string): Promise<boolean>;
  remember(address: string, code: string): Promise<void>;
  forget(address: string, code: string): Promise<void>;
}

/** The budgets and remembered codes of several instances together ([F10]). */
export interface SharedJoinCodes {
  budget: BudgetStore;
  known: KnownCodes;
}

/** Per address, the codes that opened a workshop from it (insertion order = age), bounded. */
export class LocalKnownCodes implements KnownCodes {
  private readonly known = new Map<string, Set<string>>();

  constructor(private readonly maxTracked = 10_000) {}

  has(address: string, code: string): Promise<boolean> {
    return Promise.resolve(this.known.get(address)?.has(code) ?? false);
  }

  forget(address: string, code: string): Promise<void> {
    this.known.get(address)?.delete(code);
    return Promise.resolve();
  }

  remember(address: string, code: string): Promise<void> {
    let codes = this.known.get(address);
    if (!codes) {
      if (this.known.size >= this.maxTracked) {
        const oldest = this.known.keys().next();
        if (!oldest.done) this.known.delete(oldest.value);
      }
      codes = new Set();
      this.known.set(address, codes);
    }
    codes.delete(code);
    codes.add(code);
    if (codes.size > CODES_REMEMBERED_PER_ADDRESS) codes.delete(codes.values().next().value!);
    return Promise.resolve();
  }
}

/**
 * The join-code rules of server/README.md [J1–J5]. A code is checked only while both the
 * address's and the server's failure budgets have a unit left; a wrong code uses one of each. A
 * code that opens a workshop costs nothing and is remembered for that address, so the rest of
 * the room gets in even after a neighbour used up the address's budget.
 */
export class JoinGuard {
  private readonly budget: BudgetStore;
  private readonly known: KnownCodes;

  /** On this instance's own budgets (the limits), or on shared ones ([F10]). */
  constructor(
    limits: JoinCodeLimits | SharedJoinCodes,
    now: () => number = Date.now,
    maxTracked = 10_000,
  ) {
    if ('budget' in limits) {
      this.budget = limits.budget;
      this.known = limits.known;
    } else {
      this.budget = new LocalBudget(limits.perAddress, limits.server, now);
      this.known = new LocalKnownCodes(maxTracked);
    }
  }

  /** Runs `work` (which looks the code up) under the budgets, or refuses without looking. */
  async check<T>(address: string, code: string, work: () => Promise<T>): Promise<T> {
    // [J4] Checking a code this address already used tells it nothing new.
    const known = await this.known.has(address, code);
    if (!known) {
      const spent = await this.budget.check(address);
      if (!spent.ok) throw refusal(spent.scope, spent.retryAfterSeconds);
    }
    let result: T;
    try {
      result = await work();
    } catch (err) {
      if (err instanceof ApiProblem && WRONG_CODE.has(err.code)) {
        // [J2] A guess. [J5] A remembered code whose workshop ended is forgotten, and charged.
        await Promise.all([this.known.forget(address, code), this.budget.charge(address)]);
      } else {
        // The code was right and something else was refused (a full table): not a guess.
        await this.known.remember(address, code);
      }
      throw err;
    }
    await this.known.remember(address, code);
    return result;
  }
}

function refusal(scope: 'address' | 'server', retryAfterSeconds: number): ApiProblem {
  const details = { retryAfterSeconds };
  return scope === 'address'
    ? new ApiProblem(
        429,
        'too_many_attempts',
        'Too many wrong codes from this network. Wait a minute and try again.',
        'code',
        { details },
      )
    : new ApiProblem(
        429,
        'join_codes_paused',
        'Too many wrong codes have been tried on this server just now. Wait a minute and try again.',
        'code',
        { details },
      );
}

/** The join-code space: 31 characters, 6 places [J1]. */
export const JOIN_CODE_SPACE = 31 ** 6;

/**
 * [J1] The chance that guessers, however many addresses they use, hit any of `liveCodes` live
 * codes within `days`: every wrong code checked uses the server-wide budget, so at most
 * burst + perMinute × minutes codes are checked, each a hit with odds liveCodes / 31^6.
 */
export function guessingOdds(limits: JoinCodeLimits, liveCodes: number, days: number): number {
  const guesses = limits.server.burst + limits.server.perMinute * 60 * 24 * days;
  return Math.min(1, (guesses * liveCodes) / JOIN_CODE_SPACE);
}
