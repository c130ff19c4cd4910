import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType } from '@samskap/shared/protocol';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { encodeAwareness, framingFor, type Dialect, type Framing } from './protocol';

/** What a worker is told about one client it should run. */
export interface ClientSpec {
  /** Unique across the run: used as the Y.Doc clientID so a typist's clock counts its edits. */
  readonly clientId: number;
  readonly room: string;
  /** Base URL; the room is appended for y-websocket, sent in frames for Hocuspocus. */
  readonly url: string;
  readonly dialect: Dialect;
  /** Slot in the shared send-time table, or -1 for a client that only reads. */
  readonly typistSlot: number;
  /** The typists of this room as [clientId, slot] pairs, to tell whose edits arrived. */
  readonly roomTypists: readonly (readonly [number, number])[];
  /** Websocket subprotocols: how ours is given a participant token. */
  readonly protocols?: readonly string[];
  /** The top-level text to type into; on ours a part the clients may write ([W1]). */
  readonly part?: string;
}

/** Shared between threads: send time (epoch ms, sub-ms precision) of edit `clock` by typist `slot`. */
export interface SendTimes {
  readonly table: Float64Array;
  readonly perTypist: number;
}

export interface ClientCounters {
  sentMessages: number;
  sentBytes: number;
  receivedMessages: number;
  receivedBytes: number;
}

/** Wall-clock time in ms that agrees across worker threads (timeOrigin is per thread). */
export function now(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * A headless y-websocket client: one Y.Doc, the sync handshake, updates both ways, and cursor
 * awareness encoded by hand. It does exactly what the stock `WebsocketProvider` puts on the wire,
 * minus reconnects and awareness renewal (a benchmark reports a dropped socket rather than hiding it).
 */
export class LoadClient {
  readonly doc = new Y.Doc();
  readonly text: Y.Text;
  private socket: WebSocket | undefined;
  private readonly framing: Framing;
  private awarenessClock = 0;
  private readonly seenClock = new Map<number, number>();
  connectStartedAt = 0;
  syncedAt = 0;
  /** When the server's sync step 2 arrived, before this client spent time applying it. */
  answeredAt = 0;
  closedUnexpectedly = false;
  edits = 0;

  constructor(
    readonly spec: ClientSpec,
    private readonly sendTimes: SendTimes,
    private readonly counters: ClientCounters,
    private readonly onLatency: (ms: number) => void,
  ) {
    this.doc.clientID = spec.clientId;
    this.text = this.doc.getText(spec.part ?? 'body');
    this.framing = framingFor(spec.dialect, spec.room);
    for (const [id] of spec.roomTypists) this.seenClock.set(id, 0);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this) return;
      const encoder = this.framing.start(MessageType.sync);
      syncProtocol.writeUpdate(encoder, update);
      this.send(encoding.toUint8Array(encoder));
    });
  }

  /** Resolves once sync step 2 has arrived (synced), rejects on error or timeout. */
  connect(timeoutMs: number): Promise<void> {
    this.connectStartedAt = now();
    const target =
      this.spec.dialect === 'y-websocket' ? `${this.spec.url}/${this.spec.room}` : this.spec.url;
    const socket = new WebSocket(target, [...(this.spec.protocols ?? [])], {
      perMessageDeflate: false,
    });
    socket.binaryType = 'nodebuffer';
    this.socket = socket;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`not synced within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const settle = (error?: Error): void => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      socket.on('open', () => {
        for (const frame of this.framing.opening()) this.send(frame);
        const step1 = this.framing.start(MessageType.sync);
        syncProtocol.writeSyncStep1(step1, this.doc);
        this.send(encoding.toUint8Array(step1));
        this.sendAwareness({ user: { name: `c${this.spec.clientId}` }, cursor: null });
      });
      socket.on('message', (data: Buffer) => {
        this.counters.receivedMessages++;
        this.counters.receivedBytes += data.length;
        try {
          if (this.handle(new Uint8Array(data.buffer, data.byteOffset, data.length))) settle();
        } catch (error) {
          settle(error as Error);
        }
      });
      socket.on('error', (error) => settle(error));
      socket.on('close', (code: number, reason: Buffer) => {
        if (this.socket === socket) this.closedUnexpectedly = true;
        settle(new Error(`closed before sync (${code} ${reason.toString()})`));
      });
    });
  }

  /** One keystroke: a character at the cursor plus the cursor in awareness, as a tablet sends it. */
  type(): void {
    const slot = this.spec.typistSlot;
    if (slot < 0 || this.edits >= this.sendTimes.perTypist) return;
    const position = Math.floor(Math.random() * (this.text.length + 1));
    // The clock this edit gets equals the number of edits so far: one character, one clock tick.
    this.sendTimes.table[slot * this.sendTimes.perTypist + this.edits] = now();
    this.edits++;
    this.text.insert(position, String.fromCharCode(97 + (this.edits % 26)));
    this.sendAwareness({
      user: { name: `c${this.spec.clientId}` },
      cursor: { anchor: position + 1, head: position + 1 },
    });
  }

  /** Edits of this room's typists that have arrived, by typist clientId. */
  arrived(): ReadonlyMap<number, number> {
    return this.seenClock;
  }

  close(): void {
    const socket = this.socket;
    this.socket = undefined;
    socket?.close();
    this.doc.destroy();
  }

  private send(frame: Uint8Array): void {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    this.counters.sentMessages++;
    this.counters.sentBytes += frame.length;
    socket.send(frame);
  }

  private sendAwareness(state: unknown): void {
    const encoder = this.framing.start(MessageType.awareness);
    encoding.writeVarUint8Array(
      encoder,
      encodeAwareness(this.spec.clientId, ++this.awarenessClock, state),
    );
    this.send(encoding.toUint8Array(encoder));
  }

  /** Returns true when this frame completed the initial sync. */
  private handle(frame: Uint8Array): boolean {
    const decoder = decoding.createDecoder(frame);
    const type = this.framing.read(decoder);
    if (type !== MessageType.sync) return false; // awareness and the rest are only counted
    if (
      this.answeredAt === 0 &&
      decoding.peekVarUint(decoder) === syncProtocol.messageYjsSyncStep2
    ) {
      this.answeredAt = now();
    }
    const reply = this.framing.start(this.framing.replyType);
    const kind = syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
    if (encoding.length(reply) > this.framing.headerLength) this.send(encoding.toUint8Array(reply));
    if (kind !== syncProtocol.messageYjsSyncStep1) this.measureArrivals();
    if (kind === syncProtocol.messageYjsSyncStep2 && this.syncedAt === 0) {
      this.syncedAt = now();
      return true;
    }
    return false;
  }

  private measureArrivals(): void {
    const at = now();
    const { table, perTypist } = this.sendTimes;
    for (const [id, slot] of this.spec.roomTypists) {
      if (id === this.spec.clientId) continue;
      const before = this.seenClock.get(id) ?? 0;
      const after = Y.getState(this.doc.store, id);
      if (after <= before) continue;
      // Edits already in the document at sync time were not sent live: no latency for them.
      if (this.syncedAt !== 0) {
        for (let clock = before; clock < after && clock < perTypist; clock++) {
          const sentAt = table[slot * perTypist + clock] ?? 0;
          if (sentAt > 0) this.onLatency(at - sentAt);
        }
      }
      this.seenClock.set(id, after);
    }
  }
}
