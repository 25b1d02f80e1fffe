-- Version 2: the decision log of the disagreement review (inter-rater agreement, issue 8).
-- One row per decision a supervisor takes on one unit of one code. No foreign keys on purpose:
-- it is a log, and deleting a code or a transcript later must be neither blocked by it nor
-- silently erase what was decided.

CREATE TABLE review_decisions (
  id            INTEGER PRIMARY KEY,
  code_id       TEXT NOT NULL,
  transcript_id INTEGER NOT NULL,
  unit_start    INTEGER NOT NULL,
  unit_end      INTEGER NOT NULL,
  decision      TEXT NOT NULL CHECK (decision IN ('a', 'b', 'both', 'neither', 'edit')),
  decided_by    TEXT NOT NULL,
  decided_at    TEXT NOT NULL,
  note          TEXT,
  -- the unit of comparison (turn, sentence, paragraph, char, overlap:50), the two compared
  -- coders and the consensus coder the decision wrote to
  unit          TEXT NOT NULL,
  coder_a       TEXT NOT NULL,
  coder_b       TEXT NOT NULL,
  consensus     TEXT NOT NULL,
  -- for an edit: the consensus spans as "start-end;start-end" (UTF-16 offsets)
  spans         TEXT,
  guid          TEXT NOT NULL UNIQUE,
  CHECK (unit_start >= 0 AND unit_end > unit_start)
);
CREATE INDEX review_decisions_unit ON review_decisions (code_id, transcript_id, unit_start);
