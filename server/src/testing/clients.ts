import { websocketProtocols } from '@samskap/shared/workshop';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A stock y-websocket client in Node, as a tablet would run it (no BroadcastChannel shortcut). */
export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

export function connectClient(syncUrl: string, room: string, token: string): TestClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    // ws's WebSocket is API-compatible with the DOM one the provider expects.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    protocols: websocketProtocols(token),
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** A raw websocket on a room, for sending what no well-behaved client would. */
export function openRawSocket(syncUrl: string, room: string, token?: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${syncUrl}/${room}`, token ? websocketProtocols(token) : []);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

/** Resolves with the close code the server sent. */
export function closeCodeOf(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => {
    if (ws.readyState === WebSocket.CLOSED) resolve(-1);
    ws.once('close', (code) => resolve(code));
  });
}
