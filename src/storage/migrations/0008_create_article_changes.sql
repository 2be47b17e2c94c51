-- The change feed (GET /v1/changes): one row per article write, inserted by the same D1 batch as the
-- write itself, so an event is never lost or half-written. `seq` is AUTOINCREMENT: never reused,
-- and assigned in commit order because D1 serializes writes, so a reader that has seen seq N never
-- later finds a smaller one. `visibility` is what an anonymous reader sees: `public` (the story is
-- published after the write), `tombstone` (it was published and left public view) or `private`.
-- The cron compacts the log: events older than the retention window that a later event of the same
-- article supersedes are deleted, and `changes_horizon` records the largest seq ever deleted (a
-- cursor below it is expired). The latest event of every article is kept, so replaying the log from
-- the start always rebuilds the current state.

CREATE TABLE article_changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id TEXT NOT NULL,
  slug TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  previous_status TEXT,
  revision INTEGER NOT NULL,
  visibility TEXT NOT NULL CHECK (visibility IN ('public', 'tombstone', 'private')),
  at TEXT NOT NULL
);

CREATE INDEX article_changes_article ON article_changes (article_id, seq);
CREATE INDEX article_changes_public ON article_changes (seq) WHERE visibility != 'private';

INSERT OR IGNORE INTO site_state (key, value) VALUES ('changes_horizon', 0);

-- Stories written before the log existed: one event each with their current state, so a mirror that
-- replays from the start still sees every one of them.
INSERT INTO article_changes (article_id, slug, kind, status, previous_status, revision, visibility, at)
SELECT id, slug, CASE status WHEN 'published' THEN 'published' WHEN 'archived' THEN 'archived'
    ELSE 'created' END,
  status, NULL, revision, CASE status WHEN 'published' THEN 'public' ELSE 'private' END, updated_at
FROM articles ORDER BY seq;
