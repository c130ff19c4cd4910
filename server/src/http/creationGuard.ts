import type { Context } from 'hono';
import { ApiProblem } from '../errors';
import { LocalBudget, type BudgetStore, type Rate } from './budget';
import { clientAddress } from './clientAddress';

/** How many workshops may be made, per address and on the whole server. */
export interface CreationLimits {
  perAddress: Rate;
  server: Rate;
}

/**
 * [L1] One budget for every route that makes a workshop: create, duplicate and import. Each
 * request that gets as far as making one uses a unit, whether or not it then succeeds (a refused
 * import still cost a parse).
 */
export class CreationGuard {
  private readonly budget: BudgetStore;

  /** On this instance's own budgets (the limits), or on shared ones ([F10]). */
  constructor(limits: CreationLimits | BudgetStore, now: () => number = Date.now) {
    this.budget =
      'spend' in limits ? limits : new LocalBudget(limits.perAddress, limits.server, now);
  }

  /** Uses one unit for the request's address, or refuses the request (429) naming which limit. */
  async spend(c: Context): Promise<void> {
    const address = clientAddress(c);
    const spent = await this.budget.spend(address);
    if (spent.ok) return;
    const details = { retryAfterSeconds: spent.retryAfterSeconds };
    if (spent.scope === 'address')
      throw new ApiProblem(
        429,
        'too_many_workshops',
        'Too many new workshops from this network. Wait a while and try again.',
        undefined,
        { details },
      );
    throw new ApiProblem(
      429,
      'creation_paused',
      'Too many new workshops on this server just now. Wait a while and try again.',
      undefined,
      { details },
    );
  }
}

/**
 * Limits from hourly counts: up to the whole hour's count at once, refilled evenly over the hour.
 * The defaults leave room for a course of facilitators behind one address.
 */
export function creationLimitsPerHour(perAddress: number, server: number): CreationLimits {
  return {
    perAddress: { burst: perAddress, perMinute: perAddress / 60 },
    server: { burst: server, perMinute: server / 60 },
  };
}

export const defaultCreationLimits: CreationLimits = creationLimitsPerHour(60, 600);
