/**
 * @module What partner pages load: `/embed/widget.js` (and its versioned, immutable URL), the iframe
 * card `/embed/articles/{slug}`, and the demo page `/embed`.
 */
import { Hono, type Context } from 'hono'
import { ApiError } from '../domain/errors'
import { frameAncestors, toWidgetItem } from '../domain/widget'
import type { AppEnv } from '../env'
import { cardPolicy, renderCardPage, renderMissingCardPage } from '../render/embed/card-page'
import { renderDemoPage } from '../render/embed/demo-page'
import { listArticles } from '../storage/article-list'
import { getArticle } from '../storage/articles'
import { getPublicGeneration } from '../storage/page-versions'
import { PAGE_CACHE_CONTROL, cacheKey, cacheScope, fnv1a, readThrough } from '../storage/cache'
import { isNotModified } from './pages-http'
import { WIDGET_SOURCE, WIDGET_VERSION, openCors, pathSlug, publishedVersion, siteOf, siteTag, widgetUrl } from './widgets-http'

export const widgetEmbeds = new Hono<AppEnv>()

const SCRIPT_TYPE = 'text/javascript; charset=utf-8'
const IMMUTABLE = 'public, max-age=31536000, immutable'
// The stable URL: browsers recheck within five minutes (a 304), and may use a day-old copy meanwhile.
const SHORT = 'public, max-age=300, stale-while-revalidate=86400'
const VERSIONED_RE = /^widget\.v([0-9a-f]{8})\.js$/

widgetEmbeds.use('/embed/widget.js', openCors())
widgetEmbeds.use('/embed/:file', openCors())

function serveScript(c: Context<AppEnv>, cacheControl: string): Response {
  const etag = `"widget-${WIDGET_VERSION}"`
  const headers = { etag, 'cache-control': cacheControl, 'content-type': SCRIPT_TYPE }
  if (isNotModified(c.req.raw.headers, etag, null)) return c.body(null, 304, headers)
  return c.body(WIDGET_SOURCE, 200, headers)
}

widgetEmbeds.get('/embed/widget.js', (c) => serveScript(c, SHORT))

widgetEmbeds.get('/embed/:file', (c) => {
  const version = VERSIONED_RE.exec(c.req.param('file'))?.[1]
  if (!version) throw new ApiError('not_found', 'No such embed file.')
  if (version === WIDGET_VERSION) return serveScript(c, IMMUTABLE)
  // An old version (a snippet pasted before a deploy): send it to the current one, a fixed local path.
  return c.body(null, 302, { location: `/embed/widget.v${WIDGET_VERSION}.js`, 'cache-control': SHORT })
})

/** Headers of every card response: its CSP (with the configured `frame-ancestors`) and no sniffing. */
async function cardHeaders(c: Context<AppEnv>): Promise<Record<string, string>> {
  const { sources, rejected } = frameAncestors(c.env.EMBED_FRAME_ANCESTORS)
  if (rejected.length) console.warn(JSON.stringify({ level: 'warn', message: 'EMBED_FRAME_ANCESTORS has invalid sources; ignored', rejected }))
  return {
    'content-security-policy': await cardPolicy(sources),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'content-type': 'text/html; charset=utf-8',
  }
}

widgetEmbeds.get('/embed/articles/:slug', async (c) => {
  const site = siteOf(c)
  const headers = await cardHeaders(c)
  let version
  try {
    version = await publishedVersion(c, pathSlug(c))
  } catch (err) {
    if (!(err instanceof ApiError)) throw err
    return c.body(renderMissingCardPage(site), 404, { ...headers, 'cache-control': 'no-store' })
  }
  const etag = `"card.${version.id}.r${version.revision}.${siteTag(site)}.${fnv1a(headers['content-security-policy']!)}"`
  const cacheHeaders = { etag, 'cache-control': PAGE_CACHE_CONTROL, 'last-modified': new Date(version.updatedAt).toUTCString() }
  if (isNotModified(c.req.raw.headers, etag, version.updatedAt)) return c.body(null, 304, { ...headers, ...cacheHeaders })
  const key = cacheKey('widget', ['card', encodeURIComponent(version.slug), `r${version.revision}`, siteTag(site)])
  const page = await readThrough(c.env.CACHE, key, 'widget', async () => {
    const article = await getArticle(c.var.db, version.id)
    if (!article) throw new ApiError('not_found', 'No published article has that slug.')
    return renderCardPage(toWidgetItem(article, site.origin), article.language, site)
  }, (p) => c.executionCtx.waitUntil(p), { memory: true, scope: cacheScope(c.env.PUBLIC_BASE_URL) })
  return c.body(page.body, 200, { ...headers, ...cacheHeaders, 'x-cache': page.status })
})

widgetEmbeds.get('/embed', async (c) => {
  const site = siteOf(c)
  const generation = await getPublicGeneration(c.var.db)
  const key = cacheKey('widget', ['demo', `g${generation}`, siteTag(site)])
  const page = await readThrough(c.env.CACHE, key, 'widget', async () => {
    const latest = (await listArticles(c.var.db, { statuses: ['published'] }, 1, null, 'summary')).articles[0]
    return renderDemoPage({ site, widgetUrl: widgetUrl(site.origin), article: latest?.slug ?? null, section: latest?.section?.slug ?? null })
  }, (p) => c.executionCtx.waitUntil(p), { scope: cacheScope(c.env.PUBLIC_BASE_URL) })
  return c.html(page.body, 200, { 'cache-control': PAGE_CACHE_CONTROL, 'x-cache': page.status })
})
