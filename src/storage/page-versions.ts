/**
 * @module The small reads that decide which cached page is current: an article's revision by slug,
 * and the site generation. They run on every page request, so they read as little as possible.
 */
import type { Status } from '../domain/article'
import type { Db } from './db'

/** What a page needs to know about an article before deciding to read the whole of it. */
export interface ArticleVersion {
  id: string
  slug: string
  status: Status
  revision: number
  updatedAt: string
  /**
   * The public generation at the time of the read (see `getPublicGeneration`): the related-stories
   * block depends on other articles.
   */
  generation: number
}

/**
 * The version of the article at a slug (by slug only, never by id: a page has one address), or
 * null.
 *
 * @example
 * const version = await getArticleVersion(db, 'harbour-bridge-reopens') // { revision: 3, status: 'published', … }
 */
export async function getArticleVersion(db: Db, slug: string): Promise<ArticleVersion | null> {
  const row = await db
    .prepare(
      `SELECT id, slug, status, revision, updated_at, (SELECT value FROM site_state WHERE key = 'published_generation') AS generation
       FROM articles WHERE slug = ?1`
    )
    .bind(slug)
    .first<{
      id: string
      slug: string
      status: Status
      revision: number
      updated_at: string
      generation: number
    }>()
  return row
    ? {
        id: row.id,
        slug: row.slug,
        status: row.status,
        revision: row.revision,
        updatedAt: row.updated_at,
        generation: row.generation,
      }
    : null
}

/**
 * The public generation: it moves only when published content changes (a story published, edited
 * while published, unpublished or archived; related curation), never for drafts, so every public
 * validator and cache key built on it reveals nothing about unpublished work. Kept by triggers
 * (migration 0005).
 *
 * @example
 * const key = cacheKey('index', ['front', '-', `g${await getPublicGeneration(db)}`])
 */
export async function getPublicGeneration(db: Db): Promise<number> {
  const row = await db
    .prepare(`SELECT value FROM site_state WHERE key = 'published_generation'`)
    .first<{ value: number }>()
  return row?.value ?? 0
}
