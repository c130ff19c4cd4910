import * as Y from 'yjs';
import { MessageType } from '@samskap/shared/protocol';
import { SyncMessageKind, encodeSyncMessage, readVarUint } from '../wire';

/**
 * An in-memory y-websocket server and a WebSocket class that reaches it, so that the sync layer
 * runs against the stock `WebsocketProvider` in a plain Node test. It speaks just enough of the
 * protocol: it answers step 1 with step 2, applies step 2 and updates, and ignores awareness.
 * Messages are delivered on later macrotasks, in order, like a real socket.
 */
export interface FakeSyncServer {
  readonly doc: Y.Doc;
  /** Frames the server has received and not yet read, while `hold()` is in effect. */
  readonly held: number;
  /** The WebSocket class to pass as `WebSocketPolyfill`. */
  readonly WebSocket: typeof WebSocket;
  /** Stop reading client messages (as a slow server would); they queue up. */
  hold(): void;
  /** Read everything queued, then carry on reading. */
  release(): void;
  /** Refuse new connections (`true`) or accept them again (`false`). */
  refuse(refused: boolean): void;
  /** Close every open socket, as a lost network would. */
  dropAll(): void;
  /**
   * While `true`, new sockets open but nothing answers on them and nothing sent on them arrives
   * (as a socket the browser opened while the network was gone).
   */
  silence(silent: boolean): void;
  /**
   * While `true`, a socket the client closes goes quiet but never reports that it closed (as a
   * closing handshake on a dead network).
   */
  hangOnClose(hang: boolean): void;
  /** Close every open socket with `code`, as the server does when it refuses a credential. */
  closeAll(code: number): void;
  /** The subprotocols each connection offered, in order of connecting. */
  readonly protocols: readonly (readonly string[])[];
}

interface ServerSide {
  deliver(data: Uint8Array): void;
  close(code: number): void;
}

export function createFakeSyncServer(): FakeSyncServer {
  const doc = new Y.Doc();
  const sockets = new Set<ServerSide>();
  let holding = false;
  let refused = false;
  let silent = false;
  let hangOnClose = false;
  const queue: (() => void)[] = [];
  const protocols: string[][] = [];

  function receive(client: ServerSide, data: Uint8Array): void {
    const type = readVarUint(data, 0);
    if (type.value !== MessageType.sync) return;
    const kind = readVarUint(data, type.next);
    const length = readVarUint(data, kind.next);
    const payload = data.subarray(length.next, length.next + length.value);
    if (kind.value === SyncMessageKind.step1) {
      client.deliver(encodeSyncMessage(SyncMessageKind.step2, Y.encodeStateAsUpdate(doc, payload)));
    } else {
      Y.applyUpdate(doc, payload, 'client');
    }
  }

  class FakeWebSocket {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;
    readonly CONNECTING = 0;
    readonly OPEN = 1;
    readonly CLOSING = 2;
    readonly CLOSED = 3;
    binaryType = 'arraybuffer';
    readyState = 0;
    onopen: ((event: unknown) => void) | null = null;
    onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
    onclose: ((event: { code: number; reason: string }) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    readonly #side: ServerSide;

    constructor(_url: string, offered: string | string[] = []) {
      protocols.push(typeof offered === 'string' ? [offered] : [...offered]);
      this.#side = {
        deliver: (data) =>
          setTimeout(() => {
            if (this.readyState !== 1) return;
            const copy = data.slice();
            this.onmessage?.({ data: copy.buffer });
          }),
        close: (code) => this.#closed(code),
      };
      setTimeout(() => {
        if (refused) return this.#closed(1006);
        this.readyState = 1;
        if (silent) {
          // Never joins `sockets`: what it sends is not read, and nothing is sent to it.
          this.onopen?.({});
          return;
        }
        sockets.add(this.#side);
        this.onopen?.({});
        // A y-websocket server opens with its own step 1.
        this.#side.deliver(encodeSyncMessage(SyncMessageKind.step1, Y.encodeStateVector(doc)));
      });
    }

    send(data: Uint8Array): void {
      if (this.readyState !== 1) return;
      const copy = data.slice();
      const side = this.#side;
      const read = () => {
        if (sockets.has(side)) receive(side, copy);
      };
      setTimeout(() => (holding ? queue.push(read) : read()));
    }

    close(): void {
      if (hangOnClose && this.readyState === 1) {
        this.readyState = 2;
        sockets.delete(this.#side);
        return;
      }
      this.#closed(1000);
    }

    #closed(code: number): void {
      if (this.readyState === 3) return;
      this.readyState = 3;
      sockets.delete(this.#side);
      setTimeout(() => this.onclose?.({ code, reason: '' }));
    }
  }

  // Whatever the server applies from one client goes out to the others as an update.
  doc.on('update', (update: Uint8Array) => {
    for (const side of sockets) side.deliver(encodeSyncMessage(SyncMessageKind.update, update));
  });

  return {
    doc,
    get held() {
      return queue.length;
    },
    WebSocket: FakeWebSocket as unknown as typeof WebSocket,
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      for (const read of queue.splice(0)) read();
    },
    refuse(value) {
      refused = value;
    },
    hangOnClose(value) {
      hangOnClose = value;
    },
    silence(value) {
      silent = value;
    },
    dropAll() {
      for (const side of [...sockets]) side.close(1006);
    },
    closeAll(code) {
      for (const side of [...sockets]) side.close(code);
    },
    protocols,
  };
}
