-- Search for every script. The full-text index gets:
--   * combining marks as part of words (categories 'M*'), so Thai, Devanagari and Arabic words with
--     vowel signs stay whole instead of breaking at every mark;
--   * an `alt` column the write path fills with what the tokenizer cannot derive itself (see
--     src/domain/search-text.ts): folded spellings (Straße -> strasse, Greek without tonos, Arabic
--     without vowel points) and overlapping character pairs of Chinese, Japanese, Korean and Thai
--     runs, so a two-character query finds a word inside an unspaced sentence.
-- unicode61 with remove_diacritics 2 folds case in every script and accents on Latin letters
-- (Zurich <-> Zürich, resume <-> résumé); porter keeps English stemming, other scripts untouched.
DROP TABLE IF EXISTS articles_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
  headline, dek, body, alt,
  tokenize = "porter unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);

-- Rebuilt from the stored rows. `alt` needs the JavaScript folding: POST /v1/admin/reindex fills it
-- for articles written before this migration (until then they are found by their own words).
INSERT INTO articles_fts (rowid, headline, dek, body, alt)
  SELECT seq, headline, COALESCE(dek, ''), body_text, '' FROM articles;
