/**
 * @module The related-story index writer: keeps term vectors, signatures, document frequencies and
 * the inverted index of published stories in step with every article write, in the same batch.
 */
import type { DerivedArticle } from '../domain/derived'
import { IDF_EXPONENT, NEIGHBOR_BUDGET, STORED_NEIGHBORS } from '../domain/related'
import type { Db } from './db'

/**
 * The batch's stories (`?1`), each with its new vector `v`, and whether its stems differ from the
 * stored ones (`moved`: no stored vector counts as moved). Read before the vectors are stored.
 */
const BATCH = `batch AS MATERIALIZED (
  SELECT a.seq, j.value AS v, json_extract(j.value, '$.published') = 1 AS published,
    NOT EXISTS (SELECT 1 FROM related_docs d
      WHERE d.seq = a.seq AND d.terms = json_extract(j.value, '$.terms')) AS moved
  FROM json_each(?1) j JOIN articles a ON a.id = json_extract(j.value, '$.id'))`

/**
 * Eleven statements whatever the number of articles. Only what a write changed is rewritten, so a
 * write that keeps a story's stems (a correction, a tag or byline edit) leaves every neighbour
 * score as it was, and other stories' lists (and the views showing them) as they were:
 *   - the lists of the written stories and of every story whose neighbours name one are queued
 *     (their bonuses and support read the written stories' section, tags and rows);
 *   - stories whose stems moved: document frequencies, postings and own neighbour rows replaced,
 *     query chosen again; stories no longer published lose their postings and every row naming
 *     them;
 *   - the neighbour rows of stories that have none (moved, newly published, or new) are computed:
 *     `neighborStatement`.
 */
export function relatedIndexWriter(
  db: Db,
  derived: readonly DerivedArticle[]
): D1PreparedStatement[] {
  const json = JSON.stringify(derived.map((d) => ({ id: d.article.id, ...d.related })))
  const oldTerms = `SELECT t.key AS term, d.seq AS seq FROM batch b JOIN related_docs d ON d.seq = b.seq,
    json_each(d.terms) t WHERE b.moved`
  return [
    db
      .prepare(
        `WITH ${BATCH}
         INSERT INTO related_dirty_queue (seq)
         SELECT seq FROM batch UNION SELECT n.seq FROM batch b JOIN related_neighbors n ON n.other = b.seq`
      )
      .bind(json),
    db
      .prepare(
        `WITH ${BATCH}
         UPDATE related_terms SET df = df - old.n
         FROM (SELECT term, count(*) AS n FROM (${oldTerms}) GROUP BY term) AS old
         WHERE related_terms.term = old.term`
      )
      .bind(json),
    db
      .prepare(
        `WITH ${BATCH}
         INSERT INTO related_terms (term, df)
         SELECT t.key, count(*) FROM batch b, json_each(b.v, '$.terms') t WHERE b.moved GROUP BY t.key
         ON CONFLICT (term) DO UPDATE SET df = df + excluded.df`
      )
      .bind(json),
    db
      .prepare(
        `WITH ${BATCH}
         DELETE FROM related_postings WHERE (term, seq) IN (
           SELECT t.key, d.seq FROM batch b JOIN related_docs d ON d.seq = b.seq, json_each(d.terms) t
           WHERE b.moved OR NOT b.published)`
      )
      .bind(json),
    db
      .prepare(
        `WITH ${BATCH}
         INSERT INTO related_postings (term, seq, weight)
         SELECT t.key, b.seq, t.value FROM batch b, json_each(b.v, '$.terms') t WHERE b.published
         ON CONFLICT (term, seq) DO NOTHING`
      )
      .bind(json),
    db
      .prepare(
        `WITH ${BATCH}
         DELETE FROM related_neighbors
         WHERE seq IN (SELECT seq FROM batch WHERE moved OR NOT published)
           OR other IN (SELECT seq FROM batch WHERE NOT published)`
      )
      .bind(json),
    db
      .prepare(
        `WITH ${BATCH}
         INSERT INTO related_docs (seq, terms, labels, simhash, headline_stems)
         SELECT seq, json_extract(v, '$.terms'), json_extract(v, '$.labels'), json_extract(v, '$.simhash'),
           json_extract(v, '$.headline')
         FROM batch WHERE true
         ON CONFLICT (seq) DO UPDATE SET terms = excluded.terms, labels = excluded.labels,
           simhash = excluded.simhash, headline_stems = excluded.headline_stems,
           query = CASE WHEN terms IS excluded.terms THEN query ELSE '{}' END,
           self = CASE WHEN terms IS excluded.terms THEN self ELSE 0 END
         WHERE terms IS NOT excluded.terms OR labels IS NOT excluded.labels
           OR simhash IS NOT excluded.simhash OR headline_stems IS NOT excluded.headline_stems`
      )
      .bind(json),
    db.prepare(
      `UPDATE related_stats SET value = (SELECT count(*) FROM related_docs) WHERE key = 'docs'`
    ),
    queryStatement(db, json),
    ...neighborStatements(db, json),
  ]
}

/**
 * Forgets the stored vectors of the given stories (document frequencies, postings, own neighbour
 * rows, vector and query), so the writer that follows treats them as new and chooses their
 * queries and neighbours again: for a reindex, after a release changed how queries are chosen or
 * scored even where the stems did not move. Rows naming them from other stories are rescored by
 * the writer.
 */
export function relatedIndexReset(
  db: Db,
  derived: readonly DerivedArticle[]
): D1PreparedStatement[] {
  const json = JSON.stringify(derived.map((d) => d.article.id))
  const seqs = `(SELECT a.seq FROM json_each(?1) j JOIN articles a ON a.id = j.value)`
  const old = `SELECT t.key AS term, d.seq FROM related_docs d, json_each(d.terms) t WHERE d.seq IN ${seqs}`
  return [
    db
      .prepare(
        `UPDATE related_terms SET df = df - old.n
         FROM (SELECT term, count(*) AS n FROM (${old}) GROUP BY term) AS old
         WHERE related_terms.term = old.term`
      )
      .bind(json),
    db.prepare(`DELETE FROM related_postings WHERE (term, seq) IN (${old})`).bind(json),
    db.prepare(`DELETE FROM related_neighbors WHERE seq IN ${seqs}`).bind(json),
    db.prepare(`DELETE FROM related_docs WHERE seq IN ${seqs}`).bind(json),
  ]
}

/**
 * Stores the query of each story whose stems moved (or that has none yet): its strongest stems by
 * tf-idf (damped idf, `idf`) within the neighbour budget (the same choice as `selectQueryTerms`
 * with `NEIGHBOR_BUDGET`), and its score against itself. A story whose stems did not move keeps
 * its query, so its scores do not drift with other stories' document frequencies. One statement
 * for the whole batch.
 */
function queryStatement(db: Db, json: string): D1PreparedStatement {
  const { maxTerms, maxDf, maxPostings } = NEIGHBOR_BUDGET
  return db
    .prepare(
      `WITH batch AS (
         SELECT a.seq, j.value AS story FROM json_each(?1) j JOIN articles a ON a.id = json_extract(j.value, '$.id')
         JOIN related_docs d ON d.seq = a.seq WHERE d.query = '{}'),
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
 * The published stories of the batch whose neighbour rows must be computed: those that have none
 * (their stems moved, they were just published, or they are new).
 */
const FRESH = `fresh AS MATERIALIZED (
  SELECT a.seq FROM json_each(?1) j JOIN articles a ON a.id = json_extract(j.value, '$.id')
  JOIN related_docs d ON d.seq = a.seq
  WHERE json_extract(j.value, '$.published') = 1 AND d.self > 0
    AND NOT EXISTS (SELECT 1 FROM related_neighbors n WHERE n.seq = a.seq))`

/** A's score of B: A's stored query against B's postings, over A's self score; NULL if none. */
const SCORE_FROM = (a: string, b: string) =>
  `(SELECT sum(t.value * p.weight) / max(d.self) FROM related_docs d, json_each(d.query) t
    JOIN related_postings p ON p.term = t.key AND p.seq = ${b} WHERE d.seq = ${a} AND d.self > 0)`

/**
 * Computes each fresh story's nearest neighbours from the inverted index with its stored query,
 * and stores them both ways: the story's own list, and the story in each neighbour's list (so older
 * stories learn about newer ones). Every row naming a fresh story is scored from both sides, each
 * story's query against the other's postings, and keeps the better of the two (a short story's few
 * terms can all sit in a long one that spreads its query over more); rows that share no stem
 * either way are dropped. A pair's score thus changes only when one of its two stories' stems move
 * (a query is chosen again only then), never because the other was merely written again: a write
 * that keeps its stems leaves every row as it was.
 * Two statements for the whole batch.
 */
function neighborStatements(db: Db, json: string): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `WITH ${FRESH}
         DELETE FROM related_neighbors WHERE other IN (SELECT seq FROM fresh)
           AND ${SCORE_FROM('related_neighbors.seq', 'related_neighbors.other')} IS NULL
           AND ${SCORE_FROM('related_neighbors.other', 'related_neighbors.seq')} IS NULL`
      )
      .bind(json),
    db
      .prepare(
        `WITH ${FRESH},
       q AS (
         SELECT d.seq, d.self, t.key AS term, t.value AS qw
         FROM fresh b JOIN related_docs d ON d.seq = b.seq, json_each(d.query) t),
       scored AS (
         SELECT q.seq, p.seq AS other, sum(q.qw * p.weight) / max(q.self) AS score
         FROM q CROSS JOIN related_postings p ON p.term = q.term
         WHERE p.seq != q.seq GROUP BY q.seq, p.seq),
       top AS MATERIALIZED (
         SELECT seq, other FROM (
           SELECT seq, other, row_number() OVER (PARTITION BY seq ORDER BY score DESC) AS r FROM scored)
         WHERE r <= ?2),
       pairs AS MATERIALIZED (
         SELECT seq, other FROM top UNION SELECT other, seq FROM top
         UNION SELECT n.seq, n.other FROM related_neighbors n WHERE n.other IN (SELECT seq FROM fresh)),
       ends AS MATERIALIZED (SELECT seq FROM pairs UNION SELECT other FROM pairs),
       qt AS MATERIALIZED (
         SELECT d.seq, t.key AS term, t.value AS qw, d.self FROM ends e
         CROSS JOIN related_docs d ON d.seq = e.seq, json_each(d.query) t WHERE d.self > 0),
       side AS (
         SELECT pr.seq, pr.other, sum(qt.qw * p.weight) / max(qt.self) AS s FROM pairs pr
         CROSS JOIN qt ON qt.seq = pr.seq CROSS JOIN related_postings p ON p.term = qt.term AND p.seq = pr.other
         GROUP BY pr.seq, pr.other
         UNION ALL
         SELECT pr.seq, pr.other, sum(qt.qw * p.weight) / max(qt.self) FROM pairs pr
         CROSS JOIN qt ON qt.seq = pr.other CROSS JOIN related_postings p ON p.term = qt.term AND p.seq = pr.seq
         GROUP BY pr.seq, pr.other),
       rows AS (SELECT seq, other, max(s) AS score FROM side GROUP BY seq, other)
       INSERT INTO related_neighbors (seq, other, score)
       SELECT seq, other, score FROM rows WHERE score > 0
       ON CONFLICT (seq, other) DO UPDATE SET score = excluded.score
         WHERE abs(score - excluded.score) > 1e-9`
      )
      .bind(json, STORED_NEIGHBORS),
  ]
}
