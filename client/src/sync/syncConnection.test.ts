import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createSyncConnection } from './syncConnection';
import type { SyncConnection } from './syncConnection';
import { createFakeSyncServer } from './testing/fakeSyncServer';
import type { FakeSyncServer } from './testing/fakeSyncServer';

const open: SyncConnection[] = [];

function connect(server: FakeSyncServer, doc = new Y.Doc(), token?: string): SyncConnection {
  const connection = createSyncConnection({
    room: 'test-room',
    doc,
    ...(token !== undefined ? { token } : {}),
    serverUrl: 'ws://fake/sync',
    WebSocketPolyfill: server.WebSocket,
    maxBackoffTime: 20,
  });
  open.push(connection);
  return connection;
}

function type(doc: Y.Doc, text: string): void {
  for (const char of text) doc.getText('t').insert(doc.getText('t').length, char);
}

afterEach(() => {
  for (const connection of open.splice(0)) connection.destroy();
});

describe('createSyncConnection', () => {
  it('goes from connecting to online and synced', async () => {
    const server = createFakeSyncServer();
    const connection = connect(server);
    expect(connection.getSnapshot().status).toBe('connecting');
    await vi.waitFor(() => expect(connection.getSnapshot()).toMatchObject({ synced: true }));
    expect(connection.getSnapshot().status).toBe('online');
  });

  it('counts local edits as pending until the server has read them', async () => {
    const server = createFakeSyncServer();
    const connection = connect(server);
    await vi.waitFor(() => expect(connection.getSnapshot().synced).toBe(true));
    server.hold();
    type(connection.doc, 'abc');
    expect(connection.getSnapshot().pending).toBe(3);
    await vi.waitFor(() => expect(server.held).toBeGreaterThan(0));
    expect(connection.getSnapshot().pending).toBe(3);
    server.release();
    await vi.waitFor(() => expect(connection.getSnapshot().pending).toBe(0));
    expect(server.doc.getText('t').toString()).toBe('abc');
  });

  it('keeps offline edits pending, shows offline, and confirms them after reconnecting', async () => {
    const server = createFakeSyncServer();
    const connection = connect(server);
    await vi.waitFor(() => expect(connection.getSnapshot().synced).toBe(true));
    server.refuse(true);
    server.dropAll();
    await vi.waitFor(() => expect(connection.getSnapshot().status).toBe('offline'));
    type(connection.doc, 'hei');
    expect(connection.getSnapshot().pending).toBe(3);
    server.refuse(false);
    await vi.waitFor(() => expect(connection.getSnapshot().status).toBe('online'));
    await vi.waitFor(() => expect(connection.getSnapshot().pending).toBe(0));
    expect(server.doc.getText('t').toString()).toBe('hei');
  });

  it('connects afresh when the browser is back online, past a socket that never synced', async () => {
    // The browser's online and offline events, which Node does not have.
    const browser = new EventTarget();
    vi.stubGlobal('addEventListener', browser.addEventListener.bind(browser));
    vi.stubGlobal('removeEventListener', browser.removeEventListener.bind(browser));
    try {
      const server = createFakeSyncServer();
      const connection = connect(server);
      await vi.waitFor(() => expect(connection.getSnapshot().synced).toBe(true));
      server.silence(true);
      server.dropAll();
      // The provider reconnects to a socket that opens, but on which nothing ever answers.
      await vi.waitFor(() => {
        expect(server.protocols).toHaveLength(2);
        expect(connection.provider.wsconnected).toBe(true);
      });
      expect(connection.getSnapshot().synced).toBe(false);
      type(connection.doc, 'hei');
      server.silence(false);
      browser.dispatchEvent(new Event('online'));
      await vi.waitFor(() => expect(connection.getSnapshot().synced).toBe(true));
      await vi.waitFor(() => expect(server.doc.getText('t').toString()).toBe('hei'));
      expect(server.protocols).toHaveLength(3);
    } finally {
      for (const connection of open.splice(0)) connection.destroy();
      vi.unstubAllGlobals();
    }
  });

  it('lets go of the socket when the browser goes offline, even if it never reports closing', async () => {
    const browser = new EventTarget();
    vi.stubGlobal('addEventListener', browser.addEventListener.bind(browser));
    vi.stubGlobal('removeEventListener', browser.removeEventListener.bind(browser));
    try {
      const server = createFakeSyncServer();
      const connection = connect(server);
      await vi.waitFor(() => expect(connection.getSnapshot().synced).toBe(true));
      server.hangOnClose(true);
      browser.dispatchEvent(new Event('offline'));
      type(connection.doc, 'hei');
      await vi.waitFor(() => expect(server.doc.getText('t').toString()).toBe('hei'));
      expect(server.protocols).toHaveLength(2);
    } finally {
      for (const connection of open.splice(0)) connection.destroy();
      vi.unstubAllGlobals();
    }
  });

  it('drops a socket that opens but never syncs, and connects again', async () => {
    const server = createFakeSyncServer();
    const connection = createSyncConnection({
      room: 'test-room',
      doc: new Y.Doc(),
      serverUrl: 'ws://fake/sync',
      WebSocketPolyfill: server.WebSocket,
      maxBackoffTime: 20,
      syncTimeout: 50,
    });
    open.push(connection);
    await vi.waitFor(() => expect(connection.getSnapshot().synced).toBe(true));
    server.silence(true);
    server.dropAll();
    await vi.waitFor(() => {
      expect(server.protocols).toHaveLength(2);
      expect(connection.provider.wsconnected).toBe(true);
    });
    type(connection.doc, 'hei');
    server.silence(false);
    await vi.waitFor(() => expect(server.doc.getText('t').toString()).toBe('hei'));
    expect(connection.getSnapshot().synced).toBe(true);
  });

  it('does not count edits that arrive from other participants', async () => {
    const server = createFakeSyncServer();
    const mine = connect(server);
    const theirs = connect(server);
    await vi.waitFor(() => expect(theirs.getSnapshot().synced).toBe(true));
    await vi.waitFor(() => expect(mine.getSnapshot().synced).toBe(true));
    type(theirs.doc, 'x');
    await vi.waitFor(() => expect(mine.doc.getText('t').toString()).toBe('x'));
    expect(mine.getSnapshot().pending).toBe(0);
  });

  it('notifies subscribers with a new snapshot when presence changes', async () => {
    const server = createFakeSyncServer();
    const connection = connect(server);
    const listener = vi.fn();
    connection.subscribe(listener);
    const before = connection.getSnapshot();
    connection.provider.awareness.setLocalStateField('name', 'Tablet 1');
    expect(listener).toHaveBeenCalled();
    expect(connection.getSnapshot()).not.toBe(before);
    const state = connection.getSnapshot().awareness.get(connection.doc.clientID);
    expect(state).toMatchObject({ name: 'Tablet 1' });
  });

  it('keeps the same snapshot object while nothing changes', () => {
    const server = createFakeSyncServer();
    const connection = connect(server);
    expect(connection.getSnapshot()).toBe(connection.getSnapshot());
  });

  it('offers the token as a subprotocol', async () => {
    const server = createFakeSyncServer();
    const connection = connect(server, new Y.Doc(), 'token-abcdefghijklmnopqrst');
    await vi.waitFor(() => expect(connection.getSnapshot().synced).toBe(true));
    expect(server.protocols[0]).toEqual(['samskap.v1', 'auth.token-abcdefghijklmnopqrst']);
  });

  it('stops reconnecting and reports the code when the server refuses the token', async () => {
    const server = createFakeSyncServer();
    const connection = connect(server, new Y.Doc(), 'token-abcdefghijklmnopqrst');
    await vi.waitFor(() => expect(connection.getSnapshot().synced).toBe(true));
    server.closeAll(4403);
    await vi.waitFor(() => expect(connection.getSnapshot().refused).toBe(4403));
    expect(connection.getSnapshot().status).toBe('offline');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(server.protocols).toHaveLength(1);
  });

  it('keeps reconnecting after a rate-limit close', async () => {
    const server = createFakeSyncServer();
    const connection = connect(server);
    await vi.waitFor(() => expect(connection.getSnapshot().synced).toBe(true));
    server.closeAll(4429);
    await vi.waitFor(() => expect(server.protocols).toHaveLength(2));
    expect(connection.getSnapshot().refused).toBeNull();
  });
});
