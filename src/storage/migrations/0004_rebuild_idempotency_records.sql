-- Idempotency records become claims: a row is inserted ('running') before the request executes,
-- so of concurrent requests with one key exactly one runs; it becomes 'done' with the response to
-- replay, or is deleted when the execution fails. Old rows are transient (24 h): dropped, not kept.
DROP TABLE IF EXISTS idempotency_records;

CREATE TABLE idempotency_records (
  principal TEXT NOT NULL,
  key TEXT NOT NULL,
  -- SHA-256 of method, path, query string, content type and body.
  fingerprint TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('running', 'done')),
  -- Random token of the execution holding the claim: only it may complete or release the row.
  claim TEXT NOT NULL,
  -- A 'running' row past this belongs to an execution that died: the same request may take it over.
  lease_until TEXT NOT NULL,
  status INTEGER,
  headers TEXT,
  -- The body to replay; NULL when done but not replayable (over the size cap or carrying a secret).
  body TEXT,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  PRIMARY KEY (principal, key)
);

CREATE INDEX idempotency_records_expires ON idempotency_records (expires_at);
