import { describe, expect, it } from 'vitest'
import { call, expectJson, expectProblem } from '../../helpers'

describe('system routes', () => {
  it('reports health', async () => {
    const body = await expectJson(await call('GET', '/healthz', { key: null }), 200)
    expect(body.status).toBe('ok')
    expect(body.schema.applied).toBeGreaterThanOrEqual(3)
    expect(body.schema.latest).toMatch(/^\d{4}_[a-z0-9_]+\.sql$/)
    expect(body.instance).toBeUndefined()
  })

  it('serves an OpenAPI 3.1 document generated from the schemas', async () => {
    const res = await call('GET', '/openapi.json', { key: null })
    const doc = await expectJson(res, 200)
    expect(doc.openapi).toBe('3.1.0')
    const create = doc.paths['/v1/articles'].post
    expect(create.requestBody.content['application/json'].schema.properties.headline.type).toBe(
      'string'
    )
    expect(create.requestBody.content['application/json'].schema.required).toContain('headline')
  })

  it('renders the API reference', async () => {
    const res = await call('GET', '/docs', { key: null })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html).toContain('/v1/articles')
    expect(html).toContain('Edgewire API reference')
  })

  it('answers unknown paths with a problem document', async () => {
    await expectProblem(await call('GET', '/nope', { key: null }), 404, 'not_found')
  })
})
