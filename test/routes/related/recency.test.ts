import { describe, expect, it } from 'vitest'
import { call, expectJson } from '../../helpers'
import { importStories } from './fixtures'

const day = 86_400_000
const ago = (days: number) => new Date(Date.now() - days * day).toISOString()

describe('recency half-life', () => {
  it('ranks yesterday above ten years ago for an equal match, and the half-life is configurable', async () => {
    const [source, oldStory, newStory] = await importStories([
      {
        subject: 'tide',
        headline: 'Spring tide floods Saltmarsh causeway',
        body: 'Council crews closed the Saltmarsh causeway road after the spring tide flooded it, the lighthouse keeper said.',
      },
      {
        subject: 'tide',
        headline: 'Causeway flooded by spring tide at Saltmarsh',
        body: 'Volunteers filled sandbags as the spring tide rose over the Saltmarsh causeway and reached the lighthouse.',
        publishedAt: ago(3650),
      },
      {
        subject: 'tide',
        headline: 'Saltmarsh causeway floods in spring tide',
        body: 'Fishermen watched the spring tide cover the Saltmarsh causeway, with water at the lighthouse steps.',
        publishedAt: ago(1),
      },
    ])
    const body = await expectJson(
      await call('GET', `/v1/articles/${source!.id}/related?limit=5&halfLife=30`),
      200
    )
    const order = body.related.map((r: any) => r.id)
    expect(order.indexOf(newStory!.id), JSON.stringify(body.related)).toBeLessThan(
      order.indexOf(oldStory!.id)
    )
    expect(order.indexOf(oldStory!.id)).toBeGreaterThanOrEqual(0)
    const [fresh, stale] = [newStory!.id, oldStory!.id].map(
      (id) => body.related.find((r: any) => r.id === id).score
    )
    expect(stale).toBeLessThan(fresh * 0.8)
    expect(body.meta.halfLifeDays).toBe(30)

    // With a half-life of a century, ten years costs the old story little.
    const slow = await expectJson(
      await call('GET', `/v1/articles/${source!.id}/related?limit=5&halfLife=36500`),
      200
    )
    const [fresh2, stale2] = [newStory!.id, oldStory!.id].map(
      (id) => slow.related.find((r: any) => r.id === id).score
    )
    expect(stale2 / fresh2).toBeGreaterThan(stale / fresh)
  })
})
