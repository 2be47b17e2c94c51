/**
 * @module The HTTP side every feed and sitemap shares: validators computed before rendering, 304s,
 * the KV read-through of the rendered body, and the response headers.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../env'
import { cacheKey, cacheScope, fnv1a, readThrough, RENDER_VERSION } from '../storage/cache'
import { getScopeState, type FeedScope, type ScopeState } from '../storage/feeds'
import { matchesIfNoneMatch } from './conditional'

export const FEED_CONTENT_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  opml: 'text/x-opml; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
} as const

export interface CachedFeed {
  /** Which document this is: format, scope and parameters (becomes part of the ETag and the KV key). */
  identity: string
  type: keyof typeof FEED_CONTENT_TYPES
  state: ScopeState
  /** Absolute URL of the document itself and the WebSub hub, for the `Link` header. */
  selfUrl: string
  hubUrl: string | null
  render: () => Promise<string>
}

/**
 * The state of a feed's scope: one small D1 read per request. (Requests no longer join each other's
 * reads: a promise shared across requests can hang every joiner in workerd.)
 */
export function scopeState(c: Context<AppEnv>, scope: FeedScope): Promise<ScopeState> {
  return getScopeState(c.var.db, scope)
}

/** True when the client's copy is current: `If-None-Match` first; `If-Modified-Since` only when the date is exact. */
function notModified(c: Context<AppEnv>, etag: string, state: ScopeState): boolean {
  if (c.req.header('if-none-match') !== undefined) return matchesIfNoneMatch(c, etag)
  const since = Date.parse(c.req.header('if-modified-since') ?? '')
  if (!state.exactDate || !state.lastModified || Number.isNaN(since)) return false
  return Math.floor(Date.parse(state.lastModified) / 1000) * 1000 <= since
}

/**
 * Answers with a feed document: a 304 when the client's validators match (decided from the scope state
 * alone, before any rendering), else the body from KV, rendered on a miss under a key that names the
 * scope version, so the next request after any change in scope renders afresh.
 */
export async function sendFeed(c: Context<AppEnv>, feed: CachedFeed): Promise<Response> {
  const config = `${RENDER_VERSION}|${feed.identity}|${feed.selfUrl}|${feed.hubUrl ?? ''}|${c.env.SITE_NAME ?? ''}`
  // Two FNV-1a hashes (of the text and of it salted) make a 64-bit fingerprint of the configuration
  const fingerprint = fnv1a(config) + fnv1a(`~${config}`)
  const etag = `"${feed.type}.${feed.state.version}.${fingerprint}"`
  c.header('etag', etag)
  if (feed.state.lastModified) c.header('last-modified', new Date(feed.state.lastModified).toUTCString())
  // Revalidate every time: the 304 path is cheap, and a change must show on the very next request.
  c.header('cache-control', 'public, no-cache')
  const links = [`<${feed.selfUrl}>; rel="self"`]
  if (feed.hubUrl) links.push(`<${feed.hubUrl}>; rel="hub"`)
  c.header('link', links.join(', '))
  if (notModified(c, etag, feed.state)) return c.body(null, 304)
  const key = cacheKey('feed', [feed.type, feed.identity, fingerprint, feed.state.version])
  // keys name the scope version, so an in-isolate copy can never be stale; a search text or a
  // cursor is caller input of unbounded range: such feeds are rendered (coalesced), never kept
  const freeForm = c.req.query('q') !== undefined || c.req.query('cursor') !== undefined
  const scope = cacheScope(c.env.PUBLIC_BASE_URL, freeForm)
  const waitUntil = (p: Promise<unknown>) => c.executionCtx.waitUntil(p)
  const options = { memory: true, scope }
  const cached = await readThrough(c.env.CACHE, key, 'feed', feed.render, waitUntil, options)
  c.header('x-cache', cached.status)
  c.header('content-type', FEED_CONTENT_TYPES[feed.type])
  return c.body(cached.body, 200)
}

/** The WebSub hub URL, when one is configured. */
export function hubUrl(c: Context<AppEnv>): string | null {
  return c.env.WEBSUB_HUB_URL?.trim() || null
}
