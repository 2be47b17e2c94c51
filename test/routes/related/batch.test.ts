import { describe, expect, it } from 'vitest'
import { call, expectJson, expectProblem, uniqueSlug } from '../../helpers'

const item = (slug: string, extra: Record<string, unknown> = {}) => ({
  slug,
  headline: `Allotment society ${slug}`,
  body: 'The allotment society counted its marrows.',
  status: 'published',
  ...extra,
})

describe('POST /v1/articles/batch', () => {
  it('imports many articles in one request, with original publication dates', async () => {
    const slugs = Array.from({ length: 100 }, () => uniqueSlug('allot'))
    const res = await call('POST', '/v1/articles/batch', {
      json: {
        articles: slugs.map((s, i) =>
          item(
            s,
            i === 0
              ? { publishedAt: '2011-03-04T05:06:07Z', section: 'Gardens', tags: ['Vegetables'] }
              : {}
          )
        ),
      },
    })
    const body = await expectJson(res, 200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(body.meta).toEqual({ created: 100, updated: 0, unchanged: 0 })
    expect(body.articles.map((a: any) => a.slug)).toEqual(slugs)
    const first = await expectJson(
      await call('GET', `/v1/articles/${slugs[0]}`, { key: null }),
      200
    )
    expect(first.article.publishedAt).toBe('2011-03-04T05:06:07.000Z')
    expect(first.article.section).toEqual({ slug: 'gardens', name: 'Gardens' })
  })

  it('writes nothing when one article is invalid, and names it', async () => {
    const [good, bad] = [uniqueSlug('good'), uniqueSlug('bad')]
    const problem = await expectProblem(
      await call('POST', '/v1/articles/batch', {
        json: { articles: [item(good), item(bad, { headline: '' }), item(good)] },
      }),
      400,
      'validation_failed'
    )
    expect(problem.errors!.map((e) => e.path).sort()).toEqual(['articles.1.headline'])
    await expectProblem(await call('GET', `/v1/articles/${good}`), 404, 'not_found')
    const dup = await expectProblem(
      await call('POST', '/v1/articles/batch', { json: { articles: [item(good), item(good)] } }),
      400,
      'validation_failed'
    )
    expect(dup.errors!.map((e) => e.path)).toEqual(['articles.0.slug', 'articles.1.slug'])
    const future = await expectProblem(
      await call('POST', '/v1/articles/batch', {
        json: {
          articles: [
            item(good, { publishedAt: '2999-01-01T00:00:00Z' }),
            item(bad, { status: 'draft', publishedAt: '2001-01-01T00:00:00Z' }),
          ],
        },
      }),
      400,
      'validation_failed'
    )
    expect(future.errors!.map((e) => e.path)).toEqual([
      'articles.0.publishedAt',
      'articles.1.publishedAt',
    ])
    await expectProblem(await call('GET', `/v1/articles/${good}`), 404, 'not_found')
    await expectProblem(
      await call('POST', '/v1/articles/batch', { json: { articles: [] } }),
      400,
      'validation_failed'
    )
    await expectProblem(
      await call('POST', '/v1/articles/batch', {
        json: { articles: Array.from({ length: 101 }, () => item(uniqueSlug())) },
      }),
      400,
      'validation_failed'
    )
  })

  it('is idempotent: a retried batch changes nothing, and Idempotency-Key replays the answer', async () => {
    const slugs = [uniqueSlug('idem'), uniqueSlug('idem')]
    const batch = { articles: slugs.map((s) => item(s)) }
    const first = await expectJson(await call('POST', '/v1/articles/batch', { json: batch }), 200)
    const again = await expectJson(await call('POST', '/v1/articles/batch', { json: batch }), 200)
    expect(again.meta).toEqual({ created: 0, updated: 0, unchanged: 2 })
    expect(again.articles.map((a: any) => [a.id, a.revision])).toEqual(
      first.articles.map((a: any) => [a.id, a.revision])
    )

    const changed = await expectJson(
      await call('POST', '/v1/articles/batch', {
        json: {
          articles: [
            item(slugs[0]!, { headline: 'Allotment society wins a prize', ifRevision: 1 }),
            item(slugs[1]!),
          ],
        },
      }),
      200
    )
    expect(changed.articles.map((a: any) => a.result)).toEqual(['updated', 'unchanged'])
    expect(changed.articles[0].revision).toBe(2)

    const key = `batch-${uniqueSlug()}`
    const fresh = { articles: [item(uniqueSlug('key'))] }
    const a = await call('POST', '/v1/articles/batch', {
      json: fresh,
      headers: { 'idempotency-key': key },
    })
    const b = await call('POST', '/v1/articles/batch', {
      json: fresh,
      headers: { 'idempotency-key': key },
    })
    expect(b.headers.get('idempotent-replayed')).toBe('true')
    expect(await expectJson(b, 200)).toEqual(await expectJson(a, 200))
  })

  it('needs write and publish scopes, and refuses to replace an archived story', async () => {
    await expectProblem(
      await call('POST', '/v1/articles/batch', {
        key: null,
        json: { articles: [item(uniqueSlug())] },
      }),
      401,
      'unauthorized'
    )
    const slug = uniqueSlug('arch')
    const [created] = (
      await expectJson(
        await call('POST', '/v1/articles/batch', { json: { articles: [item(slug)] } }),
        200
      )
    ).articles
    await expectJson(
      await call('DELETE', `/v1/articles/${created.id}`, {
        headers: { 'if-match': `"${created.id}.r1"` },
      }),
      200
    )
    const problem = await expectProblem(
      await call('POST', '/v1/articles/batch', { json: { articles: [item(slug)] } }),
      409,
      'conflict'
    )
    expect(problem.errors!.map((e) => e.path)).toEqual(['articles.0.slug'])
  })
})
