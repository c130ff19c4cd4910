/**
 * A token bucket: `burst` messages at once, refilled at `perSecond`. One per connection, so a
 * whole school behind one IP address is not limited as one client.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = this.now();
  }

  /** Tokens available now, without taking one. */
  peek(): number {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    return this.tokens;
  }

  /** Takes one token; false when the bucket is empty. */
  take(): boolean {
    if (this.peek() < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
