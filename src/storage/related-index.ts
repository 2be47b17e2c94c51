/**
 * @module The related-story index writer: keeps term vectors, signatures, document frequencies and
 * the inverted index of published stories in step with every article write, in the same batch.
 */
import type { DerivedArticle } from '../domain/derived'
import { IDF_EXPONENT, NEIGHBOR_BUDGET, STORED_NEIGHBORS } from '../domain/related'
import type { Db } from './db'

/**
 * Nine statements whatever the number of articles: take the previous vectors out of the document
 * frequencies and the inverted index, store the new vectors, add them back, recount the stories,
 * store each story's query, and recompute its nearest neighbours. Only published stories get
 * postings, so unpublishing or archiving removes a story from every answer.
 */
export function relatedIndexWriter(
  db: Db,
  derived: readonly DerivedArticle[]
): D1PreparedStatement[] {
  const json = JSON.stringify(derived.map((d) => ({ id: d.article.id, ...d.related })))
  const seqs = `(SELECT a.seq FROM articles a WHERE a.id IN (SELECT json_extract(value, '$.id') FROM json_each(?1)))`
  const oldTerms = `SELECT t.key AS term, d.seq AS seq FROM related_docs d, json_each(d.terms) t WHERE d.seq IN ${seqs}`
  return [
    db
      .prepare(
        `UPDATE related_terms SET df = df - old.n
         FROM (SELECT term, count(*) AS n FROM (${oldTerms}) GROUP BY term) AS old
         WHERE related_terms.term = old.term`
      )
      .bind(json),
    db.prepare(`DELETE FROM related_postings WHERE (term, seq) IN (${oldTerms})`).bind(json),
    db
      .prepare(
        `INSERT INTO related_docs (seq, terms, labels, simhash)
         SELECT a.seq, json_extract(j.value, '$.terms'), json_extract(j.value, '$.labels'), json_extract(j.value, '$.simhash')
         FROM json_each(?1) j JOIN articles a ON a.id = json_extract(j.value, '$.id') WHERE true
         ON CONFLICT (seq) DO UPDATE SET terms = excluded.terms, labels = excluded.labels, simhash = excluded.simhash,
           query = '{}', self = 0`
      )
      .bind(json),
    db
      .prepare(
        `INSERT INTO related_terms (term, df)
         SELECT t.key, count(*) FROM json_each(?1) j, json_each(j.value, '$.terms') t WHERE true GROUP BY t.key
         ON CONFLICT (term) DO UPDATE SET df = df + excluded.df`
      )
      .bind(json),
    db
      .prepare(
        `INSERT INTO related_postings (term, seq, weight)
         SELECT t.key, a.seq, t.value FROM json_each(?1) j JOIN articles a ON a.id = json_extract(j.value, '$.id'),
           json_each(j.value, '$.terms') t
         WHERE json_extract(j.value, '$.published') = 1`
      )
      .bind(json),
    db.prepare(
      `UPDATE related_stats SET value = (SELECT count(*) FROM related_docs) WHERE key = 'docs'`
    ),
    queryStatement(db, json),
    db.prepare(`DELETE FROM related_neighbors WHERE seq IN ${seqs} OR other IN ${seqs}`).bind(json),
    neighborStatement(db, json),
  ]
}

/**
 * Stores each story's query: its strongest stems by tf-idf (damped idf, `idf`) within the neighbour
 * budget (the same choice as `selectQueryTerms` with `NEIGHBOR_BUDGET`), and its score against
 * itself. One statement for the
 * whole batch.
 */
function queryStatement(db: Db, json: string): D1PreparedStatement {
  const { maxTerms, maxDf, maxPostings } = NEIGHBOR_BUDGET
  return db
    .prepare(
      `WITH batch AS (SELECT a.seq, j.value AS story FROM json_each(?1) j JOIN articles a ON a.id = json_extract(j.value, '$.id')),
       src AS (
         SELECT b.seq, t.key AS term, t.value AS w, rt.df, t.value * pow(ln(1.0 + st.value * 1.0 / rt.df), ?5) AS qw
         FROM batch b, json_each(b.story, '$.terms') t, related_stats st
         JOIN related_terms rt ON rt.term = t.key
         WHERE st.key = 'docs' AND rt.df > 1 AND rt.df <= ?2),
       ranked AS (
         SELECT seq, term, w, qw, row_number() OVER win AS rn, sum(df) OVER win AS reach FROM src
         WINDOW win AS (PARTITION BY seq ORDER BY qw DESC, term ROWS UNBOUNDED PRECEDING)),
       chosen AS (
         SELECT seq, json_group_object(term, round(qw, 6)) AS query, sum(qw * w) AS self
         FROM ranked WHERE rn <= ?3 AND reach <= ?4 GROUP BY seq)
       UPDATE related_docs SET query = chosen.query, self = chosen.self FROM chosen WHERE related_docs.seq = chosen.seq`
    )
    .bind(json, maxDf, maxTerms, maxPostings, IDF_EXPONENT)
}

/**
 * Computes each published story's nearest neighbours from the inverted index with its stored query,
 * and stores them both ways: the story's own list, and the story in each neighbour's list (so older
 * stories learn about newer ones). One statement for the whole batch.
 */
function neighborStatement(db: Db, json: string): D1PreparedStatement {
  return db
    .prepare(
      `WITH batch AS (
         SELECT a.seq FROM json_each(?1) j JOIN articles a ON a.id = json_extract(j.value, '$.id')
         WHERE json_extract(j.value, '$.published') = 1),
       q AS (
         SELECT d.seq, d.self, t.key AS term, t.value AS qw
         FROM batch b JOIN related_docs d ON d.seq = b.seq, json_each(d.query) t WHERE d.self > 0),
       scored AS (
         SELECT q.seq, p.seq AS other, sum(q.qw * p.weight) / max(q.self) AS score
         FROM q CROSS JOIN related_postings p ON p.term = q.term
         WHERE p.seq != q.seq GROUP BY q.seq, p.seq),
       top AS (
         SELECT seq, other, score FROM (
           SELECT seq, other, score, row_number() OVER (PARTITION BY seq ORDER BY score DESC) AS r FROM scored)
         WHERE r <= ?2)
       INSERT INTO related_neighbors (seq, other, score)
       SELECT seq, other, score FROM top
       UNION ALL SELECT other, seq, score FROM top WHERE other NOT IN (SELECT seq FROM batch)
       ON CONFLICT (seq, other) DO UPDATE SET score = max(score, excluded.score)`
    )
    .bind(json, STORED_NEIGHBORS)
}
