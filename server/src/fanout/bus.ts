import { randomBytes } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Called with each message another instance published on a channel, in the order sent. */
export type BusHandler = (message: Uint8Array) => void;

/** Ends one subscription; the channel is left once its last handler is gone. */
export type Unsubscribe = () => Promise<void>;

/**
 * [F1] How instances tell each other what happened: publish and subscribe on named channels,
 * binary messages (JSON through `publishJson`/`subscribeJson`). A message reaches every
 * *other* instance subscribed to the channel at that moment, in the order it was published;
 * an instance never receives its own. Delivery is at most once: a message published while an
 * instance was cut off is lost to it, and `onReconnect` tells it to read the truth from the
 * database again (pub/sub keeps nothing; the database is the record, the bus only the news).
 */
export interface Bus {
  /** This instance's name on the bus (`INSTANCE_ID`, or a random one). */
  readonly instanceId: string;
  /** Sends `message` to the channel; a failure is logged, never thrown (the news is lost). */
  publish(channel: string, message: Uint8Array): void;
  /**
   * Listens on `channel`; resolves once the subscription is active (a message published after
   * that reaches `handler`). Where the bus cannot subscribe right now it still resolves: the
   * subscription is made when the bus is back, followed by `onReconnect`.
   */
  subscribe(channel: string, handler: BusHandler): Promise<Unsubscribe>;
  /**
   * `listener` runs each time the bus is back after it was cut off: messages may have been
   * missed, so whoever listens reloads what they hold from the database.
   */
  onReconnect(listener: () => void): void;
  /** Whether the bus answers now (readiness); null when it does, else the reason. */
  check(): Promise<string | null>;
  close(): Promise<void>;
}

/** A random instance id, for when `INSTANCE_ID` is not set. */
export function randomInstanceId(): string {
  return `i-${randomBytes(6).toString('hex')}`;
}

/**
 * One instance alone: there is nobody to tell, so publishing does nothing and no message ever
 * arrives. `FANOUT=local` uses no bus at all; this one serves tests of what sits on a bus.
 */
export class LocalBus implements Bus {
  constructor(readonly instanceId: string = randomInstanceId()) {}

  publish(_channel: string, _message: Uint8Array): void {}

  subscribe(_channel: string, _handler: BusHandler): Promise<Unsubscribe> {
    return Promise.resolve(() => Promise.resolve());
  }

  onReconnect(_listener: () => void): void {}

  check(): Promise<string | null> {
    return Promise.resolve(null);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** A message on the wire: who sent it, then what it says. */
export function envelope(instanceId: string, message: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, instanceId);
  encoding.writeUint8Array(e, message);
  return encoding.toUint8Array(e);
}

/** The sender and the message of an envelope; null for bytes that are not one. */
export function openEnvelope(bytes: Uint8Array): { from: string; message: Uint8Array } | null {
  try {
    const d = decoding.createDecoder(bytes);
    const from = decoding.readVarString(d);
    return { from, message: bytes.subarray(d.pos) };
  } catch {
    return null;
  }
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

export function publishJson(bus: Bus, channel: string, value: unknown): void {
  bus.publish(channel, utf8.encode(JSON.stringify(value)));
}

/** Subscribes with a JSON handler; a message that is not JSON is dropped. */
export function subscribeJson(
  bus: Bus,
  channel: string,
  handler: (value: unknown) => void,
): Promise<Unsubscribe> {
  return bus.subscribe(channel, (message) => {
    let value: unknown;
    try {
      value = JSON.parse(fromUtf8.decode(message));
    } catch {
      return;
    }
    handler(value);
  });
}
