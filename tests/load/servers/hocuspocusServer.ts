import './probe';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { serveReference } from './httpShell';

/**
 * Hocuspocus with its defaults: in memory, or with its SQLite extension on the file in
 * `SQLITE_FILE`. Its own defaults stay (2 s store debounce, unload when the last client leaves):
 * that is what a team adopting it would run.
 */
const file = process.env.SQLITE_FILE;
const extensions: Extension[] = [];
if (file) {
  // Imported only when asked for: it loads the native sqlite3 addon, which may not be built.
  const { SQLite } = await import('@hocuspocus/extension-sqlite');
  extensions.push(new SQLite({ database: file }));
}
const hocuspocus = new Hocuspocus({ quiet: true, extensions });

serveReference(
  {
    rooms: () => hocuspocus.getDocumentsCount(),
    connections: () => hocuspocus.getConnectionsCount(),
  },
  (socket, request) => hocuspocus.handleConnection(socket, request),
);
