/**
 * @module What the public pages render on an edge-view miss: one representation of an article
 * (HTML, JSON or JSON-LD) and the index pages, each with what it depends on. Plain deps, no Hono.
 */
import type { Article } from '../domain/article'
import { ApiError } from '../domain/errors'
import { publicView } from '../domain/public-article'
import { hasScope, type Principal } from '../domain/scopes'
import { articleJsonLd } from '../render/jsonld'
import { renderArticlePage, type RelatedLink } from '../render/pages/article-page'
import { renderIndexPage } from '../render/pages/index-page'
import type { FeedScope } from '../render/pages/layout'
import type { Db } from '../storage/db'
import type { Site } from './deps'
import type { RenderedView } from './edge-views'
import {
  encodeCursor,
  findArticleVersion,
  findPublishedTerm,
  listPublished,
  loadArticle,
  type ListCursor,
} from './public-reads'
import { findRelatedStories, relatedDeps } from './related'
import { cardDep, linkDep, relatedListDep, SHORT_HEAD, storyDep } from './view-deps'

/** Stories in an article page's related block. */
const RELATED_LINKS = SHORT_HEAD
/** Stories per index page. */
export const INDEX_PAGE_SIZE = 20
/** The representations of an article page, in order of preference. */
export const ARTICLE_TYPES = ['text/html', 'application/json', 'application/ld+json'] as const
export type ArticleType = (typeof ARTICLE_TYPES)[number]

/** Times a step (the routes pass their `Server-Timing` collector). */
export interface StepTimer {
  time<T>(name: string, step: () => Promise<T>): Promise<T>
}

/** What a page render needs: plain bindings, the caller and site, and where timings go. */
export interface PageViewDeps {
  db: Db
  principal: Principal
  site: Site
  timing: StepTimer
  /** Told the related lookup's own `Server-Timing` value when it succeeds. */
  onRelatedTiming: (timing: string) => void
}

/** The 404 of a page address; the slug is cut, never echoed whole. */
export function pageNotFound(slug: string): ApiError {
  return new ApiError('not_found', `No page at "${slug.slice(0, 120)}".`)
}

/**
 * Throws the answer to an article page asked for in no type it offers: a 404 for a page the caller
 * may not see (unknown pages stay 404 whatever is asked for), else a 406 naming the types.
 */
export async function refuseArticleType(
  deps: Pick<PageViewDeps, 'db' | 'principal'>,
  slug: string
): Promise<never> {
  const version = await findArticleVersion({ db: deps.db }, slug)
  if (
    !version ||
    (version.status !== 'published' && !hasScope(deps.principal, 'articles:read-drafts'))
  )
    throw pageNotFound(slug)
  throw new ApiError('not_acceptable', `Articles are available as ${ARTICLE_TYPES.join(', ')}.`)
}

/**
 * Up to five related stories for the page, with what the block depends on; a failing lookup leaves
 * the block out rather than the page (and the page waits for the story's list to change).
 */
async function relatedLinks(
  deps: PageViewDeps,
  id: string
): Promise<{ related: (RelatedLink & { id: string })[]; on: string[] | null }> {
  try {
    const { timing, ...found } = await findRelatedStories(deps, id, { limit: RELATED_LINKS })
    deps.onRelatedTiming(timing)
    // A live block (the story's list is still short) follows the list as it grows (r:), not every
    // published write: the page's block has always traded that for its hit ratio.
    const on =
      found.meta.method === 'live'
        ? [relatedListDep(found.seq), ...found.related.map((r) => linkDep(r.id))]
        : relatedDeps(found, 'link')
    return { related: found.related, on }
  } catch (err) {
    console.error(
      JSON.stringify({ level: 'warn', message: 'related block left out', id, error: String(err) })
    )
    return { related: [], on: null }
  }
}

/**
 * Renders one representation of the article at `slug` from D1, with what it depends on: its own
 * content, and for HTML its related list and the stories in it. Hidden stories are a 404 (never
 * cached).
 */
export async function renderArticleView(
  deps: PageViewDeps,
  slug: string,
  type: ArticleType
): Promise<RenderedView> {
  const { timing, site } = deps
  const version = await timing.time('db', () => findArticleVersion({ db: deps.db }, slug))
  const preview = version !== null && version.status !== 'published'
  if (!version || (preview && !hasScope(deps.principal, 'articles:read-drafts')))
    throw pageNotFound(slug)
  const load = () =>
    timing.time('db-article', async (): Promise<Article & { seq?: number }> => {
      const article = await loadArticle({ db: deps.db }, version.id)
      if (!article) throw pageNotFound(slug)
      return article
    })
  if (type !== 'text/html') {
    const { seq: _seq, ...article } = await load()
    const body =
      type === 'application/json'
        ? JSON.stringify({ article: publicView(article, site.origin) })
        : JSON.stringify(articleJsonLd(article, site))
    const contentType =
      type === 'application/json' ? 'application/json' : 'application/ld+json; charset=utf-8'
    return { body, type: contentType, lastModified: version.updatedAt, deps: [`s:${version.id}`] }
  }
  const [{ seq, ...article }, block] = await Promise.all([
    load(),
    timing.time('db-related', () => relatedLinks(deps, version.id)),
  ])
  const body = await timing.time('render', () =>
    renderArticlePage(article, site, { preview, related: block.related })
  )
  const on = [storyDep(version.id), ...(block.on ?? [relatedListDep(seq ?? 0)])]
  return { body, type: 'text/html; charset=UTF-8', lastModified: version.updatedAt, deps: on }
}

/** What an index page lists: the front page, or one section, tag or author. */
export type IndexKind = FeedScope['kind'] | null

/** Renders an index page (one page of its list, from `cursor`) with what it depends on. */
export async function renderIndexView(
  deps: Pick<PageViewDeps, 'db' | 'site' | 'timing'>,
  kind: IndexKind,
  slug: string,
  cursor: ListCursor | null
): Promise<RenderedView> {
  const { timing, site } = deps
  const term = kind
    ? await timing.time('db', () => findPublishedTerm({ db: deps.db }, kind, slug))
    : null
  if (kind && !term) throw pageNotFound(slug)
  const scope: FeedScope | null = kind && term ? { kind, slug: term.slug, name: term.name } : null
  const renderedAt = new Date().toISOString()
  const filter = {
    section: kind === 'sections' ? slug : undefined,
    tag: kind === 'tags' ? slug : undefined,
    author: kind === 'authors' ? slug : undefined,
  }
  const list = await timing.time('db-list', () =>
    listPublished({ db: deps.db }, filter, INDEX_PAGE_SIZE, cursor, 'summary')
  )
  if (scope && list.articles.length === 0) throw pageNotFound(slug)
  const nextHref = list.next
    ? `${kind ? `/${kind}/${encodeURIComponent(slug)}` : '/'}?cursor=${encodeCursor(list.next)}`
    : null
  const body = await timing.time('render', () =>
    renderIndexPage({ scope, articles: list.articles, nextHref, continued: cursor !== null }, site)
  )
  // The page changes when a story joins this list (l:…) or the card of one it shows changes (c:…).
  const on = [kind ? `l:${kind}:${slug}` : 'l:latest', ...list.articles.map((a) => cardDep(a.id))]
  return { body, type: 'text/html; charset=UTF-8', lastModified: renderedAt, deps: on }
}
