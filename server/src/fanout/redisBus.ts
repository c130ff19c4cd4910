import { createClient } from 'redis';
import type { Logger } from '../log';
import { KeyedMutex } from '../workshops/keyedMutex';
import {
  envelope,
  openEnvelope,
  randomInstanceId,
  type Bus,
  type BusHandler,
  type Unsubscribe,
} from './bus';

export interface RedisBusOptions {
  /** `redis://…` (`REDIS_URL`). */
  url: string;
  /** Put before every channel and key, so that installations (and tests) sharing one Redis stay apart. */
  prefix?: string;
  instanceId?: string | null;
  log: Logger;
  /** How long the first connection may take before the start fails (default 10 s). */
  connectTimeoutMs?: number;
}

/** A Redis command, as the fan-out's parts send it: arguments in, the reply as Redis gave it. */
export type RedisCommand = (args: ReadonlyArray<string | Buffer>) => Promise<unknown>;

type Client = ReturnType<typeof createClient>;

/**
 * How long a command or a subscription may take: a Redis that hangs must not hold a request
 * (the budgets fall back) or a room's load (it opens, and resyncs once the bus is back).
 */
const COMMAND_TIMEOUT_MS = 2000;

/** `promise`, or a rejection once `ms` have passed. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer from Redis in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Where an instance says it is back after it was cut off from Redis. */
const BACK_CHANNEL = 'bus:back';

interface Channel {
  handlers: Set<BusHandler>;
  /** Whether Redis has confirmed the subscription (it is renewed by the client on reconnect). */
  active: boolean;
  listener: (message: Buffer) => void;
}

/**
 * [F1] The bus on Redis pub/sub, with two connections: one subscribed (a subscribed connection
 * can send nothing else), one for publishing and every other command (presence, budgets, client
 * ids). Pub/sub rather than streams: the database already keeps every update, so the bus only
 * has to carry the news of one quickly; streams would keep a second copy to trim. What pub/sub
 * drops while a connection is down is made up for by `onReconnect` (every listener reloads from
 * the database), so delivery need not be reliable, only ordered per publisher, which it is.
 */
export class RedisBus implements Bus {
  readonly instanceId: string;
  readonly prefix: string;
  private readonly channels = new Map<string, Channel>();
  private readonly order = new KeyedMutex();
  private readonly reconnectListeners: Array<() => void> = [];
  /** Set once either connection was lost: the next time both are ready, listeners resync. */
  private lost = false;
  private closed = false;
  private lastErrorLogAt = 0;

  private constructor(
    private readonly pub: Client,
    private readonly sub: Client,
    options: RedisBusOptions,
  ) {
    this.instanceId = options.instanceId ?? randomInstanceId();
    this.prefix = options.prefix ?? 'samskap:';
    this.log = options.log;
    for (const client of [pub, sub]) {
      client.on('error', (err: unknown) => this.down(err));
      client.on('end', () => this.down(null));
      client.on('reconnecting', () => this.down(null));
      client.on('ready', () => this.up());
    }
  }

  private readonly log: Logger;

  /** Connects both connections; throws if Redis does not answer within the timeout. */
  static async open(options: RedisBusOptions): Promise<RedisBus> {
    const instanceId = options.instanceId ?? randomInstanceId();
    const prefix = options.prefix ?? 'samskap:';
    const make = (role: string) =>
      createClient({
        url: options.url,
        // Fail at once while cut off, rather than queue without bound: callers fall back or
        // drop the news, and resync when the connection is back.
        disableOfflineQueue: true,
        pingInterval: 10_000,
        // Seen in CLIENT LIST: which instance, which connection (tests cut one off by it).
        name: `${prefix}${instanceId}:${role}`,
        socket: { reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2000) },
      });
    const pub = make('pub');
    const sub = make('sub');
    const bus = new RedisBus(pub, sub, { ...options, instanceId, prefix });
    const timeoutMs = options.connectTimeoutMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        Promise.all([pub.connect(), sub.connect()]),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`Redis does not answer (REDIS_URL) within ${timeoutMs} ms`)),
            timeoutMs,
          );
        }),
      ]);
    } catch (err) {
      await bus.close();
      throw err;
    } finally {
      clearTimeout(timer);
    }
    bus.lost = false;
    // [F8] What another instance published while it was cut off never reached us: when it is
    // back it says so, and we reload as if we had been cut off ourselves.
    await bus.subscribe(BACK_CHANNEL, () => bus.resync('another instance is back'));
    return bus;
  }

  /** The name of `channel` in Redis. */
  private full(channel: string): string {
    return `${this.prefix}${channel}`;
  }

  publish(channel: string, message: Uint8Array): void {
    if (this.closed) return;
    const bytes = Buffer.from(envelope(this.instanceId, message));
    this.pub.publish(this.full(channel), bytes).catch((err: unknown) => this.down(err));
  }

  /** Sends one command on the publishing connection (in order with what it published). */
  readonly command: RedisCommand = (args) =>
    within(this.pub.sendCommand(args), COMMAND_TIMEOUT_MS, String(args[0]));

  async subscribe(channel: string, handler: BusHandler): Promise<Unsubscribe> {
    await this.order.run(channel, async () => {
      let c = this.channels.get(channel);
      if (!c) {
        const entry: Channel = {
          handlers: new Set(),
          active: false,
          listener: (message) => this.deliver(entry, message),
        };
        c = entry;
        this.channels.set(channel, c);
      }
      c.handlers.add(handler);
      if (!c.active) await this.activate(channel, c);
    });
    let done = false;
    return () => {
      if (done) return Promise.resolve();
      done = true;
      return this.order.run(channel, async () => {
        const c = this.channels.get(channel);
        if (!c) return;
        c.handlers.delete(handler);
        if (c.handlers.size > 0) return;
        this.channels.delete(channel);
        if (!c.active || this.closed) return;
        await this.sub.unsubscribe(this.full(channel), c.listener, true).catch(() => undefined);
      });
    };
  }

  /** Subscribes in Redis; a failure leaves the channel to be subscribed when the bus is back. */
  private async activate(channel: string, c: Channel): Promise<void> {
    if (this.closed) return;
    try {
      await within(
        this.sub.subscribe(this.full(channel), c.listener, true),
        COMMAND_TIMEOUT_MS,
        'SUBSCRIBE',
      );
      c.active = true;
    } catch (err) {
      this.down(err);
    }
  }

  private deliver(c: Channel, raw: Buffer): void {
    const opened = openEnvelope(raw);
    if (!opened || opened.from === this.instanceId) return;
    // A copy: handlers may keep the bytes past this call (a room batches updates for a turn).
    const message = new Uint8Array(opened.message);
    for (const h of c.handlers) {
      try {
        h(message);
      } catch (err) {
        this.log.error({ err }, 'a bus message could not be handled');
      }
    }
  }

  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  private down(err: unknown): void {
    if (this.closed) return;
    const was = this.lost;
    this.lost = true;
    // Reconnection retries every two seconds at most: one line per ten seconds says enough.
    const now = Date.now();
    // A command that failed while both connections stay up (no reconnect to wait for): look
    // again in a moment, and resync then.
    setTimeout(() => this.up(), 1000).unref();
    if (!was || now - this.lastErrorLogAt > 10_000) {
      this.lastErrorLogAt = now;
      this.log.warn(
        { reason: err instanceof Error ? err.message : undefined },
        'Redis connection lost: fan-out paused until it is back',
      );
    }
  }

  private up(): void {
    if (this.closed || !this.lost || !this.pub.isReady || !this.sub.isReady) return;
    this.lost = false;
    // Handles its own failures (each step logs); nothing waits for it.
    void this.resubscribeAndResync();
  }

  /**
   * [F8] Back after a loss: channels that could not be subscribed meanwhile are subscribed now
   * (the client renews the others itself before it is ready), then every listener reloads.
   */
  private async resubscribeAndResync(): Promise<void> {
    for (const [channel, c] of this.channels) {
      if (!c.active)
        await this.order.run(channel, () =>
          this.channels.get(channel) === c && !c.active
            ? this.activate(channel, c)
            : Promise.resolve(),
        );
    }
    if (this.lost) return; // lost again meanwhile: the next `up` resyncs
    this.resync('the Redis connection is back');
    // What we published while cut off never reached the others: they reload too.
    this.publish(BACK_CHANNEL, new Uint8Array(0));
  }

  private resync(why: string): void {
    this.log.info({ why }, 'reloading what this instance holds from the database');
    for (const l of this.reconnectListeners) {
      try {
        l();
      } catch (err) {
        this.log.error({ err }, 'resync after a loss of Redis failed');
      }
    }
  }

  async check(): Promise<string | null> {
    if (this.closed) return 'fan-out closed';
    if (!this.sub.isReady) return 'Redis subscription connection is down';
    try {
      await within(this.pub.ping(), COMMAND_TIMEOUT_MS, 'PING');
      return null;
    } catch (err) {
      return `Redis does not answer: ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.channels.clear();
    for (const client of [this.pub, this.sub]) {
      if (client.isOpen) await client.close().catch(() => client.destroy());
    }
  }
}
