import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Logger } from '../log';
import type { RemoteReceiver, RoomLink, RoomPeers } from '../sync/roomPeers';
import type { ClientIdOwners } from '../sync/roomPresence';
import type { Bus } from './bus';
import type { RedisCommand } from './redisBus';

/** What travels on a room's channel. */
const UPDATE = 0;
const AWARENESS = 1;
/** "I have just loaded this room: tell me your connections' presence." */
const PRESENCE_QUERY = 2;

/** How long a room's client-id claims are kept in Redis after the last one, and how many. */
const CLAIMS_TTL_SECONDS = 7 * 24 * 3600;
const CLAIMS_PER_ROOM = 4096;

/**
 * Sets the claim unless the id is taken (or the room holds too many), renews the key's life,
 * and answers the holder the id has now.
 */
const CLAIM_SCRIPT = `
if redis.call('HLEN', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
end
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[4]))
return redis.call('HGET', KEYS[1], ARGV[1])`;

export type RoomMessage =
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array; holder: string | null }
  | { kind: 'presence?' };

export function encodeRoomMessage(m: RoomMessage): Uint8Array {
  const e = encoding.createEncoder();
  if (m.kind === 'presence?') {
    encoding.writeUint8(e, PRESENCE_QUERY);
    return encoding.toUint8Array(e);
  }
  encoding.writeUint8(e, m.kind === 'update' ? UPDATE : AWARENESS);
  if (m.kind === 'awareness') encoding.writeVarString(e, m.holder ?? '');
  encoding.writeVarUint8Array(e, m.update);
  return encoding.toUint8Array(e);
}

export function decodeRoomMessage(bytes: Uint8Array): RoomMessage | null {
  try {
    const d = decoding.createDecoder(bytes);
    const kind = decoding.readUint8(d);
    if (kind === UPDATE) return { kind: 'update', update: decoding.readVarUint8Array(d) };
    if (kind === PRESENCE_QUERY) return { kind: 'presence?' };
    if (kind !== AWARENESS) return null;
    const holder = decoding.readVarString(d);
    return { kind: 'awareness', holder: holder || null, update: decoding.readVarUint8Array(d) };
  } catch {
    return null;
  }
}

export interface BusRoomPeersOptions {
  bus: Bus;
  log: Logger;
  /** Redis, where client-id claims are shared ([F5]); without it they travel with presence only. */
  command?: RedisCommand | null;
  /** Put before the keys of the claims (the bus's prefix). */
  keyPrefix?: string;
}

/**
 * [F2]–[F5] The rooms' side of the fan-out: one channel per room, `room:<name>`, subscribed while
 * the room is loaded here. Document updates travel after they are stored; presence as the
 * instance that accepted it encoded it, with whose it is. Client-id claims are also kept in a
 * Redis hash per room, read when the room loads, so a claim made while this instance did not
 * have the room loaded still counts here.
 */
export class BusRoomPeers implements RoomPeers {
  constructor(private readonly options: BusRoomPeersOptions) {}

  private claimsKey(room: string): string {
    return `${this.options.keyPrefix ?? ''}claims:${room}`;
  }

  async link(room: string, owners: ClientIdOwners): Promise<RoomLink> {
    const { bus, log, command } = this.options;
    const channel = `room:${room}`;
    let target: RemoteReceiver | null = null;
    const held: RoomMessage[] = [];
    const deliver = (m: RoomMessage) => {
      if (!target) {
        held.push(m);
        return;
      }
      if (m.kind === 'update') target.applyRemoteUpdate(m.update);
      else if (m.kind === 'awareness') target.applyRemoteAwareness(m.update, m.holder);
      else
        for (const p of target.localPresence())
          bus.publish(channel, encodeRoomMessage({ kind: 'awareness', ...p }));
    };
    const unsubscribe = await bus.subscribe(channel, (bytes) => {
      const m = decodeRoomMessage(bytes);
      if (m) deliver(m);
      else log.warn({ room }, 'a room message from another instance could not be read');
    });
    if (command) await this.loadClaims(room, owners);
    // [F4] Who is here already, on the other instances: they answer on the channel.
    bus.publish(channel, encodeRoomMessage({ kind: 'presence?' }));
    return {
      publishUpdate: (update) =>
        bus.publish(channel, encodeRoomMessage({ kind: 'update', update })),
      publishAwareness: (update, holder) =>
        bus.publish(channel, encodeRoomMessage({ kind: 'awareness', update, holder })),
      claimed: (clientId, holder) => {
        if (!command) return;
        command([
          'EVAL',
          CLAIM_SCRIPT,
          '1',
          this.claimsKey(room),
          String(clientId),
          holder,
          String(CLAIMS_PER_ROOM),
          String(CLAIMS_TTL_SECONDS),
        ]).then(
          (owner) => {
            if (owner !== null && String(owner) !== holder)
              log.warn({ room, clientId }, 'a client id was claimed on two instances at once');
          },
          () => undefined, // Redis cut off: the claim still travels with the presence
        );
      },
      attach(room) {
        target = room;
        for (const m of held.splice(0)) deliver(m);
      },
      leave: () => {
        target = null;
        held.length = 0;
        return unsubscribe();
      },
    };
  }

  /** [F5] The claims other instances made in `room`, learnt before the room opens here. */
  private async loadClaims(room: string, owners: ClientIdOwners): Promise<void> {
    let reply: unknown;
    try {
      reply = await this.options.command!(['HGETALL', this.claimsKey(room)]);
    } catch (err) {
      this.options.log.warn({ err, room }, 'client-id claims could not be read from Redis');
      return;
    }
    // RESP2 answers a flat list of field, value; RESP3 a map.
    const pairs: Array<[unknown, unknown]> = Array.isArray(reply)
      ? Array.from({ length: reply.length / 2 }, (_, i) => [reply[2 * i], reply[2 * i + 1]])
      : reply && typeof reply === 'object'
        ? Object.entries(reply)
        : [];
    for (const [id, holder] of pairs) {
      const clientId = Number(String(id));
      if (Number.isSafeInteger(clientId)) owners.learn(room, clientId, String(holder));
    }
  }

  onResync(listener: () => void): void {
    this.options.bus.onReconnect(listener);
  }
}
