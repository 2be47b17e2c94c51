/**
 * @module The query every feed takes (`limit`, `summary`, `cursor`, `q`): one schema for the
 * handler and the OpenAPI document.
 */
import * as v from 'valibot'

/** Items per page when `limit` is absent, and the most a page may hold. */
export const FEED_DEFAULT_LIMIT = 30
export const FEED_MAX_LIMIT = 100
const LIMIT_MESSAGE = `a whole number from 1 to ${FEED_MAX_LIMIT}`

/** Query of every `/feeds/…` endpoint. */
export const FeedQuerySchema = v.object({
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,4}$/, LIMIT_MESSAGE),
      v.transform(Number),
      v.minValue(1, LIMIT_MESSAGE),
      v.maxValue(FEED_MAX_LIMIT, LIMIT_MESSAGE)
    ),
    String(FEED_DEFAULT_LIMIT)
  ),
  summary: v.optional(
    v.picklist(
      ['0', '1', 'true', 'false'],
      '1 or true for summary-only items, 0 or false for full content'
    )
  ),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(500, 'at most 500 characters'))),
  q: v.optional(v.pipe(v.string(), v.maxLength(500, 'at most 500 characters'))),
})
