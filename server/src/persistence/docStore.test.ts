import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from './database';
import { docStoreContract } from './docStoreContract';
import { MemoryDocStore } from './memoryDocStore';
import { SqliteDocStore } from './sqliteDocStore';

docStoreContract('memory', async () => {
  const store = new MemoryDocStore();
  return { store, dispose: () => store.close() };
});

docStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samskap-docstore-'));
  const file = join(dir, 'test.sqlite');
  let db = openDatabase(file, { synchronous: 'normal' });
  return {
    store: new SqliteDocStore(db),
    async reopen() {
      db.close();
      db = openDatabase(file, { synchronous: 'normal' });
      return new SqliteDocStore(db);
    },
    async dispose() {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
