import { createAdaptorServer } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Config } from './config';
import { createApp } from './http/app';
import type { Logger } from './log';
import { openDatabase, type SqliteDatabase } from './persistence/database';
import type { DocStore } from './persistence/docStore';
import { MemoryDocStore } from './persistence/memoryDocStore';
import { SqliteDocStore } from './persistence/sqliteDocStore';
import { RoomRegistry } from './sync/roomRegistry';
import { allowEveryone, createSyncServer } from './sync/syncServer';

const version = '0.1.0';

export interface RunningServer {
  listen(): Promise<number>;
  close(): Promise<void>;
}

/** Wires storage, rooms, the sync websocket and the HTTP app onto one port. */
export async function createServer(config: Config, log: Logger): Promise<RunningServer> {
  let db: SqliteDatabase | null = null;
  let store: DocStore;
  if (config.storage === 'sqlite') {
    db = openDatabase(join(config.dataDir, 'samskap.sqlite'), {
      synchronous: config.sqliteSynchronous,
    });
    store = new SqliteDocStore(db);
  } else {
    store = new MemoryDocStore();
  }

  const registry = new RoomRegistry({
    store,
    log,
    compactAfterUpdates: config.compactAfterUpdates,
  });
  const sync = createSyncServer({
    registry,
    authenticate: allowEveryone,
    limits: config.limits,
    log,
    pingIntervalMs: config.pingIntervalMs,
  });
  const started = Date.now();
  const app = createApp({
    log,
    clientDist: config.clientDist,
    health: () => ({
      status: 'ok',
      version,
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
      rooms: registry.size,
      connections: sync.connectionCount,
    }),
  });
  const http = createAdaptorServer({ fetch: app.fetch });
  http.on('upgrade', sync.handleUpgrade);

  return {
    listen() {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(config.port, config.host, () => {
          const port = (http.address() as AddressInfo).port;
          log.info({ port, host: config.host, storage: config.storage }, 'listening');
          resolve(port);
        });
      });
    },
    async close() {
      http.close();
      sync.close();
      await registry.closeAll();
      await store.close();
      db?.close();
      log.info('stopped');
    },
  };
}
