/**
 * @module Per-client rate limits on POSTs anyone can send, with Workers rate-limiting bindings
 * (`[[ratelimits]]` in wrangler.toml): `429 rate_limited` with `Retry-After` and `RateLimit-*`.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { ApiError } from '../domain/errors'
import type { AppEnv, Bindings } from '../env'

/** One limit: its binding, and the numbers configured for it in wrangler.toml (for the headers). */
export interface RateLimitRule {
  binding: 'EXTRACT_LIMITER' | 'RELATED_LIMITER' | 'ANONYMOUS_WRITE_LIMITER'
  /** Requests allowed per client and period (wrangler.toml `simple.limit`). */
  limit: number
  /** The window in seconds (wrangler.toml `simple.period`: 10 or 60). */
  period: number
}

export interface RateLimitOptions {
  /** Limits per path, for every caller (anonymous callers by address, keyed ones by key). */
  paths: Record<string, RateLimitRule>
  /** The limit of any other POST, PUT, PATCH or DELETE from an anonymous caller. */
  anonymous: RateLimitRule
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Applies the rule of the request, if any: before the body is read, so a refused request costs
 * nothing. The binding only says yes or no, so `RateLimit-Remaining` is sent only with a 429 (as
 * 0); every limited response carries `RateLimit-Limit` and `RateLimit-Policy`. If the binding
 * fails, the request is served: the limiter is a guard, not a dependency.
 *
 * @example
 * const extract = { binding: 'EXTRACT_LIMITER', limit: 60, period: 60 } as const
 * app.use('*', rateLimit({ paths: { '/v1/extract': extract }, anonymous }))
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  return async function rateLimitMiddleware(c, next) {
    if (SAFE_METHODS.has(c.req.method)) return next()
    const anonymous = c.var.principal.kind === 'anonymous'
    const rule = options.paths[c.req.path] ?? (anonymous ? options.anonymous : undefined)
    if (!rule) return next()
    const { limit, period } = rule
    const policy = { 'ratelimit-limit': String(limit), 'ratelimit-policy': `${limit};w=${period}` }
    if (!(await allowed(c, c.env[rule.binding], clientKey(c, rule)))) {
      const wait = String(period)
      const refused = { 'ratelimit-remaining': '0', 'ratelimit-reset': wait, 'retry-after': wait }
      throw new ApiError(
        'rate_limited',
        `Too many requests from this client: at most ${limit} every ${period} seconds. ` +
          `Try again in ${period} seconds.`,
        { headers: { ...policy, ...refused } }
      )
    }
    await next()
    if (c.res.headers.has('ratelimit-policy')) return
    const res = new Response(c.res.body, c.res)
    for (const [name, value] of Object.entries(policy)) res.headers.set(name, value)
    c.res = res
  }
}

/** Who is counted: a key by its id, anyone else by address (all local calls share one bucket). */
function clientKey(c: Context<AppEnv>, rule: RateLimitRule): string {
  const principal = c.var.principal
  if (principal.kind !== 'anonymous') return `${rule.binding}:key:${principal.id}`
  return `${rule.binding}:ip:${c.req.header('cf-connecting-ip') ?? 'local'}`
}

type Limiter = Bindings[RateLimitRule['binding']]

async function allowed(c: Context<AppEnv>, limiter: Limiter, key: string): Promise<boolean> {
  if (!limiter) return true
  try {
    return (await limiter.limit({ key })).success
  } catch (err) {
    const message = `rate limiter failed: ${(err as Error).message}`
    console.warn(JSON.stringify({ level: 'warn', requestId: c.var.requestId, message }))
    return true
  }
}
