/**
 * @module Publication-time proximity: a related list favours stories filed close to its story, and
 * a new publication time re-scores the stored lists that hold the story.
 */
import { describe, expect, it } from 'vitest'
import { proximityBonus, PROXIMITY_BONUS } from '../../../src/domain/related'
import { call, expectJson } from '../../helpers'
import { importStories } from './fixtures'

const day = 86_400_000
const ago = (days: number) => new Date(Date.now() - days * day).toISOString()

describe('proximityBonus', () => {
  it('is the full bonus the same day, fades over weeks, and is 0 without a date', () => {
    const at = '2031-03-01T08:00:00.000Z'
    expect(proximityBonus(at, at)).toBeCloseTo(PROXIMITY_BONUS, 9)
    const week = proximityBonus(at, '2031-03-08T08:00:00.000Z')
    const quarter = proximityBonus('2031-06-01T08:00:00.000Z', at)
    expect(week).toBeLessThan(PROXIMITY_BONUS)
    expect(week).toBeGreaterThan(PROXIMITY_BONUS / 2)
    expect(quarter).toBeLessThan(PROXIMITY_BONUS / 10)
    expect(proximityBonus(null, at)).toBe(0)
    expect(proximityBonus(at, undefined)).toBe(0)
  })
})

describe('a stored list with publication times', () => {
  it('scores a story filed the same day higher, and re-scores it when its date moves', async () => {
    const [source, follow] = await importStories([
      {
        subject: 'kiln',
        headline: 'Pottery kiln fire closes Mossbank craft market',
        body: 'A kiln fire at the Mossbank craft market closed the potters hall, and firefighters kept the kiln shed damp overnight.',
        publishedAt: ago(400),
      },
      {
        subject: 'kiln',
        headline: 'Mossbank potters count the cost of kiln fire',
        body: 'Potters at the Mossbank craft market said the kiln fire destroyed glazes and a week of firing in the kiln shed.',
        publishedAt: ago(400),
      },
    ])
    // A half-life of a century: recency moves scores by well under 1% here.
    const url = `/v1/articles/${source!.id}/related?limit=1&halfLife=36500`
    const near = await expectJson(await call('GET', url), 200)
    expect(near.meta.method).toBe('neighbors')
    expect(near.related[0]?.id, JSON.stringify(near.related)).toBe(follow!.id)

    // The same story again with a date 300 days later: no word changes, only the time.
    const moved = await call('POST', '/v1/articles/batch', {
      json: {
        articles: [
          {
            slug: follow!.slug,
            ifRevision: 1,
            status: 'published',
            headline: 'Mossbank potters count the cost of kiln fire',
            body: 'Potters at the Mossbank craft market said the kiln fire destroyed glazes and a week of firing in the kiln shed.',
            publishedAt: ago(100),
          },
        ],
      },
    })
    await expectJson(moved, 200)
    const far = await expectJson(await call('GET', url), 200)
    expect(far.meta.method).toBe('neighbors')
    expect(far.related[0]?.id, JSON.stringify(far.related)).toBe(follow!.id)
    const drop = near.related[0].score - far.related[0].score
    expect(drop, JSON.stringify({ near: near.related, far: far.related })).toBeGreaterThan(
      PROXIMITY_BONUS / 2
    )
  })
})
