import type { Logger } from '../log';
import type { RedisCommand } from './redisBus';

/**
 * Admits a connection if the room and the holder have room for it, on Redis's clock: expired
 * entries go, then both counts are checked, then the connection is added to both. One script,
 * so two instances admitting at once cannot both take the last place.
 * KEYS: room set, holder set ('' holder: KEYS[2] is unused). ARGV: ttl ms, member, room max,
 * holder max. Answers 0 (admitted), 1 (room full), 2 (holder full).
 */
const ADMIT_SCRIPT = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 1 end
if KEYS[2] ~= KEYS[1] then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
  if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[4]) then return 2 end
  redis.call('ZADD', KEYS[2], now + ttl, ARGV[2])
  redis.call('PEXPIRE', KEYS[2], 2 * ttl)
end
redis.call('ZADD', KEYS[1], now + ttl, ARGV[2])
redis.call('PEXPIRE', KEYS[1], 2 * ttl)
return 0`;

/** Renews members that are still there (XX: a member the script dropped stays dropped). */
const RENEW_SCRIPT = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[1])
for i = 1, #KEYS do
  redis.call('ZADD', KEYS[i], 'XX', now + ttl, ARGV[i + 1])
  redis.call('PEXPIRE', KEYS[i], 2 * ttl)
end
return #KEYS`;

/** One sync connection as the caps see it. */
export interface CountedConnection {
  readonly id: string;
  readonly room: string;
  /** The credential it holds; null for none (counted in the room only). */
  readonly holder: string | null;
}

/**
 * [S14] [F12] How many sync connections a room and a credential hold: this instance's own are
 * counted by the sync server; this says whether every instance's together leave room for one
 * more. Null: yes; else why not.
 */
export interface ConnectionCaps {
  admit(conn: CountedConnection): Promise<string | null>;
  release(conn: CountedConnection): void;
  close(): void;
}

/** One instance: its own count is the whole count. */
export const localConnectionCaps: ConnectionCaps = {
  admit: () => Promise.resolve(null),
  release: () => undefined,
  close: () => undefined,
};

export interface SharedConnectionsOptions {
  command: RedisCommand;
  log: Logger;
  /** Put before the keys (the bus's prefix). */
  keyPrefix: string;
  instanceId: string;
  maxPerRoom: number;
  maxPerHolder: number;
  /** How long an entry lives without renewal (default 30 s), and how often they renew (10 s). */
  ttlMs?: number;
  heartbeatMs?: number;
}

/**
 * [F12] The connection caps ([S14]) across instances: a sorted set per room and per (room,
 * holder) in Redis, one member per connection (`<instance>/<connection>`), scored with the time
 * it lapses. A heartbeat renews this instance's members; a killed instance's lapse within the
 * TTL. Where Redis does not answer, each instance's own count decides, as on one instance.
 */
export class SharedConnections implements ConnectionCaps {
  private readonly mine = new Map<string, CountedConnection>();
  private readonly ttlMs: number;
  private readonly heartbeat: NodeJS.Timeout;
  private failureLoggedAt = 0;

  constructor(private readonly options: SharedConnectionsOptions) {
    this.ttlMs = options.ttlMs ?? 30_000;
    this.heartbeat = setInterval(() => void this.renew(), options.heartbeatMs ?? 10_000);
    this.heartbeat.unref();
  }

  private keys(conn: CountedConnection): [string, string] {
    const room = `${this.options.keyPrefix}conns:room:${conn.room}`;
    // A holder's set is per room, as the sync server counts it.
    const holder =
      conn.holder === null
        ? room
        : `${this.options.keyPrefix}conns:holder:${conn.room}:${conn.holder}`;
    return [room, holder];
  }

  private member(conn: CountedConnection): string {
    return `${this.options.instanceId}/${conn.id}`;
  }

  async admit(conn: CountedConnection): Promise<string | null> {
    try {
      const reply = await this.options.command([
        'EVAL',
        ADMIT_SCRIPT,
        '2',
        ...this.keys(conn),
        String(this.ttlMs),
        this.member(conn),
        String(this.options.maxPerRoom),
        String(this.options.maxPerHolder),
      ]);
      if (reply === 1) return 'too many connections in this room';
      if (reply === 2) return 'too many connections for this access';
      this.mine.set(conn.id, conn);
      return null;
    } catch (err) {
      this.failed(err);
      return null;
    }
  }

  release(conn: CountedConnection): void {
    if (!this.mine.delete(conn.id)) return;
    const [room, holder] = this.keys(conn);
    const member = this.member(conn);
    for (const key of new Set([room, holder]))
      this.options.command(['ZREM', key, member]).catch((err: unknown) => this.failed(err));
  }

  private async renew(): Promise<void> {
    if (this.mine.size === 0) return;
    const keys: string[] = [];
    const members: string[] = [];
    for (const conn of this.mine.values())
      for (const key of new Set(this.keys(conn))) {
        keys.push(key);
        members.push(this.member(conn));
      }
    await this.options
      .command(['EVAL', RENEW_SCRIPT, String(keys.length), ...keys, String(this.ttlMs), ...members])
      .catch((err: unknown) => this.failed(err));
  }

  private failed(err: unknown): void {
    // Once a minute at most: a Redis that is gone is news once, not per connection.
    if (Date.now() - this.failureLoggedAt < 60_000) return;
    this.failureLoggedAt = Date.now();
    this.options.log.warn({ err }, 'connection caps fall back to this instance’s own count');
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const conn of [...this.mine.values()]) this.release(conn);
  }
}
