-- Precomputed related lists: a lookup of a stored story reads one row and does no scoring.
--
--   related_lists  each published story's ranked related list, as JSON
--                  [[seq, score, pin position or null, [matched stems], [[entity type, name]...]], ...]
--                  best first: the text match, the support of its best matches and the editorial
--                  bonuses are already added, editors' exclusions left out and pins included; a read
--                  applies only the recency factor, folds near-duplicates and drops stories that are no
--                  longer published.
--   related_dirty  stories whose list must be computed again, queued by the triggers below in the same
--                  transaction as the write that changed their neighbours or curation, so no change is
--                  lost: the request that wrote drains it right after its write (a bounded number), the
--                  cron and POST /v1/admin/related/refresh drain the rest.

CREATE TABLE related_lists (
  seq INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
  items TEXT NOT NULL,
  changed_ms INTEGER NOT NULL
);

CREATE TABLE related_dirty (
  seq INTEGER PRIMARY KEY,
  queued_ms INTEGER NOT NULL
);
CREATE INDEX related_dirty_queued ON related_dirty (queued_ms);

-- Queue without a conflict clause: a trigger's OR IGNORE would take the policy of the statement that
-- fired it (see 0007).
CREATE VIEW related_dirty_queue AS SELECT seq FROM related_dirty;
CREATE TRIGGER related_dirty_enqueue INSTEAD OF INSERT ON related_dirty_queue
BEGIN
  INSERT INTO related_dirty (seq, queued_ms)
  SELECT NEW.seq, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
  WHERE NOT EXISTS (SELECT 1 FROM related_dirty WHERE seq = NEW.seq);
END;

-- A story's stored neighbours changed: the story itself was written (its own rows), a written story
-- entered its list (the mirrored row), or left it (every row naming it is deleted by its write: these
-- are the reverse edges).
CREATE TRIGGER related_dirty_neighbor_insert AFTER INSERT ON related_neighbors
BEGIN
  INSERT INTO related_dirty_queue (seq) VALUES (NEW.seq);
END;
CREATE TRIGGER related_dirty_neighbor_update AFTER UPDATE ON related_neighbors
BEGIN
  INSERT INTO related_dirty_queue (seq) VALUES (NEW.seq);
END;
CREATE TRIGGER related_dirty_neighbor_delete AFTER DELETE ON related_neighbors
BEGIN
  INSERT INTO related_dirty_queue (seq) VALUES (OLD.seq);
END;

-- Editors' pins and exclusions are folded into the stored list.
CREATE TRIGGER related_dirty_curation_insert AFTER INSERT ON related_curation
BEGIN
  INSERT INTO related_dirty_queue (seq) VALUES (NEW.article_seq);
END;
CREATE TRIGGER related_dirty_curation_delete AFTER DELETE ON related_curation
BEGIN
  INSERT INTO related_dirty_queue (seq) VALUES (OLD.article_seq);
END;

-- A story was written (any status): its own list, even when it has no neighbour rows (no words to
-- match, or no other story shares them), so every published story gets a list, and an edit of its
-- section or tags (its editorial bonuses) recomputes it.
CREATE TRIGGER related_dirty_doc_insert AFTER INSERT ON related_docs
BEGIN
  INSERT INTO related_dirty_queue (seq) VALUES (NEW.seq);
END;
CREATE TRIGGER related_dirty_doc_update AFTER UPDATE ON related_docs
BEGIN
  INSERT INTO related_dirty_queue (seq) VALUES (NEW.seq);
END;

-- The related views now follow the stored list, not every neighbour row: a related block, widget or
-- lookup is dropped only when its list really changed (the lists are written only when different).
DROP TRIGGER view_neighbor_insert;
CREATE TRIGGER view_related_list_insert AFTER INSERT ON related_lists
BEGIN
  INSERT INTO view_outbox_queue (dep) VALUES ('r:' || NEW.seq);
END;
CREATE TRIGGER view_related_list_update AFTER UPDATE OF items ON related_lists
  WHEN OLD.items IS NOT NEW.items
BEGIN
  INSERT INTO view_outbox_queue (dep) VALUES ('r:' || NEW.seq);
END;
CREATE TRIGGER view_related_list_delete AFTER DELETE ON related_lists
BEGIN
  INSERT INTO view_outbox_queue (dep) VALUES ('r:' || OLD.seq);
END;
