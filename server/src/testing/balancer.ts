import { createConnection, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A round-robin TCP balancer on 127.0.0.1, as a load balancer in front of several instances. */
export interface Balancer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** `ws://127.0.0.1:PORT/sync` */
  readonly syncUrl: string;
  /** How many connections went to each backend port. */
  readonly served: Map<number, number>;
  close(): Promise<void>;
}

/**
 * Starts a balancer over the backends' ports. Each new connection goes to the next backend in
 * turn; one that refuses the connection (a killed instance) is skipped, as a balancer's health
 * checks would, so a client that reconnects to the same URL lands on one that is alive. No
 * stickiness: a connection's backend is chosen afresh every time.
 */
export function startBalancer(backends: readonly number[]): Promise<Balancer> {
  let next = 0;
  const open = new Set<Socket>();
  const served = new Map<number, number>(backends.map((p) => [p, 0]));
  const server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.pause();
    const attempt = (left: number) => {
      if (left === 0) {
        client.destroy();
        return;
      }
      const port = backends[next++ % backends.length]!;
      const upstream = createConnection({ host: '127.0.0.1', port });
      open.add(upstream);
      upstream.on('close', () => open.delete(upstream));
      const refused = () => attempt(left - 1);
      upstream.once('error', refused);
      upstream.once('connect', () => {
        upstream.off('error', refused);
        served.set(port, (served.get(port) ?? 0) + 1);
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
        client.on('close', () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
    };
    attempt(backends.length);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        syncUrl: `ws://127.0.0.1:${port}/sync`,
        served,
        close: () =>
          new Promise<void>((done) => {
            for (const s of open) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
