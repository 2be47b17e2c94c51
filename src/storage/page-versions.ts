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
  /** The site generation at the time of the read: the related-stories block depends on other articles. */
  generation: number
}

/**
 * The version of the article at a slug (by slug only, never by id: a page has one address), or null.
 *
 * @example
 * const version = await getArticleVersion(db, 'harbour-bridge-reopens') // { revision: 3, status: 'published', … }
 */
export async function getArticleVersion(db: Db, slug: string): Promise<ArticleVersion | null> {
  const row = await db
    .prepare(
      `SELECT id, slug, status, revision, updated_at, (SELECT value FROM site_state WHERE key = 'generation') AS generation
       FROM articles WHERE slug = ?1`
    )
    .bind(slug)
    .first<{ id: string; slug: string; status: Status; revision: number; updated_at: string; generation: number }>()
  return row
    ? { id: row.id, slug: row.slug, status: row.status, revision: row.revision, updatedAt: row.updated_at, generation: row.generation }
    : null
}

const pending = new Map<string, Promise<unknown>>()

/**
 * Runs a read once for all callers that ask for the same `key` while it is in flight (a hot page under
 * load asks the same question many times a millisecond). A caller that joins gets an answer from a
 * read that started at most one D1 round trip earlier: the same freshness a read replica gives.
 * Nothing is kept once the read settles.
 *
 * @example
 * const version = await sharedRead(`article:${slug}`, () => getArticleVersion(db, slug))
 */
export function sharedRead<T>(key: string, read: () => Promise<T>, onJoin?: () => void): Promise<T> {
  const running = pending.get(key)
  if (running) {
    onJoin?.()
    return running as Promise<T>
  }
  const promise = read().finally(() => pending.delete(key))
  pending.set(key, promise)
  return promise
}
