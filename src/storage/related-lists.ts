/**
 * @module Precomputed related lists (migration 0010): computes and stores the ranked list of every
 * story the write path queued in `related_dirty`, and reads one stored list for a lookup.
 */
import {
  ENTITY_BONUS,
  HEADLINE_OVERLAP_WEIGHT,
  LINK_WEIGHT,
  MAX_ENTITY_BONUS,
  MAX_TAG_BONUS,
  PROXIMITY_BONUS,
  PROXIMITY_DAYS,
  SECTION_BONUS,
  STORED_LIST_SIZE,
  SUPPORT_FROM,
  SUPPORT_SHARPNESS,
  SUPPORT_WEIGHT,
  TAG_BONUS,
  type EntityType,
  type StoredCandidate,
} from '../domain/related'
import type { Db } from './db'

/** Query stems checked to explain an answer (the strongest ones: an explanation lists a few). */
const EXPLAINED_TERMS = 12
/**
 * Stored neighbours scored per list: the best by text match, as many as the old on-read ranking
 * fetched for the largest `limit` (limit × 2 + 20 with limit 50).
 */
const SCORED_NEIGHBORS = 120

/**
 * Computes the ranked lists of the given stories from their stored neighbours and writes them (one
 * statement; with the delete of lists of unpublished stories and the dequeue, one batch): each
 * candidate's score is its text match plus SUPPORT_WEIGHT times its mean score in the lists of the
 * source's SUPPORT_FROM best matches and LINK_WEIGHT times the share of those lists that hold it
 * and HEADLINE_OVERLAP_WEIGHT times its headline overlap (`headlineOverlap`), plus the section,
 * tag, entity and publication-time proximity bonuses (the same sum `baseScore` makes). All read
 * only rows of this story, of its neighbours and between them (a write deletes every row of the
 * stories it touches, and queues the lists naming them), so the triggers that queue this list keep it
 * current (every write of a story, a new publication time included, queues its list and the lists
 * naming it: `relatedIndexWriter`). Exclusions are left out, pins kept with their position.
 * A list that did not change is not rewritten (so its views stay cached); stories that are not
 * published lose theirs.
 */
function computeListsStatements(db: Db, seqs: readonly number[]): D1PreparedStatement[] {
  const json = JSON.stringify(seqs)
  return [
    db
      .prepare(
        `DELETE FROM related_lists WHERE seq IN (SELECT value FROM json_each(?1))
           AND seq NOT IN (SELECT seq FROM articles WHERE status = 'published')`
      )
      .bind(json),
    db
      .prepare(
        `WITH src AS MATERIALIZED (
           SELECT a.seq, a.section_slug AS section, a.published_at AS at, d.query, d.headline_stems
           FROM json_each(?1) c
           CROSS JOIN articles a ON a.seq = c.value CROSS JOIN related_docs d ON d.seq = a.seq
           WHERE a.status = 'published'),
         hq AS MATERIALIZED (
           SELECT s.seq AS src, q.key AS term, q.value AS w FROM src s, json_each(s.query) q
           WHERE q.key IN (SELECT value FROM json_each(s.headline_stems))),
         hqt AS (SELECT src, sum(w) AS w FROM hq GROUP BY src),
         cur AS MATERIALIZED (
           SELECT r.article_seq AS src, r.target_seq AS seq, r.kind, r.position FROM src s
           CROSS JOIN related_curation r ON r.article_seq = s.seq),
         best AS MATERIALIZED (
           SELECT src, other, pow(score, ?12) AS w FROM (
             SELECT n.seq AS src, n.other, n.score,
               row_number() OVER (PARTITION BY n.seq ORDER BY n.score DESC) AS r
             FROM src s CROSS JOIN related_neighbors n ON n.seq = s.seq) WHERE r <= ?2),
         nbest AS (SELECT src, count(*) AS n, sum(w) AS w FROM best GROUP BY src),
         hits AS MATERIALIZED (
           SELECT src, seq, score FROM (
             SELECT n.seq AS src, n.other AS seq, n.score,
               row_number() OVER (PARTITION BY n.seq ORDER BY n.score DESC) AS r
             FROM src s CROSS JOIN related_neighbors n ON n.seq = s.seq
             CROSS JOIN articles f ON f.seq = n.other
             WHERE f.status = 'published' AND NOT EXISTS (
               SELECT 1 FROM cur WHERE cur.src = n.seq AND cur.seq = n.other AND cur.kind = 'exclude'))
           WHERE r <= ?3),
         cand AS (
           SELECT src, seq, score, 1 AS hit FROM hits
           UNION ALL SELECT c.src, c.seq, 0, 0 FROM cur c WHERE c.kind = 'pin'
             AND NOT EXISTS (SELECT 1 FROM hits h WHERE h.src = c.src AND h.seq = c.seq)),
         supp AS (
           SELECT h.src, h.seq, sum(n.score * b.w) AS s, count(*) AS c FROM hits h CROSS JOIN best b ON b.src = h.src
           CROSS JOIN related_neighbors n ON n.seq = b.other AND n.other = h.seq GROUP BY h.src, h.seq),
         supported AS (
           SELECT c.src, c.seq,
             c.score + c.hit * (?5 * coalesce(p.s / nullif(nb.w, 0), 0) + ?11 * coalesce(p.c * 1.0 / nb.n, 0)
               + ?15 * coalesce((SELECT sum(hq.w) FROM related_docs fd, json_each(fd.headline_stems) y
                   CROSS JOIN hq ON hq.src = c.src AND hq.term = y.value WHERE fd.seq = c.seq) / nullif(ht.w, 0), 0)) AS text
           FROM cand c LEFT JOIN supp p ON p.src = c.src AND p.seq = c.seq
           LEFT JOIN nbest nb ON nb.src = c.src LEFT JOIN hqt ht ON ht.src = c.src),
         bonused AS (
           SELECT u.src, u.seq, u.text,
             CASE WHEN s.section IS NOT NULL AND f.section_slug = s.section THEN ?6 END AS sec,
             min(?8, ?7 * (SELECT count(*) FROM article_tags x CROSS JOIN article_tags y
               ON y.article_seq = u.seq AND y.tag_slug = x.tag_slug WHERE x.article_seq = u.src)) AS tag,
             min(?10, ?9 * (SELECT count(*) FROM article_entities x CROSS JOIN article_entities y
               ON y.article_seq = u.seq AND y.entity_id = x.entity_id WHERE x.article_seq = u.src)) AS ent,
             coalesce(?13 * exp(-abs(julianday(f.published_at) - julianday(s.at)) / ?14), 0) AS near
           FROM supported u CROSS JOIN src s ON s.seq = u.src CROSS JOIN articles f ON f.seq = u.seq),
         scored AS (
           SELECT src, seq, CASE WHEN text > 0 THEN text + coalesce(sec, 0) + tag + ent + near ELSE 0 END AS score
           FROM bonused),
         ranked AS MATERIALIZED (
           SELECT s.src, s.seq, s.score, p.position AS pin,
             row_number() OVER (PARTITION BY s.src ORDER BY s.score DESC, s.seq) AS r
           FROM scored s LEFT JOIN cur p ON p.src = s.src AND p.seq = s.seq AND p.kind = 'pin'),
         kept AS MATERIALIZED (SELECT * FROM ranked WHERE pin IS NOT NULL OR (score > 0 AND r <= ?4)),
         qx AS MATERIALIZED (
           SELECT src, term FROM (
             SELECT s.seq AS src, t.key AS term,
               row_number() OVER (PARTITION BY s.seq ORDER BY t.value DESC) AS r
             FROM src s, json_each(s.query) t) WHERE r <= ${EXPLAINED_TERMS}),
         items AS (
           SELECT k.src, k.r, json_array(k.seq, round(k.score, 6), k.pin,
             (SELECT json_group_array(qx.term) FROM qx CROSS JOIN related_postings m
               ON m.term = qx.term AND m.seq = k.seq WHERE qx.src = k.src),
             (SELECT json_group_array(json_array(e.type, e.name)) FROM article_entities x
               CROSS JOIN article_entities y ON y.entity_id = x.entity_id AND y.article_seq = k.seq
               CROSS JOIN entities e ON e.id = x.entity_id WHERE x.article_seq = k.src)) AS item
           FROM kept k),
         lists AS (
           SELECT s.seq, coalesce(
             (SELECT json_group_array(json(i.item)) FROM (SELECT item FROM items WHERE items.src = s.seq ORDER BY r) i),
             '[]') AS items
           FROM src s)
         INSERT INTO related_lists (seq, items, changed_ms)
         SELECT seq, items, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) FROM lists WHERE true
         ON CONFLICT (seq) DO UPDATE SET items = excluded.items, changed_ms = excluded.changed_ms
           WHERE related_lists.items IS NOT excluded.items`
      )
      .bind(
        json,
        SUPPORT_FROM,
        SCORED_NEIGHBORS,
        STORED_LIST_SIZE,
        SUPPORT_WEIGHT,
        SECTION_BONUS,
        TAG_BONUS,
        MAX_TAG_BONUS,
        ENTITY_BONUS,
        MAX_ENTITY_BONUS,
        LINK_WEIGHT,
        SUPPORT_SHARPNESS,
        PROXIMITY_BONUS,
        PROXIMITY_DAYS,
        HEADLINE_OVERLAP_WEIGHT
      ),
    db
      .prepare('DELETE FROM related_dirty WHERE seq IN (SELECT value FROM json_each(?1))')
      .bind(json),
  ]
}

/**
 * Recomputes the lists of up to `limit` queued stories (oldest first) in one transaction, and takes
 * them off the queue; returns how many were refreshed and how many stay queued. The computation
 * reads the database as it is when the transaction runs, so two writes racing each other cannot
 * leave a list older than the last write that queued it.
 *
 * @example
 * const { refreshed, pending } = await refreshQueuedLists(db, 50)
 */
export async function refreshQueuedLists(
  db: Db,
  limit: number
): Promise<{ refreshed: number; pending: number }> {
  const queued = await db
    .prepare(
      `SELECT seq, (SELECT count(*) FROM related_dirty) AS total FROM related_dirty
       ORDER BY queued_ms, seq LIMIT ?1`
    )
    .bind(limit)
    .all<{ seq: number; total: number }>()
  const seqs = queued.results.map((r) => r.seq)
  if (seqs.length === 0) return { refreshed: 0, pending: 0 }
  await db.batch(computeListsStatements(db, seqs))
  return { refreshed: seqs.length, pending: (queued.results[0]?.total ?? 0) - seqs.length }
}

/** Stories waiting for their list to be computed again. */
export async function countQueuedLists(db: Db): Promise<number> {
  const row = await db.prepare('SELECT count(*) AS n FROM related_dirty').first<{ n: number }>()
  return row?.n ?? 0
}

/** The columns every related answer shows of a story (stored lists and live candidates alike). */
export interface ShownRow {
  seq: number
  id: string
  slug: string
  headline: string
  published_at: string | null
  section_slug: string | null
  section_name: string | null
  simhash: string
  tags_json: string
  matched_json: string
  entities_json: string
}

interface StoredRow extends ShownRow {
  score: number
  pin: number | null
}

/** A row's story as a related answer shows it: section, tags, matched stems, shared entities. */
export function shownStory(r: ShownRow) {
  return {
    seq: r.seq,
    id: r.id,
    slug: r.slug,
    headline: r.headline,
    publishedAt: r.published_at,
    section: r.section_slug
      ? { slug: r.section_slug, name: r.section_name ?? r.section_slug }
      : null,
    tags: JSON.parse(r.tags_json) as { slug: string; name: string }[],
    simhash: r.simhash,
    matched: JSON.parse(r.matched_json) as string[],
    entities: (JSON.parse(r.entities_json) as [EntityType, string][]).map(([type, name]) => ({
      type,
      name,
    })),
  }
}

/**
 * The stored list of a published story, best first, joined to what each entry shows; stories that
 * stopped being published are left out, and the optional filters applied. `null` when the story
 * has no stored list (not published, or not computed yet). One query; no scoring.
 */
export function storedListStatement(
  db: Db,
  ref: string,
  filters: { since?: string; section?: string }
): D1PreparedStatement {
  const params: unknown[] = [ref]
  const where: string[] = []
  if (filters.since) {
    params.push(filters.since)
    where.push(`a.sort_at >= ?${params.length}`)
  }
  if (filters.section) {
    params.push(filters.section)
    where.push(`a.section_slug = ?${params.length}`)
  }
  return db
    .prepare(
      `WITH src AS (SELECT a.seq FROM articles a WHERE (a.id = ?1 OR a.slug = ?1) AND a.status = 'published' LIMIT 1),
       items AS (SELECT j.key AS rank, j.value AS item FROM related_lists l, json_each(l.items) j
         WHERE l.seq = (SELECT seq FROM src))
       SELECT a.seq, json_extract(i.item, '$[1]') AS score, json_extract(i.item, '$[2]') AS pin,
         json_extract(i.item, '$[3]') AS matched_json, json_extract(i.item, '$[4]') AS entities_json,
         a.id, a.slug, a.headline, a.published_at, a.section_slug, s.name AS section_name, d.simhash,
         (SELECT json_group_array(json_object('slug', t.slug, 'name', t.name)) FROM article_tags x
          JOIN tags t ON t.slug = x.tag_slug WHERE x.article_seq = a.seq) AS tags_json
       FROM items i CROSS JOIN articles a ON a.seq = json_extract(i.item, '$[0]')
         CROSS JOIN related_docs d ON d.seq = a.seq LEFT JOIN sections s ON s.slug = a.section_slug
       WHERE a.status = 'published' ${where.map((w) => `AND ${w}`).join(' ')}
       ORDER BY i.rank`
    )
    .bind(...params)
}

/** Rows of `storedListStatement` as candidates with their stored scores. */
export function toStoredCandidates(rows: readonly unknown[]): StoredCandidate[] {
  return (rows as StoredRow[]).map((r) => ({ ...shownStory(r), score: r.score, pin: r.pin }))
}
