/**
 * @module `Idempotency-Key` on POST: a retry with the same key and body replays the first response;
 * the same key with a different body is a 422.
 */
import type { MiddlewareHandler } from 'hono'
import { ApiError } from '../domain/errors'
import type { AppEnv } from '../env'
import { getIdempotencyRecord, putIdempotencyRecord } from '../storage/idempotency'
import { sha256Hex } from './auth'

const KEY_RE = /^[\x21-\x7e]{1,255}$/
const REPLAYED_HEADERS = ['content-type', 'location', 'etag', 'last-modified']

/** Replays or records POST responses that carry an `Idempotency-Key`. */
export function idempotency(): MiddlewareHandler<AppEnv> {
  return async function idempotencyMiddleware(c, next) {
    const key = c.req.header('idempotency-key')
    if (c.req.method !== 'POST' || key === undefined) return next()
    if (!KEY_RE.test(key)) throw new ApiError('bad_request', 'Idempotency-Key must be 1 to 255 visible ASCII characters.')
    const body = new Uint8Array(await c.req.arrayBuffer())
    const requestHash = await sha256Hex(`${c.req.method} ${new URL(c.req.url).pathname}\n${c.req.header('content-type') ?? ''}\n${new TextDecoder().decode(body)}`)
    const principal = c.var.principal.id
    const now = new Date()
    const previous = await getIdempotencyRecord(c.var.db, principal, key, now)
    if (previous) {
      if (previous.requestHash !== requestHash) {
        throw new ApiError('idempotency_key_reused', 'This Idempotency-Key was used with a different request; use a new key.')
      }
      return new Response(previous.body, { status: previous.status, headers: { ...previous.headers, 'idempotent-replayed': 'true' } })
    }
    await next()
    if (c.res.status >= 200 && c.res.status < 300) {
      const headers: Record<string, string> = {}
      for (const name of REPLAYED_HEADERS) {
        const value = c.res.headers.get(name)
        if (value) headers[name] = value
      }
      const text = await c.res.clone().text()
      await putIdempotencyRecord(c.var.db, principal, key, { requestHash, status: c.res.status, headers, body: text }, now)
    }
  }
}
