/**
 * @module The change feed: a page of article events after a cursor, as far as the caller may see
 * them, and the cursor to resume from.
 */
import {
  CHANGE_RETENTION_DAYS,
  CHANGES_DEFAULT_LIMIT,
  decodeChangeCursor,
  encodeChangeCursor,
  type ChangeCursor,
} from '../domain/changes'
import { ApiError } from '../domain/errors'
import { hasScope } from '../domain/scopes'
import type { Db } from '../storage/db'
import { listChanges, readChangeLogState, type StoredChange } from '../storage/changes'
import type { ServiceDeps } from './deps'

export type { StoredChange }

/** One page of the feed: the events with the cursor each resumes from, and the next cursor. */
export interface ChangePage {
  events: { change: StoredChange; cursor: string }[]
  /** The caller sees drafts (every event, with `previousStatus`). */
  full: boolean
  next: string
  hasMore: boolean
  limit: number
}

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

/**
 * The events after `cursor` the caller may see: anonymous callers get public events (tombstones
 * when a story leaves public view), keys with `articles:read-drafts` every event. `primary` is the
 * primary database, asked before refusing a cursor a lagging replica has not reached yet.
 */
export async function readChangeFeed(
  deps: Pick<ServiceDeps, 'db' | 'principal'>,
  primary: Db,
  query: { cursor?: string; limit?: number }
): Promise<ChangePage> {
  const start = await startOf(query.cursor)
  const after = start.seq
  const limit = query.limit ?? CHANGES_DEFAULT_LIMIT
  const full = hasScope(deps.principal, 'articles:read-drafts')
  const { changes: page, state, truncated } = await listChanges(deps.db, after, limit + 1, full)
  // Compaction removed events after a tail cursor: it would miss transitions. A replay would not.
  if (!start.replay && after < state.horizon) {
    const detail =
      `The cursor is older than the ${CHANGE_RETENTION_DAYS}-day window of the change ` +
      'feed. Resynchronise: replay GET /v1/changes from the start, without a cursor.'
    throw new ApiError('cursor_expired', detail)
  }
  if (after > state.head && after > (await readChangeLogState(primary)).head) {
    throw new ApiError('bad_request', 'The cursor is ahead of the change feed.', {
      errors: [{ path: 'cursor', message: 'ahead of the log' }],
    })
  }
  const hasMore = page.length > limit || truncated
  const shown = page.slice(0, limit)
  // Without more events, the next cursor is the head: later reads skip the events this caller
  // cannot see.
  const lastSeq = shown.at(-1)?.seq ?? after
  const nextSeq = hasMore ? lastSeq : Math.max(lastSeq, state.head)
  const next = await encodeChangeCursor({
    seq: nextSeq,
    replay: start.replay && nextSeq < state.horizon,
  })
  const events = await Promise.all(
    shown.map(async (change) => ({
      change,
      cursor: await encodeChangeCursor({
        seq: change.seq,
        replay: start.replay && change.seq < state.horizon,
      }),
    }))
  )
  return { events, full, next, hasMore, limit }
}
