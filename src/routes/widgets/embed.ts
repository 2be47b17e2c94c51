/**
 * @module What partner pages load: `/embed/widget.js` (and its versioned, immutable URL), the
 * iframe card `/embed/articles/{slug}`, and the demo page `/embed`.
 */
import { Hono, type Context } from 'hono'
import { ApiError } from '../../domain/errors'
import { frameAncestors, toWidgetItem } from '../../domain/widget'
import type { AppEnv } from '../../env'
import { cardPolicy, renderCardPage, renderMissingCardPage } from '../../render/embed/card-page'
import { renderDemoPage } from '../../render/embed/demo-page'
import { listArticles } from '../../storage/article-list'
import { getArticle } from '../../storage/articles'
import { serveView } from '../../services/edge-views'
import { PAGE_CACHE_CONTROL, cacheKey, fnv1a } from '../../storage/cache'
import { isNotModified, viewDeps } from '../pages/http'
import {
  WIDGET_SOURCE,
  WIDGET_VERSION,
  openCors,
  pathSlug,
  publishedVersion,
  siteOf,
  siteTag,
  widgetUrl,
} from './http'

export const widgetEmbeds = new Hono<AppEnv>()

const SCRIPT_TYPE = 'text/javascript; charset=utf-8'
const IMMUTABLE = 'public, max-age=31536000, immutable'
// The stable URL: browsers recheck within five minutes (a 304), and may use a day-old copy
// meanwhile.
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
  // An old version (a snippet pasted before a deploy): send it to the current one, a fixed local
  // path.
  return c.body(null, 302, {
    location: `/embed/widget.v${WIDGET_VERSION}.js`,
    'cache-control': SHORT,
  })
})

/**
 * Headers of every card response: its CSP (with the configured `frame-ancestors`) and no sniffing.
 */
async function cardHeaders(c: Context<AppEnv>): Promise<Record<string, string>> {
  const { sources, rejected } = frameAncestors(c.env.EMBED_FRAME_ANCESTORS)
  if (rejected.length)
    console.warn(
      JSON.stringify({
        level: 'warn',
        message: 'EMBED_FRAME_ANCESTORS has invalid sources; ignored',
        rejected,
      })
    )
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
  const csp = fnv1a(headers['content-security-policy'] ?? '')
  let view
  try {
    const slug = pathSlug(c)
    const keyed = c.var.principal.kind !== 'anonymous'
    const key = keyed
      ? null
      : cacheKey('widget', ['card', encodeURIComponent(slug), siteTag(site), csp])
    view = await serveView(viewDeps(c), key, 'widget', 'card', async () => {
      const version = await publishedVersion(c, slug)
      const article = await getArticle(c.var.db, version.id)
      if (!article) throw new ApiError('not_found', 'No published article has that slug.')
      const body = await renderCardPage(toWidgetItem(article, site.origin), article.language, site)
      return {
        body,
        type: 'text/html; charset=utf-8',
        lastModified: version.updatedAt,
        deps: [`s:${version.id}`],
      }
    })
  } catch (err) {
    if (!(err instanceof ApiError)) throw err
    return c.body(renderMissingCardPage(site), 404, { ...headers, 'cache-control': 'no-store' })
  }
  const { entry } = view
  const cacheHeaders: Record<string, string> = {
    etag: entry.etag,
    'cache-control': PAGE_CACHE_CONTROL,
  }
  if (entry.lastModified) cacheHeaders['last-modified'] = new Date(entry.lastModified).toUTCString()
  if (isNotModified(c.req.raw.headers, entry.etag, entry.lastModified))
    return c.body(null, 304, { ...headers, ...cacheHeaders })
  return c.body(entry.body, 200, { ...headers, ...cacheHeaders, 'x-cache': view.status })
})

widgetEmbeds.get('/embed', async (c) => {
  const site = siteOf(c)
  const key = cacheKey('widget', ['demo', siteTag(site)])
  const view = await serveView(
    viewDeps(c),
    c.var.principal.kind === 'anonymous' ? key : null,
    'widget',
    'demo',
    async () => {
      const latest = (await listArticles(c.var.db, { statuses: ['published'] }, 1, null, 'summary'))
        .articles[0]
      const body = renderDemoPage({
        site,
        widgetUrl: widgetUrl(site.origin),
        article: latest?.slug ?? null,
        section: latest?.section?.slug ?? null,
      })
      return { body: await body, type: 'text/html; charset=UTF-8', deps: ['l:latest'] }
    }
  )
  return c.body(view.entry.body, 200, {
    'content-type': view.entry.type,
    'cache-control': PAGE_CACHE_CONTROL,
    'x-cache': view.status,
  })
})
