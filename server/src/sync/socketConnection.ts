import { CloseCode } from '@samskap/shared/protocol';
import { WebSocket, type RawData } from 'ws';
import type { SyncLimits } from '../config';
import type { Logger } from '../log';
import type { ConnectionIdentity, RoomConnection } from './connectionTypes';
import { TokenBucket } from './rateLimit';
import type { Room } from './room';
import { BadMessageError } from './roomPresence';

const closeReasons: Record<number, string> = {
  [CloseCode.badMessage]: 'malformed message',
  [CloseCode.rateLimited]: 'too many messages',
  [CloseCode.messageTooBig]: 'message too big',
  [CloseCode.tooLarge]: 'over a size bound',
};

/**
 * One websocket. Messages that arrive before the room is loaded (or before authentication
 * finished) wait in a bounded queue; any error from a message closes this connection only.
 */
export class SocketConnection implements RoomConnection {
  identity: ConnectionIdentity = {
    participantId: null,
    canWrite: () => false,
    awarenessUser: null,
  };
  alive = true;
  /** Authenticated and within the connection bounds: counted against them from now on. */
  admitted = false;
  private room: Room | null = null;
  private waiting: Uint8Array[] = [];
  private closed = false;
  private readonly bucket: TokenBucket;

  constructor(
    readonly id: string,
    readonly roomName: string,
    private readonly ws: WebSocket,
    private readonly limits: SyncLimits,
    private readonly log: Logger,
    private readonly onClosed: (conn: SocketConnection) => void,
  ) {
    this.bucket = new TokenBucket(limits.maxMessagesPerSecond, limits.messageBurst);
    ws.binaryType = 'nodebuffer';
    ws.on('message', (data, isBinary) => this.receive(data, isBinary));
    ws.on('pong', () => {
      this.alive = true;
    });
    ws.on('error', (err: Error & { code?: string }) => {
      // ws closes the socket itself after an error (1009 for an oversized frame).
      this.log.warn(
        { conn: this.id, room: this.roomName, code: err.code, reason: err.message },
        'socket error',
      );
    });
    ws.on('close', (code) => this.handleClose(code));
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Hands the connection to its room and replays what arrived meanwhile. */
  attach(room: Room): void {
    if (this.closed) {
      room.releaseIfEmpty();
      return;
    }
    this.room = room;
    room.add(this);
    const waiting = this.waiting;
    this.waiting = [];
    for (const data of waiting) {
      if (this.closed) break;
      this.dispatch(data);
    }
  }

  /** Asks the client again for what it has that the room lacks (after a lock was lifted). */
  resyncIfAllowed(): void {
    this.room?.resyncIfAllowed(this);
  }

  send(message: Uint8Array, sent?: () => void): void {
    if (this.ws.readyState !== WebSocket.OPEN) {
      sent?.();
      return;
    }
    this.ws.send(message, { binary: true }, sent && (() => sent()));
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.log.info({ conn: this.id, room: this.roomName, code, reason }, 'closing connection');
    this.ws.close(code, reason);
    this.handleClose(code);
  }

  /** Heartbeat: a connection that did not answer the last ping is gone. */
  ping(): void {
    if (!this.alive) {
      this.log.info({ conn: this.id, room: this.roomName }, 'no pong: terminating');
      this.ws.terminate();
      this.handleClose(CloseCode.goingAway);
      return;
    }
    this.alive = false;
    this.ws.ping();
  }

  private receive(raw: RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) return this.reject(CloseCode.badMessage, 'text frame');
    if (!this.bucket.take()) return this.reject(CloseCode.rateLimited, 'rate limit');
    const data = toBytes(raw);
    if (this.room === null) {
      if (this.waiting.length >= this.limits.maxBufferedWhileLoading) {
        return this.reject(CloseCode.rateLimited, 'too many messages while loading');
      }
      this.waiting.push(data);
      return;
    }
    this.dispatch(data);
  }

  private dispatch(data: Uint8Array): void {
    try {
      this.room!.handleMessage(this, data);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      this.reject(err instanceof BadMessageError ? err.closeCode : CloseCode.badMessage, detail);
    }
  }

  private reject(code: number, detail: string): void {
    this.log.warn({ conn: this.id, room: this.roomName, code, detail }, 'refused a message');
    this.close(code, closeReasons[code] ?? 'refused');
  }

  private handleClose(_code: number): void {
    if (this.closed) return;
    this.closed = true;
    this.waiting = [];
    this.room?.remove(this);
    this.onClosed(this);
  }
}

/**
 * Copies the frame into a buffer of its own. ws hands out slices of pooled buffers, and lib0
 * reads byte arrays as views bounded only by the underlying buffer: a lying length prefix must
 * hit the end of this frame, not read a neighbour's bytes.
 */
function toBytes(raw: RawData): Uint8Array {
  if (Array.isArray(raw)) return new Uint8Array(Buffer.concat(raw));
  if (raw instanceof ArrayBuffer) return new Uint8Array(raw.slice(0));
  return new Uint8Array(raw);
}
