import { env } from 'cloudflare:test'
import { Hono } from 'hono'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app'
import type { AppEnv } from '../../../src/env'
import { OPERATIONS } from '../../../src/routes/contract/operations'
import {
  DEFINED_OPERATIONS,
  defineRoute,
  routerPath,
} from '../../../src/routes/contract/define-route'
import type { Operation } from '../../../src/routes/contract/operation'
import { ADMIN, call, expectJson, expectProblem } from '../../helpers'

describe('defineRoute', () => {
  it('turns operation paths into router paths under a mount point', () => {
    expect(routerPath('/v1/articles/{ref}/revisions/{revision}', '/v1/articles')).toBe(
      '/:ref/revisions/:revision'
    )
    expect(routerPath('/v1/tags', '/v1')).toBe('/tags')
    expect(routerPath('/ping')).toBe('/ping')
    expect(() => routerPath('/ping', '/v1')).toThrow(/not under/)
  })

  it('checks the scope, then validates the query and the JSON body with the declared schemas', async () => {
    const op = {
      method: 'post',
      path: '/echo/{id}',
      summary: 'Echo',
      tag: 'Test',
      scope: 'articles:write',
      query: v.object({ n: v.optional(v.pipe(v.string(), v.regex(/^\d+$/, 'a whole number'))) }),
      body: v.strictObject({ headline: v.string() }),
      responses: { 200: 'Echoed' },
    } satisfies Operation
    const router = new Hono<AppEnv>()
    defineRoute(router, op, (c, input) =>
      c.json({ id: c.req.param('id'), n: input.query.n, headline: input.body.headline })
    )
    const app = createApp()
    app.route('/', router)
    const send = (init: RequestInit & { q?: string; key?: string | null }) =>
      app.request(
        `/echo/7${init.q ?? ''}`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(init.key === null ? {} : { authorization: `Bearer ${ADMIN}` }),
          },
          body: init.body,
        },
        env
      )
    // A route registered only by the test: the full app's other routes never see it.
    expect((await send({ key: null, body: '{"headline":"x"}' })).status).toBe(401)
    const badQuery = await send({ q: '?n=x&m=1', body: '{"headline":"x"}' })
    expect(badQuery.status).toBe(400)
    const errors = ((await badQuery.json()) as { errors: { field: string; message: string }[] })
      .errors
    expect(errors.map((e) => e.field).sort()).toEqual(['m'])
    const badBody = await send({ body: '{"title":"x"}' })
    expect(badBody.status).toBe(400)
    const messages = ((await badBody.json()) as { errors: { message: string }[] }).errors.map(
      (e) => e.message
    )
    expect(messages).toEqual(
      expect.arrayContaining(['Unknown field "title"', '"headline" is required'])
    )
    const ok = await send({ q: '?n=3', body: '{"headline":"Harbour"}' })
    expect(ok.status, await ok.clone().text()).toBe(200)
    expect(await ok.json()).toEqual({ id: '7', n: '3', headline: 'Harbour' })
  })

  it('validates an empty body as {} when the operation marks its body optional', async () => {
    const op = {
      method: 'post',
      path: '/optional-body',
      summary: 'Optional body',
      tag: 'Test',
      body: v.strictObject({ limit: v.optional(v.number(), 50) }),
      bodyOptional: true,
      responses: { 200: 'Echoed' },
    } satisfies Operation
    const router = new Hono<AppEnv>()
    defineRoute(router, op, (c, input) => c.json({ limit: input.body.limit }))
    const app = createApp()
    app.route('/', router)
    const send = (body?: string) =>
      app.request(
        '/optional-body',
        { method: 'POST', headers: body ? { 'content-type': 'application/json' } : {}, body },
        env
      )
    const empty = await send()
    expect(empty.status, await empty.clone().text()).toBe(200)
    expect(await empty.json()).toEqual({ limit: 50 })
    const given = await send('{"limit":7}')
    expect(given.status, await given.clone().text()).toBe(200)
    expect(await given.json()).toEqual({ limit: 7 })
    const bad = await send('{"limit":"x"}')
    expect(bad.status, await bad.clone().text()).toBe(400)
    expect(((await bad.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('limit')
  })

  it('with lateBody, lets the handler answer 404 before it reads an invalid body', async () => {
    const op = {
      method: 'post',
      path: '/late/{id}',
      summary: 'Late body',
      tag: 'Test',
      body: v.strictObject({ n: v.number() }),
      responses: { 200: 'Echoed' },
    } satisfies Operation
    const router = new Hono<AppEnv>()
    defineRoute(
      router,
      op,
      async (c, { readBody }) => {
        if (c.req.param('id') !== 'known') return c.json({ missing: true }, 404)
        return c.json(await readBody())
      },
      { lateBody: true }
    )
    const app = createApp()
    app.route('/', router)
    const send = (id: string, body: string) =>
      app.request(
        `/late/${id}`,
        { method: 'POST', headers: { 'content-type': 'application/json' }, body },
        env
      )
    const missing = await send('other', '{"n":"x"}')
    expect(missing.status, await missing.clone().text()).toBe(404)
    const invalid = await send('known', '{"n":"x"}')
    expect(invalid.status, await invalid.clone().text()).toBe(400)
    const ok = await send('known', '{"n":2}')
    expect(ok.status, await ok.clone().text()).toBe(200)
    expect(await ok.json()).toEqual({ n: 2 })
  })

  it('serves every declared operation: none exists without its route', () => {
    const routes = createApp().routes.filter((r) => !['ALL', 'HEAD', 'OPTIONS'].includes(r.method))
    const served = (op: Operation) =>
      routes.some((r) => {
        if (r.method !== op.method.toUpperCase()) return false
        const pattern = r.path
          .replace(/[.+?^$()|[\]\\]/g, '\\$&')
          .replace(/:\w+(\{[^}]*\})?/g, '[^/]+')
        return new RegExp(`^${pattern}$`).test(op.path.replace(/\{\w+\}/g, 'x'))
      })
    expect(OPERATIONS.filter((op) => !served(op)).map((op) => `${op.method} ${op.path}`)).toEqual(
      []
    )
  })

  it('registers every declared operation through defineRoute: one declaration each', () => {
    createApp()
    const undefinedOps = OPERATIONS.filter((op) => !DEFINED_OPERATIONS.has(op))
    expect(undefinedOps.map((op) => `${op.method} ${op.path}`)).toEqual([])
    const keys = OPERATIONS.map((op) => `${op.method} ${op.path}`)
    expect(new Set(keys).size, 'one declaration per method and path').toBe(keys.length)
  })

  it('keeps the converted routes working: taxonomy lists refuse parameters', async () => {
    const body = await expectJson<{ tags: unknown[] }>(
      await call('GET', '/v1/tags', { key: null }),
      200
    )
    expect(Array.isArray(body.tags)).toBe(true)
    const problem = await expectProblem(
      await call('GET', '/v1/tags?limit=5', { key: null }),
      400,
      'validation_failed'
    )
    expect(problem.errors).toEqual([
      { field: 'limit', path: 'limit', message: 'Unknown parameter "limit"' },
    ])
  })
})
