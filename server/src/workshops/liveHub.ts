import { CloseCode } from '@samskap/shared/protocol';
import { LIVE_PATH_PREFIX, type LiveMessage } from '@samskap/shared/workshop';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../log';
import { liveStateFor, type LiveSections } from './liveView';
import type { ConnectedParticipants } from './presence';
import type { Principal, WorkshopService } from './service';
import { chooseProtocol, tokenFromProtocols } from './subprotocol';

/** At most one push of a workshop's state per this many ms. */
const PUSH_INTERVAL_MS = 100;

interface Subscriber {
  ws: WebSocket;
  principal: Principal;
  alive: boolean;
}

export interface LiveHubOptions {
  service: WorkshopService;
  presence: ConnectedParticipants;
  log: Logger;
  pingIntervalMs: number;
  /**
   * The activities' parts of the state: read once per push, then shaped for each connection
   * (a pending argument is its author's and the facilitator's only).
   */
  sections: (workshopId: string) => Promise<(principal: Principal) => LiveSections>;
}

export interface LiveHub {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  readonly connectionCount: number;
  /** The workshops with a live connection open here. */
  workshopIds(): string[];
  close(): void;
}

/**
 * The read-only channel of the server-decided state: phase, timer, lock, mode, tables and who
 * is there. Clients only listen; whatever they send is ignored. After every change each
 * connection gets the whole state as its capability may see it (a few kilobytes).
 */
export function createLiveHub({
  service,
  presence,
  log,
  pingIntervalMs,
  sections,
}: LiveHubOptions): LiveHub {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: 1024,
    handleProtocols: chooseProtocol,
  });
  const subscribers = new Map<string, Set<Subscriber>>();
  const pending = new Set<string>();
  const lastPush = new Map<string, number>();
  let count = 0;

  const send = (ws: WebSocket, message: LiveMessage) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
  };

  async function push(workshopId: string): Promise<void> {
    const subs = subscribers.get(workshopId);
    if (!subs || subs.size === 0) return;
    const w = await service.get(workshopId);
    if (!w) return;
    const participants = await service.listParticipants(workshopId);
    const extra = await sections(workshopId);
    const connected = await presence.connected(workshopId);
    const now = Date.now();
    for (const s of subs) {
      if (s.principal.capability === 'participant') {
        const me = participants.find(
          (p) => p.id === (s.principal as { participant: { id: string } }).participant.id,
        );
        if (me) s.principal = { ...s.principal, participant: me };
      }
      const state = liveStateFor(
        s.principal,
        w,
        participants,
        (id) => connected.has(id),
        now,
        extra(s.principal),
      );
      send(s.ws, { type: 'state', state });
    }
  }

  /** Coalesces bursts (a join storm) into one push per workshop per turn of the event loop. */
  function schedule(workshopId: string): void {
    if (pending.has(workshopId)) return;
    pending.add(workshopId);
    // The first change after a quiet spell goes out on the next turn; a burst (200 ballots in
    // a second) is gathered into at most one push per interval, each with the latest state.
    const wait = Math.max(
      0,
      (lastPush.get(workshopId) ?? 0) + PUSH_INTERVAL_MS - performance.now(),
    );
    const run = () => {
      pending.delete(workshopId);
      lastPush.set(workshopId, performance.now());
      push(workshopId).catch((err: unknown) => log.error({ err, workshopId }, 'live push failed'));
    };
    if (wait === 0) setImmediate(run);
    else setTimeout(run, wait).unref();
  }

  // Either kind of change reaches every screen ([AM3] keeps only the sync side apart).
  service.events.on('runChanged', schedule);
  service.events.on('changed', schedule);
  // [F9] Who is connected changed on another instance.
  presence.onChange(schedule);
  service.events.on('participantRemoved', (workshopId, participantId) => {
    for (const s of subscribers.get(workshopId) ?? []) {
      if (
        s.principal.capability === 'participant' &&
        s.principal.participant.id === participantId
      ) {
        send(s.ws, { type: 'revoked', reason: 'removed' });
        s.ws.close(CloseCode.forbidden, 'removed by the facilitator');
      }
    }
  });

  const heartbeat = setInterval(() => {
    for (const subs of subscribers.values()) {
      for (const s of subs) {
        if (!s.alive) {
          s.ws.terminate();
          continue;
        }
        s.alive = false;
        s.ws.ping();
      }
    }
  }, pingIntervalMs);
  heartbeat.unref();

  async function open(ws: WebSocket, workshopId: string, token: string | null): Promise<void> {
    const auth = token
      ? await service.authenticate(token)
      : ({ ok: false, refusal: 'unknown_token' } as const);
    if (!auth.ok) {
      if (auth.refusal === 'participant_removed') {
        send(ws, { type: 'revoked', reason: 'removed' });
        ws.close(CloseCode.forbidden, 'removed by the facilitator');
      } else {
        send(ws, { type: 'revoked', reason: 'unknown_token' });
        ws.close(CloseCode.unauthenticated, 'unknown token');
      }
      return;
    }
    const { principal } = auth;
    if (principal.workshopId !== workshopId) {
      ws.close(CloseCode.forbidden, 'token of another workshop');
      return;
    }
    if (ws.readyState !== WebSocket.OPEN) return;
    const sub: Subscriber = { ws, principal, alive: true };
    let subs = subscribers.get(workshopId);
    if (!subs) {
      subs = new Set();
      subscribers.set(workshopId, subs);
    }
    subs.add(sub);
    count++;
    const participantId = principal.capability === 'participant' ? principal.participant.id : null;
    if (participantId) presence.add(workshopId, participantId);
    ws.on('pong', () => {
      sub.alive = true;
    });
    ws.on('close', () => {
      count--;
      subs.delete(sub);
      if (subs.size === 0) {
        subscribers.delete(workshopId);
        lastPush.delete(workshopId);
      }
      if (participantId && presence.remove(workshopId, participantId)) schedule(workshopId);
    });
    // A new connection changes who is connected (for everyone), and needs the state itself.
    schedule(workshopId);
  }

  return {
    handleUpgrade(req, socket, head) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const workshopId = url.pathname.slice(LIVE_PATH_PREFIX.length);
      if (!/^[A-Za-z0-9_-]{1,40}$/.test(workshopId)) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      const token = tokenFromProtocols(req.headers);
      wss.handleUpgrade(req, socket, head, (ws) => {
        ws.on('error', (err) => log.warn({ reason: err.message }, 'live socket error'));
        ws.on('message', () => {
          // Read-only channel: nothing a client says here changes anything.
        });
        open(ws, workshopId, token).catch((err: unknown) => {
          log.error({ err, workshopId }, 'live channel failed to open');
          ws.close(CloseCode.serverError, 'server error');
        });
      });
    },
    get connectionCount() {
      return count;
    },
    workshopIds() {
      return [...subscribers.keys()];
    },
    close() {
      clearInterval(heartbeat);
      for (const subs of subscribers.values())
        for (const s of subs) s.ws.close(CloseCode.goingAway, 'server shutting down');
      wss.close();
    },
  };
}
