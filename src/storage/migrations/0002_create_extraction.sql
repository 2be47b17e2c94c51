-- Structured extraction per article, and the entity index behind ?person= / ?org= / ?place= filters.
-- Written in the same batch as every article write (src/storage/extraction.ts).

-- The extraction of the article's current revision, as the API returns it (JSON).
CREATE TABLE article_extractions (
  article_seq INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
  extraction TEXT NOT NULL,
  revision INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);

-- One row per distinct entity: `key` is the canonical name folded (lower case, no accents).
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('person', 'organization', 'place')),
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  UNIQUE (type, key)
);

-- Every surface form an entity was written as ("Xi", "Jinping", "Xi Jinping"), folded the same way.
CREATE TABLE entity_aliases (
  type TEXT NOT NULL,
  alias_key TEXT NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (type, alias_key, entity_id)
) WITHOUT ROWID;

-- Which articles mention which entities, how often and how centrally.
CREATE TABLE article_entities (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  mentions INTEGER NOT NULL,
  salience REAL NOT NULL,
  PRIMARY KEY (article_seq, entity_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities (entity_id, article_seq);
