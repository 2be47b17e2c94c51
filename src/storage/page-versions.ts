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
