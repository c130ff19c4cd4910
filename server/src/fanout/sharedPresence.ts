import { z } from 'zod';
import type { Logger } from '../log';
import { Presence, type ConnectedParticipants } from '../workshops/presence';
import { publishJson, subscribeJson, type Bus } from './bus';
import type { RedisCommand } from './redisBus';

/** Redis's clock in milliseconds, so that instances' own clocks never have to agree. */
const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** Marks members live until now + ARGV[1] ms; the key outlives its newest member. */
const RENEW_SCRIPT = `${NOW}
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], now + tonumber(ARGV[1]), ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], 2 * tonumber(ARGV[1]))
return #ARGV - 1`;

/** Forgets members whose time is up, then answers the rest. */
const READ_SCRIPT = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
return redis.call('ZRANGE', KEYS[1], 0, -1)`;

const PRESENCE_CHANNEL = 'presence';
const changeMessage = z.object({ workshopId: z.string() });

export interface SharedPresenceOptions {
  bus: Bus;
  command: RedisCommand;
  log: Logger;
  /** Put before the keys (the bus's prefix). */
  keyPrefix: string;
  /** How long an instance's entry lives without renewal (default 15 s). */
  ttlMs?: number;
  /** How often this instance renews its entries and looks for expired ones (default 5 s). */
  heartbeatMs?: number;
}

/**
 * [F9] Who is connected, across instances. Each instance counts its own connections (the
 * `Presence` it wraps) and keeps one entry per participant it has connected in a sorted set per
 * workshop, `presence:<workshop>`, member `<instance>\n<participant>`, scored with the time
 * (Redis's clock) it expires. A heartbeat renews them every `heartbeatMs`; a killed instance's
 * entries therefore lapse within `ttlMs`, and the heartbeat of each instance that shows the
 * workshop notices and pushes the state again. A first connection or a last disconnection here
 * is published at once, after the set was changed (one connection, in order), so the others
 * push without waiting for a heartbeat.
 */
export class SharedPresence implements ConnectedParticipants {
  private readonly local = new Presence();
  private readonly listeners: Array<(workshopId: string) => void> = [];
  /** The last answer read per workshop, and when it was last asked for (for the heartbeat). */
  private readonly seen = new Map<string, { ids: ReadonlySet<string>; askedAt: number }>();
  private readonly ttlMs: number;
  private readonly heartbeat: NodeJS.Timeout;
  private failureLoggedAt = 0;
  private closed = false;

  private constructor(private readonly options: SharedPresenceOptions) {
    this.ttlMs = options.ttlMs ?? 15_000;
    const beat = () => this.beat().catch((err: unknown) => this.failed(err));
    // `beat` logs its own failures; the next one comes regardless.
    this.heartbeat = setInterval(() => void beat(), options.heartbeatMs ?? 5_000);
    this.heartbeat.unref();
    options.bus.onReconnect(() => {
      // [F8] Entries may have lapsed and news been lost: renew ours, and show everyone again.
      beat()
        .then(() => {
          for (const workshopId of this.seen.keys()) this.emit(workshopId);
        })
        .catch((err: unknown) => this.failed(err));
    });
  }

  static async open(options: SharedPresenceOptions): Promise<SharedPresence> {
    const presence = new SharedPresence(options);
    await subscribeJson(options.bus, PRESENCE_CHANNEL, (value) => {
      const m = changeMessage.safeParse(value);
      if (m.success) presence.emit(m.data.workshopId);
    });
    return presence;
  }

  private key(workshopId: string): string {
    return `${this.options.keyPrefix}presence:${workshopId}`;
  }

  private member(participantId: string): string {
    return `${this.options.bus.instanceId}\n${participantId}`;
  }

  add(workshopId: string, participantId: string): boolean {
    const first = this.local.add(workshopId, participantId);
    if (first) {
      // Handles its own failure; the news goes out after it on the same connection.
      void this.renew(workshopId, [participantId]);
      publishJson(this.options.bus, PRESENCE_CHANNEL, { workshopId });
    }
    return first;
  }

  remove(workshopId: string, participantId: string): boolean {
    const last = this.local.remove(workshopId, participantId);
    if (last) {
      this.options
        .command(['ZREM', this.key(workshopId), this.member(participantId)])
        .catch((err: unknown) => this.failed(err));
      publishJson(this.options.bus, PRESENCE_CHANNEL, { workshopId });
    }
    return last;
  }

  async connected(workshopId: string): Promise<ReadonlySet<string>> {
    const ids = await this.read(workshopId);
    this.seen.set(workshopId, { ids, askedAt: Date.now() });
    return ids;
  }

  onChange(listener: (workshopId: string) => void): void {
    this.listeners.push(listener);
  }

  /** Everyone connected to the workshop on any instance; where Redis fails, what we know. */
  private async read(workshopId: string): Promise<ReadonlySet<string>> {
    const mine = await this.local.connected(workshopId);
    try {
      const reply = await this.options.command(['EVAL', READ_SCRIPT, '1', this.key(workshopId)]);
      const ids = new Set(mine);
      for (const m of Array.isArray(reply) ? reply : []) {
        const s = String(m);
        const cut = s.indexOf('\n');
        if (cut > 0) ids.add(s.slice(cut + 1));
      }
      return ids;
    } catch (err) {
      this.failed(err);
      return new Set([...mine, ...(this.seen.get(workshopId)?.ids ?? [])]);
    }
  }

  private renew(workshopId: string, participantIds: string[]): Promise<void> {
    return this.options
      .command([
        'EVAL',
        RENEW_SCRIPT,
        '1',
        this.key(workshopId),
        String(this.ttlMs),
        ...participantIds.map((p) => this.member(p)),
      ])
      .then(
        () => undefined,
        (err: unknown) => this.failed(err),
      );
  }

  /**
   * Renews this instance's entries, then reads again the workshops shown lately: where an
   * instance's entries lapsed (it went away), the screens are pushed the state again.
   */
  private async beat(): Promise<void> {
    if (this.closed) return;
    await Promise.all(this.local.entries().map(([w, ids]) => this.renew(w, ids)));
    const now = Date.now();
    for (const [workshopId, last] of [...this.seen]) {
      if (now - last.askedAt > 60_000) {
        this.seen.delete(workshopId);
        continue;
      }
      const ids = await this.read(workshopId);
      const same = ids.size === last.ids.size && [...ids].every((id) => last.ids.has(id));
      if (!same) {
        this.seen.set(workshopId, { ids, askedAt: last.askedAt });
        this.emit(workshopId);
      }
    }
  }

  private emit(workshopId: string): void {
    for (const l of this.listeners) l(workshopId);
  }

  private failed(err: unknown): void {
    const now = Date.now();
    if (now - this.failureLoggedAt < 10_000) return;
    this.failureLoggedAt = now;
    this.options.log.warn(
      { reason: err instanceof Error ? err.message : String(err) },
      'shared presence unavailable: showing what this instance knows',
    );
  }

  /** Stops the heartbeat and takes this instance's entries out (a graceful stop). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    await Promise.all(
      this.local.entries().map(([w, ids]) =>
        this.options
          .command(['ZREM', this.key(w), ...ids.map((p) => this.member(p))])
          .then(() => publishJson(this.options.bus, PRESENCE_CHANNEL, { workshopId: w }))
          .catch(() => undefined),
      ),
    );
  }
}
