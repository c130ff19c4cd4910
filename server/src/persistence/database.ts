import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type SqliteDatabase = Database.Database;

export interface OpenDatabaseOptions {
  /** `full` survives power loss; `normal` (WAL) survives a crash of the process. */
  synchronous: 'normal' | 'full';
}

/**
 * Opens (and creates) the SQLite file. WAL lets readers go on while a write commits; every
 * committed write has reached the OS before the call returns, so a killed process loses nothing.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions): SqliteDatabase {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}
