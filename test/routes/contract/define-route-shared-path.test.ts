import { env } from 'cloudflare:test'
import { Hono } from 'hono'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app'
import type { AppEnv } from '../../../src/env'
import { defineRoute } from '../../../src/routes/contract/define-route'
import type { Operation } from '../../../src/routes/contract/operation'

const Query = v.object({ n: v.optional(v.pipe(v.string(), v.regex(/^\d+$/, 'a whole number'))) })
const op = (path: string) =>
  ({
    method: 'get',
    path,
    summary: path,
    tag: 'Test',
    query: Query,
    responses: { 200: 'Echoed' },
  }) satisfies Operation

/** Two operations on one router path (`/shared/:file`), and a fallback for every other name. */
function sharedApp() {
  const router = new Hono<AppEnv>()
  const echo = (name: string) => (c: { json: (v: unknown) => Response }, n: string | undefined) =>
    c.json({ name, n: n ?? null })
  defineRoute(
    router,
    op('/shared/first.{format}'),
    (c, { readQuery }) => {
      if (c.req.param('file') === 'first.bad') return c.json({ missing: true }, 404)
      return echo('first')(c, readQuery().n)
    },
    { path: '/shared/:file', lateQuery: true }
  )
  defineRoute(router, op('/shared/second.{format}'), (c, { query }) => echo('second')(c, query.n), {
    path: '/shared/:file',
  })
  router.get('/shared/:file', (c) => c.json({ fallback: c.req.param('file') }, 404))
  const app = createApp()
  app.route('/', router)
  return (path: string) => app.request(path, {}, env)
}

describe('defineRoute on a shared router path', () => {
  it('gives each request to the operation whose template its path fits, else to the fallback', async () => {
    const send = sharedApp()
    const first = await send('/shared/first.rss?n=1')
    expect(first.status, await first.clone().text()).toBe(200)
    expect(await first.json()).toEqual({ name: 'first', n: '1' })
    const second = await send('/shared/second.json')
    expect(second.status, await second.clone().text()).toBe(200)
    expect(await second.json()).toEqual({ name: 'second', n: null })
    const other = await send('/shared/third.rss')
    expect(other.status, await other.clone().text()).toBe(404)
    expect(await other.json()).toEqual({ fallback: 'third.rss' })
  })

  it('with lateQuery, lets the handler answer 404 before it reads an invalid query', async () => {
    const send = sharedApp()
    const missing = await send('/shared/first.bad?n=x')
    expect(missing.status, await missing.clone().text()).toBe(404)
    const invalid = await send('/shared/first.rss?n=x')
    expect(invalid.status, await invalid.clone().text()).toBe(400)
    const errors = ((await invalid.json()) as { errors: { field: string }[] }).errors
    expect(errors.map((e) => e.field)).toEqual(['n'])
    // Without lateQuery the query is checked before the handler runs, and strictly.
    const strict = await send('/shared/second.rss?m=1')
    expect(strict.status, await strict.clone().text()).toBe(400)
  })
})
