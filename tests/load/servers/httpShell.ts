import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface ShellCounts {
  rooms(): number;
  connections(): number;
}

/**
 * The same HTTP + websocket front for both reference servers, shaped like ours: `/api/health`
 * answers `{rooms, connections}` and `/sync/<room>` upgrades. Prints the `listening` line that
 * the harness waits for, as our server does.
 */
export function serveReference(
  counts: ShellCounts,
  onSocket: (socket: WebSocket, request: IncomingMessage, room: string) => void,
): void {
  const http = createServer((request, response) => {
    if (request.url === '/api/health') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ status: 'ok', rooms: counts.rooms(), connections: counts.connections() }),
      );
      return;
    }
    response.writeHead(404).end();
  });
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  http.on('upgrade', (request, socket, head) => {
    const url = request.url ?? '';
    const room = url.startsWith('/sync/')
      ? decodeURIComponent(url.slice('/sync/'.length).split('?')[0] ?? '')
      : '';
    wss.handleUpgrade(request, socket, head, (ws) => onSocket(ws, request, room));
  });
  http.listen(0, '127.0.0.1', () => {
    const port = (http.address() as AddressInfo).port;
    process.stdout.write(JSON.stringify({ msg: 'listening', port }) + '\n');
  });
  process.on('SIGTERM', () => process.exit(0));
}
