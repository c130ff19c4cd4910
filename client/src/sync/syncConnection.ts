import { MessageType, TERMINAL_CLOSE_CODES } from '@samskap/shared/protocol';
import { websocketProtocols } from '@samskap/shared/workshop';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createPendingChanges } from './pendingChanges';
import { syncServerUrl } from './syncUrl';
import { SyncMessageKind, encodeSyncStep1 } from './wire';

export type ConnectionStatus = 'online' | 'connecting' | 'offline';

/** Presence states by Yjs client id, as `Awareness.getStates()` holds them. */
export type AwarenessStates = ReadonlyMap<number, Readonly<Record<string, unknown>>>;

/** Everything the UI reads about a connection; a new object whenever any field changes. */
export interface SyncSnapshot {
  readonly status: ConnectionStatus;
  /** The first exchange with the server on the current socket has completed. */
  readonly synced: boolean;
  /** Local updates the server has not yet confirmed (see `pendingChanges.ts`). */
  readonly pending: number;
  readonly awareness: AwarenessStates;
  /**
   * The close code when the server refused the connection for good (4401 unknown token, 4403
   * forbidden or removed, 4404 no such room); null while the connection is wanted.
   */
  readonly refused: number | null;
}

export interface SyncConnectionOptions {
  /** The room name: the provider opens `<serverUrl>/<room>`. */
  readonly room: string;
  readonly doc: Y.Doc;
  /** A capability token, offered as the `auth.<token>` subprotocol (never in the URL). */
  readonly token?: string;
  /** Defaults to the page's own origin, `ws(s)://host/sync`. */
  readonly serverUrl?: string;
  readonly awareness?: Awareness;
  /** Start connecting at once (default true). */
  readonly connect?: boolean;
  /** Failed attempts in a row after which "reconnecting" is shown as "offline" (default 3). */
  readonly offlineAfterAttempts?: number;
  /** Longest wait between reconnection attempts, in ms (the provider's default is 2500). */
  readonly maxBackoffTime?: number;
  /**
   * How long an open socket may take to complete its first exchange before it is dropped and a
   * new one opened, in ms (default 5000). The server greets at once (within a second when it
   * first loads the room), so a socket that stays silent longer is dead.
   */
  readonly syncTimeout?: number;
  /** For tests: a WebSocket implementation other than the global one. */
  readonly WebSocketPolyfill?: typeof WebSocket;
}

/** A y-websocket provider plus the state the UI shows about it, as an external store. */
export interface SyncConnection {
  readonly provider: WebsocketProvider;
  readonly doc: Y.Doc;
  getSnapshot(): SyncSnapshot;
  /** Calls `listener` after the snapshot changed; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Closes the socket and stops listening. The doc stays the caller's. */
  destroy(): void;
}

/**
 * Connects `doc` to the sync server with the stock `WebsocketProvider`, and keeps a snapshot of
 * connection status, sync state, pending changes and presence for `useSyncExternalStore`.
 */
export function createSyncConnection(options: SyncConnectionOptions): SyncConnection {
  const { room, doc } = options;
  const offlineAfterAttempts = options.offlineAfterAttempts ?? 3;
  const syncTimeout = options.syncTimeout ?? 5000;
  const provider = new WebsocketProvider(options.serverUrl ?? defaultServerUrl(), room, doc, {
    connect: options.connect ?? true,
    ...(options.awareness ? { awareness: options.awareness } : {}),
    ...(options.maxBackoffTime !== undefined ? { maxBackoffTime: options.maxBackoffTime } : {}),
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    ...(options.token !== undefined ? { protocols: websocketProtocols(options.token) } : {}),
    // Only the codes that mean "this credential will never work here" stop reconnecting; the
    // provider's default would also give up on a rate limit (4429), which passes.
    shouldReconnect: (event: CloseEvent) => !TERMINAL_CLOSE_CODES.has(event.code),
    // Probes are matched to answers in order; a periodic step 1 would break that.
    resyncInterval: -1,
  });
  const pending = createPendingChanges();
  let refused: number | null = null;
  const listeners = new Set<() => void>();
  let snapshot = readSnapshot(new Map(provider.awareness.getStates()));
  let probeScheduled = false;
  let syncTimer: ReturnType<typeof setTimeout> | null = null;

  function computeStatus(): ConnectionStatus {
    // A socket can look open for a while after the network is gone (until a ping is missed);
    // the browser knows sooner, so its word counts too.
    if (browserOffline()) return 'offline';
    if (provider.wsconnected) return 'online';
    if (provider.shouldConnect && provider.wsUnsuccessfulReconnects < offlineAfterAttempts) {
      return 'connecting';
    }
    return 'offline';
  }

  function readSnapshot(awareness: AwarenessStates): SyncSnapshot {
    return {
      status: computeStatus(),
      synced: provider.synced,
      pending: pending.count,
      awareness,
      refused,
    };
  }

  function refresh(awareness: AwarenessStates = snapshot.awareness): void {
    const next = readSnapshot(awareness);
    if (
      next.status === snapshot.status &&
      next.synced === snapshot.synced &&
      next.pending === snapshot.pending &&
      next.awareness === snapshot.awareness &&
      next.refused === snapshot.refused
    ) {
      return;
    }
    snapshot = next;
    for (const listener of listeners) listener();
  }

  function sendProbe(): void {
    probeScheduled = false;
    const ws = provider.ws;
    if (!provider.synced || !pending.needsProbe || ws === null || ws.readyState !== ws.OPEN) {
      return;
    }
    ws.send(encodeSyncStep1(Y.encodeStateVector(doc)));
    pending.probeSent();
  }

  // Batches a burst of updates (one per keystroke) into one probe.
  function scheduleProbe(): void {
    if (probeScheduled) return;
    probeScheduled = true;
    queueMicrotask(sendProbe);
  }

  // Sees the server's step 2 answers. The provider's own handler still does all the work.
  const handleSync = provider.messageHandlers[MessageType.sync];
  if (!handleSync) throw new Error('y-websocket has no sync message handler');
  provider.messageHandlers[MessageType.sync] = (encoder, decoder, ...rest) => {
    const wasSynced = provider.synced;
    const kind = decoder.arr[decoder.pos];
    handleSync(encoder, decoder, ...rest);
    // The step 2 that completes the initial sync answers the provider's step 1, not a probe.
    if (wasSynced && kind === SyncMessageKind.step2 && pending.answerReceived()) refresh();
  };

  function onUpdate(_update: Uint8Array, origin: unknown): void {
    if (origin === provider) return; // from the server (or another tab): nothing to confirm
    pending.recordLocalUpdate();
    scheduleProbe();
    refresh();
  }

  /** Drops the current socket, if any, and opens a new one at once (no backoff wait). */
  function reconnectNow(): void {
    provider.disconnect();
    provider.connect();
  }

  function clearSyncTimer(): void {
    if (syncTimer !== null) clearTimeout(syncTimer);
    syncTimer = null;
  }

  // A socket can open and then never answer: one opened while the network was gone, or
  // half-open behind a flaky access point. The provider would hold it until its message timeout
  // (30 s), and what was written offline would wait unsent all that time.
  function armSyncTimer(): void {
    clearSyncTimer();
    const socket = provider.ws;
    syncTimer = setTimeout(() => {
      syncTimer = null;
      if (provider.ws === socket && provider.wsconnected && !provider.synced) reconnectNow();
    }, syncTimeout);
  }

  function onSync(isSynced: boolean): void {
    if (isSynced) {
      clearSyncTimer();
      scheduleProbe();
    }
    refresh();
  }

  function onConnectionClose(): void {
    clearSyncTimer();
    pending.connectionLost();
    refresh();
  }

  function onStatusChange(event: { status: string }): void {
    if (event.status === 'connected' && !provider.synced) armSyncTimer();
    refresh();
  }

  function onClosed(event: { code: number }): void {
    refused = TERMINAL_CLOSE_CODES.has(event.code) ? event.code : null;
    refresh();
  }

  function onAwarenessChange(): void {
    refresh(new Map(provider.awareness.getStates()));
  }

  // When the browser says the network is gone, the socket is dead in practice: drop it, so the
  // provider reconnects (with backoff) once the network is back, instead of waiting for a ping.
  // `ws.close()` alone is not enough: the provider lets go of a socket only on its close event,
  // and on a dead network the closing handshake may never finish; until then the provider
  // neither reconnects nor sends, and counts the socket as connected and synced.
  function onBrowserOffline(): void {
    if (provider.shouldConnect) reconnectNow();
    refresh();
  }

  // When the network is back, connect afresh at once. The provider may be waiting out its
  // backoff, or may hold a socket it opened while the network was gone: one that counts as open
  // but never completes the sync (nothing answers on it), so what was written offline would sit
  // unsent until a ping times out. A socket that has synced is live and is kept.
  function onBrowserOnline(): void {
    if (provider.shouldConnect && !provider.synced) reconnectNow();
    refresh();
  }

  doc.on('update', onUpdate);
  globalThis.addEventListener?.('offline', onBrowserOffline);
  globalThis.addEventListener?.('online', onBrowserOnline);
  provider.on('sync', onSync);
  provider.on('status', onStatusChange);
  provider.on('connection-close', onConnectionClose);
  provider.on('closed', onClosed);
  provider.awareness.on('change', onAwarenessChange);

  return {
    provider,
    doc,
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      clearSyncTimer();
      doc.off('update', onUpdate);
      globalThis.removeEventListener?.('offline', onBrowserOffline);
      globalThis.removeEventListener?.('online', onBrowserOnline);
      provider.off('sync', onSync);
      provider.off('status', onStatusChange);
      provider.off('connection-close', onConnectionClose);
      provider.off('closed', onClosed);
      provider.awareness.off('change', onAwarenessChange);
      listeners.clear();
      provider.destroy();
    },
  };
}

function defaultServerUrl(): string {
  if (typeof location === 'undefined') {
    throw new Error('createSyncConnection needs a serverUrl outside the browser');
  }
  return syncServerUrl(location);
}

function browserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}
