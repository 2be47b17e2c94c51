/**
 * @module GET /v1/changes: the change feed, an ordered and resumable log of every article write.
 * Anonymous callers see public events (tombstones when a story leaves public view); keys with
 * `articles:read-drafts` see every event.
 */
import { Hono } from 'hono'
import {
  CHANGE_RETENTION_DAYS,
  CHANGES_DEFAULT_LIMIT,
  decodeChangeCursor,
  encodeChangeCursor,
  type ChangeCursor,
} from '../../domain/changes'
import { ApiError } from '../../domain/errors'
import { hasScope } from '../../domain/scopes'
import type { AppEnv } from '../../env'
import { listChanges, readChangeLogState, type StoredChange } from '../../storage/changes'
import { publicView } from '../articles/articles'
import { publicOrigin } from '../http/origin'
import { defineRoute } from '../contract/define-route'
import { CHANGES } from './spec'

export { ChangesQuerySchema } from './spec'

export const changes = new Hono<AppEnv>()

/** Where a request resumes: the start (a replay) without a cursor; a bad cursor is a 400. */
async function startOf(cursor: string | undefined): Promise<ChangeCursor> {
  if (cursor === undefined) return { seq: 0, replay: true }
  const position = await decodeChangeCursor(cursor)
  if (position === null) {
    throw new ApiError('bad_request', 'The cursor is not one this API issued; use meta.cursor.', {
      errors: [{ path: 'cursor', message: 'not a change-feed cursor' }],
    })
  }
  return position
}

/** One event as the API shows it to a caller who may (`full`) or may not see drafts. */
async function changeView(change: StoredChange, full: boolean, origin: string, replay: boolean) {
  const gone = change.visibility === 'tombstone'
  const article = (full || !gone) && change.article ? publicView(change.article, origin) : null
  return {
    cursor: await encodeChangeCursor({ seq: change.seq, replay }),
    type: change.kind,
    articleId: change.articleId,
    slug: change.slug,
    revision: change.revision,
    status: change.status,
    ...(full && { previousStatus: change.previousStatus }),
    at: change.at,
    tombstone: gone,
    article,
  }
}

defineRoute(
  changes,
  CHANGES,
  async (c, { query }) => {
    const start = await startOf(query.cursor)
    const after = start.seq
    const limit = query.limit ?? CHANGES_DEFAULT_LIMIT
    const full = hasScope(c.var.principal, 'articles:read-drafts')
    const { changes: page, state, truncated } = await listChanges(c.var.db, after, limit + 1, full)
    // Compaction removed events after a tail cursor: it would miss transitions. A replay would not.
    if (!start.replay && after < state.horizon) {
      const detail =
        `The cursor is older than the ${CHANGE_RETENTION_DAYS}-day window of the change ` +
        'feed. Resynchronise: replay GET /v1/changes from the start, without a cursor.'
      throw new ApiError('cursor_expired', detail)
    }
    // A replica may lag behind the primary that issued the cursor: ask the primary before refusing.
    if (
      after > state.head &&
      after > (await readChangeLogState(c.env.DB.withSession('first-primary'))).head
    ) {
      throw new ApiError('bad_request', 'The cursor is ahead of the change feed.', {
        errors: [{ path: 'cursor', message: 'ahead of the log' }],
      })
    }
    const hasMore = page.length > limit || truncated
    const shown = page.slice(0, limit)
    const origin = publicOrigin(c)
    // Without more events, the next cursor is the head: later reads skip the events this caller
    // cannot see.
    const lastSeq = shown.at(-1)?.seq ?? after
    const nextSeq = hasMore ? lastSeq : Math.max(lastSeq, state.head)
    const next = await encodeChangeCursor({
      seq: nextSeq,
      replay: start.replay && nextSeq < state.horizon,
    })
    c.header('cache-control', 'no-store')
    c.header('vary', 'Authorization')
    if (hasMore) {
      c.header('link', `<${origin}/v1/changes?cursor=${next}&limit=${limit}>; rel="next"`)
    }
    return c.json({
      changes: await Promise.all(
        shown.map((change) =>
          changeView(change, full, origin, start.replay && change.seq < state.horizon)
        )
      ),
      meta: { cursor: next, hasMore, limit, retentionDays: CHANGE_RETENTION_DAYS },
    })
  },
  { mount: '/v1/changes' }
)
