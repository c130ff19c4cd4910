import { MessageType } from '@samskap/shared/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * The two wire dialects the load clients speak. Ours and the reference y-websocket server speak
 * plain y-websocket (one document per socket, first varUint is the message type). Hocuspocus
 * multiplexes documents, so every frame starts with the document name, and it queues everything
 * until an auth message has been answered: its stock provider always sends one.
 */
export type Dialect = 'y-websocket' | 'hocuspocus';

/** Hocuspocus's own message types: a different protocol from ours, so named here, not in shared. */
const HocuspocusType = { auth: 2, syncReply: 4, syncStatus: 8 } as const;
const HOCUSPOCUS_AUTH_TOKEN = 0;

export interface Framing {
  /** An encoder with the frame header written, ready for a y-protocols payload. */
  start(type: number): encoding.Encoder;
  /** The header length, to tell an empty reply from a real one. */
  readonly headerLength: number;
  /** Frames to send right after the socket opens, before sync step 1. */
  opening(): Uint8Array[];
  /** Reads the header; returns the message type or `undefined` for a frame to ignore. */
  read(decoder: decoding.Decoder): number | undefined;
  /** How to frame the reply to the server's sync step 1. */
  readonly replyType: number;
}

export function framingFor(dialect: Dialect, room: string): Framing {
  if (dialect === 'y-websocket') {
    return {
      headerLength: 1,
      replyType: MessageType.sync,
      start(type) {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, type);
        return encoder;
      },
      opening: () => [],
      read: (decoder) => decoding.readVarUint(decoder),
    };
  }
  const header = encoding.createEncoder();
  encoding.writeVarString(header, room);
  const prefix = encoding.toUint8Array(header);
  const start = (type: number): encoding.Encoder => {
    const encoder = encoding.createEncoder();
    encoding.writeUint8Array(encoder, prefix);
    encoding.writeVarUint(encoder, type);
    return encoder;
  };
  return {
    headerLength: prefix.length + 1,
    replyType: HocuspocusType.syncReply,
    start,
    opening() {
      const auth = start(HocuspocusType.auth);
      encoding.writeVarUint(auth, HOCUSPOCUS_AUTH_TOKEN);
      encoding.writeVarString(auth, '');
      return [encoding.toUint8Array(auth)];
    },
    read(decoder) {
      decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      if (type === HocuspocusType.syncReply) return MessageType.sync;
      if (type === HocuspocusType.auth || type === HocuspocusType.syncStatus) return undefined;
      return type;
    },
  };
}

/**
 * One awareness entry, encoded by hand: a load client has no use for the `Awareness` class, whose
 * per-instance timer and state map would cost thousands of clients more than the server does.
 */
export function encodeAwareness(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, JSON.stringify(state));
  return encoding.toUint8Array(encoder);
}
