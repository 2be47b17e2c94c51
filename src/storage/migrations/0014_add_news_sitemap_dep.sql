-- The Google News sitemap lists the published stories of the last 48 hours (by sort time, from the
-- start of an hour). It depended on "l:site" (any write of any published story), so a correction of
-- a story from last year dropped it. It now depends on "l:news", queued by a write of a published
-- story whose sort time, before or after the write, is within the last 50 hours: the window's 48,
-- the hour it starts on, and an hour of margin for the Worker's and the database's clocks.
CREATE TRIGGER view_news_update AFTER UPDATE ON articles
  WHEN (OLD.status = 'published' OR NEW.status = 'published')
    AND (OLD.sort_at >= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-50 hours')
      OR NEW.sort_at >= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-50 hours'))
BEGIN
  INSERT INTO view_outbox_queue (dep) VALUES ('l:news');
END;

CREATE TRIGGER view_news_insert AFTER INSERT ON articles
  WHEN NEW.status = 'published' AND NEW.sort_at >= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-50 hours')
BEGIN
  INSERT INTO view_outbox_queue (dep) VALUES ('l:news');
END;

CREATE TRIGGER view_news_delete AFTER DELETE ON articles
  WHEN OLD.status = 'published' AND OLD.sort_at >= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-50 hours')
BEGIN
  INSERT INTO view_outbox_queue (dep) VALUES ('l:news');
END;
