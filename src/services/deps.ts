/**
 * @module What every service takes instead of a request: the database, the cache, who is calling,
 * the public site, and how to run work after the answer (`waitUntil`). Routes build it with
 * `servicesFor(c)` (routes/http/deps.ts); the cron builds its own (scheduled.ts).
 */
import type { Article } from '../domain/article'
import type { Principal } from '../domain/scopes'
import type { Site } from '../domain/site'
import type { Db } from '../storage/db'

export type { Site }

/** The dependencies of a service call. Services never see a Hono `Context` and set no headers. */
export interface ServiceDeps {
  /** D1, or this request's Sessions API session. */
  db: Db
  /** KV of rendered views: a cache, never the source of truth. */
  cache: KVNamespace
  principal: Principal
  site: Site
  /** Keeps the Worker alive for work that must not hold up the answer. */
  waitUntil: (promise: Promise<unknown>) => void
  /** Runs the after-write listeners (WebSub pings...) for an article whose write has committed. */
  articleChanged: (article: Article) => void
  /** Told how many edge views a write dropped (a request reports it in `x-views-invalidated`). */
  viewsInvalidated?: (keys: number) => void
}
