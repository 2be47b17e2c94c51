/**
 * @module Conditional request checks: `If-None-Match` for reads, `If-Match` for writes.
 */
import type { Context } from 'hono'
import { ApiError } from '../../domain/errors'

function etagList(header: string): string[] {
  return header
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean)
}

/** True when the request's `If-None-Match` matches the current ETag (a 304 is due). */
export function matchesIfNoneMatch(c: Context, etag: string): boolean {
  const header = c.req.header('if-none-match')
  if (!header) return false
  const tags = etagList(header)
  return tags.includes('*') || tags.some((tag) => tag.replace(/^W\//, '') === etag)
}

/**
 * Requires `If-Match` naming the current ETag: absent is 428, stale is 412. Strong comparison.
 */
export function requireIfMatch(c: Context, etag: string): void {
  const header = c.req.header('if-match')
  if (!header)
    throw new ApiError(
      'precondition_required',
      `Send If-Match with the article's current ETag (${etag}) so that no edit is lost.`
    )
  checkIfMatch(c, etag)
}

/** Honours `If-Match` when present: a stale ETag is 412. */
export function checkIfMatch(c: Context, etag: string): void {
  const header = c.req.header('if-match')
  if (!header) return
  const tags = etagList(header)
  if (!tags.includes('*') && !tags.includes(etag)) {
    throw new ApiError(
      'precondition_failed',
      `The article has changed: its ETag is now ${etag}. Fetch it again and retry.`,
      {
        headers: { etag },
      }
    )
  }
}
