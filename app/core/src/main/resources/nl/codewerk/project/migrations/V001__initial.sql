-- Version 1 of the Codewerk project schema. Migrations are immutable once released:
-- change the schema by adding V002__*.sql, never by editing this file.
-- Every table with user data carries a guid so REFI-QDA exports keep stable identities.

CREATE TABLE project_info (
  key   TEXT PRIMARY KEY,
  value TEXT
);

CREATE TABLE coders (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  guid TEXT NOT NULL UNIQUE
);

CREATE TABLE cases (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  guid TEXT NOT NULL UNIQUE
);

CREATE TABLE attributes (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE,
  type     TEXT NOT NULL CHECK (type IN ('text', 'number', 'boolean', 'date')),
  position INTEGER NOT NULL DEFAULT 0,
  guid     TEXT NOT NULL UNIQUE
);

-- Values are stored as text in a canonical form per type: numbers as written by Java
-- (1, 2.5), booleans as true/false, dates as ISO yyyy-mm-dd.
CREATE TABLE attribute_values (
  id           INTEGER PRIMARY KEY,
  case_id      INTEGER NOT NULL REFERENCES cases (id),
  attribute_id INTEGER NOT NULL REFERENCES attributes (id),
  value        TEXT,
  UNIQUE (case_id, attribute_id)
);

CREATE TABLE transcripts (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  file_name   TEXT,
  format      TEXT NOT NULL,
  text        TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  text_sha256 TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  case_id     INTEGER REFERENCES cases (id),
  encoding    TEXT,
  line_ends   TEXT,
  words       INTEGER NOT NULL DEFAULT 0,
  guid        TEXT NOT NULL UNIQUE
);
CREATE INDEX transcripts_file_sha ON transcripts (file_sha256);
CREATE INDEX transcripts_text_sha ON transcripts (text_sha256);
-- Names are looked up on every import (unique names) and by every command naming a transcript.
CREATE INDEX transcripts_name ON transcripts (name);

-- A turn covers the spoken words only: [start, end) in UTF-16 units of transcripts.text.
-- label_start is where the paragraph (label, timestamp) begins.
CREATE TABLE turns (
  id            INTEGER PRIMARY KEY,
  transcript_id INTEGER NOT NULL REFERENCES transcripts (id),
  ordinal       INTEGER NOT NULL,
  label_start   INTEGER NOT NULL,
  start         INTEGER NOT NULL,
  end           INTEGER NOT NULL,
  speaker       TEXT,
  timestamp     TEXT,
  UNIQUE (transcript_id, ordinal)
);

-- In a paired or group interview a speaker's turns count for a case of its own.
CREATE TABLE speaker_cases (
  id            INTEGER PRIMARY KEY,
  transcript_id INTEGER NOT NULL REFERENCES transcripts (id),
  speaker       TEXT NOT NULL,
  case_id       INTEGER NOT NULL REFERENCES cases (id),
  UNIQUE (transcript_id, speaker)
);

CREATE TABLE codes (
  id              TEXT PRIMARY KEY,
  parent_id       TEXT REFERENCES codes (id),
  position        INTEGER NOT NULL DEFAULT 0,
  name            TEXT NOT NULL,
  name_en         TEXT,
  definition      TEXT,
  when_to_use     TEXT,
  when_not_to_use TEXT,
  example         TEXT,
  color           TEXT NOT NULL DEFAULT '#9E9E9E',
  level           TEXT NOT NULL DEFAULT 'open' CHECK (level IN ('open', 'axial', 'selective')),
  active          INTEGER NOT NULL DEFAULT 1,
  core            INTEGER NOT NULL DEFAULT 0,
  guid            TEXT NOT NULL UNIQUE
);
CREATE INDEX codes_parent ON codes (parent_id, position);

CREATE TABLE code_relations (
  id        INTEGER PRIMARY KEY,
  from_code TEXT NOT NULL REFERENCES codes (id),
  to_code   TEXT NOT NULL REFERENCES codes (id),
  type      TEXT NOT NULL CHECK (type IN ('cause', 'condition', 'consequence', 'part_of', 'associated')),
  memo      TEXT,
  guid      TEXT NOT NULL UNIQUE
);

CREATE TABLE codings (
  id            INTEGER PRIMARY KEY,
  transcript_id INTEGER NOT NULL REFERENCES transcripts (id),
  start         INTEGER NOT NULL,
  end           INTEGER NOT NULL,
  code_id       TEXT NOT NULL REFERENCES codes (id),
  coder_id      INTEGER NOT NULL REFERENCES coders (id),
  created_at    TEXT NOT NULL,
  comment       TEXT,
  guid          TEXT NOT NULL UNIQUE,
  CHECK (start >= 0 AND end > start)
);
CREATE INDEX codings_transcript ON codings (transcript_id, start);
CREATE INDEX codings_code ON codings (code_id);

-- target_type project has target_id NULL; transcript and coding use their integer id as
-- text, code its text id.
CREATE TABLE memos (
  id          INTEGER PRIMARY KEY,
  target_type TEXT NOT NULL CHECK (target_type IN ('project', 'transcript', 'code', 'coding')),
  target_id   TEXT,
  title       TEXT,
  text        TEXT NOT NULL,
  author      TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  guid        TEXT NOT NULL UNIQUE
);
CREATE INDEX memos_target ON memos (target_type, target_id);

-- The shared undo log: each entry is one user action with the row images it changed,
-- so undo and redo work the same from the workbench and the command line.
CREATE TABLE undo_log (
  id         INTEGER PRIMARY KEY,
  label      TEXT NOT NULL,
  actor      TEXT,
  created_at TEXT NOT NULL,
  changes    TEXT NOT NULL,
  state      TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone'))
);
