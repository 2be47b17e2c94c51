/**
 * @module Feed answers no other test in this folder produced: an unknown key on the search feed,
 * and an invalid parameter on tag and author feeds (the query is read after the feed's name).
 */
import { describe, expect, it } from 'vitest'
import { call, createArticle, expectProblem, uniqueSlug } from '../../helpers'

describe('feed statuses', () => {
  it('refuse an unknown key on the search feed with 401 (send none to read anonymously)', async () => {
    await expectProblem(
      await call('GET', '/feeds/search.json?q=harbour', { key: 'not-a-key' }),
      401,
      'unauthorized'
    )
    const anonymous = await call('GET', '/feeds/search.json?q=harbour', { key: null })
    expect(anonymous.status, await anonymous.clone().text()).toBe(200)
  })

  it('answer 400 naming the parameter on tag and author feeds, and 404 first for a bad name', async () => {
    const id = uniqueSlug('st')
    await createArticle({ tags: [`Tag ${id}`], bylines: [`Writer ${id}`] })
    for (const path of [`/feeds/tags/tag-${id}`, `/feeds/authors/writer-${id}`]) {
      const ok = await call('GET', `${path}.atom?limit=2`, { key: null })
      expect(ok.status, await ok.clone().text()).toBe(200)
      const problem = await expectProblem(
        await call('GET', `${path}.atom?limit=0`, { key: null }),
        400,
        'validation_failed'
      )
      expect(problem.errors?.map((e) => e.path)).toEqual(['limit'])
      await expectProblem(await call('GET', `${path}.xml?limit=0`, { key: null }), 404, 'not_found')
    }
  })
})
