-- What the related lookup shows of a stored list: the head's stories with their stored items (score,
-- pin, matched terms, shared entities), in the order a read shows them. The lookup shows scores and
-- explanations, so it used to depend on the whole list (`r:`): any recompute that moved the tail, or
-- a new story entering at rank 30, dropped it. A lookup of at most a head's stories with the default
-- window now depends on `rs:` instead, queued only when these items change. Written with the head
-- (services/related-heads.ts), so it is never older than the list it was read from.
ALTER TABLE related_lists ADD COLUMN head_items TEXT;

CREATE TRIGGER view_related_head_items_update AFTER UPDATE OF head_items ON related_lists
  WHEN OLD.head_items IS NOT NEW.head_items
BEGIN
  INSERT INTO view_outbox_queue (dep) VALUES ('rs:' || NEW.seq);
END;

CREATE TRIGGER view_related_head_items_delete AFTER DELETE ON related_lists
BEGIN
  INSERT INTO view_outbox_queue (dep) VALUES ('rs:' || OLD.seq);
END;
