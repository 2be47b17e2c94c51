/**
 * @module The full-text index writer: each written article's headline, standfirst, body text and
 * search alternatives (folded spellings, character pairs) in `articles_fts`, in the write's batch.
 */
import type { DerivedArticle } from '../domain/derived'
import type { Db } from './db'

/**
 * Two statements whatever the number of articles: drop the articles' old rows, insert the new ones.
 *
 * @example
 * await db.batch(searchIndexWriter(db, deriveArticles([article])))
 */
export function searchIndexWriter(
  db: Db,
  derived: readonly DerivedArticle[]
): D1PreparedStatement[] {
  const json = JSON.stringify(derived.map((d) => d.article))
  const alt = JSON.stringify(derived.map((d) => d.searchAlt))
  const ids = `(SELECT json_extract(value, '$.id') FROM json_each(?1))`
  return [
    db
      .prepare(
        `DELETE FROM articles_fts WHERE rowid IN (SELECT seq FROM articles WHERE id IN ${ids})`
      )
      .bind(json),
    db
      .prepare(
        `INSERT INTO articles_fts (rowid, headline, dek, body, alt)
         SELECT a.seq, json_extract(j.value, '$.headline'),
           COALESCE(json_extract(j.value, '$.dek'), ''), json_extract(j.value, '$.bodyText'),
           json_extract(?2, '$[' || j.key || ']')
         FROM json_each(?1) j JOIN articles a ON a.id = json_extract(j.value, '$.id')`
      )
      .bind(json, alt),
  ]
}
