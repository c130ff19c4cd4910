import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLiveConnection } from './liveConnection';
import type { LiveConnection } from './liveConnection';

/** A stand-in for the browser WebSocket that the test drives by hand. */
class FakeSocket {
  static instances: FakeSocket[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  closedWith: number | null = null;
  constructor(
    readonly url: string,
    readonly protocols: string[],
  ) {
    FakeSocket.instances.push(this);
  }
  close(code: number): void {
    this.closedWith = code;
  }
  serverOpens(): void {
    this.onopen?.();
  }
  serverSends(message: unknown): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  serverCloses(code: number): void {
    this.onclose?.({ code });
  }
}

function state(phaseIndex: number, serverTime = 10_000) {
  return {
    capability: 'projector',
    serverTime,
    workshop: { id: 'w1', language: 'nb', agenda: [], tables: [] },
    run: {
      phaseIndex,
      timer: { durationMs: 60_000, elapsedMs: 0, runningSince: null },
      locked: false,
      mode: 'plenary',
    },
    attendance: { total: 0, connected: 0, byRole: {}, byTable: [] },
    participants: [],
    you: null,
  };
}

const connections: LiveConnection[] = [];

function connect(now = () => 4_000): LiveConnection {
  const connection = createLiveConnection({
    workshopId: 'w1',
    token: 'secret-token-abcdefghijkl',
    origin: 'ws://test',
    WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
    minBackoffMs: 5,
    maxBackoffMs: 20,
    now,
  });
  connections.push(connection);
  connection.connect();
  return connection;
}

function latest(): FakeSocket {
  const socket = FakeSocket.instances.at(-1);
  if (!socket) throw new Error('no socket opened');
  return socket;
}

afterEach(() => {
  for (const connection of connections.splice(0)) connection.disconnect();
  FakeSocket.instances = [];
});

describe('createLiveConnection', () => {
  it('offers the token as a subprotocol and keeps it out of the URL', () => {
    connect();
    expect(latest().url).toBe('ws://test/live/w1');
    expect(latest().protocols).toEqual(['samskap.v1', 'auth.secret-token-abcdefghijkl']);
  });

  it('takes a valid state and measures the server clock offset', () => {
    const connection = connect(() => 4_000);
    latest().serverOpens();
    latest().serverSends({ type: 'state', state: state(2, 10_000) });
    expect(connection.getSnapshot()).toMatchObject({ status: 'online', clockOffsetMs: 6_000 });
    expect(connection.getSnapshot().state?.run.phaseIndex).toBe(2);
  });

  it('drops frames that are not a valid message', () => {
    const connection = connect();
    latest().onmessage?.({ data: 'not json' });
    latest().serverSends({ type: 'state', state: { ...state(1), run: { phaseIndex: -1 } } });
    latest().serverSends({ type: 'gossip' });
    expect(connection.getSnapshot().state).toBeNull();
  });

  it('reconnects after a dropped connection and keeps the last state meanwhile', async () => {
    const connection = connect();
    const first = latest();
    first.serverOpens();
    first.serverSends({ type: 'state', state: state(1) });
    first.serverCloses(1006);
    expect(connection.getSnapshot().status).toBe('reconnecting');
    expect(connection.getSnapshot().state?.run.phaseIndex).toBe(1);
    await vi.waitFor(() => expect(FakeSocket.instances).toHaveLength(2));
    latest().serverSends({ type: 'state', state: state(3) });
    expect(connection.getSnapshot()).toMatchObject({ status: 'online' });
  });

  it('stops for good when the participant is removed, with the reason', async () => {
    const connection = connect();
    latest().serverSends({ type: 'revoked', reason: 'removed' });
    latest().serverCloses(4403);
    expect(connection.getSnapshot()).toMatchObject({ status: 'ended', ended: 'removed' });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(FakeSocket.instances).toHaveLength(1);
  });

  it('treats 4401 without a message as an unknown token', () => {
    const connection = connect();
    latest().serverCloses(4401);
    expect(connection.getSnapshot()).toMatchObject({ status: 'ended', ended: 'unknown_token' });
  });

  it('closes its socket on disconnect and opens no other', async () => {
    const connection = connect();
    const socket = latest();
    connection.disconnect();
    expect(socket.closedWith).toBe(1000);
    socket.serverCloses(1000);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(FakeSocket.instances).toHaveLength(1);
  });
});
