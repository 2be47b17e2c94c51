/**
 * @module Public pages: `/articles/{slug}` (HTML, or the article JSON / JSON-LD by `Accept`) and the
 * index pages `/`, `/sections/{s}`, `/tags/{t}`, `/authors/{a}`. Rendered HTML is cached in KV under
 * keys naming the content version (article revision, site generation), so an edit shows on the very
 * next request; HTTP caches get strong ETags, Last-Modified and 304s.
 */
import { Hono, type Context } from 'hono'
import type { Article } from '../domain/article'
import { ApiError } from '../domain/errors'
import { hasScope } from '../domain/scopes'
import type { AppEnv } from '../env'
import { articleJsonLd, type SiteInfo } from '../render/jsonld'
import { renderArticlePage, type RelatedLink } from '../render/pages/article-page'
import { renderIndexPage } from '../render/pages/index-page'
import type { FeedScope } from '../render/pages/layout'
import { renderErrorPage } from '../render/pages/not-found-page'
import { decodeCursor, encodeCursor, listArticles, type ListCursor } from '../storage/article-list'
import { getArticle } from '../storage/articles'
import { PAGE_CACHE_CONTROL, PRIVATE_CACHE_CONTROL, RENDER_VERSION, cacheKey, cacheScope, fnv1a, readThrough, type CachedValue } from '../storage/cache'
import { getArticleVersion, getPublicGeneration } from '../storage/page-versions'
import { getPublishedTerm } from '../storage/taxonomy'
import { ServerTiming, isNotModified, isPageSlug, negotiate } from './pages-http'
import { publicView } from './articles'
import { findRelatedStories } from './related'
import { publicOrigin } from './system'

export const pages = new Hono<AppEnv>()

/** Stories per index page. */
export const INDEX_PAGE_SIZE = 20
const ARTICLE_TYPES = ['text/html', 'application/json', 'application/ld+json'] as const
type ArticleType = (typeof ARTICLE_TYPES)[number]

function siteOf(c: Context<AppEnv>): SiteInfo {
  return { origin: publicOrigin(c), name: c.env.SITE_NAME || 'Edgewire' }
}

/** Folds everything besides content that changes the bytes of a page into ETags and keys. */
function siteTag(site: SiteInfo): string {
  return fnv1a(`${RENDER_VERSION}|${site.origin}|${site.name}`)
}

/** True when the caller prefers an HTML error page to a problem document. */
function wantsHtml(c: Context<AppEnv>): boolean {
  return negotiate(c.req.header('accept'), ['text/html', 'application/json', 'application/problem+json']) === 'text/html'
}

/** Answers a page error as HTML for browsers; API clients get the problem document via onError. */
async function pageError(c: Context<AppEnv>, err: unknown): Promise<Response> {
  if (!(err instanceof ApiError) || !wantsHtml(c)) throw err
  const status = err.status
  if (status !== 400 && status !== 404 && status !== 406) throw err
  const html = await renderErrorPage({ status, detail: err.message }, siteOf(c))
  return c.html(html, status, { 'cache-control': 'no-store', 'x-cache': 'BYPASS' })
}

function notFound(slug: string): ApiError {
  return new ApiError('not_found', `No page at "${slug.slice(0, 120)}".`)
}

/** Common headers of a page response, 200 or 304. */
function setPageHeaders(c: Context<AppEnv>, h: { etag: string; lastModified: string; keyed: boolean; vary: string; timing: ServerTiming }) {
  c.header('etag', h.etag)
  c.header('last-modified', new Date(h.lastModified).toUTCString())
  c.header('cache-control', h.keyed ? PRIVATE_CACHE_CONTROL : PAGE_CACHE_CONTROL)
  c.header('vary', h.vary)
  c.header('server-timing', h.timing.toString())
}

/** Reads the rendered value through KV for anonymous callers; renders fresh (BYPASS) for keyed ones. */
async function cachedOrFresh(c: Context<AppEnv>, key: string | null, kind: 'article' | 'index', timing: ServerTiming, render: () => Promise<string>): Promise<CachedValue> {
  if (key === null) return { body: await render(), status: 'BYPASS' }
  return timing.time('cache', () => readThrough(c.env.CACHE, key, kind, render, (p) => c.executionCtx.waitUntil(p), { memory: true, scope: cacheScope(c.env.PUBLIC_BASE_URL) }))
}

/** Up to five related stories for the page; a failing lookup leaves the block out rather than the page. */
async function relatedLinks(c: Context<AppEnv>, id: string): Promise<RelatedLink[]> {
  try {
    const { related } = await findRelatedStories(c, id, { limit: 5 })
    return related
  } catch (err) {
    console.error(JSON.stringify({ level: 'warn', message: 'related block left out', id, error: String(err) }))
    return []
  }
}

pages.get('/articles/:slug', async (c) => {
  try {
    const timing = new ServerTiming()
    const slug = c.req.param('slug').normalize('NFC')
    if (!isPageSlug(slug)) throw notFound(slug)
    const principal = c.var.principal
    const keyed = principal.kind !== 'anonymous'
    const version = await timing.time('db', () => getArticleVersion(c.var.db, slug))
    const preview = version !== null && version.status !== 'published'
    if (!version || (preview && !hasScope(principal, 'articles:read-drafts'))) throw notFound(slug)
    const type = negotiate(c.req.header('accept'), ARTICLE_TYPES) as ArticleType | null
    if (!type) throw new ApiError('not_acceptable', `Articles are available as ${ARTICLE_TYPES.join(', ')}.`)
    const site = siteOf(c)
    const variant = type === 'text/html' ? `html.g${version.generation}` : type === 'application/json' ? 'json' : 'ld'
    const etag = `"a.${version.id}.r${version.revision}.${variant}.${siteTag(site)}"`
    setPageHeaders(c, { etag, lastModified: version.updatedAt, keyed, vary: 'Accept, Authorization', timing })
    if (isNotModified(c.req.raw.headers, etag, version.updatedAt)) return c.body(null, 304)
    const load = () => timing.time('db-article', async (): Promise<Article> => {
      const article = await getArticle(c.var.db, version.id)
      if (!article) throw notFound(slug)
      const { seq: _seq, ...rest } = article
      return rest
    })
    if (type !== 'text/html') {
      const article = await load()
      c.header('x-cache', 'BYPASS')
      c.header('server-timing', timing.toString())
      if (type === 'application/json') return c.json({ article: publicView(article, site.origin) })
      return c.body(JSON.stringify(articleJsonLd(article, site)), 200, { 'content-type': 'application/ld+json; charset=utf-8' })
    }
    // The related block depends on other articles: the HTML key names the site generation too.
    const key = keyed ? null : cacheKey('article', [encodeURIComponent(version.slug), `r${version.revision}`, `g${version.generation}`, siteTag(site), 'html'])
    const page = await cachedOrFresh(c, key, 'article', timing, async () => {
      const [article, related] = await Promise.all([load(), timing.time('db-related', () => relatedLinks(c, version.id))])
      return timing.time('render', () => renderArticlePage(article, site, { preview, related }))
    })
    c.header('x-cache', page.status)
    c.header('server-timing', timing.toString())
    return c.html(page.body)
  } catch (err) {
    return pageError(c, err)
  }
})

/** What an index page lists: the front page, or one section, tag or author. */
type IndexKind = FeedScope['kind'] | null

async function indexPage(c: Context<AppEnv>, kind: IndexKind): Promise<Response> {
  try {
    const timing = new ServerTiming()
    const slug = kind ? (c.req.param('slug') ?? '').normalize('NFC') : ''
    if (kind && !isPageSlug(slug)) throw notFound(slug)
    const cursorText = c.req.query('cursor')
    const cursor: ListCursor | null = cursorText === undefined ? null : decodeCursor(cursorText, 'date')
    if (cursorText !== undefined && !cursor) throw new ApiError('bad_request', 'That page link is not valid: start again from the first page.')
    const [term, generation] = await timing.time('db', () =>
      Promise.all([kind ? getPublishedTerm(c.var.db, kind, slug) : null, getPublicGeneration(c.var.db)])
    )
    if (kind && !term) throw notFound(slug)
    if (!negotiate(c.req.header('accept'), ['text/html'])) throw new ApiError('not_acceptable', 'Index pages are HTML; the API lists articles at /v1/articles.')
    const scope: FeedScope | null = kind && term ? { kind, slug: term.slug, name: term.name } : null
    const site = siteOf(c)
    const keyed = c.var.principal.kind !== 'anonymous'
    const pageTag = cursor ? fnv1a(encodeCursor(cursor)) : 'p1'
    const etag = `"i.${kind ?? 'front'}.${encodeURIComponent(slug) || '-'}.g${generation}.${pageTag}.${siteTag(site)}"`
    c.header('etag', etag)
    c.header('vary', 'Authorization')
    c.header('cache-control', keyed ? PRIVATE_CACHE_CONTROL : PAGE_CACHE_CONTROL)
    if (c.req.header('if-none-match') !== undefined && isNotModified(c.req.raw.headers, etag, null)) {
      c.header('server-timing', timing.toString())
      return c.body(null, 304)
    }
    // Only first pages go to KV: cursors are free-form input, and caching each would let anyone fill KV.
    const key = keyed || cursor ? null : cacheKey('index', [kind ?? 'front', encodeURIComponent(slug) || '-', `g${generation}`, siteTag(site)])
    const page = await cachedOrFresh(c, key, 'index', timing, async () => {
      const renderedAt = new Date().toISOString()
      const list = await timing.time('db-list', () => listArticles(c.var.db, { statuses: ['published'], section: kind === 'sections' ? slug : undefined, tag: kind === 'tags' ? slug : undefined, author: kind === 'authors' ? slug : undefined }, INDEX_PAGE_SIZE, cursor, 'summary'))
      if (scope && list.articles.length === 0) throw notFound(slug)
      const nextHref = list.next ? `${kind ? `/${kind}/${encodeURIComponent(slug)}` : '/'}?cursor=${encodeCursor(list.next)}` : null
      // The render time travels with the page, so every copy of this generation has one Last-Modified.
      const html = await timing.time('render', () => renderIndexPage({ scope, articles: list.articles, nextHref, continued: cursor !== null }, site))
      return `${renderedAt}\n${html}`
    })
    const newline = page.body.indexOf('\n')
    const lastModified = page.body.slice(0, newline)
    setPageHeaders(c, { etag, lastModified, keyed, vary: 'Authorization', timing })
    if (isNotModified(c.req.raw.headers, etag, lastModified)) return c.body(null, 304)
    c.header('x-cache', page.status)
    return c.html(page.body.slice(newline + 1))
  } catch (err) {
    return pageError(c, err)
  }
}

pages.get('/', (c) => indexPage(c, null))
pages.get('/sections/:slug', (c) => indexPage(c, 'sections'))
pages.get('/tags/:slug', (c) => indexPage(c, 'tags'))
pages.get('/authors/:slug', (c) => indexPage(c, 'authors'))

// Anything else under the page prefixes (`/articles/a/b`, `/tags/`, `/articles`) is a page-style 404.
for (const prefix of ['/articles', '/sections', '/tags', '/authors']) {
  pages.get(prefix, (c) => pageError(c, notFound(prefix)))
  pages.get(`${prefix}/*`, (c) => pageError(c, notFound(new URL(c.req.url).pathname)))
}
