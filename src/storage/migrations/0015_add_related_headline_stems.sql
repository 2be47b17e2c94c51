-- The distinct stems of each story's headline (JSON array), for the headline overlap that a stored
-- list adds to its text score (domain/related.ts HEADLINE_OVERLAP_WEIGHT). Stories written before
-- this migration have none until they are written again or reindexed (POST /v1/admin/reindex),
-- and score as if their headlines shared nothing.
ALTER TABLE related_docs ADD COLUMN headline_stems TEXT NOT NULL DEFAULT '[]';
