import type { Config } from '../config';
import type { BudgetStore } from '../http/budget';
import type { CreationLimits } from '../http/creationGuard';
import type { Logger } from '../log';
import type { RoomPeers } from '../sync/roomPeers';
import type { JoinCodeLimits, SharedJoinCodes } from '../workshops/joinGuard';
import { Presence, type ConnectedParticipants } from '../workshops/presence';
import { randomInstanceId } from './bus';
import { EventRelay, type RelayedWorkshops } from './eventRelay';
import { RedisBus } from './redisBus';
import { BusRoomPeers } from './roomChannels';
import { SharedBudget, SharedKnownCodes } from './sharedBudget';
import { SharedPresence } from './sharedPresence';
import { localConnectionCaps, SharedConnections, type ConnectionCaps } from './sharedConnections';

/**
 * What one instance shares with the others, as `composeApp` uses it. `FANOUT=local`: nothing
 * (one instance; every part is what it was before there was a fan-out). `FANOUT=redis`: rooms,
 * workshop events, who is connected and the budgets go through Redis ([F1]–[F10]).
 */
export interface FanOut {
  readonly kind: 'local' | 'redis';
  readonly instanceId: string;
  /** The rooms' line to the other instances; null on one instance. */
  readonly peers: RoomPeers | null;
  readonly presence: ConnectedParticipants;
  /** The creation budget ([L1]): these limits here, or shared ([F10]). */
  creations(limits: CreationLimits): CreationLimits | BudgetStore;
  /** The join-code budgets and remembered codes ([J2]–[J4]): these here, or shared ([F10]). */
  joinCodes(limits: JoinCodeLimits): JoinCodeLimits | SharedJoinCodes;
  /** [F12] The sync connection caps ([S14]): counted here, or over every instance. */
  connections(limits: { maxPerRoom: number; maxPerHolder: number }): ConnectionCaps;
  /** [F7] Relays the workshop service's events to and from the other instances. */
  relay(target: RelayedWorkshops): void;
  /** Readiness: null when the fan-out answers, else the reason. */
  check(): Promise<string | null>;
  close(): Promise<void>;
}

/** One instance: nothing to share. */
export function localFanOut(instanceId: string | null = null): FanOut {
  return {
    kind: 'local',
    instanceId: instanceId ?? randomInstanceId(),
    peers: null,
    presence: new Presence(),
    creations: (limits) => limits,
    joinCodes: (limits) => limits,
    connections: () => localConnectionCaps,
    relay: () => undefined,
    check: () => Promise.resolve(null),
    close: () => Promise.resolve(),
  };
}

export interface RedisFanOutOptions {
  url: string;
  log: Logger;
  instanceId?: string | null;
  /** Put before every channel and key (default `samskap:`; tests take one each). */
  prefix?: string;
  /** [F9] How long a killed instance's participants still count, and how often entries renew. */
  presenceTtlMs?: number;
  presenceHeartbeatMs?: number;
}

/** Connects to Redis and subscribes what every instance listens to, before anything is served. */
export async function redisFanOut(options: RedisFanOutOptions): Promise<FanOut> {
  const { log } = options;
  const prefix = options.prefix ?? 'samskap:';
  const bus = await RedisBus.open({
    url: options.url,
    prefix,
    instanceId: options.instanceId ?? null,
    log,
  });
  try {
    const relay = await EventRelay.open(bus, log);
    const presence = await SharedPresence.open({
      bus,
      command: bus.command,
      log,
      keyPrefix: prefix,
      ...(options.presenceTtlMs ? { ttlMs: options.presenceTtlMs } : {}),
      ...(options.presenceHeartbeatMs ? { heartbeatMs: options.presenceHeartbeatMs } : {}),
    });
    log.info({ instance: bus.instanceId }, 'fan-out through Redis');
    return {
      kind: 'redis',
      instanceId: bus.instanceId,
      peers: new BusRoomPeers({ bus, log, command: bus.command, keyPrefix: prefix }),
      presence,
      creations: (limits) =>
        new SharedBudget({
          command: bus.command,
          log,
          keyPrefix: `${prefix}budget:creations:`,
          ...limits,
        }),
      joinCodes: (limits) => ({
        budget: new SharedBudget({
          command: bus.command,
          log,
          keyPrefix: `${prefix}budget:joincodes:`,
          ...limits,
        }),
        known: new SharedKnownCodes(bus.command, log, `${prefix}joincodes:known:`),
      }),
      connections: (limits) =>
        new SharedConnections({
          command: bus.command,
          log,
          keyPrefix: prefix,
          instanceId: bus.instanceId,
          ...limits,
        }),
      relay: (target) => relay.attach(target),
      check: () => bus.check(),
      async close() {
        relay.close();
        await presence.close();
        await bus.close();
      },
    };
  } catch (err) {
    await bus.close();
    throw err;
  }
}

/** The fan-out the configuration names (`FANOUT`, `REDIS_URL`, `INSTANCE_ID`). */
export async function openFanOut(config: Config, log: Logger): Promise<FanOut> {
  if (config.fanout !== 'redis') return localFanOut(config.instanceId);
  if (!config.redisUrl) throw new Error('FANOUT=redis without REDIS_URL');
  return redisFanOut({
    url: config.redisUrl,
    log,
    instanceId: config.instanceId,
    prefix: config.redisPrefix,
  });
}
