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
}

/**
 * The version of the article at a slug (by slug only, never by id: a page has one address), or null.
 *
 * @example
 * const version = await getArticleVersion(db, 'harbour-bridge-reopens') // { revision: 3, status: 'published', … }
 */
export async function getArticleVersion(db: Db, slug: string): Promise<ArticleVersion | null> {
  const row = await db
    .prepare('SELECT id, slug, status, revision, updated_at FROM articles WHERE slug = ?1')
    .bind(slug)
    .first<{ id: string; slug: string; status: Status; revision: number; updated_at: string }>()
  return row ? { id: row.id, slug: row.slug, status: row.status, revision: row.revision, updatedAt: row.updated_at } : null
}
