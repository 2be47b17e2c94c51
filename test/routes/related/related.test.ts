import { beforeAll, describe, expect, it } from 'vitest'
import { call, expectJson, expectProblem } from '../../helpers'
import { DUPLICATE, STORIES, importStories } from './fixtures'

let ids: { id: string; slug: string }[] = []
const subjectOf = (id: string) =>
  id === ids[ids.length - 1]?.id
    ? DUPLICATE.subject
    : STORIES[ids.findIndex((x) => x.id === id)]?.subject

beforeAll(async () => {
  ids = await importStories([...STORIES, DUPLICATE])
})

describe('GET /v1/articles/{ref}/related', () => {
  it('ranks stories on the same subject first, never the story itself, each explained', async () => {
    for (const [i, story] of STORIES.entries()) {
      const res = await call('GET', `/v1/articles/${ids[i]!.slug}/related?limit=5`, { key: null })
      const body = await expectJson(res, 200)
      expect(res.headers.get('content-type')).toMatch(/^application\/json/)
      expect(body.article.id).toBe(ids[i]!.id)
      const top = body.related.slice(0, 2).map((r: any) => subjectOf(r.id))
      expect(top, JSON.stringify(body.related)).toEqual([story.subject, story.subject])
      expect(body.related.map((r: any) => r.id)).not.toContain(ids[i]!.id)
      for (const r of body.related) expect(r.score).toBeGreaterThan(0)
      expect(body.related[0].explanation.terms.length).toBeGreaterThan(0)
    }
  })

  it('explains with shared key terms, section and tags', async () => {
    const body = await expectJson(
      await call('GET', `/v1/articles/${ids[0]!.slug}/related?limit=3`),
      200
    )
    const first = body.related.find((r: any) => r.id === ids[1]!.id)
    expect(first, JSON.stringify(body.related)).toBeDefined()
    expect(first.explanation.terms).toEqual(expect.arrayContaining(['harbour', 'ferry']))
    expect(first.explanation.section).toBe('City')
    expect(first.explanation.tags).toEqual(['Transport'])
    const orchestra = await expectJson(
      await call('GET', `/v1/articles/${ids[3]!.slug}/related?limit=3`),
      200
    )
    // Shared entities come from the extraction engine's index (whatever type it gives them).
    const named = orchestra.related.flatMap((r: any) => [
      ...r.explanation.people,
      ...r.explanation.organizations,
      ...r.explanation.places,
    ])
    expect(named, JSON.stringify(orchestra.related.map((r: any) => r.explanation))).toContain(
      'Civic Orchestra'
    )
    for (const r of orchestra.related)
      expect(r.explanation).toEqual(
        expect.objectContaining({ organizations: expect.any(Array), places: expect.any(Array) })
      )
  })

  it('collapses near-duplicates: the same story filed twice counts once', async () => {
    const original = ids[6]!.id
    const copy = ids[ids.length - 1]!.id
    // Asked about the original, the copy is not an answer (it is the same story).
    const own = await expectJson(
      await call('GET', `/v1/articles/${original}/related?limit=10`),
      200
    )
    expect(own.related.map((r: any) => r.id)).not.toContain(copy)
    // Asked about another wheat story, only one of the two appears, the other folded into it.
    const other = await expectJson(
      await call('GET', `/v1/articles/${ids[7]!.id}/related?limit=10`),
      200
    )
    const shown = other.related.filter((r: any) => r.id === original || r.id === copy)
    expect(shown, JSON.stringify(other.related)).toHaveLength(1)
    expect(shown[0].duplicates).toEqual([shown[0].id === original ? copy : original])
  })

  it('filters by section and since', async () => {
    const all = await expectJson(
      await call('GET', `/v1/articles/${ids[6]!.slug}/related?limit=20`),
      200
    )
    expect(
      all.related.some((r: any) => r.section.slug !== 'business'),
      JSON.stringify(all.related)
    ).toBe(true)
    const bySection = await expectJson(
      await call('GET', `/v1/articles/${ids[6]!.slug}/related?section=business&limit=10`),
      200
    )
    expect(bySection.related.length).toBeGreaterThan(0)
    for (const r of bySection.related) expect(r.section.slug).toBe('business')
    const future = await expectJson(
      await call('GET', `/v1/articles/${ids[0]!.slug}/related?since=2999-01-01`),
      200
    )
    expect(future.related).toEqual([])
  })

  it('answers 404 for an unknown article and 400 for a limit outside 1-50', async () => {
    await expectProblem(await call('GET', '/v1/articles/no-such-story/related'), 404, 'not_found')
    await expectProblem(
      await call('GET', `/v1/articles/${'x'.repeat(500)}/related`),
      404,
      'not_found'
    )
    for (const limit of ['0', '51', 'ten', '-1', '1.5']) {
      const problem = await expectProblem(
        await call('GET', `/v1/articles/${ids[0]!.slug}/related?limit=${limit}`),
        400,
        'validation_failed'
      )
      expect(problem.errors!.map((e) => e.path)).toEqual(['limit'])
    }
    const bad = await expectProblem(
      await call('GET', `/v1/articles/${ids[0]!.slug}/related?since=yesterday&halfLife=0`),
      400,
      'validation_failed'
    )
    expect(bad.errors!.map((e) => e.path).sort()).toEqual(['halfLife', 'since'])
  })

  it('hides drafts from anonymous callers but shows them to editors', async () => {
    const [draft] = await (async () => {
      const res = await call('POST', '/v1/articles/batch', {
        json: {
          articles: [
            {
              headline: STORIES[3]!.headline + ' (draft)',
              body: STORIES[3]!.body,
              status: 'draft',
            },
          ],
        },
      })
      return (await expectJson(res, 200)).articles
    })()
    await expectProblem(
      await call('GET', `/v1/articles/${draft.id}/related`, { key: null }),
      404,
      'not_found'
    )
    const body = await expectJson(
      await call('GET', `/v1/articles/${draft.id}/related?limit=2`),
      200
    )
    expect(body.related.map((r: any) => subjectOf(r.id))).toEqual(['orchestra', 'orchestra'])
  })
})
