/**
 * @module What partner pages load: `/embed/widget.js` (and its versioned, immutable URL), the
 * iframe card `/embed/articles/{slug}`, and the demo page `/embed`, each registered with
 * `defineRoute` from spec.ts.
 */
import { Hono, type Context } from 'hono'
import { ApiError } from '../../domain/errors'
import { frameAncestors } from '../../domain/widget'
import type { AppEnv } from '../../env'
import { cardPolicy, renderMissingCardPage } from '../../render/embed/card-page'
import { cacheKey, fnv1a, serveView, type ServedView } from '../../services/edge-views'
import { renderCardView, renderDemoView } from '../../services/embed-views'
import { defineRoute } from '../contract/define-route'
import { CACHE_POLICY } from '../http/cache-control'
import { isNotModified, notModifiedEtag, viewDeps } from '../pages/http'
import { representation, sendViewBody } from '../http/encoding'
import { EMBED_ARTICLE, EMBED_PAGE, EMBED_SCRIPT, EMBED_SCRIPT_VERSIONED } from './spec'
import {
  WIDGET_SOURCE,
  WIDGET_VERSION,
  embedDeps,
  openCors,
  pathSlug,
  siteOf,
  siteTag,
} from './http'

export const widgetEmbeds = new Hono<AppEnv>()

const SCRIPT_TYPE = 'text/javascript; charset=utf-8'
const VERSIONED_RE = /^widget\.v([0-9a-f]{8})\.js$/

widgetEmbeds.use('/embed/widget.js', openCors())
widgetEmbeds.use('/embed/:file', openCors())

function serveScript(c: Context<AppEnv>, cacheControl: string): Response {
  const etag = `"widget-${WIDGET_VERSION}"`
  const headers = { etag, 'cache-control': cacheControl, 'content-type': SCRIPT_TYPE }
  if (isNotModified(c.req.raw.headers, etag, null)) return c.body(null, 304, headers)
  return c.body(WIDGET_SOURCE, 200, headers)
}

// The stable URL: browsers recheck within five minutes (a 304), and may use a day-old copy
// meanwhile.
defineRoute(widgetEmbeds, EMBED_SCRIPT, (c) => serveScript(c, CACHE_POLICY.short))

/** Any other file under /embed: a 404 (the same one an unknown widget version gets). */
function noSuchFile(): never {
  throw new ApiError('not_found', 'No such embed file.')
}

// `/embed/:file` also answers names no operation declares (the fallback after it).
defineRoute(
  widgetEmbeds,
  EMBED_SCRIPT_VERSIONED,
  (c) => {
    const version = VERSIONED_RE.exec(c.req.param('file') ?? '')?.[1]
    if (!version) noSuchFile()
    if (version === WIDGET_VERSION) return serveScript(c, CACHE_POLICY.immutable)
    // An old version (a snippet pasted before a deploy): send it to the current one, a fixed local
    // path.
    return c.body(null, 302, {
      location: `/embed/widget.v${WIDGET_VERSION}.js`,
      'cache-control': CACHE_POLICY.short,
    })
  },
  { path: '/embed/:file' }
)
widgetEmbeds.get('/embed/:file', noSuchFile)

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

/** Caching headers of a card view: its ETag, policy and (when known) Last-Modified. */
function cardCacheHeaders(entry: ServedView['entry']): Record<string, string> {
  const headers: Record<string, string> = { etag: entry.etag, 'cache-control': CACHE_POLICY.page }
  if (entry.lastModified) headers['last-modified'] = new Date(entry.lastModified).toUTCString()
  return headers
}

/** The card's view (null: no published article there); the address folds in the card's CSP. */
async function cardView(c: Context<AppEnv>, csp: string): Promise<ServedView | null> {
  try {
    const deps = embedDeps(c)
    const slug = pathSlug(c)
    const keyed = c.var.principal.kind !== 'anonymous'
    const parts = ['card', encodeURIComponent(slug), siteTag(deps.site), fnv1a(csp)]
    const key = keyed ? null : cacheKey('widget', parts)
    return await serveView(viewDeps(c), key, 'widget', 'card', () => renderCardView(deps, slug))
  } catch (err) {
    if (!(err instanceof ApiError)) throw err
    return null
  }
}

defineRoute(widgetEmbeds, EMBED_ARTICLE, async (c) => {
  const headers = await cardHeaders(c)
  const view = await cardView(c, headers['content-security-policy'] ?? '')
  if (!view) {
    const missing = { ...headers, 'cache-control': CACHE_POLICY.noStore }
    return c.body(renderMissingCardPage(siteOf(c)), 404, missing)
  }
  const rep = representation(c, view.entry)
  const cacheHeaders = { ...cardCacheHeaders(view.entry), etag: rep.etag, vary: 'Accept-Encoding' }
  const current = notModifiedEtag(c.req.raw.headers, rep.etags, view.entry.lastModified)
  if (current) return c.body(null, 304, { ...headers, ...cacheHeaders, etag: current })
  return sendViewBody(c, view.entry, rep, { ...headers, ...cacheHeaders, 'x-cache': view.status })
})

defineRoute(widgetEmbeds, EMBED_PAGE, async (c) => {
  const deps = embedDeps(c)
  const key =
    c.var.principal.kind === 'anonymous' ? cacheKey('widget', ['demo', siteTag(deps.site)]) : null
  const view = await serveView(viewDeps(c), key, 'widget', 'demo', () => renderDemoView(deps))
  return sendViewBody(c, view.entry, representation(c, view.entry), {
    vary: 'Accept-Encoding',
    'content-type': view.entry.type,
    'cache-control': CACHE_POLICY.page,
    'x-cache': view.status,
  })
})
