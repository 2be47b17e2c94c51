/**
 * @module Public pages: `/articles/{slug}` (HTML, or the article JSON / JSON-LD by `Accept`) and
 * the index pages `/`, `/sections/{s}`, `/tags/{t}`, `/authors/{a}`. Anonymous reads are edge views
 * (KV keyed by address, no D1 on a hit, dropped by the writes that change them); HTTP caches get
 * strong ETags (a hash of the bytes), Last-Modified and 304s.
 */
import { Hono, type Context } from 'hono'
import type { Article } from '../../domain/article'
import { ApiError } from '../../domain/errors'
import { hasScope } from '../../domain/scopes'
import type { AppEnv } from '../../env'
import { articleJsonLd, type SiteInfo } from '../../render/jsonld'
import { renderArticlePage, type RelatedLink } from '../../render/pages/article-page'
import { renderIndexPage } from '../../render/pages/index-page'
import type { FeedScope } from '../../render/pages/layout'
import { renderErrorPage } from '../../render/pages/not-found-page'
import {
  RENDER_VERSION,
  cacheKey,
  fnv1a,
  serveView,
  type RenderedView,
} from '../../services/edge-views'
import {
  decodeCursor,
  encodeCursor,
  findArticleVersion,
  findPublishedTerm,
  listPublished,
  loadArticle,
  type ListCursor,
} from '../../services/public-reads'
import { defineRoute } from '../contract/define-route'
import { CACHE_POLICY } from '../http/cache-control'
import { ServerTiming, isNotModified, isPageSlug, negotiate, viewDeps } from './http'
import { publicView } from '../articles/articles'
import { findRelatedStories } from '../related/related'
import { siteOf } from '../http/deps'
import { ARTICLE_PAGE, FRONT_PAGE, TERM_PAGES } from './spec'

export const pages = new Hono<AppEnv>()

/** Stories per index page. */
export const INDEX_PAGE_SIZE = 20
const ARTICLE_TYPES = ['text/html', 'application/json', 'application/ld+json'] as const
type ArticleType = (typeof ARTICLE_TYPES)[number]

/** Folds everything besides content that changes the bytes of a page into ETags and keys. */
function siteTag(site: SiteInfo): string {
  return fnv1a(`${RENDER_VERSION}|${site.origin}|${site.name}`)
}

/** True when the caller prefers an HTML error page to a problem document. */
function wantsHtml(c: Context<AppEnv>): boolean {
  return (
    negotiate(c.req.header('accept'), [
      'text/html',
      'application/json',
      'application/problem+json',
    ]) === 'text/html'
  )
}

/** Answers a page error as HTML for browsers; API clients get the problem document via onError. */
async function pageError(c: Context<AppEnv>, err: unknown): Promise<Response> {
  if (!(err instanceof ApiError) || !wantsHtml(c)) throw err
  const status = err.status
  if (status !== 400 && status !== 404 && status !== 406) throw err
  const html = await renderErrorPage({ status, detail: err.message }, siteOf(c))
  return c.html(html, status, { 'cache-control': CACHE_POLICY.noStore, 'x-cache': 'BYPASS' })
}

function notFound(slug: string): ApiError {
  return new ApiError('not_found', `No page at "${slug.slice(0, 120)}".`)
}

/** Common headers of a page response, 200 or 304. */
function setPageHeaders(
  c: Context<AppEnv>,
  h: { etag: string; lastModified: string; keyed: boolean; vary: string; timing: ServerTiming }
) {
  c.header('etag', h.etag)
  c.header('last-modified', new Date(h.lastModified).toUTCString())
  c.header('cache-control', h.keyed ? CACHE_POLICY.private : CACHE_POLICY.page)
  c.header('vary', h.vary)
  c.header('server-timing', h.timing.toString())
}

/**
 * Up to five related stories for the page; a failing lookup leaves the block out rather than the
 * page.
 */
async function relatedLinks(
  c: Context<AppEnv>,
  id: string
): Promise<(RelatedLink & { id: string })[]> {
  try {
    const { related } = await findRelatedStories(c, id, { limit: 5 })
    return related
  } catch (err) {
    console.error(
      JSON.stringify({ level: 'warn', message: 'related block left out', id, error: String(err) })
    )
    return []
  }
}

const VARIANT: Record<ArticleType, string> = {
  'text/html': 'html',
  'application/json': 'json',
  'application/ld+json': 'ld',
}

/**
 * Renders one representation of the article at `slug` from D1, with what it depends on: its own
 * content, and for HTML its related list and the stories in it. Hidden stories are a 404 (never
 * cached).
 */
async function renderArticleView(
  c: Context<AppEnv>,
  slug: string,
  type: ArticleType,
  timing: ServerTiming
): Promise<RenderedView> {
  const version = await timing.time('db', () => findArticleVersion({ db: c.var.db }, slug))
  const preview = version !== null && version.status !== 'published'
  if (!version || (preview && !hasScope(c.var.principal, 'articles:read-drafts')))
    throw notFound(slug)
  const site = siteOf(c)
  const load = () =>
    timing.time('db-article', async (): Promise<Article & { seq?: number }> => {
      const article = await loadArticle({ db: c.var.db }, version.id)
      if (!article) throw notFound(slug)
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
  const [{ seq, ...article }, related] = await Promise.all([
    load(),
    timing.time('db-related', () => relatedLinks(c, version.id)),
  ])
  const body = await timing.time('render', () =>
    renderArticlePage(article, site, { preview, related })
  )
  const deps = [`s:${version.id}`, `r:${seq ?? 0}`, ...related.map((r) => `s:${r.id}`)]
  return { body, type: 'text/html; charset=UTF-8', lastModified: version.updatedAt, deps }
}

defineRoute(pages, ARTICLE_PAGE, async function articlePage(c) {
  try {
    const timing = new ServerTiming()
    const slug = (c.req.param('slug') ?? '').normalize('NFC')
    if (!isPageSlug(slug)) throw notFound(slug)
    const keyed = c.var.principal.kind !== 'anonymous'
    const type = negotiate(c.req.header('accept'), ARTICLE_TYPES) as ArticleType | null
    if (!type) {
      // Unknown pages stay 404 whatever is asked for; a known one offers its types.
      const version = await findArticleVersion({ db: c.var.db }, slug)
      if (
        !version ||
        (version.status !== 'published' && !hasScope(c.var.principal, 'articles:read-drafts'))
      )
        throw notFound(slug)
      throw new ApiError('not_acceptable', `Articles are available as ${ARTICLE_TYPES.join(', ')}.`)
    }
    const site = siteOf(c)
    // The view's address: slug and representation (and the site, for origin and name); never a
    // version.
    const key = keyed
      ? null
      : cacheKey('article', [encodeURIComponent(slug), VARIANT[type], siteTag(site)])
    const view = await timing.time('cache', () =>
      serveView(viewDeps(c), key, 'article', `a.${VARIANT[type]}`, () =>
        renderArticleView(c, slug, type, timing)
      )
    )
    const { entry } = view
    setPageHeaders(c, {
      etag: entry.etag,
      lastModified: entry.lastModified ?? entry.renderedAt,
      keyed,
      vary: 'Accept, Authorization',
      timing,
    })
    if (isNotModified(c.req.raw.headers, entry.etag, entry.lastModified)) return c.body(null, 304)
    c.header('x-cache', view.status)
    return c.body(entry.body, 200, { 'content-type': entry.type })
  } catch (err) {
    return pageError(c, err)
  }
})

/** What an index page lists: the front page, or one section, tag or author. */
type IndexKind = FeedScope['kind'] | null

async function renderIndexView(
  c: Context<AppEnv>,
  kind: IndexKind,
  slug: string,
  cursor: ListCursor | null,
  timing: ServerTiming
): Promise<RenderedView> {
  const term = kind
    ? await timing.time('db', () => findPublishedTerm({ db: c.var.db }, kind, slug))
    : null
  if (kind && !term) throw notFound(slug)
  const scope: FeedScope | null = kind && term ? { kind, slug: term.slug, name: term.name } : null
  const site = siteOf(c)
  const renderedAt = new Date().toISOString()
  const filter = {
    section: kind === 'sections' ? slug : undefined,
    tag: kind === 'tags' ? slug : undefined,
    author: kind === 'authors' ? slug : undefined,
  }
  const list = await timing.time('db-list', () =>
    listPublished({ db: c.var.db }, filter, INDEX_PAGE_SIZE, cursor, 'summary')
  )
  if (scope && list.articles.length === 0) throw notFound(slug)
  const nextHref = list.next
    ? `${kind ? `/${kind}/${encodeURIComponent(slug)}` : '/'}?cursor=${encodeCursor(list.next)}`
    : null
  const body = await timing.time('render', () =>
    renderIndexPage({ scope, articles: list.articles, nextHref, continued: cursor !== null }, site)
  )
  // The page changes when a story joins this list (l:…) or one it shows changes (s:…).
  const deps = [kind ? `l:${kind}:${slug}` : 'l:latest', ...list.articles.map((a) => `s:${a.id}`)]
  return { body, type: 'text/html; charset=UTF-8', lastModified: renderedAt, deps }
}

async function indexPage(
  c: Context<AppEnv>,
  kind: IndexKind,
  readQuery: () => { cursor?: string }
): Promise<Response> {
  try {
    const timing = new ServerTiming()
    const slug = kind ? (c.req.param('slug') ?? '').normalize('NFC') : ''
    if (kind && !isPageSlug(slug)) throw notFound(slug)
    const cursorText = readQuery().cursor
    const cursor: ListCursor | null =
      cursorText === undefined ? null : decodeCursor(cursorText, 'date')
    if (cursorText !== undefined && !cursor)
      throw new ApiError(
        'bad_request',
        'That page link is not valid: start again from the first page.'
      )
    if (!negotiate(c.req.header('accept'), ['text/html'])) {
      if (kind && !(await findPublishedTerm({ db: c.var.db }, kind, slug))) throw notFound(slug)
      throw new ApiError(
        'not_acceptable',
        'Index pages are HTML; the API lists articles at /v1/articles.'
      )
    }
    const site = siteOf(c)
    const keyed = c.var.principal.kind !== 'anonymous'
    // Only first pages go to KV: cursors are free-form input, and caching each would let anyone
    // fill KV.
    const key =
      keyed || cursor
        ? null
        : cacheKey('index', [kind ?? 'front', encodeURIComponent(slug) || '-', siteTag(site)])
    const view = await timing.time('cache', () =>
      serveView(viewDeps(c), key, 'index', `i.${kind ?? 'front'}.${cursor ? 'n' : 'p1'}`, () =>
        renderIndexView(c, kind, slug, cursor, timing)
      )
    )
    const { entry } = view
    setPageHeaders(c, {
      etag: entry.etag,
      lastModified: entry.lastModified ?? entry.renderedAt,
      keyed,
      vary: 'Authorization',
      timing,
    })
    if (isNotModified(c.req.raw.headers, entry.etag, entry.lastModified)) return c.body(null, 304)
    c.header('x-cache', view.status)
    return c.body(entry.body, 200, { 'content-type': entry.type })
  } catch (err) {
    return pageError(c, err)
  }
}

// The cursor is read inside the page's own error handling (a bad one is an HTML 400 for
// browsers), after the slug (404 first), and leniently (unknown parameters ignored), as before.
const INDEX = { lateQuery: true, lenientQuery: true }
defineRoute(pages, FRONT_PAGE, (c, { readQuery }) => indexPage(c, null, readQuery), INDEX)
for (const kind of ['sections', 'tags', 'authors'] as const) {
  defineRoute(pages, TERM_PAGES[kind], (c, { readQuery }) => indexPage(c, kind, readQuery), INDEX)
}

// Anything else under the page prefixes (`/articles/a/b`, `/tags/`, `/articles`) is a page-style
// 404.
for (const prefix of ['/articles', '/sections', '/tags', '/authors']) {
  pages.get(prefix, (c) => pageError(c, notFound(prefix)))
  pages.get(`${prefix}/*`, (c) => pageError(c, notFound(new URL(c.req.url).pathname)))
}
