/**
 * @module D1 Sessions API per request: reads may go to a nearby replica, and a client that sends
 * back the `X-D1-Bookmark` it was given reads at least what it wrote.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'

export const BOOKMARK_HEADER = 'x-d1-bookmark'

/**
 * Opens a D1 session for the request. Writes start at the primary; reads start anywhere unless the
 * client sends a bookmark. The session's latest bookmark goes back in `X-D1-Bookmark`.
 */
export function d1Session(): MiddlewareHandler<AppEnv> {
  return async function d1SessionMiddleware(c, next) {
    const given = c.req.header(BOOKMARK_HEADER)
    const bookmark = given && given.length <= 200 && /^[\w-]+$/.test(given) ? given : undefined
    const write = c.req.method !== 'GET' && c.req.method !== 'HEAD'
    const session = c.env.DB.withSession(
      bookmark ?? (write ? 'first-primary' : 'first-unconstrained')
    )
    c.set('db', session)
    await next()
    const latest = session.getBookmark()
    if (latest) c.res.headers.set(BOOKMARK_HEADER, latest)
  }
}
