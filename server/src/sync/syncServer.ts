import { CloseCode, ROOM_NAME_PATTERN, SYNC_PATH_PREFIX } from '@samskap/shared/protocol';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { SyncLimits } from '../config';
import type { Logger } from '../log';
import type { ConnectionIdentity } from './connectionTypes';
import { RoomUnavailableError, type RoomRegistry } from './roomRegistry';
import { SocketConnection } from './socketConnection';
import { localConnectionCaps, type ConnectionCaps } from '../fanout/sharedConnections';

/** What the authentication hook is told about a connection attempt. */
export interface SyncRequest {
  room: string;
  url: URL;
  headers: IncomingMessage['headers'];
}

export type AuthResult =
  { ok: true; identity: ConnectionIdentity } | { ok: false; code: number; reason: string };

/** Decides who may open which room. Tokens it reads must never be logged. */
export type Authenticate = (request: SyncRequest) => Promise<AuthResult> | AuthResult;

export interface SyncServerOptions {
  registry: RoomRegistry;
  authenticate: Authenticate;
  limits: SyncLimits;
  log: Logger;
  pingIntervalMs: number;
  /** Picks the subprotocol to answer with (never the offered credential). */
  handleProtocols?: (protocols: Set<string>) => string | false;
  /** [F12] The caps counted over every instance; this instance's own count only if absent. */
  caps?: ConnectionCaps;
}

export interface SyncServer {
  /** The HTTP server's `upgrade` listener. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  readonly connectionCount: number;
  /** Closes the connections the predicate picks (a removed participant's, for instance). */
  closeWhere(
    predicate: (identity: ConnectionIdentity, room: string) => boolean,
    code: number,
    reason: string,
  ): void;
  /** Connections whose writes were dropped and may write now are asked for them again. */
  resyncDroppedWrites(): void;
  /** Closes every connection with "going away"; the rooms are then saved by the registry. */
  close(): void;
}

/**
 * The websocket side: parses the room from the path, asks the authentication hook, and hands
 * the socket to a connection that joins the room. It never handles messages itself.
 */
export function createSyncServer(options: SyncServerOptions): SyncServer {
  const { registry, authenticate, limits, log } = options;
  const caps = options.caps ?? localConnectionCaps;
  const counted = (conn: SocketConnection) => ({
    id: conn.id,
    room: conn.roomName,
    holder: conn.identity.holder ?? null,
  });
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxMessageBytes,
    handleProtocols: options.handleProtocols ?? (() => false),
  });
  const conns = new Set<SocketConnection>();
  const heartbeat = setInterval(() => {
    for (const c of conns) c.ping();
  }, options.pingIntervalMs);
  heartbeat.unref();

  async function open(conn: SocketConnection, request: SyncRequest): Promise<void> {
    const auth = await authenticate(request);
    if (conn.isClosed) return;
    if (!auth.ok) {
      conn.close(auth.code, auth.reason);
      return;
    }
    conn.identity = auth.identity;
    // [F12] This instance's count first (no round trip), then every instance's.
    const refused = overLimit(conn) ?? (await caps.admit(counted(conn)));
    if (conn.isClosed) {
      caps.release(counted(conn));
      return;
    }
    if (refused) {
      log.warn({ conn: conn.id, room: conn.roomName, holder: conn.identity.holder }, refused);
      conn.close(CloseCode.rateLimited, refused);
      return;
    }
    conn.admitted = true;
    await registry.join(request.room, (room) => conn.attach(room));
  }

  /** [S14] Connections per room and per credential are bounded; says why one is refused. */
  function overLimit(conn: SocketConnection): string | null {
    let inRoom = 0;
    let sameHolder = 0;
    const holder = conn.identity.holder;
    for (const c of conns) {
      if (c === conn || !c.admitted || c.isClosed || c.roomName !== conn.roomName) continue;
      inRoom++;
      if (holder && c.identity.holder === holder) sameHolder++;
    }
    if (inRoom >= limits.maxConnectionsPerRoom) return 'too many connections in this room';
    if (sameHolder >= limits.maxConnectionsPerToken) return 'too many connections for this access';
    return null;
  }

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let room: string | null = null;
    if (url.pathname.startsWith(SYNC_PATH_PREFIX)) {
      try {
        room = decodeURIComponent(url.pathname.slice(SYNC_PATH_PREFIX.length));
      } catch {
        room = null;
      }
    }
    if (room === null || !ROOM_NAME_PATTERN.test(room)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const roomName = room;
    wss.handleUpgrade(req, socket, head, (ws) => {
      const conn = new SocketConnection(randomUUID(), roomName, ws, limits, log, (c) => {
        conns.delete(c);
        if (c.admitted) caps.release(counted(c));
      });
      conns.add(conn);
      log.debug({ conn: conn.id, room: roomName }, 'connection opened');
      open(conn, { room: roomName, url, headers: req.headers }).catch((err: unknown) => {
        if (err instanceof RoomUnavailableError) {
          // Logged once when loading failed ([S13]); a tablet retrying is not news.
          conn.close(CloseCode.roomUnavailable, 'room unavailable');
          return;
        }
        log.error({ err, conn: conn.id, room: roomName }, 'could not open the room');
        conn.close(CloseCode.serverError, 'could not open the room');
      });
    });
  }

  return {
    handleUpgrade,
    get connectionCount() {
      return conns.size;
    },
    resyncDroppedWrites() {
      for (const c of conns) c.resyncIfAllowed();
    },
    closeWhere(predicate, code, reason) {
      for (const c of [...conns]) if (predicate(c.identity, c.roomName)) c.close(code, reason);
    },
    close() {
      clearInterval(heartbeat);
      caps.close();
      for (const c of [...conns]) c.close(CloseCode.goingAway, 'server shutting down');
      wss.close();
    },
  };
}
