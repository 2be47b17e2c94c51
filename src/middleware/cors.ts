/**
 * @module CORS for the API (`/v1/*`) and the feeds, configured by `CORS_ORIGINS`.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import type { AppEnv } from '../env'

const READ_METHODS = ['GET', 'HEAD']
const WRITE_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']
const READ_HEADERS = [
  'Accept',
  'Accept-Language',
  'Content-Type',
  'If-None-Match',
  'If-Modified-Since',
  'X-Request-Id',
  'X-D1-Bookmark',
]
const WRITE_HEADERS = [
  ...READ_HEADERS,
  'Authorization',
  'If-Match',
  'If-Unmodified-Since',
  'Idempotency-Key',
]
/** Response headers a cross-origin script may read, beyond the CORS-safelisted ones. */
export const CORS_EXPOSED_HEADERS = [
  'ETag',
  'Last-Modified',
  'Link',
  'Location',
  'RateLimit',
  'RateLimit-Policy',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'Retry-After',
  'X-Request-Id',
  'X-D1-Bookmark',
  'X-Cache',
]
/** How long a browser may reuse a preflight answer (browsers cap it lower: Chromium at 2 h). */
export const CORS_MAX_AGE = 86_400

/** `CORS_ORIGINS` read: may any page read anonymously, and which origins are trusted with keys. */
export interface CorsPolicy {
  anyOriginReads: boolean
  origins: ReadonlySet<string>
}

/**
 * Reads `CORS_ORIGINS`: `*` lets any page make anonymous reads (GET, HEAD); each listed origin
 * (`https://desk.example`) may also send `Authorization` and write. Separated by spaces or commas;
 * unset means `*`, empty means same-origin only. Credentials (cookies) are never allowed.
 */
export function parseCorsOrigins(value: string | undefined): CorsPolicy {
  const tokens = (value ?? '*').split(/[\s,]+/).filter(Boolean)
  const origins = new Set<string>()
  for (const token of tokens) {
    const origin = normalOrigin(token)
    if (origin) origins.add(origin)
  }
  return { anyOriginReads: tokens.includes('*'), origins }
}

/** `https://Desk.Example:443/` → `https://desk.example`; anything that is not an origin → null. */
function normalOrigin(value: string | undefined): string | null {
  if (!value || !/^https?:\/\/[^/?#\s]+\/?$/i.test(value)) return null
  try {
    return new URL(value).origin
  } catch {
    return null
  }
}

/** True for a request (or the preflight of one) that reads without a key: what `*` grants. */
function isAnonymousRead(c: Context<AppEnv>, preflight: boolean): boolean {
  if (!preflight) return READ_METHODS.includes(c.req.method)
  const method = (c.req.header('access-control-request-method') ?? '').toUpperCase()
  const asked = (c.req.header('access-control-request-headers') ?? '').toLowerCase().split(',')
  return READ_METHODS.includes(method) && !asked.some((h) => h.trim() === 'authorization')
}

/** Whether CORS_ORIGINS governs this path: the widgets keep their own open CORS. */
function governs(path: string): boolean {
  return (
    (path.startsWith('/v1/') && !path.startsWith('/v1/widgets/')) ||
    path.startsWith('/feeds/') ||
    path === '/feeds.opml'
  )
}

/** Adds `Origin` to `Vary` after the handler (routes set `Vary: Authorization` themselves). */
function varyOnOrigin(res: Response): void {
  const vary = res.headers.get('vary')
  if (!vary) res.headers.set('vary', 'Origin')
  else if (!/(^|,)\s*origin\s*(,|$)/i.test(vary)) res.headers.set('vary', `${vary}, Origin`)
}

/**
 * CORS by `CORS_ORIGINS`: anonymous reads from anywhere under `*`; keys and writes only from
 * listed origins. A refused preflight gets a 204 without any `Access-Control-Allow-*` header, so
 * the browser stops there. Headers are set before the handler runs, so problems (404, 429) are
 * readable too.
 *
 * @example
 * app.use('*', corsPolicy())
 */
export function corsPolicy(): MiddlewareHandler<AppEnv> {
  const common = { exposeHeaders: CORS_EXPOSED_HEADERS, maxAge: CORS_MAX_AGE }
  const trusted = cors({
    ...common,
    origin: (origin) => origin,
    allowMethods: WRITE_METHODS,
    allowHeaders: WRITE_HEADERS,
  })
  const reads = cors({
    ...common,
    origin: '*',
    allowMethods: READ_METHODS,
    allowHeaders: READ_HEADERS,
  })
  let parsed: { from: string | undefined; policy: CorsPolicy } | null = null
  return async function corsHeaders(c, next) {
    if (!governs(c.req.path)) return next()
    if (!parsed || parsed.from !== c.env.CORS_ORIGINS) {
      parsed = { from: c.env.CORS_ORIGINS, policy: parseCorsOrigins(c.env.CORS_ORIGINS) }
    }
    const { policy } = parsed
    const origin = normalOrigin(c.req.header('origin'))
    if (origin && policy.origins.has(origin)) return trusted(c, next)
    const preflight = c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')
    let res: Response | void = undefined
    if (policy.anyOriginReads && isAnonymousRead(c, Boolean(preflight))) res = await reads(c, next)
    else if (preflight) res = c.body(null, 204)
    else await next()
    // With listed origins the answer depends on the caller's origin: shared caches must key on it.
    if (policy.origins.size) varyOnOrigin(res ?? c.res)
    return res
  }
}
