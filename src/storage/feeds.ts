/**
 * @module The cheap queries feeds run before rendering anything: the version of a feed's scope (for
 * ETag, Last-Modified and the KV key), and the light rows sitemaps list.
 */
import type { Db } from './db'

/** What a feed covers. `search` carries an FTS5 query already made safe by `toMatchQuery`. */
export type FeedScope =
  | { kind: 'latest' }
  | { kind: 'section' | 'tag' | 'author'; slug: string }
  | { kind: 'search'; match: string }

export interface ScopeState {
  /** Changes whenever anything the feed shows changes, including an article leaving the scope. */
  version: string
  /** Newest change in scope (ISO), or null when nothing was ever written. */
  lastModified: string | null
  /**
   * True when `lastModified` moves forward on every change in scope, so `If-Modified-Since` alone
   * may be trusted. Term scopes cannot promise it: an article re-tagged out of a scope leaves no
   * newer date.
   */
  exactDate: boolean
  /** Display name of the section, tag or author; null when no published story has the term. */
  termName: string | null
}

const MEMBERS = {
  section: 'SELECT seq FROM articles WHERE section_slug = ?1',
  tag: 'SELECT article_seq FROM article_tags WHERE tag_slug = ?1',
  author: 'SELECT article_seq FROM article_authors WHERE author_slug = ?1',
} as const
const TERM_TABLE = { section: 'sections', tag: 'tags', author: 'authors' } as const

interface TermStateRow {
  name: string | null
  published: number | null
  seq_sum: number | null
  revision_sum: number | null
  newest: string | null
}

/**
 * The site-wide public state: the public generation (it moves only when published content changes)
 * and the time of that change, so a hidden draft's edits move neither the ETag nor Last-Modified.
 */
export async function getSiteState(db: Db): Promise<ScopeState> {
  const row = await db
    .prepare(
      `SELECT (SELECT value FROM site_state WHERE key = 'published_generation') AS generation,
         (SELECT value FROM site_state WHERE key = 'published_modified_ms') AS modified`
    )
    .first<{ generation: number | null; modified: number | null }>()
  const lastModified = row?.modified ? new Date(row.modified).toISOString() : null
  return { version: `p${row?.generation ?? 0}`, lastModified, exactDate: true, termName: null }
}

/**
 * The public state of a feed's scope, in one query, from published members only: a term used only
 * by drafts or scheduled stories has no name here (a 404, like an unknown term), and editing a
 * hidden draft moves neither version nor date. Term scopes (section, tag, author) get a version of
 * their own, so a change elsewhere keeps their 304s and cached renders: the count and the sum of
 * `seq` of the published members change when an article enters or leaves the scope (unpublish,
 * archive, re-tag), and the sum of their revisions on any edit of one of them. The latest and
 * search feeds use the public generation.
 *
 * @example
 * const state = await getScopeState(db, { kind: 'tag', slug: 'climate' })
 * if (state.termName === null) throw new ApiError('not_found', 'No tag "climate".')
 */
export async function getScopeState(db: Db, scope: FeedScope): Promise<ScopeState> {
  if (scope.kind === 'latest' || scope.kind === 'search') return getSiteState(db)
  const row = await db
    .prepare(
      `SELECT CASE WHEN COUNT(*) > 0 THEN (SELECT name FROM ${TERM_TABLE[scope.kind]} WHERE slug = ?1) END AS name,
         COUNT(*) AS published, SUM(seq) AS seq_sum, SUM(revision) AS revision_sum, MAX(updated_at) AS newest
       FROM articles WHERE seq IN (${MEMBERS[scope.kind]}) AND status = 'published'`
    )
    .bind(scope.slug)
    .first<TermStateRow>()
  return {
    version: `n${row?.published ?? 0}.s${row?.seq_sum ?? 0}.r${row?.revision_sum ?? 0}`,
    lastModified: row?.newest ?? null,
    exactDate: false,
    termName: row?.name ?? null,
  }
}

export interface SitemapRow {
  slug: string
  headline: string
  language: string
  publishedAt: string
  updatedAt: string
}

/**
 * Published articles for sitemaps, newest first: only the columns a sitemap needs (no bodies).
 * `since` (ISO) keeps articles published at or after it.
 */
export async function listSitemapRows(
  db: Db,
  limit: number,
  since?: string
): Promise<SitemapRow[]> {
  const rows = await db
    .prepare(
      `SELECT slug, headline, language, COALESCE(published_at, sort_at) AS published_at, updated_at FROM articles
       WHERE status = 'published' AND sort_at >= ?2 ORDER BY sort_at DESC, seq DESC LIMIT ?1`
    )
    .bind(limit, since ?? '')
    .all<{
      slug: string
      headline: string
      language: string
      published_at: string
      updated_at: string
    }>()
  return rows.results.map((r) => ({
    slug: r.slug,
    headline: r.headline,
    language: r.language,
    publishedAt: r.published_at,
    updatedAt: r.updated_at,
  }))
}
