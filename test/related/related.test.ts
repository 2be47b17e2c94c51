import { beforeAll, describe, expect, it } from 'vitest'
import { call, expectJson, expectProblem } from '../helpers'
import { DUPLICATE, STORIES, importStories } from './fixtures'

let ids: { id: string; slug: string }[] = []
let duplicateId = ''

beforeAll(async () => {
  ids = await importStories([...STORIES, DUPLICATE])
  duplicateId = ids[ids.length - 1]!.id
})

describe('GET /v1/articles/{ref}/related', () => {
  it('ranks stories on the same subject first, never the story itself, each explained', async () => {
    for (const [i, story] of STORIES.entries()) {
      const body = await expectJson(await call('GET', `/v1/articles/${ids[i]!.slug}/related?limit=5`, { key: null }), 200)
      expect(body.article.id).toBe(ids[i]!.id)
      const top = body.related.slice(0, 2).map((r: any) => STORIES[ids.findIndex((x) => x.id === r.id)]?.subject ?? 'wheat')
      expect(top, JSON.stringify(body.related)).toEqual([story.subject, story.subject])
      expect(body.related.map((r: any) => r.id)).not.toContain(ids[i]!.id)
      for (const r of body.related) {
        expect(r.score).toBeGreaterThan(0)
        expect(Array.isArray(r.explanation.terms)).toBe(true)
      }
      expect(body.related[0].explanation.terms.length).toBeGreaterThan(0)
    }
  })
})
