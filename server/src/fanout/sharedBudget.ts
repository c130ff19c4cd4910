import type { Logger } from '../log';
import { LocalBudget, type BudgetStore, type Rate, type Spent } from '../http/budget';
import {
  CODES_REMEMBERED_PER_ADDRESS,
  LocalKnownCodes,
  type KnownCodes,
} from '../workshops/joinGuard';
import type { RedisCommand } from './redisBus';

/**
 * Two token buckets in Redis, the address's (KEYS[1]) and the server's (KEYS[2]), as
 * `AddressBudget` keeps them in memory: `burst` at once, refilled at `perMinute`, charges may run
 * them into debt. Redis's clock, so instances' clocks need not agree. A missing key is a full
 * bucket; a key expires once it would be full again. ARGV: mode (check, charge, spend), then
 * burst and perMinute of the address, then of the server. Answers {ok, scope (1 address,
 * 2 server), seconds until a unit is back}.
 */
const BUCKET_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local function level(key, burst, perMinute)
  local v = redis.call('HMGET', key, 'tokens', 'at')
  if not v[1] then return burst end
  local tokens = tonumber(v[1]) + (now - tonumber(v[2])) / 60000 * perMinute
  if tokens > burst then return burst end
  return tokens
end
local function store(key, tokens, burst, perMinute)
  redis.call('HSET', key, 'tokens', tostring(tokens), 'at', tostring(now))
  redis.call('PEXPIRE', key, math.ceil((burst - tokens) / perMinute * 60000) + 1000)
end
local function wait(tokens, perMinute)
  local missing = 1 - tokens
  if missing < 0 then missing = 0 end
  local s = math.ceil(missing / perMinute * 60)
  if s < 1 then return 1 end
  return s
end
local mode = ARGV[1]
local aBurst, aRate = tonumber(ARGV[2]), tonumber(ARGV[3])
local sBurst, sRate = tonumber(ARGV[4]), tonumber(ARGV[5])
local a = level(KEYS[1], aBurst, aRate)
local s = level(KEYS[2], sBurst, sRate)
if mode ~= 'charge' then
  if a < 1 then return {0, 1, wait(a, aRate)} end
  if s < 1 then return {0, 2, wait(s, sRate)} end
  if mode == 'check' then return {1, 0, 0} end
end
store(KEYS[1], a - 1, aBurst, aRate)
store(KEYS[2], s - 1, sBurst, sRate)
return {1, 0, 0}`;

/** Remembers a code for an address: newest last, at most ARGV[3], for a day. */
const REMEMBER_SCRIPT = `
redis.call('ZADD', KEYS[1], tonumber(ARGV[1]), ARGV[2])
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -1 - tonumber(ARGV[3]))
redis.call('EXPIRE', KEYS[1], 86400)
return 1`;

export interface SharedBudgetOptions {
  command: RedisCommand;
  log: Logger;
  /** The key prefix of this budget, e.g. `samskap:budget:creations:`. */
  keyPrefix: string;
  perAddress: Rate;
  server: Rate;
}

/** Logs a Redis failure at most every ten seconds per budget. */
function failureLogger(log: Logger, what: string) {
  let loggedAt = 0;
  return (err: unknown) => {
    const now = Date.now();
    if (now - loggedAt < 10_000) return;
    loggedAt = now;
    log.warn(
      { budget: what, reason: err instanceof Error ? err.message : String(err) },
      'shared budget unavailable: this instance counts on its own until Redis is back',
    );
  };
}

/**
 * [F10] A budget per address inside one for the whole server, shared by every instance: one
 * Lua script per decision, so checks and charges of all instances are atomic against each
 * other, and `spend` checks and charges as one step. Where Redis does not answer, the instance
 * falls back to a budget of its own (the same sizes, so the bound is per instance meanwhile)
 * rather than refuse everyone or let everyone through.
 */
export class SharedBudget implements BudgetStore {
  private readonly fallback: LocalBudget;
  private readonly failed: (err: unknown) => void;

  constructor(private readonly options: SharedBudgetOptions) {
    this.fallback = new LocalBudget(options.perAddress, options.server);
    this.failed = failureLogger(options.log, options.keyPrefix);
  }

  private async run(mode: 'check' | 'charge' | 'spend', address: string): Promise<Spent> {
    const { perAddress, server, keyPrefix } = this.options;
    const reply = await this.options.command([
      'EVAL',
      BUCKET_SCRIPT,
      '2',
      `${keyPrefix}address:${address}`,
      `${keyPrefix}server`,
      mode,
      String(perAddress.burst),
      String(perAddress.perMinute),
      String(server.burst),
      String(server.perMinute),
    ]);
    const [ok, scope, seconds] = (Array.isArray(reply) ? reply : []).map(Number);
    if (ok === 1) return { ok: true };
    return {
      ok: false,
      scope: scope === 1 ? 'address' : 'server',
      retryAfterSeconds: Math.max(1, seconds ?? 1),
    };
  }

  check(address: string): Promise<Spent> {
    return this.run('check', address).catch((err: unknown) => {
      this.failed(err);
      return this.fallback.check(address);
    });
  }

  async charge(address: string): Promise<void> {
    await this.run('charge', address).catch((err: unknown) => {
      this.failed(err);
      return this.fallback.charge(address);
    });
  }

  spend(address: string): Promise<Spent> {
    return this.run('spend', address).catch((err: unknown) => {
      this.failed(err);
      return this.fallback.spend(address);
    });
  }
}

/**
 * [F10] [J4] The codes that opened a workshop from each address, shared: a sorted set per
 * address (newest last, at most 16, kept a day). Where Redis does not answer, this instance's
 * own memory serves.
 */
export class SharedKnownCodes implements KnownCodes {
  private readonly fallback = new LocalKnownCodes();
  private readonly failed: (err: unknown) => void;

  constructor(
    private readonly command: RedisCommand,
    log: Logger,
    /** e.g. `samskap:joincodes:` */
    private readonly keyPrefix: string,
  ) {
    this.failed = failureLogger(log, keyPrefix);
  }

  private key(address: string): string {
    return `${this.keyPrefix}${address}`;
  }

  async has(address: string, code: string): Promise<boolean> {
    try {
      return (await this.command(['ZSCORE', this.key(address), code])) !== null;
    } catch (err) {
      this.failed(err);
      return this.fallback.has(address, code);
    }
  }

  async remember(address: string, code: string): Promise<void> {
    await this.fallback.remember(address, code);
    await this.command([
      'EVAL',
      REMEMBER_SCRIPT,
      '1',
      this.key(address),
      String(Date.now()),
      code,
      String(CODES_REMEMBERED_PER_ADDRESS),
    ]).catch((err: unknown) => this.failed(err));
  }

  async forget(address: string, code: string): Promise<void> {
    await this.fallback.forget(address, code);
    await this.command(['ZREM', this.key(address), code]).catch((err: unknown) => this.failed(err));
  }
}
