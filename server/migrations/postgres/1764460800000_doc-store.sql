-- Up Migration
-- The shared documents' log, snapshots and quarantine: the same three tables as SQLite's
-- (server/src/persistence/sqliteDocStore.ts), for several instances over one database.
CREATE TABLE doc_updates (
  seq BIGSERIAL PRIMARY KEY,
  doc TEXT NOT NULL,
  update_data BYTEA NOT NULL,
  participant_id TEXT,
  created_at BIGINT NOT NULL
);
CREATE INDEX doc_updates_by_doc ON doc_updates (doc, seq);
CREATE TABLE doc_snapshots (
  doc TEXT PRIMARY KEY,
  state BYTEA NOT NULL,
  through_seq BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE TABLE doc_quarantine (
  seq BIGINT PRIMARY KEY,
  doc TEXT NOT NULL,
  update_data BYTEA NOT NULL,
  participant_id TEXT,
  created_at BIGINT NOT NULL,
  reason TEXT NOT NULL,
  quarantined_at BIGINT NOT NULL
);
CREATE INDEX doc_quarantine_by_doc ON doc_quarantine (doc, seq);

-- Down Migration
DROP TABLE doc_quarantine;
DROP TABLE doc_snapshots;
DROP TABLE doc_updates;
