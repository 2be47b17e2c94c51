import { beforeAll, describe, expect, it } from 'vitest'
import { call, expectJson, expectProblem } from '../../helpers'
import { STORIES, importStories } from './fixtures'

let ids: { id: string; slug: string }[] = []

beforeAll(async () => {
  ids = await importStories(STORIES, 'cur')
})

describe('PUT /v1/articles/{ref}/related', () => {
  it('puts pinned stories first and never shows excluded ones', async () => {
    const [source, sameSubject, pinned] = [ids[0]!, ids[1]!, ids[9]!]
    const put = await expectJson(
      await call('PUT', `/v1/articles/${source.slug}/related`, {
        json: { pinned: [pinned.slug], excluded: [sameSubject.id] },
      }),
      200
    )
    expect(put.curation).toEqual({ pinned: [pinned.id], excluded: [sameSubject.id] })
    const body = await expectJson(
      await call('GET', `/v1/articles/${source.id}/related?limit=5`, { key: null }),
      200
    )
    expect(body.related[0].id).toBe(pinned.id)
    expect(body.related[0].pinned).toBe(true)
    expect(body.related.map((r: any) => r.id)).not.toContain(sameSubject.id)
    expect(body.related.slice(1).every((r: any) => r.pinned === false)).toBe(true)

    // Replacing the lists with empty ones restores the plain ranking.
    await expectJson(
      await call('PUT', `/v1/articles/${source.slug}/related`, {
        json: { pinned: [], excluded: [] },
      }),
      200
    )
    const plain = await expectJson(
      await call('GET', `/v1/articles/${source.id}/related?limit=5`),
      200
    )
    expect(plain.related.map((r: any) => r.id)).toContain(sameSubject.id)
    expect(plain.related[0].id).not.toBe(pinned.id)
  })

  it('needs a write key', async () => {
    await expectProblem(
      await call('PUT', `/v1/articles/${ids[0]!.id}/related`, { key: null, json: { pinned: [] } }),
      401,
      'unauthorized'
    )
  })

  it('answers 422 naming every unknown or self reference', async () => {
    const problem = await expectProblem(
      await call('PUT', `/v1/articles/${ids[0]!.id}/related`, {
        json: { pinned: [ids[2]!.id, 'no-such-story'], excluded: [ids[0]!.slug] },
      }),
      422,
      'unprocessable'
    )
    expect(problem.errors!.map((e) => e.path).sort()).toEqual(['excluded.0', 'pinned.1'])
  })

  it('validates the body and answers 404 for an unknown article', async () => {
    const problem = await expectProblem(
      await call('PUT', `/v1/articles/${ids[0]!.id}/related`, { json: { pinned: 'x', extra: 1 } }),
      400,
      'validation_failed'
    )
    expect(problem.errors!.map((e) => e.path)).toEqual(expect.arrayContaining(['pinned']))
    const both = await expectProblem(
      await call('PUT', `/v1/articles/${ids[0]!.id}/related`, {
        json: { pinned: [ids[2]!.id], excluded: [ids[2]!.slug] },
      }),
      400,
      'validation_failed'
    )
    expect(both.errors!.map((e) => e.path)).toEqual(['pinned.0'])
    await expectProblem(
      await call('PUT', '/v1/articles/no-such-story/related', { json: { pinned: [] } }),
      404,
      'not_found'
    )
  })
})

describe('unpublishing and archiving', () => {
  it('removes a story from every answer on the next request', async () => {
    const [a, b, c] = [ids[3]!, ids[4]!, ids[5]!]
    const before = await expectJson(await call('GET', `/v1/articles/${a.id}/related?limit=5`), 200)
    expect(before.related.map((r: any) => r.id)).toEqual(expect.arrayContaining([b.id, c.id]))
    // Two answers come from the neighbours stored at write time, not from a live query.
    const stored = await expectJson(await call('GET', `/v1/articles/${a.id}/related?limit=2`), 200)
    expect(stored.meta.method).toBe('neighbors')
    expect(stored.related.map((r: any) => r.id).sort()).toEqual([b.id, c.id].sort())

    const current = await expectJson(await call('GET', `/v1/articles/${b.id}`), 200)
    await expectJson(
      await call('POST', `/v1/articles/${b.id}/unpublish`, {
        headers: { 'if-match': `"${b.id}.r${current.article.revision}"` },
      }),
      200
    )
    const current2 = await expectJson(await call('GET', `/v1/articles/${c.id}`), 200)
    await expectJson(
      await call('DELETE', `/v1/articles/${c.id}`, {
        headers: { 'if-match': `"${c.id}.r${current2.article.revision}"` },
      }),
      200
    )

    for (const [ref, limit] of [
      [a.id, 1],
      [a.id, 50],
      [ids[0]!.id, 50],
      [ids[6]!.id, 50],
    ] as const) {
      const after = await expectJson(
        await call('GET', `/v1/articles/${ref}/related?limit=${limit}`),
        200
      )
      expect(after.related.map((r: any) => r.id)).not.toContain(b.id)
      expect(after.related.map((r: any) => r.id)).not.toContain(c.id)
    }
    const posted = await expectJson(
      await call('POST', '/v1/related?limit=50', {
        json: { headline: STORIES[4]!.headline, body: STORIES[4]!.body },
      }),
      200
    )
    expect(posted.related.map((r: any) => r.id)).not.toContain(b.id)
    // An unpublished story has no public related list either.
    await expectProblem(
      await call('GET', `/v1/articles/${b.id}/related`, { key: null }),
      404,
      'not_found'
    )
  })
})
