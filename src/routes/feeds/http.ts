/**
 * @module The HTTP side every feed and sitemap shares: the edge view of the rendered body
 * (validators stored with it), 304s, and the response headers.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../../env'
import { RENDER_VERSION, cacheKey, fnv1a, serveView } from '../../services/edge-views'
import { feedScopeState, type FeedScope, type ScopeState } from '../../services/public-reads'
import { CACHE_POLICY } from '../http/cache-control'
import { representation, sendViewBody } from '../http/encoding'
import { notModifiedEtag, viewDeps } from '../pages/http'

export const FEED_CONTENT_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  opml: 'text/x-opml; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
} as const

export interface CachedFeed {
  /** Which document this is: format, scope and parameters (becomes part of the KV key). */
  identity: string
  type: keyof typeof FEED_CONTENT_TYPES
  /** Reads the scope's state from D1 (on a miss only); throws the 404 of an unknown scope. */
  state: () => Promise<ScopeState>
  /**
   * True when `Last-Modified` moves on every change, so `If-Modified-Since` alone may be trusted.
   */
  exactDate: boolean
  /** Absolute URL of the document itself and the WebSub hub, for the `Link` header. */
  selfUrl: string
  hubUrl: string | null
  /**
   * Renders the document, with the edge-view dependencies of what it lists (see migration 0007).
   */
  render: (state: ScopeState) => Promise<{ body: string; deps: string[] }>
}

/**
 * The state of a feed's scope: one small D1 read, made only when the feed is rendered.
 */
export function scopeState(c: Context<AppEnv>, scope: FeedScope): Promise<ScopeState> {
  return feedScopeState({ db: c.var.db }, scope)
}

/**
 * The ETag to answer 304 with when the client's copy is current, else null: `If-None-Match` first
 * (either content coding's ETag); `If-Modified-Since` only when the date is exact.
 */
function notModified(
  c: Context<AppEnv>,
  etags: readonly string[],
  lastModified: string | null,
  exactDate: boolean
): string | null {
  const headers = c.req.raw.headers
  if (headers.has('if-none-match') || exactDate)
    return notModifiedEtag(headers, etags, lastModified)
  return null
}

/**
 * Answers with a feed document from the edge view at its address (memory or one KV read, no D1 on a
 * hit), rendered on a miss; writes drop the views they change. A 304 when the client's validators
 * match the stored ones. A search text or a cursor is caller input of unbounded range: such feeds
 * are rendered every time, never kept.
 */
export async function sendFeed(c: Context<AppEnv>, feed: CachedFeed): Promise<Response> {
  const config = `${RENDER_VERSION}|${feed.identity}|${feed.selfUrl}|${feed.hubUrl ?? ''}|${c.env.SITE_NAME ?? ''}`
  // Two FNV-1a hashes (of the text and of it salted) make a 64-bit fingerprint of the configuration
  const fingerprint = fnv1a(config) + fnv1a(`~${config}`)
  const freeForm = c.req.query('q') !== undefined || c.req.query('cursor') !== undefined
  const keyed = c.var.principal.kind !== 'anonymous'
  const key = freeForm || keyed ? null : cacheKey('feed', [feed.type, feed.identity, fingerprint])
  const view = await serveView(viewDeps(c, freeForm), key, 'feed', feed.type, async () => {
    const state = await feed.state()
    const { body, deps } = await feed.render(state)
    return { body, deps, type: FEED_CONTENT_TYPES[feed.type], lastModified: state.lastModified }
  })
  const { entry } = view
  const rep = representation(c, entry)
  c.header('etag', rep.etag)
  if (entry.lastModified) c.header('last-modified', new Date(entry.lastModified).toUTCString())
  // Revalidate every time: the 304 path is cheap, and a change must show on the very next request.
  c.header('cache-control', CACHE_POLICY.revalidate)
  const links = [`<${feed.selfUrl}>; rel="self"`]
  if (feed.hubUrl) links.push(`<${feed.hubUrl}>; rel="hub"`)
  c.header('link', links.join(', '))
  c.header('vary', 'Accept-Encoding', { append: true })
  const current = notModified(c, rep.etags, entry.lastModified, feed.exactDate)
  if (current) return c.body(null, 304, { etag: current })
  c.header('x-cache', view.status)
  return sendViewBody(c, entry, rep, { 'content-type': FEED_CONTENT_TYPES[feed.type] })
}

/** The WebSub hub URL, when one is configured. */
export function hubUrl(c: Context<AppEnv>): string | null {
  return c.env.WEBSUB_HUB_URL?.trim() || null
}
