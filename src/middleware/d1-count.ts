/**
 * @module Counts the D1 statements a request prepares and reports them in `Server-Timing`
 * (`db;desc="N queries"`): a cached public view must show 0.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'

/** Wraps a D1 session so every `prepare` is counted; everything else passes through unchanged. */
export function countStatements<T extends object & { prepare: (query: string) => unknown }>(
  db: T,
  count: () => void
): T {
  return new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown
      if (prop === 'prepare') {
        return (query: string) => {
          count()
          return target.prepare(query)
        }
      }
      if (typeof value !== 'function') return value
      return (value as (...args: unknown[]) => unknown).bind(target)
    },
  })
}

/** Runs after `d1Session`: counts the request's statements, appends them to `Server-Timing`. */
export function d1Count(): MiddlewareHandler<AppEnv> {
  return async function d1CountMiddleware(c, next) {
    let statements = 0
    c.set(
      'db',
      countStatements(c.var.db, () => (statements += 1))
    )
    await next()
    const metric = `db;desc="${statements} queries"`
    const current = c.res.headers.get('server-timing')
    c.res.headers.set('server-timing', current ? `${current}, ${metric}` : metric)
  }
}
