/**
 * @module `Idempotency-Key` on keyed POST writes, as Stripe does it: the key is claimed atomically
 * in D1 before the handler runs, so of concurrent requests with one key exactly one executes; the
 * others get `409 idempotency_in_progress` (Retry-After) while it runs, then the replay.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { sha256Hex } from '../domain/crypto'
import { ApiError } from '../domain/errors'
import type { AppEnv } from '../env'
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  releaseIdempotencyKey,
  type IdempotencyRecord,
  type ReplayableResponse,
} from '../storage/idempotency'

const KEY_RE = /^[\x21-\x7e]{1,255}$/
const REPLAYED_HEADERS = ['content-type', 'location', 'etag', 'last-modified', 'cache-control']
/** Responses larger than this are not kept for replay: far below D1's 2 MB value limit. */
export const MAX_REPLAY_BYTES = 64 * 1024
/** A key secret (`ew_key_…_…`): a body that contains one is never stored. */
const SECRET_RE = /ew_key_[a-z0-9]{16}_[A-Za-z0-9_-]{43}/
/** Seconds a client should wait before retrying a request whose first attempt still runs. */
const IN_PROGRESS_RETRY_AFTER = 1
const encoder = new TextEncoder()

export interface IdempotencyOptions {
  /**
   * Whether the operation a request reaches takes `Idempotency-Key` (its declaration says so): the
   * header is ignored elsewhere, on reads such as extraction and on paths no operation serves
   * (which answer 404 or 405, not 400 for a malformed key). Default: every keyed POST.
   */
  applies?: (method: string, path: string) => boolean
}

/**
 * Claims, replays or records keyed POST requests that carry an `Idempotency-Key`. Anonymous
 * requests and read-only POSTs ignore the header: they change nothing, and storing their answers
 * would let anyone fill D1.
 *
 * @example
 * app.use('/v1/*', idempotency({ applies: (method, path) => path !== '/v1/extract' }))
 */
export function idempotency(options: IdempotencyOptions = {}): MiddlewareHandler<AppEnv> {
  const applies = options.applies ?? (() => true)
  return async function idempotencyMiddleware(c, next) {
    const key = c.req.header('idempotency-key')
    const principal = c.var.principal
    if (c.req.method !== 'POST' || key === undefined) return next()
    if (principal.kind === 'anonymous' || !applies(c.req.method, c.req.path)) return next()
    if (!KEY_RE.test(key)) {
      const detail = 'Idempotency-Key must be 1 to 255 visible ASCII characters.'
      throw new ApiError('bad_request', detail)
    }
    const fingerprint = await requestFingerprint(c)
    const db = c.var.db
    const result = await claimIdempotencyKey(db, principal.id, key, fingerprint, new Date())
    if (!result.claimed) return answerFromRecord(result.record, fingerprint)
    let completed = false
    try {
      await next()
      // Hono's compose turns a thrown error into c.res (via onError) and sets c.error.
      if (!c.error && c.res.status >= 200 && c.res.status < 300) {
        const replay = await replayOf(c)
        completed = true
        await completeIdempotencyKey(db, principal.id, key, result.claim, replay).catch(
          (err: unknown) => {
            // The write succeeded: answer it. The claim stays 'running' until its lease ends.
            const message = `idempotency record not completed: ${String(err)}`
            console.error(JSON.stringify({ level: 'error', requestId: c.var.requestId, message }))
          }
        )
      }
    } finally {
      // A failed execution (any non-2xx, or a throw) changed nothing: free the key for a retry.
      if (!completed) {
        await releaseIdempotencyKey(db, principal.id, key, result.claim).catch(() => undefined)
      }
    }
  }
}

/** SHA-256 of what makes two requests "the same": method, path, query, content type, body. */
async function requestFingerprint(c: Context<AppEnv>): Promise<string> {
  const url = new URL(c.req.url)
  const type = c.req.header('content-type') ?? ''
  const head = encoder.encode(`${c.req.method}\n${url.pathname}\n${url.search}\n${type}\n`)
  const body = new Uint8Array(await c.req.arrayBuffer())
  const all = new Uint8Array(head.length + body.length)
  all.set(head)
  all.set(body, head.length)
  return sha256Hex(all)
}

/** The answer to a request whose key is already held by another request, running or done. */
function answerFromRecord(record: IdempotencyRecord, fingerprint: string): Response {
  if (record.fingerprint !== fingerprint) {
    throw new ApiError(
      'idempotency_key_reused',
      'This Idempotency-Key was used with a different request (method, path, query or body); ' +
        'use a new key.'
    )
  }
  if (record.state === 'running') {
    throw new ApiError(
      'idempotency_in_progress',
      'The first request with this Idempotency-Key is still running; retry shortly.',
      { headers: { 'retry-after': String(IN_PROGRESS_RETRY_AFTER) } }
    )
  }
  if (record.body === null) {
    const where = record.headers.location ? ` Its result is at ${record.headers.location}.` : ''
    throw new ApiError(
      'conflict',
      `The first request with this Idempotency-Key succeeded (HTTP ${record.status}), but its ` +
        `response was not kept for replay (over ${MAX_REPLAY_BYTES} bytes, or it carried a ` +
        `secret); it is not executed again.${where}`
    )
  }
  const headers = { ...record.headers, 'idempotent-replayed': 'true' }
  return new Response(record.body, { status: record.status, headers })
}

/** What a retry replays: the response, its redacted form (secrets), or nothing (too large). */
async function replayOf(c: Context<AppEnv>): Promise<ReplayableResponse> {
  const headers: Record<string, string> = {}
  for (const name of REPLAYED_HEADERS) {
    const value = c.res.headers.get(name)
    if (value) headers[name] = value
  }
  const text = c.var.idempotentReplayBody ?? (await c.res.clone().text())
  const keep = encoder.encode(text).length <= MAX_REPLAY_BYTES && !SECRET_RE.test(text)
  return { status: c.res.status, headers, body: keep ? text : null }
}
