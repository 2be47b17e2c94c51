/**
 * @module The sync operations (change feed, webhooks, draft preview) for /openapi.json and /docs.
 */
import type { Operation } from './api-spec'
import { ChangesQuerySchema } from './changes'

export const SYNC_OPERATIONS: Operation[] = [
  {
    method: 'get', path: '/v1/changes', summary: 'Change feed: every article write, in order, resumable', tag: 'Sync', query: ChangesQuerySchema,
    description: 'An ordered log of `created`, `updated`, `scheduled`, `published`, `unpublished`, `archived` and `corrected` events, one per write, written in the same transaction as the write. Each event carries the article as that write left it (with its `url`). Pass `meta.cursor` back as `cursor` to get what happened since; an empty page still moves the cursor. Anonymous callers see events of published stories, and a `tombstone: true` event (with `article: null`) when a story leaves public view; keys with `articles:read-drafts` see every event, each with its article and `previousStatus`. Events are kept 30 days; older ones are compacted to the latest event of each story, so replaying from the start (no cursor) always rebuilds the current state. A cursor older than that window gets `410 cursor_expired`: replay from the start. A cursor this API did not issue (or one ahead of the log) is a 400.',
    responses: { 200: '`{ changes: [{ cursor, type, articleId, slug, revision, status, at, tombstone, article }], meta: { cursor, hasMore, limit, retentionDays } }`, `Link` rel="next" while `hasMore`', 400: 'Unknown or repeated parameter, limit outside 1-100, a cursor this API did not issue', 410: 'Cursor older than the 30-day window (`cursor_expired`): replay from the start' },
    example: "curl 'localhost:8787/v1/changes?limit=100'",
  },
]
