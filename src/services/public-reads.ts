/**
 * @module What the public read surface (pages, feeds, widgets, embeds) reads: published stories,
 * terms and lists, the state a feed revalidates against, and sitemap rows. Plain functions of
 * `{db}`, never a Hono Context; which renders are kept is the view layer's call (edge-views.ts).
 */
import type { Article } from '../domain/article'
import {
  listArticles,
  type ArticleFilter,
  type ArticlePage,
  type ListCursor,
  type ListShape,
} from '../storage/article-list'
import { getArticle, getRevision } from '../storage/articles'
import {
  getScopeState,
  listSitemapRows,
  type FeedScope,
  type ScopeState,
  type SitemapRow,
} from '../storage/feeds'
import { getArticleVersion, type ArticleVersion } from '../storage/page-versions'
import { getPublishedTerm, listTerms, type TermKind } from '../storage/taxonomy'
import type { ServiceDeps } from './deps'

export { decodeCursor, encodeCursor, toMatchQuery } from '../storage/article-list'
export type { ArticleFilter, ArticleVersion, FeedScope, ListCursor, ScopeState }

/** Reads need only the database. */
type ReadDeps = Pick<ServiceDeps, 'db'>

/** The id, status and dates of the story at `slug` (one small read), or null. */
export function findArticleVersion(deps: ReadDeps, slug: string): Promise<ArticleVersion | null> {
  return getArticleVersion(deps.db, slug)
}

/** The whole stored story (any status: callers check what the reader may see), or null. */
export function loadArticle(
  deps: ReadDeps,
  id: string
): Promise<(Article & { seq: number }) | null> {
  return getArticle(deps.db, id)
}

/** One page of published stories, newest first (or by rank with `filter.match`). */
export function listPublished(
  deps: ReadDeps,
  filter: Omit<ArticleFilter, 'statuses'>,
  limit: number,
  cursor: ListCursor | null,
  shape: ListShape
): Promise<ArticlePage> {
  return listArticles(deps.db, { statuses: ['published'], ...filter }, limit, cursor, shape)
}

/** A section, tag or author that a published story has, or null (drafts-only terms included). */
export function findPublishedTerm(
  deps: ReadDeps,
  kind: TermKind,
  slug: string
): Promise<{ slug: string; name: string } | null> {
  return getPublishedTerm(deps.db, kind, slug)
}

/** The terms of a kind that a published story has, by name (a drafts-only term never leaks). */
export async function listPublishedTerms(
  deps: ReadDeps,
  kind: TermKind
): Promise<{ slug: string; name: string }[]> {
  const terms = await listTerms(deps.db, kind, ['published'])
  return terms.filter((t) => t.articleCount > 0)
}

/** The version, newest change and term name of a feed's scope: one small read. */
export function feedScopeState(deps: ReadDeps, scope: FeedScope): Promise<ScopeState> {
  return getScopeState(deps.db, scope)
}

/** Published stories for a sitemap, newest first; `since` (ISO) keeps the recent ones. */
export function listSitemapArticles(
  deps: ReadDeps,
  limit: number,
  since?: string
): Promise<SitemapRow[]> {
  return listSitemapRows(deps.db, limit, since)
}

/** The story as it was before its latest revision, or null for a first revision. */
export async function previousVersionOf(deps: ReadDeps, article: Article): Promise<Article | null> {
  if (article.revision <= 1) return null
  return (await getRevision(deps.db, article.id, article.revision - 1))?.article ?? null
}
