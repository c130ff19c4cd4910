import './probe';
import { docs, setupWSConnection } from '@y/websocket-server/utils';
import { serveReference } from './httpShell';

/** The reference y-websocket server (in memory: no YPERSISTENCE), as its own bin would run it. */
serveReference(
  {
    rooms: () => docs.size,
    connections: () => [...docs.values()].reduce((sum, doc) => sum + doc.conns.size, 0),
  },
  (socket, request, room) => setupWSConnection(socket, request, { docName: room }),
);
