/**
 * @module Differential oracle: on an invented archive, the answer read from a precomputed list
 * (migration 0010) equals the answer the on-read ranking it replaced gives (stored neighbours,
 * support read at lookup time, `rankRelated`), for every story and two limits.
 */
import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { orderRelated, rankRelated, SUPPORT_FROM } from '../../../src/domain/related'
import { getSourceWithNeighbors, getSourceWithStoredList } from '../../../src/storage/related'
import { call, expectJson } from '../../helpers'
import { DUPLICATE, STORIES, importStories } from './fixtures'

let mine: { id: string; slug: string }[] = []

beforeAll(async () => {
  // Dates days to months apart, so the proximity bonus differs from pair to pair.
  const dated = [...STORIES, DUPLICATE].map((story, i) => ({
    ...story,
    publishedAt: new Date(Date.now() - ((i * 11) % 60) * 86_400_000).toISOString(),
  }))
  mine = await importStories(dated, 'oracle')
  // Editors' choices on one story: the oracle applies them at read time, the list at write time.
  await expectJson(
    await call('PUT', `/v1/articles/${mine[0]!.slug}/related`, {
      json: { pinned: [mine[7]!.id], excluded: [mine[1]!.id] },
    }),
    200
  )
})

describe('a precomputed list', () => {
  it('equal the on-read ranking they replaced (differential oracle on an invented archive)', async () => {
    const now = new Date()
    for (const ref of mine) {
      for (const limit of [3, 10]) {
        const options = { limit, now, halfLifeDays: 365 }
        const stored = await getSourceWithStoredList(env.DB, ref.slug, {})
        const old = await getSourceWithNeighbors(env.DB, ref.slug, {
          limit: limit * 2 + 20,
          supportFrom: SUPPORT_FROM,
        })
        const s = stored.source!
        const base = {
          section: s.section,
          tags: s.tags,
          simhash: s.simhash,
          labels: s.labels,
          publishedAt: s.publishedAt,
          headlineStems: s.headlineStems,
        }
        const fresh = orderRelated({ ...base, weights: s.query }, stored.list, options)
        const reference = rankRelated({ ...base, weights: s.query, selfScore: 1 }, old.neighbors, {
          ...options,
          pinned: s.pinned,
        })
        expect(fresh, `${ref.slug} limit ${limit}`).toEqual(reference)
      }
    }
  })

  it('is what the API answers', async () => {
    for (const ref of mine.slice(0, 4)) {
      const stored = await getSourceWithStoredList(env.DB, ref.slug, {})
      const s = stored.source!
      const base = { section: s.section, tags: s.tags, simhash: s.simhash, labels: s.labels }
      const options = { limit: 2, now: new Date(), halfLifeDays: 365 }
      const fresh = orderRelated({ ...base, weights: s.query }, stored.list, options)
      const res = await call('GET', `/v1/articles/${ref.slug}/related?limit=2`, { key: null })
      const body = await expectJson(res, 200)
      expect(body.meta.method).toBe('neighbors')
      expect(body.related.map((r: { id: string }) => r.id)).toEqual(fresh.map((r) => r.id))
    }
  })
})
