/**
 * @module The HTTP side of the services layer: the public origin and site of a request, and the
 * dependencies a route hands to a service, built from the Hono context.
 */
import type { Context } from 'hono'
import { siteNameOf } from '../../domain/site'
import type { AppEnv } from '../../env'
import type { ServiceDeps, Site } from '../../services/deps'
import { runArticleListeners } from '../articles/events'
import { publicOrigin } from './origin'

export { publicOrigin }

/** The public site a request is answered for. */
export function siteOf(c: Context<AppEnv>): Site {
  return { origin: publicOrigin(c), name: siteNameOf(c.env.SITE_NAME) }
}

/**
 * The services' dependencies for this request: its D1 session, the KV cache, the caller, the site,
 * and `waitUntil` (looked up only when used: tests may run the app without an execution context).
 *
 * @example
 * const article = await createArticle(servicesFor(c), input)
 */
export function servicesFor(c: Context<AppEnv>): ServiceDeps {
  const site = siteOf(c)
  const waitUntil = (p: Promise<unknown>) => c.executionCtx.waitUntil(p)
  return {
    db: c.var.db,
    cache: c.env.CACHE,
    principal: c.var.principal,
    site,
    waitUntil,
    articleChanged: (article) => {
      runArticleListeners({ env: c.env, origin: site.origin, article }, waitUntil)
    },
    viewsInvalidated: (keys) => c.header('x-views-invalidated', String(keys)),
  }
}
