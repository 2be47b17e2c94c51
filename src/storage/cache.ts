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

export interface CachedValue {
  body: string
  /**
   * 'HIT' from KV or memory, 'MISS' rendered now (and kept), 'BYPASS' rendered now and not kept
   * (KV failed, or scope `none`).
   */
  status: 'HIT' | 'MISS' | 'BYPASS'
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

/**
 * Rendered values this isolate has seen recently, for callers that opt in (`{ memory: true }`).
 * Keys name their content version, so a copy is never stale; the short TTL and the byte bound only
 * limit memory.
 */
const memory = new Map<string, { body: string; until: number }>()
const MEMORY_MAX_BYTES = 8 * 1024 * 1024
const MEMORY_MAX_ENTRY = 512 * 1024
const MEMORY_TTL_MS = 60_000
let memoryBytes = 0

function memoryGet(key: string, now: number): string | null {
  const entry = memory.get(key)
  if (!entry) return null
  memory.delete(key)
  if (entry.until < now) {
    memoryBytes -= entry.body.length
    return null
  }
  memory.set(key, entry) // most recently used last
  return entry.body
}

function memorySet(key: string, body: string, now: number): void {
  if (body.length > MEMORY_MAX_ENTRY) return
  const old = memory.get(key)
  if (old) {
    memory.delete(key)
    memoryBytes -= old.body.length
  }
  memory.set(key, { body, until: now + MEMORY_TTL_MS })
  memoryBytes += body.length
  for (const [k, e] of memory) {
    if (memoryBytes <= MEMORY_MAX_BYTES) break
    memory.delete(k)
    memoryBytes -= e.body.length
  }
}

/** Counts a render made outside `readThrough` (the view layer), for `renderCountForTests`. */
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

/**
 * Reads a rendered value from KV, or renders it and stores it. Concurrent misses for the same key
 * each render (no promise is shared between requests). A KV failure (read or write) never fails the
 * request: the value is rendered from D1 instead. Each versioned key is written once, far below
 * KV's one write per second per key, and this isolate never writes the same key twice within a
 * second. With `{ memory: true }` (for keys that name their content version) hot values are also
 * kept in this isolate, sparing the KV read.
 * `scope` (see `cacheScope`) limits where the value may be kept: `isolate` never touches KV, `none`
 * keeps it nowhere.
 */
export async function readThrough(
  kv: KVNamespace,
  key: string,
  kind: CacheKind,
  render: () => Promise<string>,
  waitUntil: (promise: Promise<unknown>) => void,
  options: { memory?: boolean; scope?: CacheScope } = {}
): Promise<CachedValue> {
  const scope = options.scope ?? 'shared'
  const useMemory = options.memory === true && scope !== 'none'
  const remembered = useMemory ? memoryGet(key, Date.now()) : null
  if (remembered !== null) return { body: remembered, status: 'HIT' }
  let kvOk = scope === 'shared'
  if (kvOk) {
    try {
      const hit = await kv.get(key)
      if (hit !== null) {
        if (useMemory) memorySet(key, hit, Date.now())
        return { body: hit, status: 'HIT' }
      }
    } catch {
      kvOk = false
    }
  }
  // Each request renders its own miss: a render promise shared across requests would run in the
  // first request's I/O context, and in workerd every joiner hangs or throws when that one ends.
  renderCount += 1
  const body = await render()
  if (useMemory && (kvOk || scope === 'isolate')) memorySet(key, body, Date.now())
  // A read just after our own write can still miss (KV is eventually consistent): do not write
  // twice.
  if (kvOk && mayWrite(key)) {
    waitUntil(kv.put(key, body, { expirationTtl: CACHE_TTL[kind] }).catch(() => undefined))
  }
  const kept = (scope === 'shared' && kvOk) || (scope === 'isolate' && useMemory)
  return { body, status: kept ? 'MISS' : 'BYPASS' }
}
