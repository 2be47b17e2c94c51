/**
 * @module Public pages: `/articles/{slug}` (HTML, or the article JSON / JSON-LD by `Accept`) and
 * the index pages `/`, `/sections/{s}`, `/tags/{t}`, `/authors/{a}`. Anonymous reads are edge views
 * (KV keyed by address, no D1 on a hit, dropped by the writes that change them); HTTP caches get
 * strong ETags (a hash of the bytes), Last-Modified and 304s.
 */
import { Hono, type Context } from 'hono'
import { ApiError } from '../../domain/errors'
import type { AppEnv } from '../../env'
import type { SiteInfo } from '../../render/jsonld'
import { renderErrorPage } from '../../render/pages/not-found-page'
import {
  RENDER_VERSION,
  cacheKey,
  fnv1a,
  serveView,
  type ServedView,
} from '../../services/edge-views'
import {
  ARTICLE_TYPES,
  INDEX_PAGE_SIZE,
  pageNotFound as notFound,
  refuseArticleType,
  renderArticleView,
  renderIndexView,
  type ArticleType,
  type IndexKind,
  type PageViewDeps,
} from '../../services/page-views'
import { decodeCursor, findPublishedTerm, type ListCursor } from '../../services/public-reads'
import { defineRoute } from '../contract/define-route'
import { CACHE_POLICY } from '../http/cache-control'
import { ServerTiming, isPageSlug, negotiate, notModifiedEtag, viewDeps } from './http'
import { representation, sendViewBody, varyOnEncoding } from '../http/encoding'
import { siteOf } from '../http/deps'
import { ARTICLE_PAGE, FRONT_PAGE, TERM_PAGES } from './spec'

export const pages = new Hono<AppEnv>()

export { INDEX_PAGE_SIZE }

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

/** Common headers of a page response, 200 or 304. */
function setPageHeaders(
  c: Context<AppEnv>,
  h: { etag: string; lastModified: string; keyed: boolean; vary: string; timing: ServerTiming }
) {
  c.header('etag', h.etag)
  c.header('last-modified', new Date(h.lastModified).toUTCString())
  c.header('cache-control', h.keyed ? CACHE_POLICY.private : CACHE_POLICY.page)
  c.header('vary', varyOnEncoding(h.vary))
  c.header('server-timing', h.timing.toString())
}

const VARIANT: Record<ArticleType, string> = {
  'text/html': 'html',
  'application/json': 'json',
  'application/ld+json': 'ld',
}

/** The slug in the path, NFC; a malformed one names no page (a 404). */
function articleSlug(c: Context<AppEnv>): string {
  const slug = (c.req.param('slug') ?? '').normalize('NFC')
  if (!isPageSlug(slug)) throw notFound(slug)
  return slug
}

/**
 * The view's address: slug and representation (and the site, for origin and name); never a
 * version.
 */
function articleKey(site: SiteInfo, slug: string, type: ArticleType): string {
  return cacheKey('article', [encodeURIComponent(slug), VARIANT[type], siteTag(site)])
}

/** The page-render deps of a request: its D1 session, caller, site and timings. */
function pageDeps(c: Context<AppEnv>, timing: ServerTiming): PageViewDeps {
  const onRelatedTiming = (t: string) => c.header('server-timing', t)
  return { db: c.var.db, principal: c.var.principal, site: siteOf(c), timing, onRelatedTiming }
}

/**
 * Answers a page view: its validators and caching headers, then a 304 or the bytes (stored gzip to
 * clients that take it).
 */
async function sendPageView(
  c: Context<AppEnv>,
  view: ServedView,
  h: { keyed: boolean; vary: string; timing: ServerTiming }
): Promise<Response> {
  const { entry } = view
  const rep = representation(c, entry)
  setPageHeaders(c, {
    ...h,
    etag: rep.etag,
    lastModified: entry.lastModified ?? entry.renderedAt,
  })
  const current = notModifiedEtag(c.req.raw.headers, rep.etags, entry.lastModified)
  if (current) return c.body(null, 304, { etag: current })
  c.header('x-cache', view.status)
  return sendViewBody(c, entry, rep, { 'content-type': entry.type })
}

defineRoute(pages, ARTICLE_PAGE, async function articlePage(c) {
  try {
    const timing = new ServerTiming()
    const slug = articleSlug(c)
    const type = negotiate(c.req.header('accept'), ARTICLE_TYPES) as ArticleType | null
    if (!type) return await refuseArticleType(c.var, slug)
    const keyed = c.var.principal.kind !== 'anonymous'
    const key = keyed ? null : articleKey(siteOf(c), slug, type)
    const view = await timing.time('cache', () =>
      serveView(viewDeps(c), key, 'article', `a.${VARIANT[type]}`, () =>
        renderArticleView(pageDeps(c, timing), slug, type)
      )
    )
    return await sendPageView(c, view, { keyed, vary: 'Accept, Authorization', timing })
  } catch (err) {
    return pageError(c, err)
  }
})

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
        renderIndexView(pageDeps(c, timing), kind, slug, cursor)
      )
    )
    return await sendPageView(c, view, { keyed, vary: 'Authorization', timing })
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
