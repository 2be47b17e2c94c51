/**
 * @module The answers the article operations declare and no other test produced: a wrong media
 * type (415), an oversized body (413), an unknown or repeated query parameter (400), a body that
 * fails its schema naming the field (400), each checked against the declared contract by `call`.
 */
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app'
import type { Operation } from '../../../src/routes/contract/operation'
import { ARTICLE_BATCH, ARTICLE_OPERATIONS } from '../../../src/routes/articles/spec'
import { call, createArticle, expectJson, expectProblem, uniqueSlug } from '../../helpers'

const OVER_1_MIB = 'x'.repeat(1024 * 1024 + 10)

async function keyWith(...scopes: string[]): Promise<string> {
  const created = await call('POST', '/v1/keys', { json: { name: 'statuses', scopes } })
  return (await expectJson(created, 201)).key.secret
}

const etagOf = (a: { id: string; revision: number }) => `"${a.id}.r${a.revision}"`

describe('POST /v1/articles', () => {
  it('415 for a media type that is neither JSON nor copy, naming application/json', async () => {
    const problem = await expectProblem(
      await call('POST', '/v1/articles', {
        body: '<article><headline>Tide</headline></article>',
        headers: { 'content-type': 'application/xml' },
      }),
      415,
      'unsupported_media_type'
    )
    expect(problem.detail).toMatch(/application\/json.*application\/xml/)
  })

  it('415 for binary data sent as text/plain copy, and nothing is created', async () => {
    const slug = uniqueSlug('binary-copy')
    await expectProblem(
      await call('POST', `/v1/articles?slug=${slug}`, {
        body: `Ferry news\u0000\u0001\u0002\u0003\u0004\u0005`,
        headers: { 'content-type': 'text/plain' },
      }),
      415,
      'unsupported_media_type'
    )
    await expectProblem(await call('GET', `/v1/articles/${slug}`), 404, 'not_found')
  })

  it('400 naming the field for an empty text body', async () => {
    const problem = await expectProblem(
      await call('POST', '/v1/articles', {
        body: '   ',
        headers: { 'content-type': 'text/plain' },
      }),
      400,
      'bad_request'
    )
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: '(body)', message: expect.stringMatching(/empty/) }),
    ])
  })

  it('text/plain copy takes the slug and section from the query, and ignores them for JSON', async () => {
    const slug = uniqueSlug('copy-query')
    const copy = await expectJson(
      await call('POST', `/v1/articles?slug=${slug}&section=harbour`, {
        body: 'Ferry runs late\n\nThe morning ferry to Lunnholm ran an hour late on Tuesday.',
        headers: { 'content-type': 'text/plain' },
      }),
      201
    )
    expect(copy.article.slug).toBe(slug)
    expect(copy.article.section).toEqual(expect.objectContaining({ slug: 'harbour' }))
    const jsonSlug = uniqueSlug('json-query')
    const json = await expectJson(
      await call('POST', `/v1/articles?slug=ignored-${jsonSlug}&status=bogus`, {
        json: { slug: jsonSlug, headline: 'Quay repaired', body: '<p>Invented.</p>' },
      }),
      201
    )
    expect(json.article.slug).toBe(jsonSlug)
    expect(json.article.status).toBe('draft')
  })
})

describe('PATCH /v1/articles/{ref}', () => {
  it('415 for a body that is not JSON, once the story and If-Match pass', async () => {
    const a = await createArticle()
    const problem = await expectProblem(
      await call('PATCH', `/v1/articles/${a.id}`, {
        body: 'dek=After two years',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'if-match': etagOf(a) },
      }),
      415,
      'unsupported_media_type'
    )
    expect(problem.detail).toMatch(/application\/json/)
  })

  it('answers 404, then 428, then 412 before it looks at the body', async () => {
    const a = await createArticle()
    const form = { 'content-type': 'text/plain' }
    await expectProblem(
      await call('PATCH', `/v1/articles/${uniqueSlug('missing')}`, { body: 'x', headers: form }),
      404,
      'not_found'
    )
    await expectProblem(
      await call('PATCH', `/v1/articles/${a.id}`, { body: 'x', headers: form }),
      428,
      'precondition_required'
    )
    await expectProblem(
      await call('PATCH', `/v1/articles/${a.id}`, {
        body: 'x',
        headers: { ...form, 'if-match': `"${a.id}.r99"` },
      }),
      412,
      'precondition_failed'
    )
  })

  it('400 naming an unknown field in English, and 413 for a body over 1 MiB', async () => {
    const a = await createArticle()
    const invalid = await expectProblem(
      await call('PATCH', `/v1/articles/${a.id}`, {
        json: { title: 'Renamed' },
        headers: { 'if-match': etagOf(a) },
      }),
      400,
      'validation_failed'
    )
    expect(invalid.errors).toEqual([
      { field: 'title', path: 'title', message: 'Unknown field "title"' },
    ])
    await expectProblem(
      await call('PATCH', `/v1/articles/${a.id}`, {
        json: { body: OVER_1_MIB },
        headers: { 'if-match': etagOf(a) },
      }),
      413,
      'payload_too_large'
    )
    const after = await expectJson(await call('GET', `/v1/articles/${a.id}`), 200)
    expect(after.article.revision).toBe(a.revision)
  })
})

describe('POST /v1/articles/{ref}/publish', () => {
  it('400 naming publishAt, 415 for a non-JSON body, 200 with no body at all', async () => {
    const a = await createArticle({ status: 'draft' })
    const invalid = await expectProblem(
      await call('POST', `/v1/articles/${a.id}/publish`, { json: { publishAt: 'soon' } }),
      400,
      'validation_failed'
    )
    expect(invalid.errors?.map((e) => e.field)).toEqual(['publishAt'])
    await expectProblem(
      await call('POST', `/v1/articles/${a.id}/publish`, {
        body: 'now',
        headers: { 'content-type': 'text/plain' },
      }),
      415,
      'unsupported_media_type'
    )
    const published = await expectJson(await call('POST', `/v1/articles/${a.id}/publish`), 200)
    expect(published.article.status).toBe('published')
  })
})

describe('POST /v1/articles/batch', () => {
  it('415 for a body that is not JSON', async () => {
    await expectProblem(
      await call('POST', '/v1/articles/batch', {
        body: 'headline,body\nTide,Invented',
        headers: { 'content-type': 'text/csv' },
      }),
      415,
      'unsupported_media_type'
    )
  })

  it('413 for a body over 1 MiB, and nothing is written', async () => {
    const slug = uniqueSlug('huge-batch')
    await expectProblem(
      await call('POST', '/v1/articles/batch', {
        json: { articles: [{ slug, headline: 'Huge', body: OVER_1_MIB }] },
      }),
      413,
      'payload_too_large'
    )
    await expectProblem(await call('GET', `/v1/articles/${slug}`), 404, 'not_found')
  })

  it('401 without a key, 403 with a key that cannot write', async () => {
    const json = { articles: [{ headline: 'Tide floods causeway', body: 'Invented.' }] }
    await expectProblem(
      await call('POST', '/v1/articles/batch', { json, key: null }),
      401,
      'unauthorized'
    )
    const reader = await keyWith('articles:read-drafts')
    await expectProblem(
      await call('POST', '/v1/articles/batch', { json, key: reader }),
      403,
      'forbidden'
    )
  })
})

describe('GET /v1/articles', () => {
  it('400 naming an unknown parameter and a repeated one; tag and author may repeat', async () => {
    const problem = await expectProblem(
      await call('GET', '/v1/articles?sectoin=city&limit=5&limit=6', { key: null }),
      400,
      'validation_failed'
    )
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(['limit', 'sectoin'])
    expect(problem.detail).toMatch(/unknown parameter sectoin/)
    const ok = await call('GET', '/v1/articles?tag=ferries&tag=bridges&limit=5', { key: null })
    await expectJson(ok, 200)
  })

  it('401 for an unknown key', async () => {
    await expectProblem(
      await call('GET', '/v1/articles', { key: 'not-a-real-key' }),
      401,
      'unauthorized'
    )
  })
})

describe('GET /v1/articles/{ref}/revisions', () => {
  it('400 for any query parameter, 403 without articles:read-drafts', async () => {
    const a = await createArticle()
    const problem = await expectProblem(
      await call('GET', `/v1/articles/${a.id}/revisions?limit=5`),
      400,
      'validation_failed'
    )
    expect(problem.errors?.map((e) => e.field)).toEqual(['limit'])
    const writer = await keyWith('articles:write')
    await expectProblem(
      await call('GET', `/v1/articles/${a.id}/revisions`, { key: writer }),
      403,
      'forbidden'
    )
    await expectProblem(
      await call('GET', `/v1/articles/${a.id}/revisions/1`, { key: writer }),
      403,
      'forbidden'
    )
  })
})

describe('the article operations come from their declarations', () => {
  it('every operation in routes/articles/spec.ts is registered by defineRoute', () => {
    const declared = createApp().routes.filter((r) => r.handler.name === 'declaredRoute')
    const registered = (op: Operation) =>
      declared.some(
        (r) =>
          r.method === op.method.toUpperCase() && r.path === op.path.replace(/\{(\w+)\}/g, ':$1')
      )
    const missing = [...ARTICLE_OPERATIONS, ARTICLE_BATCH].filter((op) => !registered(op))
    expect(missing.map((op) => `${op.method} ${op.path}`)).toEqual([])
  })
})

describe('the rest of the declared answers', () => {
  it('422 when an Idempotency-Key is reused for another publish, unpublish or batch', async () => {
    const [a, b] = [await createArticle({ status: 'draft' }), await createArticle()]
    const reuse = async (first: string, second: string, json?: unknown) => {
      const headers = { 'idempotency-key': `reuse-${uniqueSlug()}` }
      await expectJson(await call('POST', first, { headers, json }), 200)
      await expectProblem(
        await call('POST', second, { headers, json }),
        422,
        'idempotency_key_reused'
      )
    }
    await reuse(`/v1/articles/${a.id}/publish`, `/v1/articles/${b.id}/publish`)
    await reuse(`/v1/articles/${a.id}/unpublish`, `/v1/articles/${b.id}/unpublish`)
    const headers = { 'idempotency-key': `reuse-${uniqueSlug()}` }
    const item = (headline: string) => ({ articles: [{ headline, body: 'Invented.' }] })
    await expectJson(
      await call('POST', '/v1/articles/batch', { headers, json: item('Quay one') }),
      200
    )
    await expectProblem(
      await call('POST', '/v1/articles/batch', { headers, json: item('Quay two') }),
      422,
      'idempotency_key_reused'
    )
  })

  it('422 for a PATCH body that is not UTF-8, 412 for unpublish with a stale If-Match', async () => {
    const a = await createArticle()
    await expectProblem(
      await call('PATCH', `/v1/articles/${a.id}`, {
        body: new Uint8Array([0x7b, 0x22, 0x64, 0x65, 0x6b, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]),
        headers: { 'content-type': 'application/json', 'if-match': etagOf(a) },
      }),
      422,
      'unprocessable'
    )
    await expectProblem(
      await call('POST', `/v1/articles/${a.id}/unpublish`, {
        headers: { 'if-match': `"${a.id}.r99"` },
      }),
      412,
      'precondition_failed'
    )
    const after = await expectJson(await call('GET', `/v1/articles/${a.id}`), 200)
    expect(after.article.status).toBe('published')
  })

  it('404 for the revisions of an unknown story', async () => {
    await expectProblem(
      await call('GET', `/v1/articles/${uniqueSlug('nowhere')}/revisions`),
      404,
      'not_found'
    )
  })

  it('429 for anonymous writes past the limit, on every article write', async () => {
    const headers = { 'cf-connecting-ip': '198.51.100.144', 'content-type': 'application/json' }
    const writes: [string, string][] = [
      ['POST', '/v1/articles'],
      ['PATCH', '/v1/articles/some-story'],
      ['DELETE', '/v1/articles/some-story'],
      ['POST', '/v1/articles/some-story/publish'],
      ['POST', '/v1/articles/some-story/unpublish'],
      ['POST', '/v1/articles/batch'],
    ]
    for (const [method, path] of writes) {
      let limited: Response | null = null
      // The first write spends the client's allowance; the others are refused at once.
      for (let i = 0; i < 250 && !limited; i++) {
        const res = await call(method, path, { key: null, headers, body: '{}' })
        if (res.status === 429) limited = res
        else expect(res.status, await res.clone().text()).toBe(401)
      }
      expect(limited, `${method} ${path}: no 429`).not.toBeNull()
      await expectProblem(limited!, 429, 'rate_limited')
      expect(limited!.headers.get('retry-after')).toBeTruthy()
    }
  })

  it('503 naming the migration command on every article operation when the table is missing', async () => {
    const a = await createArticle()
    const ifMatch = { 'if-match': etagOf(a) }
    const requests: [string, string, Parameters<typeof call>[2]][] = [
      ['GET', '/v1/articles', { key: null }],
      ['POST', '/v1/articles', { json: { headline: 'Lost', body: '<p>Invented.</p>' } }],
      ['GET', `/v1/articles/${a.id}`, {}],
      ['PATCH', `/v1/articles/${a.id}`, { json: { dek: 'Lost' }, headers: ifMatch }],
      ['DELETE', `/v1/articles/${a.id}`, { headers: ifMatch }],
      ['POST', `/v1/articles/${a.id}/publish`, {}],
      ['POST', `/v1/articles/${a.id}/unpublish`, {}],
      ['GET', `/v1/articles/${a.id}/revisions`, {}],
      ['GET', `/v1/articles/${a.id}/revisions/1`, {}],
      ['POST', '/v1/articles/batch', { json: { articles: [{ headline: 'Lost', body: 'x' }] } }],
    ]
    await env.DB.exec('ALTER TABLE articles RENAME TO articles_moved_away')
    try {
      for (const [method, path, init] of requests) {
        const problem = await expectProblem(await call(method, path, init), 503, 'unavailable')
        expect(problem.detail, `${method} ${path}`).toContain('migrations apply')
      }
    } finally {
      await env.DB.exec('ALTER TABLE articles_moved_away RENAME TO articles')
    }
    await expectJson(await call('GET', `/v1/articles/${a.id}`), 200)
  })
})
