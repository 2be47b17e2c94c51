import { describe, expect, it } from 'vitest'
import { call, createArticle, expectJson, expectProblem, uniqueSlug } from '../../helpers'

describe('POST /v1/articles', () => {
  it('creates an article with taxonomy, sanitized body, ETag and Location', async () => {
    const slug = uniqueSlug('harbour')
    const res = await call('POST', '/v1/articles', {
      json: {
        slug,
        headline: 'Harbour bridge reopens after repairs',
        dek: 'Two years of works end a week early',
        body: '<p onclick="steal()">Traffic flows again.<script>alert(1)</script></p><p><a href="javascript:alert(1)">x</a></p>',
        section: 'City',
        tags: ['Transport', 'Bridges', 'transport'],
        bylines: ['Ada Quill', 'Bo Lindqvist'],
        image: {
          url: 'https://img.example/bridge.jpg',
          caption: 'The bridge at dawn',
          credit: 'Wire Agency photo',
        },
        source: 'Wire Agency',
      },
    })
    const body = await expectJson(res, 201)
    const a = body.article
    expect(a.slug).toBe(slug)
    expect(a.status).toBe('draft')
    expect(a.revision).toBe(1)
    expect(a.section).toEqual({ slug: 'city', name: 'City' })
    expect(a.tags.map((t: any) => t.slug)).toEqual(['transport', 'bridges'])
    expect(a.bylines.map((t: any) => t.name)).toEqual(['Ada Quill', 'Bo Lindqvist'])
    expect(a.body).not.toMatch(/script|onclick|javascript/)
    expect(a.bodyText).toContain('Traffic flows again.')
    expect(res.headers.get('etag')).toBe(`"${a.id}.r1"`)
    expect(res.headers.get('location')).toBe(`/v1/articles/${a.id}`)

    const read = await expectJson(await call('GET', `/v1/articles/${slug}`), 200)
    expect(read.article).toEqual(a)
  })

  it('rejects a body with every failing field listed', async () => {
    const res = await call('POST', '/v1/articles', {
      json: { headline: '', tags: 'x', image: { url: 'ftp://x' }, bogus: 1 },
    })
    const problem = await expectProblem(res, 400, 'validation_failed')
    const paths = problem.errors!.map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['headline', 'tags', 'image.url']))
  })
})

describe('GET /v1/articles/{ref}', () => {
  it('answers If-None-Match with 304 and the same ETag', async () => {
    const a = await createArticle()
    const first = await call('GET', `/v1/articles/${a.id}`, { key: null })
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')!
    expect(etag).toBe(`"${a.id}.r1"`)
    expect(first.headers.get('cache-control')).toContain('public')
    const second = await call('GET', `/v1/articles/${a.slug}`, {
      key: null,
      headers: { 'if-none-match': etag },
    })
    expect(second.status).toBe(304)
    expect(second.headers.get('etag')).toBe(etag)
  })

  it('hides drafts from anonymous callers as 404, not 403', async () => {
    const draft = await createArticle({ status: 'draft' })
    await expectProblem(
      await call('GET', `/v1/articles/${draft.slug}`, { key: null }),
      404,
      'not_found'
    )
    const asEditor = await call('GET', `/v1/articles/${draft.slug}`)
    expect(asEditor.status).toBe(200)
    expect(asEditor.headers.get('cache-control')).toBe('private, no-store')
  })

  it('404s unknown and absurdly long references', async () => {
    await expectProblem(await call('GET', '/v1/articles/no-such-story'), 404, 'not_found')
    await expectProblem(await call('GET', `/v1/articles/${'x'.repeat(5000)}`), 404, 'not_found')
  })
})

describe('PATCH and DELETE need a current If-Match', () => {
  it('428 without If-Match, 412 with a stale one, and nothing is written', async () => {
    const a = await createArticle()
    await expectProblem(
      await call('PATCH', `/v1/articles/${a.id}`, { json: { dek: 'new' } }),
      428,
      'precondition_required'
    )
    await expectProblem(
      await call('PATCH', `/v1/articles/${a.id}`, {
        json: { dek: 'new' },
        headers: { 'if-match': `"${a.id}.r9"` },
      }),
      412,
      'precondition_failed'
    )
    await expectProblem(await call('DELETE', `/v1/articles/${a.id}`), 428, 'precondition_required')
    const after = await expectJson(await call('GET', `/v1/articles/${a.id}`), 200)
    expect(after.article.revision).toBe(1)
    expect(after.article.dek).toBeNull()
    const revisions = await expectJson(await call('GET', `/v1/articles/${a.id}/revisions`), 200)
    expect(revisions.revisions).toHaveLength(1)
  })

  it('patches some fields, bumps the revision, keeps a snapshot of each', async () => {
    const a = await createArticle({ tags: ['Rivers'] })
    const res = await call('PATCH', `/v1/articles/${a.id}`, {
      json: { dek: 'Water levels fall', tags: ['Rivers', 'Weather'] },
      headers: { 'if-match': `"${a.id}.r1"` },
    })
    const body = await expectJson(res, 200)
    expect(body.article.revision).toBe(2)
    expect(body.article.dek).toBe('Water levels fall')
    expect(body.article.headline).toBe(a.headline)
    expect(body.article.tags.map((t: any) => t.slug)).toEqual(['rivers', 'weather'])
    expect(res.headers.get('etag')).toBe(`"${a.id}.r2"`)
    const one = await expectJson(await call('GET', `/v1/articles/${a.id}/revisions/1`), 200)
    expect(one.revision.article.dek).toBeNull()
    const two = await expectJson(await call('GET', `/v1/articles/${a.id}/revisions/2`), 200)
    expect(two.revision.article.dek).toBe('Water levels fall')
    await expectProblem(await call('GET', `/v1/articles/${a.id}/revisions/3`), 404, 'not_found')
    await expectProblem(
      await call('GET', `/v1/articles/${a.id}/revisions/abc`),
      400,
      'validation_failed'
    )
  })

  it('rejects a slug another article has with 409', async () => {
    const a = await createArticle()
    const b = await createArticle()
    await expectProblem(
      await call('PATCH', `/v1/articles/${b.id}`, {
        json: { slug: a.slug },
        headers: { 'if-match': `"${b.id}.r1"` },
      }),
      409,
      'slug_taken'
    )
    await expectProblem(
      await call('POST', '/v1/articles', { json: { slug: a.slug, headline: 'Dup' } }),
      409,
      'slug_taken'
    )
  })

  it('archives on DELETE, keeps a tombstone for editors, hides it from the public, refuses further edits', async () => {
    const a = await createArticle()
    const res = await call('DELETE', `/v1/articles/${a.id}`, {
      headers: { 'if-match': `"${a.id}.r1"` },
    })
    const body = await expectJson(res, 200)
    expect(body.article.status).toBe('archived')
    await expectProblem(await call('GET', `/v1/articles/${a.id}`, { key: null }), 404, 'not_found')
    const tomb = await expectJson(await call('GET', `/v1/articles/${a.id}`), 200)
    expect(tomb.article.status).toBe('archived')
    await expectProblem(
      await call('PATCH', `/v1/articles/${a.id}`, {
        json: { dek: 'x' },
        headers: { 'if-match': `"${a.id}.r2"` },
      }),
      409,
      'invalid_transition'
    )
    await expectProblem(
      await call('POST', `/v1/articles/${a.id}/publish`),
      409,
      'invalid_transition'
    )
  })
})
