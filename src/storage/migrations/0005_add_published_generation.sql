-- A version of what the public sees. `published_generation` moves, and `published_modified_ms` (unix
-- milliseconds) is stamped, only by writes that touch published content: a story published,
-- unpublished, archived or edited while published, or a change to related-story curation. Public
-- validators (ETag, Last-Modified) and cache keys derive from these, so editing a hidden draft moves
-- nothing a reader can observe. Triggers keep them exact whatever path writes the row.

INSERT OR IGNORE INTO site_state (key, value) VALUES ('published_generation', 1);
INSERT OR IGNORE INTO site_state (key, value) VALUES ('published_modified_ms', 0);

CREATE TRIGGER articles_published_insert AFTER INSERT ON articles WHEN NEW.status = 'published'
BEGIN
  UPDATE site_state SET value = value + 1 WHERE key = 'published_generation';
  UPDATE site_state SET value = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE key = 'published_modified_ms';
END;

CREATE TRIGGER articles_published_update AFTER UPDATE ON articles
  WHEN OLD.status = 'published' OR NEW.status = 'published'
BEGIN
  UPDATE site_state SET value = value + 1 WHERE key = 'published_generation';
  UPDATE site_state SET value = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE key = 'published_modified_ms';
END;

CREATE TRIGGER articles_published_delete AFTER DELETE ON articles WHEN OLD.status = 'published'
BEGIN
  UPDATE site_state SET value = value + 1 WHERE key = 'published_generation';
  UPDATE site_state SET value = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE key = 'published_modified_ms';
END;

CREATE TRIGGER related_curation_insert AFTER INSERT ON related_curation
BEGIN
  UPDATE site_state SET value = value + 1 WHERE key = 'published_generation';
END;

CREATE TRIGGER related_curation_delete AFTER DELETE ON related_curation
BEGIN
  UPDATE site_state SET value = value + 1 WHERE key = 'published_generation';
END;
