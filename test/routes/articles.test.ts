import { describe, expect, it } from 'vitest'
import { call, createArticle, expectJson, expectProblem, uniqueSlug } from '../helpers'

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
        image: { url: 'https://img.example/bridge.jpg', caption: 'The bridge at dawn', credit: 'Wire Agency photo' },
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
    const res = await call('POST', '/v1/articles', { json: { headline: '', tags: 'x', image: { url: 'ftp://x' }, bogus: 1 } })
    const problem = await expectProblem(res, 400, 'validation_failed')
    const paths = problem.errors!.map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['headline', 'tags', 'image.url']))
  })
})
