import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from './database';
import { SqliteDocStore } from './sqliteDocStore';
import { startWalCheckpointer, type CheckpointResult } from './walCheckpointer';

let dir: string;
let db: SqliteDatabase | undefined;

afterEach(() => {
  if (db?.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('WAL checkpoints in a worker thread', () => {
  it('turns off checkpoints on the main connection, checkpoints from the thread, and loses nothing', async () => {
    dir = mkdtempSync(join(tmpdir(), 'samskap-wal-'));
    const file = join(dir, 'db.sqlite');
    db = openDatabase(file, { synchronous: 'normal' });
    const results: CheckpointResult[] = [];
    const checkpointer = startWalCheckpointer(db, file, {
      intervalMs: 20,
      onCheckpoint: (r) => results.push(r),
    });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const store = new SqliteDocStore(db);
    for (let i = 0; i < 500; i++)
      store.append('d', new Uint8Array([i % 256]), { participantId: null, at: i });
    const deadline = Date.now() + 10_000;
    while (!results.some((r) => r.checkpointed > 0) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    expect(results.some((r) => r.checkpointed > 0)).toBe(true);
    await checkpointer.stop();
    db.close();
    db = openDatabase(file, { synchronous: 'normal' });
    expect(await new SqliteDocStore(db).listUpdates('d')).toHaveLength(500);
  });
});
