-- Up Migration
-- Every repository's tables (issue 18): the same as SQLite's, which each SQLite repository
-- creates in its constructor (server/src/*/sqliteRepository.ts, */repository.ts), so that
-- STORAGE=postgres keeps all state here, shared by every instance.
--
-- Types: times are milliseconds since the epoch (BIGINT); JSON is `json`, not `jsonb`. `json`
-- keeps the text as the server wrote it: object keys in their order (a tally's decisions, a
-- record of tables, are read back in the order written, as from SQLite) and any string a JSON
-- text may hold (`\u0000` included, which `jsonb` and TEXT refuse). Nothing queries inside it.
--
-- Every table of a workshop's rows references the workshop and goes with it: the sealed
-- ballots, answers and results too, which in SQLite name the workshop without a reference.

CREATE TABLE workshops (
  id TEXT PRIMARY KEY,
  join_code TEXT NOT NULL UNIQUE,
  facilitator_token_hash TEXT NOT NULL UNIQUE,
  projector_token_hash TEXT NOT NULL UNIQUE,
  setup JSON NOT NULL,
  run JSON NOT NULL,
  created_at BIGINT NOT NULL,
  ended_at BIGINT
);

CREATE TABLE participants (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  display_name TEXT,
  role TEXT NOT NULL,
  party TEXT,
  table_id TEXT NOT NULL,
  colour TEXT NOT NULL,
  joined_at BIGINT NOT NULL,
  removed_at BIGINT,
  -- The order of joining among equal times (SQLite's rowid).
  seq BIGINT GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX participants_by_workshop ON participants (workshop_id, joined_at, seq);

CREATE TABLE phase_log (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  phase_index INTEGER NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX phase_log_by_workshop ON phase_log (workshop_id, at, seq);

-- Imported workshops' aggregates, a property per module (server/src/activities/archive.ts).
CREATE TABLE archives (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
  data JSON NOT NULL
);

-- Planbehov. [M3] One position per plan of a workshop.
CREATE TABLE plans (
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  data JSON NOT NULL,
  PRIMARY KEY (workshop_id, id),
  UNIQUE (workshop_id, position)
);
CREATE TABLE planbehov_voting (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
  state JSON NOT NULL
);
-- [D7] Ballots of open rounds, under HMAC(token, workshop|round): no participant id, no time.
-- Deleted when their round closes; only round_results remain. [M2] One row per voter key and
-- plan of a round: a repeated ballot replaces it, whichever instance takes it. The comment is
-- a JSON string: free text may hold any character, and TEXT refuses NUL.
CREATE TABLE sealed_ballots (
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  round INTEGER NOT NULL,
  voter_key TEXT NOT NULL,
  role TEXT NOT NULL,
  plan_id TEXT NOT NULL,
  decision TEXT NOT NULL,
  start_year INTEGER,
  comment JSON NOT NULL,
  points INTEGER NOT NULL CHECK (points >= 0),
  PRIMARY KEY (workshop_id, round, voter_key, plan_id)
);
-- [D2] A closed round's aggregates, written once. `voted` is the turnout's, for "were there
-- any votes" without reading into the JSON.
CREATE TABLE round_results (
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  round INTEGER NOT NULL,
  data JSON NOT NULL,
  voted INTEGER NOT NULL,
  PRIMARY KEY (workshop_id, round)
);

-- Consent checks.
CREATE TABLE consent_checks (
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  subject_kind TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  statement TEXT NOT NULL,
  blocks JSON,
  status TEXT NOT NULL,
  revealed BOOLEAN NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (workshop_id, id)
);
-- [D7] Answers to open checks, under HMAC(token, workshop|check); deleted at close.
CREATE TABLE sealed_consent_answers (
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  check_id TEXT NOT NULL,
  voter_key TEXT NOT NULL,
  role TEXT NOT NULL,
  value INTEGER NOT NULL,
  PRIMARY KEY (workshop_id, check_id, voter_key)
);
CREATE TABLE consent_results (
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  check_id TEXT NOT NULL,
  data JSON NOT NULL,
  PRIMARY KEY (workshop_id, check_id)
);

-- The argument map and the round table, each kept whole per workshop.
CREATE TABLE arguments_state (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
  state JSON NOT NULL
);
CREATE TABLE rundebord_state (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
  state JSON NOT NULL
);

-- HØP oppdrag: the state whole, and the open priority points under the voter's key ([OP5]).
CREATE TABLE oppdrag_state (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
  state JSON NOT NULL
);
CREATE TABLE oppdrag_points (
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  voter_key TEXT NOT NULL,
  proposal_id TEXT NOT NULL,
  points INTEGER NOT NULL,
  PRIMARY KEY (workshop_id, voter_key, proposal_id)
);

-- The closing evaluation: one row per workshop, and the open form's answers ([EV3]).
CREATE TABLE evaluations (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
  statements JSON,
  form JSON,
  sealed JSON,
  baseline JSON
);
CREATE TABLE sealed_evaluation_answers (
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  voter_key TEXT NOT NULL,
  role TEXT NOT NULL,
  data JSON NOT NULL,
  PRIMARY KEY (workshop_id, voter_key)
);

-- Down Migration
DROP TABLE sealed_evaluation_answers;
DROP TABLE evaluations;
DROP TABLE oppdrag_points;
DROP TABLE oppdrag_state;
DROP TABLE rundebord_state;
DROP TABLE arguments_state;
DROP TABLE consent_results;
DROP TABLE sealed_consent_answers;
DROP TABLE consent_checks;
DROP TABLE round_results;
DROP TABLE sealed_ballots;
DROP TABLE planbehov_voting;
DROP TABLE plans;
DROP TABLE archives;
DROP TABLE phase_log;
DROP TABLE participants;
DROP TABLE workshops;
