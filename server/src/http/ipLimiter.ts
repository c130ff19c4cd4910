import { TokenBucket } from '../sync/rateLimit';

/**
 * Rate limits keyed by client address, for what a guesser would repeat (wrong join codes).
 * Sized for a school network: 60 tablets share one address, and their typos must not lock the
 * room out, so only failures are counted and the burst is generous.
 */
export class IpLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    private readonly maxTracked = 10_000,
  ) {}

  /** Whether this address still has attempts left (does not use one). */
  allowed(ip: string): boolean {
    const b = this.buckets.get(ip);
    if (!b) return true;
    return b.peek() >= 1;
  }

  /** Uses one attempt for this address. */
  hit(ip: string): void {
    let b = this.buckets.get(ip);
    if (!b) {
      if (this.buckets.size >= this.maxTracked) this.buckets.clear();
      b = new TokenBucket(this.perMinute / 60, this.burst);
      this.buckets.set(ip, b);
    }
    b.take();
  }
}
