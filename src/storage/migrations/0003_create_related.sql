-- Related-story index: per-story term vectors and signatures, an inverted index over published stories,
-- document frequencies, and editors' pins and exclusions. Written in the same batch as every article write.

-- One row per article (any status): its term vector (JSON {stem: weight}), readable words for the stems
-- (JSON {stem: word}), a 64-bit SimHash (16 hex digits) for collapsing near-duplicates, and its query as
-- of its last write: the strongest stems by tf-idf (JSON {stem: query weight}) and its score against itself.
CREATE TABLE related_docs (
  seq INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
  terms TEXT NOT NULL,
  labels TEXT NOT NULL,
  simhash TEXT NOT NULL,
  query TEXT NOT NULL DEFAULT '{}',
  self REAL NOT NULL DEFAULT 0
);

-- Inverted index over PUBLISHED stories only: unpublishing or archiving deletes a story's rows in the
-- same batch, so it cannot be an answer on the next request. Covering primary key, no rowid.
CREATE TABLE related_postings (
  term TEXT NOT NULL,
  seq INTEGER NOT NULL,
  weight REAL NOT NULL,
  PRIMARY KEY (term, seq)
) WITHOUT ROWID;

-- Document frequency of every stem over related_docs (for inverse document frequency at query time).
CREATE TABLE related_terms (
  term TEXT PRIMARY KEY,
  df INTEGER NOT NULL
) WITHOUT ROWID;

-- Counters: 'docs' = rows in related_docs.
CREATE TABLE related_stats (
  key TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
INSERT INTO related_stats (key, value) VALUES ('docs', 0);

-- Editors' choices for one article's related list: pinned stories first (in position order), excluded never.
CREATE TABLE related_curation (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  target_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('pin', 'exclude')),
  position INTEGER NOT NULL,
  PRIMARY KEY (article_seq, target_seq)
);

-- Each published story's nearest neighbours, computed in the write batch (the new story's best matches)
-- and mirrored (the new story joins its matches' lists), so a lookup reads one short list whatever the
-- size of the archive. Scores are the query story's tf-idf match divided by its match with itself.
CREATE TABLE related_neighbors (
  seq INTEGER NOT NULL,
  other INTEGER NOT NULL,
  score REAL NOT NULL,
  PRIMARY KEY (seq, other)
) WITHOUT ROWID;
CREATE INDEX related_neighbors_other ON related_neighbors (other);
-- A lookup reads a story's best neighbours in order and stops at its limit: a story that is in thousands
-- of other stories' lists (mirroring makes that possible) costs no more than any other.
CREATE INDEX related_neighbors_rank ON related_neighbors (seq, score DESC);
