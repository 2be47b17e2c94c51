/**
 * @module Request body size limits. Like `hono/body-limit`, with one difference that matters on
 * Workers: a streamed (chunked) body that runs past the limit is read to its end, and dropped,
 * before the 413 is sent. Left half-read (cancelling it is not enough), the upload broke the
 * connection, and
 * `wrangler dev` answered the client's next request with a 503 ("worker restarted mid-request").
 * The platform caps request bodies (100 MB on most plans), so the drain is bounded; no byte is
 * kept.
 */
import type { MiddlewareHandler } from 'hono'
import { ApiError } from '../domain/errors'
import type { AppEnv } from '../env'

function tooLarge(maxSize: number): ApiError {
  return new ApiError('payload_too_large', `Request bodies are limited to ${maxSize} bytes.`)
}

/** Reads the rest of an upload and drops it (no bytes are kept). */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  for (;;) {
    const { done } = await reader.read()
    if (done) return
  }
}

/**
 * Refuses bodies over `maxSize` bytes with a 413 problem; a body of unknown length is read up to
 * the limit and handed on as bytes.
 *
 * @example
 * app.use('/v1/*', limitBody(1024 * 1024))
 */
export function limitBody(maxSize: number): MiddlewareHandler<AppEnv> {
  return async function limitRequestBody(c, next) {
    const body = c.req.raw.body
    if (!body) return next()
    const declared = c.req.raw.headers.get('content-length')
    if (declared !== null && !c.req.raw.headers.has('transfer-encoding')) {
      if (Number(declared) <= maxSize) return next()
      // Refused on its header alone, unread (as hono/body-limit does): cancelling the stream made
      // the runtime reset the connection before the client could read the 413.
      throw tooLarge(maxSize)
    }
    const reader = body.getReader()
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.length
      if (size > maxSize) {
        await drain(reader)
        throw tooLarge(maxSize)
      }
      chunks.push(value)
    }
    const bytes = new Uint8Array(size)
    let offset = 0
    for (const chunk of chunks) {
      bytes.set(chunk, offset)
      offset += chunk.length
    }
    c.req.raw = new Request(c.req.raw, { body: bytes })
    return next()
  }
}
