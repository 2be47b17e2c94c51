-- Edge-first reads: rendered views live in KV under their address and are dropped when what they show
-- changes. Two tables make that exact and durable:
--   view_keys    which KV keys depend on what ("s:{article id}" the story's content, "r:{seq}" a story's
--                related list, "l:{list}" a list's membership), written when a view is rendered;
--   view_outbox  dependencies a write changed, written by the triggers below in the same transaction
--                as the write, so an invalidation cannot be lost: a request flushes it right after its
--                write, and the cron retries whatever is left (attempts, last_error).

CREATE TABLE view_keys (
  dep TEXT NOT NULL,
  key TEXT NOT NULL,
  PRIMARY KEY (dep, key)
) WITHOUT ROWID;
CREATE INDEX view_keys_key ON view_keys (key);

CREATE TABLE view_outbox (
  dep TEXT PRIMARY KEY,
  queued_ms INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  done_ms INTEGER
) WITHOUT ROWID;
CREATE INDEX view_outbox_pending ON view_outbox (done_ms, queued_ms);

-- The triggers below queue through this view: a dependency queued again is pending again, with the
-- new time. (Delete, then insert: an OR REPLACE inside a trigger would take the conflict policy of
-- the article upsert that fired it, and fail.)
CREATE VIEW view_outbox_queue AS SELECT dep FROM view_outbox;
CREATE TRIGGER view_outbox_enqueue INSTEAD OF INSERT ON view_outbox_queue
BEGIN
  DELETE FROM view_outbox WHERE dep = NEW.dep;
  INSERT INTO view_outbox (dep, queued_ms) VALUES (NEW.dep, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;

-- A published story's content changed (or it stopped being published): every view that shows it, and
-- the site-wide lists (sitemaps, OPML) that list every published story.
CREATE TRIGGER view_story_update AFTER UPDATE ON articles
  WHEN OLD.status = 'published' OR NEW.status = 'published'
BEGIN
  INSERT INTO view_outbox_queue (dep)
  SELECT d FROM (SELECT 's:' || NEW.id AS d UNION ALL SELECT 'l:site');
  -- It joins lists it was not on, or moves within them: the first pages of its (new) lists.
  INSERT INTO view_outbox_queue (dep)
  SELECT d FROM (
    SELECT 'l:latest' AS d
    UNION SELECT 'l:sections:' || NEW.section_slug WHERE NEW.section_slug IS NOT NULL
    UNION SELECT 'l:tags:' || tag_slug FROM article_tags WHERE article_seq = NEW.seq
    UNION SELECT 'l:authors:' || author_slug FROM article_authors WHERE article_seq = NEW.seq)
  WHERE NEW.status = 'published'
    AND (OLD.status IS NOT NEW.status OR OLD.section_slug IS NOT NEW.section_slug OR OLD.sort_at IS NOT NEW.sort_at);
END;

CREATE TRIGGER view_story_insert AFTER INSERT ON articles WHEN NEW.status = 'published'
BEGIN
  INSERT INTO view_outbox_queue (dep)
  SELECT d FROM (
    SELECT 's:' || NEW.id AS d UNION ALL SELECT 'l:site' UNION ALL SELECT 'l:latest'
    UNION ALL SELECT 'l:sections:' || NEW.section_slug WHERE NEW.section_slug IS NOT NULL);
END;

CREATE TRIGGER view_story_delete AFTER DELETE ON articles WHEN OLD.status = 'published'
BEGIN
  INSERT INTO view_outbox_queue (dep)
  SELECT d FROM (SELECT 's:' || OLD.id AS d UNION ALL SELECT 'l:site');
END;

-- A published story gains a tag or an author: that list's first page.
CREATE TRIGGER view_tag_insert AFTER INSERT ON article_tags
  WHEN (SELECT status FROM articles WHERE seq = NEW.article_seq) = 'published'
BEGIN
  INSERT INTO view_outbox_queue (dep) VALUES ('l:tags:' || NEW.tag_slug);
END;

CREATE TRIGGER view_author_insert AFTER INSERT ON article_authors
  WHEN (SELECT status FROM articles WHERE seq = NEW.article_seq) = 'published'
BEGIN
  INSERT INTO view_outbox_queue (dep) VALUES ('l:authors:' || NEW.author_slug);
END;

-- A story enters another story's stored neighbours high enough to be a candidate of its related
-- list (the 40 best by score): that story's related block, widget and lookup. Leaving a list is
-- covered by "s:{id}" (a story shown in a related block is a dependency of that block).
CREATE TRIGGER view_neighbor_insert AFTER INSERT ON related_neighbors
  WHEN NEW.score >= COALESCE((SELECT score FROM related_neighbors
    WHERE seq = NEW.seq AND other != NEW.other ORDER BY score DESC LIMIT 1 OFFSET 39), 0)
BEGIN
  INSERT INTO view_outbox_queue (dep) VALUES ('r:' || NEW.seq);
END;

CREATE TRIGGER view_curation_insert AFTER INSERT ON related_curation
BEGIN
  INSERT INTO view_outbox_queue (dep) VALUES ('r:' || NEW.article_seq);
END;

CREATE TRIGGER view_curation_delete AFTER DELETE ON related_curation
BEGIN
  INSERT INTO view_outbox_queue (dep) VALUES ('r:' || OLD.article_seq);
END;
