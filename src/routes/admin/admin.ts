/**
 * @module /v1/admin: maintenance for operators (admin scope `keys:manage`).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../env'
import { drainRelatedLists } from '../../services/related-lists'
import { flushViewOutbox } from '../../services/view-invalidation'
import { reindexArticles } from '../../services/admin'
import { servicesFor } from '../http/deps'
import { defineRoute } from '../contract/define-route'
import { ADMIN_REINDEX, ADMIN_RELATED_REFRESH } from './spec'

export { ReindexSchema } from './spec'

export const admin = new Hono<AppEnv>()

// Rebuilds derived indexes (full text, extraction, related stories) for a slice of articles: run it
// after a migration adds an index to a database that already holds articles, calling again with
// `after` = `next` until `next` is null. Each call is one transaction; revisions are untouched, and
// stored bodies are sanitized again (unchanged unless an older release stored HTML the current
// sanitizer refuses).
defineRoute(
  admin,
  ADMIN_REINDEX,
  async (c, { body: input }) => {
    const done = await reindexArticles(servicesFor(c), input.after, input.limit)
    c.header('cache-control', 'no-store')
    return c.json(done)
  },
  { mount: '/v1/admin' }
)

// Computes queued related lists (migration 0010) now rather than at the cron's pace: after a bulk
// import or a reindex. A failure leaves them queued: nothing is lost; call again.
defineRoute(
  admin,
  ADMIN_RELATED_REFRESH,
  async (c, { body: input }) => {
    // A failure answers as a problem (503 when the schema is missing); the queue keeps the stories.
    const done = await drainRelatedLists(c.var.db, input.limit)
    await flushViewOutbox({ db: c.var.db, kv: c.env.CACHE })
    c.header('cache-control', 'no-store')
    return c.json({ refreshed: done.refreshed, pending: done.pending })
  },
  { mount: '/v1/admin' }
)
