/**
 * @module The cron handler: builds the services' dependencies outside a request and publishes
 * scheduled articles whose time has come.
 */
import { SCOPES } from './domain/scopes'
import { siteNameOf } from './domain/site'
import type { Bindings } from './env'
import { runArticleListeners } from './routes/articles/events'
import type { ServiceDeps } from './services/deps'
import { retryViewInvalidations } from './services/view-invalidation'
import { CRON_LISTS, refreshRelatedLists } from './services/related-lists'
import { publishDueArticles as publishDue } from './services/scheduled-publishing'

export { PUBLISH_BATCH } from './services/scheduled-publishing'

/** The services' dependencies for the cron: the primary database, acting as `scheduler`. */
export function cronDeps(env: Bindings, waitUntil: (p: Promise<unknown>) => void): ServiceDeps {
  const origin = (env.PUBLIC_BASE_URL ?? '').replace(/\/+$/, '')
  return {
    db: env.DB.withSession('first-primary'),
    cache: env.CACHE,
    principal: { kind: 'admin', id: 'scheduler', scopes: new Set(SCOPES) },
    site: { origin, name: siteNameOf(env.SITE_NAME) },
    waitUntil,
    articleChanged: (article) => runArticleListeners({ env, origin, article }, waitUntil),
  }
}

/**
 * Publishes every due scheduled article (see `publishDueArticles` in services/): what the
 * scheduled handler runs every minute.
 */
export function publishDueArticles(
  env: Bindings,
  waitUntil: (p: Promise<unknown>) => void,
  now = new Date()
): Promise<{ published: string[]; failed: string[] }> {
  return publishDue(cronDeps(env, waitUntil), now)
}

/**
 * The cron's view pass: computes the related lists still queued (a bounded number), then retries
 * invalidations a request could not apply, and prunes old rows.
 */
export async function retryViews(env: Bindings): Promise<unknown> {
  const db = env.DB.withSession('first-primary')
  await refreshRelatedLists(db, CRON_LISTS)
  return retryViewInvalidations({ db, kv: env.CACHE })
}
