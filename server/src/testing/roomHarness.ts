import { MessageType } from '@samskap/shared/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { pino } from 'pino';
import { expect } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import { decodeAwarenessUpdate, encodeAwarenessUpdate } from '../sync/awarenessFilter';
import type { ConnectionIdentity, RoomConnection } from '../sync/connectionTypes';

/** Helpers for unit tests that drive a `Room` directly, without sockets. */

export const silentLog = pino({ level: 'silent' });

export const tick = () => new Promise<void>((r) => setImmediate(r));

/** Waits for a condition over turns of the event loop (and timers), never a fixed sleep. */
export async function until(condition: () => boolean, turns = 2000): Promise<void> {
  for (let i = 0; i < turns && !condition(); i++) {
    await (i < 100 ? tick() : new Promise<void>((r) => setTimeout(r, 1)));
  }
  expect(condition()).toBe(true);
}

interface Received {
  kind: 'update' | 'step1' | 'step2' | 'awareness' | 'other';
  payload: Uint8Array;
}

/** A connection that records what it is sent and how it was closed. */
export class RecordingConnection implements RoomConnection {
  closedWith: number | null = null;
  readonly received: Received[] = [];
  readonly identity: ConnectionIdentity;
  constructor(
    readonly id: string,
    identity: Partial<ConnectionIdentity> = {},
  ) {
    this.identity = { participantId: id, canWrite: () => true, awarenessUser: null, ...identity };
  }
  send(m: Uint8Array, sent?: () => void) {
    const d = decoding.createDecoder(m);
    const type = decoding.readVarUint(d);
    if (type === MessageType.awareness) {
      this.received.push({ kind: 'awareness', payload: decoding.readVarUint8Array(d) });
    } else if (type === MessageType.sync) {
      const sub = decoding.readVarUint(d);
      const kind =
        sub === syncProtocol.messageYjsUpdate
          ? 'update'
          : sub === syncProtocol.messageYjsSyncStep1
            ? 'step1'
            : 'step2';
      this.received.push({ kind, payload: decoding.readVarUint8Array(d) });
    } else this.received.push({ kind: 'other', payload: m });
    sent?.();
  }
  close(code: number) {
    this.closedWith ??= code;
  }
  of(kind: Received['kind']): Uint8Array[] {
    return this.received.filter((r) => r.kind === kind).map((r) => r.payload);
  }
  /** Every awareness entry it was sent, in order. */
  awarenessEntries() {
    return this.of('awareness').flatMap(decodeAwarenessUpdate);
  }
}

export function syncFrame(kind: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.sync);
  encoding.writeVarUint(e, kind);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

export function updateFrame(update: Uint8Array): Uint8Array {
  return syncFrame(syncProtocol.messageYjsUpdate, update);
}

export function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.awareness);
  encoding.writeVarUint8Array(
    e,
    encodeAwarenessUpdate([{ clientId, clock, state: JSON.stringify(state) }]),
  );
  return encoding.toUint8Array(e);
}
