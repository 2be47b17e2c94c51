-- One edit drops only the views whose visible content it changed. Besides "s:{id}" (anything of
-- the story: its own page, JSON, oEmbed, full-content feeds), views that show another story only
-- as a card or a link depend on what that card or link shows:
--   c:{id}     a card: headline, slug (the URL), standfirst, language, dates, section, image and
--              caption, bylines, tags, publication (index pages, list widgets, the related lookup's
--              entries, whose explanation names shared tags);
--   h:{id}     a link: headline, slug, publication date, section, publication (the related block
--              of an article page, the related widget);
-- and views that show the head of a stored related list depend on that head, not on its scores:
--   rh:{seq}   the first 5 stories a read shows (the page's related block, widgets of ≤ 5 items);
--   rw:{seq}   the first 20 (MAX_WIDGET_ITEMS: larger related widgets).
-- "r:{seq}" (any change of the stored list, scores included) stays for the related lookup, which
-- shows scores and explanations.

-- A body-only edit or a correction changes none of these columns: no card or link view drops.
CREATE TRIGGER view_story_card_update AFTER UPDATE ON articles
  WHEN (OLD.status = 'published' OR NEW.status = 'published')
    AND (OLD.status IS NOT NEW.status OR OLD.slug IS NOT NEW.slug
      OR OLD.headline IS NOT NEW.headline OR OLD.dek IS NOT NEW.dek
      OR OLD.language IS NOT NEW.language OR OLD.published_at IS NOT NEW.published_at
      OR OLD.created_at IS NOT NEW.created_at OR OLD.section_slug IS NOT NEW.section_slug
      OR OLD.image_url IS NOT NEW.image_url OR OLD.image_caption IS NOT NEW.image_caption)
BEGIN
  INSERT INTO view_outbox_queue (dep) VALUES ('c:' || NEW.id);
  INSERT INTO view_outbox_queue (dep)
  SELECT 'h:' || NEW.id
  WHERE OLD.status IS NOT NEW.status OR OLD.slug IS NOT NEW.slug
    OR OLD.headline IS NOT NEW.headline OR OLD.published_at IS NOT NEW.published_at
    OR OLD.section_slug IS NOT NEW.section_slug;
END;

CREATE TRIGGER view_story_card_insert AFTER INSERT ON articles WHEN NEW.status = 'published'
BEGIN
  INSERT INTO view_outbox_queue (dep) SELECT d FROM (SELECT 'c:' || NEW.id AS d UNION ALL SELECT 'h:' || NEW.id);
END;

CREATE TRIGGER view_story_card_delete AFTER DELETE ON articles WHEN OLD.status = 'published'
BEGIN
  INSERT INTO view_outbox_queue (dep) SELECT d FROM (SELECT 'c:' || OLD.id AS d UNION ALL SELECT 'h:' || OLD.id);
END;

-- Bylines and tags live in their own tables; the writer diffs them (a kept one is an update of its
-- position at most), so an edit that keeps them fires nothing here.
CREATE TRIGGER view_card_author_insert AFTER INSERT ON article_authors
BEGIN
  INSERT INTO view_outbox_queue (dep)
  SELECT 'c:' || id FROM articles WHERE seq = NEW.article_seq AND status = 'published';
END;
CREATE TRIGGER view_card_author_update AFTER UPDATE OF position ON article_authors
  WHEN OLD.position IS NOT NEW.position
BEGIN
  INSERT INTO view_outbox_queue (dep)
  SELECT 'c:' || id FROM articles WHERE seq = NEW.article_seq AND status = 'published';
END;
CREATE TRIGGER view_card_author_delete AFTER DELETE ON article_authors
BEGIN
  INSERT INTO view_outbox_queue (dep)
  SELECT 'c:' || id FROM articles WHERE seq = OLD.article_seq AND status = 'published';
END;
CREATE TRIGGER view_card_tag_insert AFTER INSERT ON article_tags
BEGIN
  INSERT INTO view_outbox_queue (dep)
  SELECT 'c:' || id FROM articles WHERE seq = NEW.article_seq AND status = 'published';
END;
CREATE TRIGGER view_card_tag_update AFTER UPDATE OF position ON article_tags
  WHEN OLD.position IS NOT NEW.position
BEGIN
  INSERT INTO view_outbox_queue (dep)
  SELECT 'c:' || id FROM articles WHERE seq = NEW.article_seq AND status = 'published';
END;
CREATE TRIGGER view_card_tag_delete AFTER DELETE ON article_tags
BEGIN
  INSERT INTO view_outbox_queue (dep)
  SELECT 'c:' || id FROM articles WHERE seq = OLD.article_seq AND status = 'published';
END;

-- The head of a stored list: the seqs, in order, of the first 20 stories a read shows (JSON), as
-- the read path orders them (pins, score × recency, near-duplicates folded, unpublished left out).
-- It is computed in the Worker with the read path's own function (services/related-heads.ts), so a
-- list recomputed in SQL marks its head stale in the same transaction (the dequeue below), and the
-- head is written right after, or by the next pass: a failed head write stays stale, never lost.
-- head_stale counts the recomputes since the head was written: a head computed from an older list
-- is not written over a newer recompute.
ALTER TABLE related_lists ADD COLUMN head TEXT;
ALTER TABLE related_lists ADD COLUMN head_stale INTEGER NOT NULL DEFAULT 1;
CREATE INDEX related_lists_head_stale ON related_lists (head_stale) WHERE head_stale > 0;

-- A list leaves the queue in the transaction that recomputed it (or deleted it).
CREATE TRIGGER related_head_stale AFTER DELETE ON related_dirty
BEGIN
  UPDATE related_lists SET head_stale = head_stale + 1 WHERE seq = OLD.seq;
END;

CREATE TRIGGER view_related_head_update AFTER UPDATE OF head ON related_lists
  WHEN OLD.head IS NOT NEW.head
BEGIN
  INSERT INTO view_outbox_queue (dep) VALUES ('rw:' || NEW.seq);
  INSERT INTO view_outbox_queue (dep)
  SELECT 'rh:' || NEW.seq
  WHERE (SELECT json_group_array(value) FROM (SELECT value FROM json_each(OLD.head) WHERE key < 5 ORDER BY key))
    IS NOT (SELECT json_group_array(value) FROM (SELECT value FROM json_each(NEW.head) WHERE key < 5 ORDER BY key));
END;

CREATE TRIGGER view_related_head_delete AFTER DELETE ON related_lists
BEGIN
  INSERT INTO view_outbox_queue (dep)
  SELECT d FROM (SELECT 'rh:' || OLD.seq AS d UNION ALL SELECT 'rw:' || OLD.seq);
END;
