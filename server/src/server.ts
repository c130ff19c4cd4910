import { createAdaptorServer } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { composeApp, openBackend } from './composeApp';
import type { Config } from './config';
import { openFanOut } from './fanout/openFanOut';
import type { Logger } from './log';

export interface RunningServer {
  listen(): Promise<number>;
  close(): Promise<void>;
}

/** Puts the composed app (HTTP, API, sync and live websockets) on one port. */
export async function createServer(config: Config, log: Logger): Promise<RunningServer> {
  const backend = await openBackend(config, log);
  let fanout;
  try {
    fanout = await openFanOut(config, log);
  } catch (err) {
    await backend.close();
    throw err;
  }
  const composed = composeApp({ config, log, backend, fanout });
  const http = createAdaptorServer({ fetch: composed.app.fetch });
  http.on('upgrade', (req, socket, head) => composed.handleUpgrade(req, socket, head));

  return {
    listen() {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(config.port, config.host, () => {
          const port = (http.address() as AddressInfo).port;
          log.info(
            {
              port,
              host: config.host,
              storage: config.storage,
              fanout: config.fanout,
              instance: composed.instanceId,
            },
            'listening',
          );
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
