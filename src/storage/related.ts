/**
 * @module Related-story reads: a story's stored vector with its term statistics and curation,
 * candidates from the inverted index, and editors' pins and exclusions. A lookup is two or three
 * queries whatever the size of the archive; the query-term budget bounds the postings each one
 * reads.
 */
import type { Status } from '../domain/article'
import {
  SUPPORT_SHARPNESS,
  type EntityType,
  type RelatedCandidate,
  type StoredCandidate,
} from '../domain/related'
import type { Db } from './db'
import { shownStory, storedListStatement, toStoredCandidates, type ShownRow } from './related-lists'

/** A stored story as the related lookup needs it. */
export interface RelatedSourceRow {
  seq: number
  id: string
  slug: string
  headline: string
  status: Status
  /** When it was published (`null` while it is not): for the proximity bonus. */
  publishedAt: string | null
  section: string | null
  tags: string[]
  /** False when the story has no words to match on (a live query could find nothing either). */
  hasTerms: boolean
  labels: Record<string, string>
  simhash: string | null
  /**
   * The stored query (stem → weight, as of the story's last write) and its score against itself.
   */
  query: Record<string, number>
  self: number
  /** The distinct stems of its headline, as stored (for `headlineOverlap`). */
  headlineStems: string[]
  pinned: number[]
  excluded: number[]
  /** True when a precomputed list is stored for it (migration 0010). */
  hasList: boolean
}

interface SourceRow {
  seq: number
  id: string
  slug: string
  headline: string
  status: Status
  published_at: string | null
  section_slug: string | null
  tags_json: string
  has_terms: number | null
  labels: string | null
  simhash: string | null
  query: string | null
  self: number | null
  headline_stems: string | null
  curation_json: string
  has_list: number | null
}

/** The source row without its term vector (only a live query needs it: `getStoredTermStats`). */
const SOURCE_SQL = `SELECT a.seq, a.id, a.slug, a.headline, a.status, a.published_at, a.section_slug,
         (SELECT json_group_array(tag_slug) FROM article_tags WHERE article_seq = a.seq) AS tags_json,
         d.terms != '{}' AS has_terms, d.labels, d.simhash, d.query, d.self, d.headline_stems,
         (SELECT json_group_array(json_array(c.kind, c.target_seq)) FROM
           (SELECT kind, target_seq FROM related_curation WHERE article_seq = a.seq ORDER BY position) c) AS curation_json,
         EXISTS (SELECT 1 FROM related_lists l WHERE l.seq = a.seq) AS has_list
       FROM articles a LEFT JOIN related_docs d ON d.seq = a.seq
       WHERE a.id = ?1 OR a.slug = ?1 LIMIT 1`

/**
 * A story by id or slug with its stored query and curation, in one query (editors' curation needs
 * no more). `getSourceWithStoredList` is the fast path for lookups.
 *
 * @example
 * const source = await getRelatedSource(db, 'harbour-bridge-reopens')
 */
export async function getRelatedSource(db: Db, ref: string): Promise<RelatedSourceRow | null> {
  const row = await db.prepare(SOURCE_SQL).bind(ref).first<SourceRow>()
  return row ? toSource(row) : null
}

function toSource(row: SourceRow): RelatedSourceRow {
  const curation = JSON.parse(row.curation_json) as ['pin' | 'exclude', number][]
  return {
    seq: row.seq,
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    status: row.status,
    publishedAt: row.published_at,
    section: row.section_slug,
    tags: JSON.parse(row.tags_json) as string[],
    hasTerms: row.has_terms !== 0,
    labels: row.labels ? (JSON.parse(row.labels) as Record<string, string>) : {},
    simhash: row.simhash,
    query: row.query ? (JSON.parse(row.query) as Record<string, number>) : {},
    self: row.self ?? 0,
    headlineStems: row.headline_stems ? (JSON.parse(row.headline_stems) as string[]) : [],
    pinned: curation.filter(([kind]) => kind === 'pin').map(([, seq]) => seq),
    excluded: curation.filter(([kind]) => kind === 'exclude').map(([, seq]) => seq),
    hasList: row.has_list === 1,
  }
}

/**
 * A stored story's term vector with the current document frequencies of its stems and the number of
 * stories in the index: what a live query needs, in one query.
 */
export async function getStoredTermStats(
  db: Db,
  seq: number
): Promise<{ terms: Record<string, number>; df: Record<string, number>; docs: number }> {
  const row = await db
    .prepare(
      `SELECT d.terms, (SELECT json_group_object(rt.term, rt.df) FROM json_each(d.terms) t JOIN related_terms rt ON rt.term = t.key) AS df_json,
         (SELECT value FROM related_stats WHERE key = 'docs') AS docs
       FROM related_docs d WHERE d.seq = ?1`
    )
    .bind(seq)
    .first<{ terms: string; df_json: string | null; docs: number | null }>()
  if (!row) return { terms: {}, df: {}, docs: 0 }
  return {
    terms: JSON.parse(row.terms) as Record<string, number>,
    df: row.df_json ? (JSON.parse(row.df_json) as Record<string, number>) : {},
    docs: row.docs ?? 0,
  }
}

/** Document frequencies of the given stems and the number of stories in the index. */
export async function getTermStats(
  db: Db,
  terms: readonly string[]
): Promise<{ df: Record<string, number>; docs: number }> {
  const row = await db
    .prepare(
      `SELECT (SELECT json_group_object(term, df) FROM related_terms WHERE term IN (SELECT value FROM json_each(?1))) AS df_json,
         (SELECT value FROM related_stats WHERE key = 'docs') AS docs`
    )
    .bind(JSON.stringify(terms))
    .first<{ df_json: string | null; docs: number | null }>()
  return {
    df: row?.df_json ? (JSON.parse(row.df_json) as Record<string, number>) : {},
    docs: row?.docs ?? 0,
  }
}

/** What to look for and what to leave out. */
export interface CandidateQuery {
  /** stem → query weight. */
  weights: Record<string, number>
  /** Stories never to return (the source, editors' exclusions). */
  excluded: readonly number[]
  /** Stories to return whatever their score (editors' pins). */
  pinned: readonly number[]
  /**
   * How many scored candidates to fetch (the ranking then collapses duplicates and applies
   * bonuses).
   */
  limit: number
  since?: string
  section?: string
  /**
   * Whose entities to compare: a stored story's, or `[type, folded name]` pairs found in posted
   * text.
   */
  entitiesOf?: number
  entityKeys?: [string, string][]
}

interface CandidateRow extends ShownRow {
  headline_stems: string
  score: number | null
  support: number | null
  linked: number | null
}

/** Query stems checked to explain an answer (the strongest ones: an explanation lists a few). */
const EXPLAINED_TERMS = 12

/**
 * The answer columns for a `picked(seq, score, support, linked)` CTE, with tags, the query stems and the
 * entities each story shares. CROSS JOIN keeps the few picked rows on the outside (else SQLite may
 * walk every published article).
 */
const PICKED_SELECT = `SELECT k.seq, k.score, k.support, k.linked, a.id, a.slug, a.headline, a.published_at, a.section_slug, s.name AS section_name, d.simhash, d.headline_stems,
    (SELECT json_group_array(json_object('slug', t.slug, 'name', t.name)) FROM article_tags x JOIN tags t ON t.slug = x.tag_slug
     WHERE x.article_seq = a.seq) AS tags_json,
    (SELECT json_group_array(qx.term) FROM qx CROSS JOIN related_postings m ON m.term = qx.term AND m.seq = k.seq) AS matched_json,
    (SELECT json_group_array(json_array(e.type, e.name)) FROM ents x
     JOIN article_entities y ON y.entity_id = x.id AND y.article_seq = k.seq JOIN entities e ON e.id = x.id) AS entities_json
  FROM picked k CROSS JOIN articles a ON a.seq = k.seq CROSS JOIN related_docs d ON d.seq = k.seq
    LEFT JOIN sections s ON s.slug = a.section_slug
  WHERE a.status = 'published'`

function toCandidates(rows: CandidateRow[], pinned: readonly number[]): RelatedCandidate[] {
  const pins = new Set(pinned)
  return rows.map((r) => ({
    ...shownStory(r),
    score: r.score ?? 0,
    support: r.support ?? 0,
    linked: r.linked ?? 0,
    headlineStems: JSON.parse(r.headline_stems) as string[],
    pinned: r.score === null && pins.has(r.seq),
  }))
}

function filterSql(
  query: { since?: string; section?: string },
  params: unknown[],
  alias: string
): string {
  const filters: string[] = []
  if (query.since) {
    params.push(query.since)
    filters.push(`${alias}.sort_at >= ?${params.length}`)
  }
  if (query.section) {
    params.push(query.section)
    filters.push(`${alias}.section_slug = ?${params.length}`)
  }
  return filters.join(' AND ')
}

/**
 * The best-scoring published stories for a weighted set of stems, plus the pinned ones: a live dot
 * product over the inverted index (query weight × stored weight, summed over shared stems). Filters
 * join the articles table only when given.
 */
export async function findCandidates(db: Db, query: CandidateQuery): Promise<RelatedCandidate[]> {
  const params: unknown[] = [
    JSON.stringify(query.weights),
    JSON.stringify(query.excluded),
    JSON.stringify(query.pinned),
    query.limit,
    query.entitiesOf ?? -1,
    JSON.stringify(query.entityKeys ?? []),
  ]
  const filters = filterSql(query, params, 'f')
  const rows = await db
    .prepare(
      `WITH q(term, w) AS (SELECT key, value FROM json_each(?1)),
       qx(term) AS MATERIALIZED (SELECT term FROM q ORDER BY w DESC LIMIT ${EXPLAINED_TERMS}),
       ents(id) AS (
         SELECT entity_id FROM article_entities WHERE article_seq = ?5
         UNION SELECT e.id FROM json_each(?6) k JOIN entities e ON e.type = json_extract(k.value, '$[0]') AND e.key = json_extract(k.value, '$[1]')),
       hits AS (
         SELECT p.seq, sum(q.w * p.weight) AS score FROM q CROSS JOIN related_postings p ON p.term = q.term
         ${filters ? `JOIN articles f ON f.seq = p.seq AND ${filters}` : ''}
         WHERE p.seq NOT IN (SELECT value FROM json_each(?2))
         GROUP BY p.seq ORDER BY score DESC LIMIT ?4),
       picked(seq, score, support, linked) AS (
         SELECT seq, score, 0, 0 FROM hits
         UNION ALL SELECT value, NULL, 0, 0 FROM json_each(?3) WHERE value NOT IN (SELECT value FROM json_each(?2)))
       ${PICKED_SELECT}`
    )
    .bind(...params)
    .all<CandidateRow>()
  return toCandidates(rows.results, query.pinned)
}

/**
 * The on-read ranking that precomputed lists (storage/related-lists.ts) replaced, kept as their
 * reference: tests compare a stored list with it.
 *
 * A story and, when it is published, its stored nearest neighbours (scores already 0..1) without
 * the editors' exclusions, filtered, plus its pins: one round trip of two short index reads,
 * whatever the size of the archive. Each neighbour also gets its support: its mean score in the
 * stored lists of the source's `supportFrom` best matches ("stories that the best matches also
 * match"), each list weighted by its story's score against the source to the power
 * SUPPORT_SHARPNESS, read by primary key from those lists, and the share of those lists that hold
 * it (`linked`).
 *
 * @example
 * const { source, neighbors } = await getSourceWithNeighbors(db, 'harbour-bridge-reopens', { limit: 40 })
 */
export async function getSourceWithNeighbors(
  db: Db,
  ref: string,
  query: { limit: number; supportFrom: number; since?: string; section?: string }
): Promise<{ source: RelatedSourceRow | null; neighbors: RelatedCandidate[] }> {
  const params: unknown[] = [ref, query.limit, query.supportFrom, SUPPORT_SHARPNESS]
  const filters = filterSql(query, params, 'f')
  const [sourceRows, neighborRows] = await db.batch([
    db.prepare(SOURCE_SQL).bind(ref),
    db
      .prepare(
        `WITH src AS (
           SELECT a.seq, d.query FROM articles a JOIN related_docs d ON d.seq = a.seq
           WHERE (a.id = ?1 OR a.slug = ?1) AND a.status = 'published' LIMIT 1),
         cur AS (SELECT target_seq, kind FROM related_curation WHERE article_seq = (SELECT seq FROM src)),
         ents(id) AS (SELECT entity_id FROM article_entities WHERE article_seq = (SELECT seq FROM src)),
         qx(term) AS MATERIALIZED (SELECT t.key FROM src, json_each(src.query) t ORDER BY t.value DESC LIMIT ${EXPLAINED_TERMS}),
         best(seq, w) AS MATERIALIZED (
           SELECT other, pow(score, ?4) FROM related_neighbors WHERE seq = (SELECT seq FROM src)
           ORDER BY score DESC LIMIT ?3),
         hits AS MATERIALIZED (
           SELECT n.other AS seq, n.score FROM related_neighbors n
           JOIN articles f ON f.seq = n.other AND f.status = 'published' ${filters ? `AND ${filters}` : ''}
           WHERE n.seq = (SELECT seq FROM src) AND n.other NOT IN (SELECT target_seq FROM cur WHERE kind = 'exclude')
           ORDER BY n.score DESC LIMIT ?2),
         support(seq, support, linked) AS (
           SELECT h.seq, sum(n.score * b.w) / (SELECT nullif(sum(w), 0) FROM best),
             count(*) * 1.0 / (SELECT count(*) FROM best)
             FROM hits h CROSS JOIN best b
             CROSS JOIN related_neighbors n ON n.seq = b.seq AND n.other = h.seq GROUP BY h.seq),
         picked(seq, score, support, linked) AS (
           SELECT h.seq, h.score, s.support, s.linked FROM hits h LEFT JOIN support s ON s.seq = h.seq
           UNION ALL SELECT target_seq, NULL, 0, 0 FROM cur WHERE kind = 'pin')
         ${PICKED_SELECT}`
      )
      .bind(...params),
  ])
  const row = (sourceRows?.results[0] as SourceRow | undefined) ?? null
  const source = row ? toSource(row) : null
  return {
    source,
    neighbors: source
      ? toCandidates((neighborRows?.results ?? []) as CandidateRow[], source.pinned)
      : [],
  }
}

/**
 * A story and its precomputed list (filtered; stories no longer published left out) in one round
 * trip, with no scoring: what a lookup of a stored story reads.
 *
 * @example
 * const { source, list } = await getSourceWithStoredList(db, 'harbour-bridge-reopens', {})
 */
export async function getSourceWithStoredList(
  db: Db,
  ref: string,
  filters: { since?: string; section?: string }
): Promise<{ source: RelatedSourceRow | null; list: StoredCandidate[] }> {
  const [sourceRows, listRows] = await db.batch([
    db.prepare(SOURCE_SQL).bind(ref),
    storedListStatement(db, ref, filters),
  ])
  const row = (sourceRows?.results[0] as SourceRow | undefined) ?? null
  const source = row ? toSource(row) : null
  return { source, list: source ? toStoredCandidates(listRows?.results ?? []) : [] }
}

/**
 * Integer keys of the stories with these ids or slugs; unknown references, and stories whose status
 * is not in `statuses` (when given: the ones the caller may see), are left out.
 */
export async function resolveRefs(
  db: Db,
  refs: readonly string[],
  statuses?: readonly string[]
): Promise<Map<string, number>> {
  if (refs.length === 0) return new Map()
  const rows = await db
    .prepare(
      `SELECT ref, seq FROM (
         SELECT r.value AS ref, a.seq, a.status
         FROM json_each(?1) r JOIN articles a ON a.id = r.value
         UNION SELECT r.value, a.seq, a.status
         FROM json_each(?1) r JOIN articles a ON a.slug = r.value
       ) WHERE ?2 IS NULL OR status IN (SELECT value FROM json_each(?2))`
    )
    .bind(JSON.stringify(refs), statuses ? JSON.stringify(statuses) : null)
    .all<{ ref: string; seq: number }>()
  return new Map(rows.results.map((r) => [r.ref, r.seq]))
}

/**
 * Replaces an article's pins and exclusions, and moves the site generation so cached lists change.
 */
export async function replaceCuration(
  db: Db,
  articleSeq: number,
  pinned: readonly number[],
  excluded: readonly number[]
): Promise<void> {
  const rows = [
    ...pinned.map((seq, i) => ({ seq, kind: 'pin', i })),
    ...excluded.map((seq, i) => ({ seq, kind: 'exclude', i })),
  ]
  await db.batch([
    db.prepare('DELETE FROM related_curation WHERE article_seq = ?1').bind(articleSeq),
    db
      .prepare(
        `INSERT INTO related_curation (article_seq, target_seq, kind, position)
         SELECT ?1, json_extract(value, '$.seq'), json_extract(value, '$.kind'), json_extract(value, '$.i') FROM json_each(?2)`
      )
      .bind(articleSeq, JSON.stringify(rows)),
    db.prepare(`UPDATE site_state SET value = value + 1 WHERE key = 'generation'`),
  ])
}

/** Public ids of stories by integer key, in the order given (for echoing curation back). */
export async function idsForSeqs(db: Db, seqs: readonly number[]): Promise<string[]> {
  if (seqs.length === 0) return []
  const rows = await db
    .prepare(`SELECT a.id FROM json_each(?1) s JOIN articles a ON a.seq = s.value ORDER BY s.key`)
    .bind(JSON.stringify(seqs))
    .all<{ id: string }>()
  return rows.results.map((r) => r.id)
}
