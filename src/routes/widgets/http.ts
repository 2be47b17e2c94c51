/**
 * @module HTTP pieces the widget routes share: the site they render for, open CORS, the versioned
 * `widget.js`, and JSON read through KV with an ETag (304s answer before KV is touched).
 */
import type { Context, MiddlewareHandler } from 'hono'
import { ApiError } from '../../domain/errors'
import type { AppEnv } from '../../env'
import type { SiteInfo } from '../../render/jsonld'
import { RENDER_VERSION, fnv1a, serveView } from '../../services/edge-views'
import { findPublishedVersion, type EmbedDeps } from '../../services/embed-views'
import type { ArticleVersion } from '../../services/public-reads'
import WIDGET_SOURCE from '../../widget/edgewire.widget.js'
import { CACHE_POLICY } from '../http/cache-control'
import { isPageSlug, notModifiedEtag, viewDeps } from '../pages/http'
import { representation, sendViewBody } from '../http/encoding'
import { siteOf } from '../http/deps'

export { WIDGET_SOURCE }
/** Content hash of `widget.js`: its versioned URL changes whenever its bytes do. */
export const WIDGET_VERSION = fnv1a(WIDGET_SOURCE)

/** Where and what the site is, for absolute URLs. */
export { siteOf }

/** What an embed render needs from a request: its D1 session, the site, the `widget.js` URL. */
export function embedDeps(c: Context<AppEnv>): EmbedDeps & { widgetUrl: string } {
  const site = siteOf(c)
  return { db: c.var.db, site, widgetUrl: widgetUrl(site.origin) }
}

/**
 * Folds what besides content changes the bytes (render version, origin, name) into keys and ETags.
 */
export function siteTag(site: SiteInfo): string {
  return fnv1a(`${RENDER_VERSION}|${site.origin}|${site.name}|${WIDGET_VERSION}`)
}

/** The versioned, immutable URL of `widget.js` on `origin`. */
export function widgetUrl(origin: string): string {
  return `${origin}/embed/widget.v${WIDGET_VERSION}.js`
}

/**
 * Open CORS for public content: any page may read it, no credentials. Applied after the handler, so
 * problems (404, 400) are readable cross-origin too and a widget can tell "nothing here" from a
 * failure.
 */
export function openCors(): MiddlewareHandler<AppEnv> {
  return async function openCorsHeaders(c, next) {
    await next()
    c.res.headers.set('access-control-allow-origin', '*')
    c.res.headers.set('access-control-expose-headers', 'etag, x-cache')
    c.res.headers.set('x-content-type-options', 'nosniff')
  }
}

/** Answers a CORS preflight for read-only public resources. */
export function preflight(c: Context<AppEnv>): Response {
  return c.body(null, 204, {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, HEAD, OPTIONS',
    'access-control-allow-headers': 'if-none-match',
    'access-control-max-age': '86400',
  })
}

/**
 * Answers JSON from the edge view at `key` (its address; no D1 on a hit), rendered on a miss with
 * the dependencies of what it shows. The ETag is stored with the view, so a 304 costs what a hit
 * costs.
 */
export async function cachedJson(
  c: Context<AppEnv>,
  key: string,
  render: () => Promise<{ value: unknown; deps: string[] }>
): Promise<Response> {
  const keyed = c.var.principal.kind !== 'anonymous'
  const view = await serveView(viewDeps(c), keyed ? null : key, 'widget', 'w', async () => {
    const { value, deps } = await render()
    return { body: JSON.stringify(value), type: 'application/json; charset=utf-8', deps }
  })
  const rep = representation(c, view.entry)
  const headers = { 'cache-control': CACHE_POLICY.page, vary: 'Accept-Encoding' }
  const current = notModifiedEtag(c.req.raw.headers, rep.etags, null)
  if (current) return c.body(null, 304, { ...headers, etag: current })
  return sendViewBody(c, view.entry, rep, {
    ...headers,
    etag: rep.etag,
    'content-type': view.entry.type,
    'x-cache': view.status,
  })
}

/**
 * Runs `answer`; with `missing=empty`, a 404 becomes a 200 with `empty` (short-cached, never in
 * KV), so an embed of a removed story leaves no network error in the host page's console.
 */
export async function orEmpty(
  c: Context<AppEnv>,
  missing: 'empty' | undefined,
  empty: unknown,
  answer: () => Promise<Response>
): Promise<Response> {
  try {
    return await answer()
  } catch (err) {
    if (missing !== 'empty' || !(err instanceof ApiError) || err.code !== 'not_found') throw err
    return c.json(empty, 200, { 'cache-control': CACHE_POLICY.empty, 'x-cache': 'BYPASS' })
  }
}

/**
 * How long an anonymous widget reader may still get the previous answer from this isolate's copy
 * of an edge view after a write elsewhere (the copy is kept at most this long).
 */
export const VERSION_MEMO_MS = 1000

/** The published article at a (well-formed) slug, or a 404 (services/embed-views.ts). */
export function publishedVersion(c: Context<AppEnv>, slug: string): Promise<ArticleVersion> {
  return findPublishedVersion({ db: c.var.db }, slug)
}

/** The slug in the path: anything malformed names no article (a 404, as on the pages). */
export function pathSlug(c: Context<AppEnv>): string {
  const slug = (c.req.param('slug') ?? '').normalize('NFC')
  if (!isPageSlug(slug)) throw new ApiError('not_found', 'No published article has that slug.')
  return slug
}
