import { CloseCode, TERMINAL_CLOSE_CODES } from '@samskap/shared/protocol';
import { LIVE_PATH_PREFIX, websocketProtocols } from '@samskap/shared/workshop';
import type { LiveState } from '@samskap/shared/workshop';
import { parseLiveMessage } from './liveMessage';

/** Why the live channel stopped for good: the token no longer opens this workshop. */
export type LiveEndReason = 'removed' | 'unknown_token' | 'forbidden' | 'not_found';

export interface LiveSnapshot {
  /** `connecting` until the first socket opens, `reconnecting` after a lost one. */
  readonly status: 'connecting' | 'online' | 'reconnecting' | 'ended';
  /** The last state received; kept while reconnecting so screens do not go blank. */
  readonly state: LiveState | null;
  /** Server clock minus local clock, measured when `state` arrived. */
  readonly clockOffsetMs: number;
  readonly ended: LiveEndReason | null;
}

export interface LiveConnectionOptions {
  readonly workshopId: string;
  readonly token: string;
  /** Defaults to the page's origin, `ws(s)://host`. */
  readonly origin?: string;
  readonly WebSocketImpl?: typeof WebSocket;
  readonly minBackoffMs?: number;
  readonly maxBackoffMs?: number;
  readonly now?: () => number;
}

/** The read-only live channel as an external store for `useSyncExternalStore`. */
export interface LiveConnection {
  getSnapshot(): LiveSnapshot;
  subscribe(listener: () => void): () => void;
  /** Opens the socket (again); safe to call twice, as React's StrictMode does. */
  connect(): void;
  /** Closes the socket and stops reconnecting until `connect()`. */
  disconnect(): void;
}

export const INITIAL_LIVE_SNAPSHOT: LiveSnapshot = {
  status: 'connecting',
  state: null,
  clockOffsetMs: 0,
  ended: null,
};

function endReasonFor(code: number): LiveEndReason {
  if (code === CloseCode.unauthenticated) return 'unknown_token';
  if (code === CloseCode.notFound) return 'not_found';
  return 'forbidden';
}

function defaultOrigin(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;
}

/**
 * Connects to `/live/<workshopId>` with the token as a subprotocol (never in the URL), keeps
 * the latest validated state, reconnects with exponential backoff after a dropped connection,
 * and stops for good on 4401/4403/4404 (or a `revoked` message) with the reason.
 */
export function createLiveConnection(options: LiveConnectionOptions): LiveConnection {
  const WS = options.WebSocketImpl ?? WebSocket;
  const minBackoff = options.minBackoffMs ?? 250;
  const maxBackoff = options.maxBackoffMs ?? 5_000;
  const now = options.now ?? Date.now;
  const url = `${options.origin ?? defaultOrigin()}${LIVE_PATH_PREFIX}${encodeURIComponent(options.workshopId)}`;
  const listeners = new Set<() => void>();
  let snapshot = INITIAL_LIVE_SNAPSHOT;
  let socket: WebSocket | null = null;
  let wanted = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let revokedReason: LiveEndReason | null = null;

  function update(patch: Partial<LiveSnapshot>): void {
    snapshot = { ...snapshot, ...patch };
    for (const listener of listeners) listener();
  }

  function open(): void {
    retry = null;
    if (!wanted || socket !== null || snapshot.ended) return;
    const ws = new WS(url, websocketProtocols(options.token));
    socket = ws;
    ws.onopen = () => {
      failures = 0;
    };
    ws.onmessage = (event: MessageEvent) => {
      const message = parseLiveMessage(event.data);
      if (message === null) return;
      if (message.type === 'revoked') {
        revokedReason = message.reason;
        return; // the close that follows ends the connection
      }
      const { state } = message;
      update({ status: 'online', state, clockOffsetMs: state.serverTime - now() });
    };
    ws.onclose = (event: CloseEvent) => {
      if (socket !== ws) return;
      socket = null;
      if (TERMINAL_CLOSE_CODES.has(event.code) || revokedReason !== null) {
        update({ status: 'ended', ended: revokedReason ?? endReasonFor(event.code) });
        return;
      }
      if (!wanted) return;
      failures += 1;
      const delay = Math.min(maxBackoff, minBackoff * 2 ** (failures - 1));
      retry = setTimeout(open, delay);
      if (snapshot.status !== 'connecting') update({ status: 'reconnecting' });
    };
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connect() {
      wanted = true;
      if (retry === null) open();
    },
    disconnect() {
      wanted = false;
      if (retry !== null) clearTimeout(retry);
      retry = null;
      const ws = socket;
      socket = null;
      ws?.close(CloseCode.normal);
    },
  };
}
