/**
 * @module Builds the Hono app: request ids, D1 sessions, auth, the one error handler, and the
 * routers.
 */
import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import { ApiError } from './domain/errors'
import type { AppEnv } from './env'
import { allowedMethods } from './middleware/allowed-methods'
import { authenticate } from './middleware/auth'
import { limitBody } from './middleware/body-limit'
import { corsPolicy } from './middleware/cors'
import { idempotency } from './middleware/idempotency'
import { rateLimit, type RateLimitRule } from './middleware/rate-limit'
import { d1Session } from './middleware/session'
import { d1Count } from './middleware/d1-count'
import { problemResponse } from './render/problem'
import { REQUEST_ID_MAX } from './services/response-memo'
import { findOperation, requestHeadersOf } from './routes/contract/operation'
import { OPERATIONS } from './routes/contract/operations'
import { SCHEMA_MISSING_DETAIL, isSchemaMissingError } from './storage/schema'
import { admin } from './routes/admin/admin'
import { articleExtraction } from './routes/articles/extraction'
import { articleBatch } from './routes/articles/batch'
import { articleList } from './routes/articles/list'
import { articles } from './routes/articles/articles'
import { changes } from './routes/sync/changes'
import { corrections } from './routes/articles/corrections'
import { EXTRACT_MAX_BODY_BYTES, extract } from './routes/extraction/extract'
import { feeds } from './routes/feeds/feeds'
import { keys } from './routes/keys/keys'
import { pages } from './routes/pages/pages'
import { preview } from './routes/articles/preview'
import { related } from './routes/related/related'
import { system } from './routes/system/system'
import { taxonomy } from './routes/articles/taxonomy'
import { webhooks } from './routes/sync/webhooks'
import { widgets } from './routes/widgets/widgets'

/** Largest request body the write API takes. */
export const MAX_BODY_BYTES = 1024 * 1024

/**
 * Per-client limits (mirror `[[ratelimits]]` in wrangler.toml): the two anonymous read-only POSTs,
 * and any other POST, PUT, PATCH or DELETE an anonymous caller sends.
 */
export const RATE_LIMITS = {
  paths: {
    '/v1/extract': { binding: 'EXTRACT_LIMITER', limit: 60, period: 60 },
    '/v1/related': { binding: 'RELATED_LIMITER', limit: 60, period: 60 },
  },
  anonymous: { binding: 'ANONYMOUS_WRITE_LIMITER', limit: 120, period: 60 },
} satisfies { paths: Record<string, RateLimitRule>; anonymous: RateLimitRule }

/**
 * True when the operation `method path` reaches declares `Idempotency-Key` (see OPERATIONS): POSTs
 * that only read (extraction, related text) and unserved paths ignore the header and store nothing.
 */
function takesIdempotencyKey(method: string, path: string): boolean {
  const op = findOperation(OPERATIONS, method, path)
  return op !== undefined && requestHeadersOf(op).includes('idempotency-key')
}

/** Creates the application. Every part of the API is mounted here. */
export function createApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  // The caller's X-Request-Id when it is a short safe token, else a fresh UUID; on every answer.
  app.use('*', requestId({ limitLength: REQUEST_ID_MAX }))
  app.use('*', corsPolicy())
  // API answers are data, never documents: nosniff, no framing, no referrer, HSTS. Resource and
  // opener policies stay off (widget JSON is read cross-origin; pages and embeds set their own).
  app.use(
    '/v1/*',
    secureHeaders({
      crossOriginResourcePolicy: false,
      crossOriginOpenerPolicy: false,
      overwrite: false,
    })
  )
  app.use('*', d1Session())
  app.use('*', d1Count())
  app.use('*', authenticate())
  // Before any body is read: a refused request costs one binding call.
  app.use('*', rateLimit(RATE_LIMITS))
  const [defaultLimit, extractLimit] = [
    limitBody(MAX_BODY_BYTES),
    limitBody(EXTRACT_MAX_BODY_BYTES),
  ]
  // Pages pasted for extraction may be larger than any article write: /v1/extract takes 2 MiB.
  app.use('/v1/*', (c, next) =>
    (c.req.path === '/v1/extract' ? extractLimit : defaultLimit)(c, next)
  )
  app.use('/v1/*', idempotency({ applies: takesIdempotencyKey }))

  app.route('/', system)
  app.route('/v1/articles', articleList)
  app.route('/v1/articles', articles)
  app.route('/v1/articles', articleExtraction)
  app.route('/v1/extract', extract)
  app.route('/v1', taxonomy)
  app.route('/v1/keys', keys)
  app.route('/v1/admin', admin)
  app.route('/v1/articles', articleBatch)
  app.route('/v1', related)
  app.route('/v1/changes', changes)
  app.route('/v1/articles', corrections)
  app.route('/v1/webhooks', webhooks)
  app.route('/', preview)
  app.route('/', pages)
  app.route('/', feeds)
  app.route('/', widgets)

  const methodsFor = allowedMethods(app.routes)
  app.notFound(function noRoute(c) {
    const requestId = c.var.requestId ?? crypto.randomUUID()
    const path = new URL(c.req.url).pathname
    const allowed = methodsFor(c.req.path)
    // A path that exists under other methods: 405 with `Allow` (OPTIONS outside CORS: 204 with it).
    if (allowed.length) {
      const allow = [...allowed, 'OPTIONS'].join(', ')
      if (c.req.method === 'OPTIONS') return c.body(null, 204, { allow })
      const method = c.req.method.slice(0, 20)
      const detail = `${method} is not allowed on ${path.slice(0, 200)}; use ${allow}.`
      return problemResponse('method_not_allowed', detail, requestId, { headers: { allow } })
    }
    const detail = `Nothing at ${c.req.method} ${path.slice(0, 200)}.`
    return problemResponse('not_found', detail, requestId)
  })

  app.onError((err, c) => {
    const requestId = c.var.requestId ?? crypto.randomUUID()
    if (err instanceof ApiError) {
      return problemResponse(err.code, err.message, requestId, {
        errors: err.errors,
        headers: err.headers,
      })
    }
    if (isSchemaMissingError(err)) {
      console.error(JSON.stringify({ level: 'error', requestId, message: err.message }))
      return problemResponse('unavailable', SCHEMA_MISSING_DETAIL, requestId)
    }
    // Anything else is our fault: log it for operators, answer generically.
    console.error(
      JSON.stringify({ level: 'error', requestId, message: err.message, stack: err.stack })
    )
    return problemResponse(
      'internal',
      'Something went wrong on our side. Quote the requestId when reporting it.',
      requestId
    )
  })
  return app
}
