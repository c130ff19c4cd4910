/** A budget's size: `burst` at once, refilled at `perMinute`. */
export interface Rate {
  burst: number;
  perMinute: number;
}

/** A token bucket on a clock of milliseconds; charges may run it into debt. */
export class Bucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: Rate,
    private readonly now: () => number,
  ) {
    this.tokens = rate.burst;
    this.last = now();
  }

  available(): number {
    const t = this.now();
    this.tokens = Math.min(
      this.rate.burst,
      this.tokens + ((t - this.last) / 60_000) * this.rate.perMinute,
    );
    this.last = t;
    return this.tokens;
  }

  /**
   * Uses one token, even past empty: attempts that were let in together (before any of them
   * was charged) are all paid for, by a longer wait.
   */
  charge(): void {
    this.tokens = this.available() - 1;
  }

  /** Whole seconds until one token is back (at least 1). */
  secondsToNext(): number {
    const missing = Math.max(0, 1 - this.available());
    return Math.max(1, Math.ceil((missing / this.rate.perMinute) * 60));
  }
}

/** Which budget refused: the caller's address, or the server's as a whole. */
export type BudgetScope = 'address' | 'server';

export type Spent = { ok: true } | { ok: false; scope: BudgetScope; retryAfterSeconds: number };

/**
 * A budget per client address inside one for the whole server. The server-wide one bounds what
 * any number of addresses can do together; the per-address one keeps a single address from
 * using all of it. Sized for NAT: 60 tablets in one town hall arrive from one address.
 */
export class AddressBudget {
  private readonly addresses = new Map<string, Bucket>();
  private readonly server: Bucket;

  constructor(
    private readonly perAddress: Rate,
    server: Rate,
    private readonly now: () => number = Date.now,
    private readonly maxTracked = 10_000,
  ) {
    this.server = new Bucket(server, now);
  }

  /** Whether the address and the server both have a unit left; uses none. */
  check(address: string): Spent {
    const mine = this.addresses.get(address);
    if (mine && mine.available() < 1)
      return { ok: false, scope: 'address', retryAfterSeconds: mine.secondsToNext() };
    if (this.server.available() < 1)
      return { ok: false, scope: 'server', retryAfterSeconds: this.server.secondsToNext() };
    return { ok: true };
  }

  /** Uses one unit of the address's budget and one of the server's. */
  charge(address: string): void {
    this.bucket(address).charge();
    this.server.charge();
  }

  private bucket(address: string): Bucket {
    let b = this.addresses.get(address);
    if (!b) {
      if (this.addresses.size >= this.maxTracked) this.forgetOne();
      b = new Bucket(this.perAddress, this.now);
      this.addresses.set(address, b);
    }
    return b;
  }

  /**
   * Forgets the address tracked longest. That only ever helps that one address, and the
   * server-wide budget still bounds everyone; a scan for full buckets would cost each request.
   */
  private forgetOne(): void {
    const oldest = this.addresses.keys().next();
    if (!oldest.done) this.addresses.delete(oldest.value);
  }
}

/**
 * The budgets a guard draws on: in this process (`LocalBudget`), or shared by every instance
 * through Redis ([F10], `fanout/sharedBudget.ts`). The same rules either way.
 */
export interface BudgetStore {
  /** Whether the address and the server both have a unit left; uses none. */
  check(address: string): Promise<Spent>;
  /** Uses one unit of each, even past empty (attempts let in together are all paid for). */
  charge(address: string): Promise<void>;
  /** Checks and, when both have a unit, uses one of each, as one step. */
  spend(address: string): Promise<Spent>;
}

/** `AddressBudget` behind the `BudgetStore` interface: one instance's own budgets. */
export class LocalBudget implements BudgetStore {
  private readonly budget: AddressBudget;

  constructor(perAddress: Rate, server: Rate, now: () => number = Date.now) {
    this.budget = new AddressBudget(perAddress, server, now);
  }

  check(address: string): Promise<Spent> {
    return Promise.resolve(this.budget.check(address));
  }

  charge(address: string): Promise<void> {
    this.budget.charge(address);
    return Promise.resolve();
  }

  spend(address: string): Promise<Spent> {
    const spent = this.budget.check(address);
    if (spent.ok) this.budget.charge(address);
    return Promise.resolve(spent);
  }
}
