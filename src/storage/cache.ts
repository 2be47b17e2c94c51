/**
 * @module Rendered output cached in KV: key names and TTLs. A view is stored under its address
 * (services/edge-views.ts); the writes that change it delete it (services/view-invalidation.ts), and
 * anything left behind ages out by TTL.
 */

/** Time to live, in seconds, per kind of cached output (KV's minimum is 60). */
export const CACHE_TTL = {
  article: 7 * 24 * 3600,
  index: 24 * 3600,
  feed: 24 * 3600,
  widget: 24 * 3600,
  related: 6 * 3600,
} as const

export type CacheKind = keyof typeof CACHE_TTL

/** Bump when the rendering of every view changes, to leave all old entries behind at once. */
export const RENDER_VERSION = 'v1'

/**
 * Builds a cache key (the render version, the kind, then the parts).
 *
 * @example
 * cacheKey('article', ['harbour-bridge', 'r3', 'html']) // 'v1:article:harbour-bridge:r3:html'
 */
export function cacheKey(kind: CacheKind, parts: readonly (string | number)[]): string {
  // KV keys are at most 512 bytes; long parts are hashed by the caller, this only guards the limit.
  // Per code point (`u`): a lone surrogate (from a query string) would make encodeURIComponent
  // throw.
  const encode = (ch: string) =>
    /[\uD800-\uDFFF]/u.test(ch) ? '%EF%BF%BD' : encodeURIComponent(ch)
  const key = [
    RENDER_VERSION,
    kind,
    ...parts.map((p) => String(p).replace(/[^\w.~%+=-]/gu, encode)),
  ].join(':')
  return key.length <= 480 ? key : `${key.slice(0, 400)}~${fnv1a(key)}`
}

/** A short stable hash (FNV-1a, 32-bit, hex) for folding long or free-form key parts. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/**
 * Where a public render may be kept, decided by how its key space is bounded:
 * - `shared`: KV (and this isolate's memory). The key names only bounded things: a stored slug
 *   and revision, a site generation, a known section, a limit from a fixed range, the configured
 *   origin.
 * - `isolate`: this isolate's memory only (bounded in bytes). The origin comes from the `Host`
 *   header (no `PUBLIC_BASE_URL`), so every new Host value would otherwise be a new KV entry.
 * - `none`: nothing is kept. The request carries
 *   free-form input that would become part of the key: a search `q` or a `cursor`.
 */
export type CacheScope = 'shared' | 'isolate' | 'none'

/**
 * The cache scope of an anonymous public request (keyed requests are not cached at all).
 * `freeForm`: the key would include caller input of unbounded range (a feed's `q` or `cursor`).
 * Parameters a key does not include (`/articles/x?q=1`) do not matter: that page is cached.
 *
 * @example
 * cacheScope('https://news.example', true) // 'none': a search feed
 * cacheScope('', false) // 'isolate': the origin comes from the Host header
 */
export function cacheScope(publicBaseUrl: string | undefined, freeForm = false): CacheScope {
  if (freeForm) return 'none'
  return publicBaseUrl?.trim() ? 'shared' : 'isolate'
}

let renderCount = 0
/** Keys this isolate wrote in the last second: KV takes at most one write per second per key. */
const recentWrites = new Map<string, number>()
/** KV's rate for one key: at most one write (or delete) per second. */
export const WRITE_SPACING_MS = 1000

/** True (and remembered) when this isolate may write (or delete) the key now. */
export function mayWrite(key: string, now = Date.now()): boolean {
  const last = recentWrites.get(key)
  if (last !== undefined && now - last < WRITE_SPACING_MS) return false
  if (recentWrites.size > 1000) {
    for (const [k, at] of recentWrites) if (now - at >= WRITE_SPACING_MS) recentWrites.delete(k)
  }
  recentWrites.set(key, now)
  return true
}

/** Counts a render (the view layer), for `renderCountForTests`. */
export function noteRender(): void {
  renderCount += 1
}

/** When this isolate last wrote or deleted `key` (ms), if within the last second. */
export function lastWriteAt(key: string): number | undefined {
  return recentWrites.get(key)
}

/** How many renders this isolate has run (tests use it to see caching and coalescing). */
export function renderCountForTests(): number {
  return renderCount
}
