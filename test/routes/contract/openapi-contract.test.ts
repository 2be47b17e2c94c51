import { describe, expect, it } from 'vitest'
import { PROBLEM_STATUS } from '../../../src/domain/errors'
import { OPERATIONS } from '../../../src/routes/contract/operations'
import { responsesOf } from '../../../src/routes/contract/operation'
import { BASE, call, expectJson, expectProblem } from '../../helpers'

type Json = Record<string, any>

describe('the OpenAPI contract', () => {
  it('declares a success response with a body schema for every operation', () => {
    const missing = OPERATIONS.flatMap((op) => {
      const responses = responsesOf(op)
      const success = Object.entries(responses).filter(([status]) => Number(status) < 400)
      const bodiless = (status: string) => ['204', '302', '304'].includes(status)
      if (!success.length) return [`${op.method} ${op.path}: no success response`]
      return success
        .filter(([status, r]) => !r.schema && !bodiless(status))
        .map(([s]) => `${op.method} ${op.path} ${s}`)
    })
    expect(missing).toEqual([])
  })

  it('documents 401 and 403 on keyed operations, 429 with its headers on rate-limited ones', async () => {
    const doc = await expectJson<Json>(await call('GET', '/openapi.json', { key: null }), 200)
    const keyed = OPERATIONS.filter((op) => op.scope)
    expect(keyed.length).toBeGreaterThanOrEqual(13)
    for (const op of keyed) {
      const responses = doc.paths[op.path][op.method].responses
      expect(Object.keys(responses), `${op.method} ${op.path}`).toEqual(
        expect.arrayContaining(['401', '403'])
      )
      expect(doc.paths[op.path][op.method].security).toEqual([{ bearer: [] }])
    }
    for (const path of ['/v1/extract', '/v1/related', '/v1/articles']) {
      const limited = doc.paths[path].post.responses['429']
      expect(limited.content['application/problem+json'].schema).toEqual({
        $ref: '#/components/schemas/Problem',
      })
      expect(Object.keys(limited.headers)).toEqual(
        expect.arrayContaining(['Retry-After', 'RateLimit-Limit'])
      )
    }
  })

  it('types parameters as clients send them and declares the conditional and idempotency headers', async () => {
    const doc = await expectJson<Json>(await call('GET', '/openapi.json', { key: null }), 200)
    const list = doc.paths['/v1/articles'].get
    const param = (name: string) => list.parameters.find((p: Json) => p.name === name)
    expect(param('limit').schema).toEqual({
      type: 'integer',
      minimum: 1,
      maximum: 100,
      default: 20,
    })
    expect(param('total').schema).toEqual({ type: 'boolean' })
    expect(param('sort').schema.enum).toContain('-updatedAt')
    const refs = (op: Json) =>
      op.parameters.filter((p: Json) => p.$ref).map((p: Json) => p.$ref.split('/').pop())
    expect(refs(doc.paths['/v1/articles/{ref}'].patch)).toEqual(['IfMatch'])
    expect(refs(doc.paths['/v1/articles'].post)).toEqual(['IdempotencyKey'])
    expect(refs(doc.paths['/v1/articles/{ref}'].get)).toEqual(['IfNoneMatch'])
    expect(doc.components.parameters.IfMatch).toMatchObject({ name: 'If-Match', in: 'header' })
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' })
    const widget = doc.paths['/embed/widget.v{hash}.js'].get
    expect(Object.keys(widget.responses)).toEqual(
      expect.arrayContaining(['200', '302', '304', '404'])
    )
    const ok = list.responses['200'].content['application/json'].schema
    expect(ok).toEqual({ $ref: '#/components/schemas/ArticleList' })
    expect(doc.components.schemas.ArticleList.required).toEqual(['articles', 'meta'])
  })

  it('writes examples and the server with the origin of the request', async () => {
    const res = await call('GET', '/openapi.json', { key: null })
    const text = await res.clone().text()
    const doc = await expectJson<Json>(res, 200)
    expect(doc.servers).toEqual([{ url: BASE }])
    expect(text).not.toContain('localhost:8787')
    expect(text).not.toContain('{origin}')
    const sample = doc.paths['/v1/articles'].get['x-codeSamples'][0].source
    expect(sample).toContain(`${BASE}/v1/articles?`)
    const docs = await call('GET', '/docs', { key: null })
    expect(docs.status).toBe(200)
    const html = await docs.text()
    expect(html).not.toContain('localhost:8787')
    expect(html).toContain(`curl -i ${BASE}/v1/articles/harbour-bridge-reopens-after-two-years`)
  })

  it('points every problem type at a page the Worker serves', async () => {
    const problem = await expectProblem(
      await call('GET', '/v1/articles/no-such-story', { key: null }),
      404,
      'not_found'
    )
    const page = await call('GET', new URL(problem.type, BASE).pathname, { key: null })
    expect(page.status, await page.clone().text()).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    for (const code of Object.keys(PROBLEM_STATUS)) {
      const res = await call('GET', `/problems/${code.replace(/_/g, '-')}`, { key: null })
      expect(res.status, code).toBe(200)
    }
    const doc = await expectJson<Json>(await call('GET', '/openapi.json', { key: null }), 200)
    expect(doc.components.schemas.Problem.properties.type.description).toContain(
      `${BASE}/problems/{code}`
    )
  })
})

describe('the API reference at /docs', () => {
  it('shows parameters, responses and a try-it form for every operation, under a strict CSP', async () => {
    const res = await call('GET', '/docs', { key: null })
    expect(res.status, await res.clone().text()).toBe(200)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/default-src 'none'/)
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'$|script-src 'sha256-[A-Za-z0-9+/=]+';/)
    expect(csp).not.toContain('unsafe-inline')
    const html = await res.text()
    expect(html.match(/<form class="try"/g)?.length).toBe(OPERATIONS.length)
    expect(html).toContain(
      '<td><code>limit</code></td><td>query</td><td>integer (≥ 1, ≤ 100), default 20</td>'
    )
    expect(html).toContain('<code>If-Match</code>')
    // Markdown backticks become <code>; only the JSON Schemas in <pre> keep their text as written.
    expect(html.replace(/<pre>[^]*?<\/pre>/g, '')).not.toMatch(/`[a-z]/)
    expect(html).not.toMatch(/<script[^>]+src=/)
  })
})
