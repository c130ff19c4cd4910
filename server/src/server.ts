import { createAdaptorServer } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { composeApp, openBackend } from './composeApp';
import type { Config } from './config';
import type { Logger } from './log';

export interface RunningServer {
  listen(): Promise<number>;
  close(): Promise<void>;
}

/** Puts the composed app (HTTP, API, sync and live websockets) on one port. */
export async function createServer(config: Config, log: Logger): Promise<RunningServer> {
  const composed = composeApp({ config, log, backend: await openBackend(config, log) });
  const http = createAdaptorServer({ fetch: composed.app.fetch });
  http.on('upgrade', (req, socket, head) => composed.handleUpgrade(req, socket, head));

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
      await composed.close();
      log.info('stopped');
    },
  };
}
