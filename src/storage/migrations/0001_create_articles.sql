-- The articles store: articles, their taxonomy, revision history, full-text index, keys and idempotency.

CREATE TABLE sections (
  slug TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT
);

CREATE TABLE authors (
  slug TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  bio TEXT,
  url TEXT
);

CREATE TABLE tags (
  slug TEXT PRIMARY KEY,
  name TEXT NOT NULL
);

-- seq is the integer rowid the full-text and related indexes key on; id is the public identifier.
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  slug TEXT NOT NULL UNIQUE,
  headline TEXT NOT NULL,
  dek TEXT,
  body_html TEXT NOT NULL DEFAULT '',
  body_text TEXT NOT NULL DEFAULT '',
  section_slug TEXT REFERENCES sections(slug),
  status TEXT NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'scheduled', 'published', 'archived')),
  publish_at TEXT,
  published_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1,
  canonical_url TEXT,
  language TEXT NOT NULL DEFAULT 'en',
  image_url TEXT,
  image_caption TEXT,
  image_credit TEXT,
  source TEXT,
  corrections TEXT NOT NULL DEFAULT '[]',
  -- the moment used for ordering lists: published_at once published, else created_at
  sort_at TEXT NOT NULL
);

CREATE INDEX articles_status_sort ON articles (status, sort_at DESC, seq DESC);
CREATE INDEX articles_section_sort ON articles (section_slug, sort_at DESC, seq DESC);
CREATE INDEX articles_due ON articles (publish_at) WHERE status = 'scheduled';

CREATE TABLE article_authors (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  author_slug TEXT NOT NULL REFERENCES authors(slug),
  position INTEGER NOT NULL,
  PRIMARY KEY (article_seq, author_slug)
);
CREATE INDEX article_authors_author ON article_authors (author_slug, article_seq);

CREATE TABLE article_tags (
  article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
  tag_slug TEXT NOT NULL REFERENCES tags(slug),
  position INTEGER NOT NULL,
  PRIMARY KEY (article_seq, tag_slug)
);
CREATE INDEX article_tags_tag ON article_tags (tag_slug, article_seq);

-- A full snapshot of the article (its API JSON) after every change.
CREATE TABLE article_revisions (
  article_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  snapshot TEXT NOT NULL,
  actor TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (article_id, revision)
);

-- Full-text index over headline, dek and body; rowid = articles.seq. Written in the same batch as the article.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  headline, dek, body,
  tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Site-wide counters kept in D1 (strongly consistent): `generation` moves on every write, so cache
-- keys for index pages and feeds change on the very next request.
CREATE TABLE site_state (
  key TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
INSERT INTO site_state (key, value) VALUES ('generation', 1);

CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  secret_hash TEXT NOT NULL,
  scopes TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT,
  last_used_at TEXT
);

CREATE TABLE idempotency_records (
  principal TEXT NOT NULL,
  key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status INTEGER NOT NULL,
  headers TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (principal, key)
);
