/**
 * @module GET /v1/changes: the change feed, an ordered and resumable log of every article write.
 * Anonymous callers see public events (tombstones when a story leaves public view); keys with
 * `articles:read-drafts` see every event.
 */
import { Hono } from 'hono'
import { CHANGE_RETENTION_DAYS } from '../../domain/changes'
import type { AppEnv } from '../../env'
import { readChangeFeed, type StoredChange } from '../../services/changes'
import { publicView } from '../articles/articles'
import { publicOrigin } from '../http/origin'
import { defineRoute } from '../contract/define-route'
import { CHANGES } from './spec'

export { ChangesQuerySchema } from './spec'

export const changes = new Hono<AppEnv>()

/** One event as the API shows it to a caller who may (`full`) or may not see drafts. */
function changeView(change: StoredChange, cursor: string, full: boolean, origin: string) {
  const gone = change.visibility === 'tombstone'
  const article = (full || !gone) && change.article ? publicView(change.article, origin) : null
  return {
    cursor,
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
    const primary = c.env.DB.withSession('first-primary')
    const page = await readChangeFeed(c.var, primary, query)
    const { next, hasMore, limit, full } = page
    const origin = publicOrigin(c)
    c.header('cache-control', 'no-store')
    c.header('vary', 'Authorization')
    if (hasMore) {
      c.header('link', `<${origin}/v1/changes?cursor=${next}&limit=${limit}>; rel="next"`)
    }
    return c.json({
      changes: page.events.map((e) => changeView(e.change, e.cursor, full, origin)),
      meta: { cursor: next, hasMore, limit, retentionDays: CHANGE_RETENTION_DAYS },
    })
  },
  { mount: '/v1/changes' }
)
