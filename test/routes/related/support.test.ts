/**
 * @module The second-stage re-rank: a stored neighbour's support (its mean score in the lists of
 * the source's best matches) read from D1 in the lookup's one round trip, and how ranking uses it.
 */
import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  idf,
  rankRelated,
  SUPPORT_FROM,
  SUPPORT_SHARPNESS,
  type RelatedCandidate,
} from '../../../src/domain/related'
import { getSourceWithNeighbors } from '../../../src/storage/related'
import { call, expectJson } from '../../helpers'
import { STORIES, importStories } from './fixtures'

let ids: { id: string; slug: string }[] = []

beforeAll(async () => {
  ids = await importStories(STORIES, 'support')
})

describe('support from the best matches', () => {
  it('is read with the stored neighbours: positive for stories on the same subject, 0..1, and off with no matches consulted', async () => {
    const ferry = ids[0]!
    const { source, neighbors } = await getSourceWithNeighbors(env.DB, ferry.slug, {
      limit: 40,
      supportFrom: 20,
    })
    expect(source?.id).toBe(ferry.id)
    const sameSubject = neighbors.filter(
      (n) => STORIES[ids.findIndex((x) => x.id === n.id)]?.subject === 'ferry'
    )
    expect(sameSubject.length, JSON.stringify(neighbors)).toBe(2)
    for (const n of sameSubject) expect(n.support, JSON.stringify(n)).toBeGreaterThan(0)
    for (const n of neighbors) {
      expect(n.support).toBeGreaterThanOrEqual(0)
      expect(n.support).toBeLessThanOrEqual(1)
    }
    for (const n of sameSubject) expect(n.linked, JSON.stringify(n)).toBeGreaterThan(0)
    for (const n of neighbors) {
      expect(n.linked).toBeGreaterThanOrEqual(0)
      expect(n.linked).toBeLessThanOrEqual(1)
    }
    const off = await getSourceWithNeighbors(env.DB, ferry.slug, { limit: 40, supportFrom: 0 })
    expect(off.neighbors.map((n) => n.support)).toEqual(off.neighbors.map(() => 0))
    expect(off.neighbors.map((n) => n.linked)).toEqual(off.neighbors.map(() => 0))
    expect(off.neighbors.map((n) => n.id).sort()).toEqual(neighbors.map((n) => n.id).sort())
  })

  it('weights each best match by its score against the source (SUPPORT_SHARPNESS), as defined', async () => {
    expect(SUPPORT_SHARPNESS).toBeGreaterThan(0)
    for (const story of ids.slice(0, 6)) {
      const { source, neighbors } = await getSourceWithNeighbors(env.DB, story.slug, {
        limit: 40,
        supportFrom: SUPPORT_FROM,
      })
      const rows = await env.DB.prepare(
        `SELECT n.seq, n.other, n.score FROM related_neighbors n
         JOIN articles a ON a.seq = n.seq ORDER BY n.score DESC, n.other`
      ).all<{ seq: number; other: number; score: number }>()
      const seqOf = await env.DB.prepare('SELECT seq FROM articles WHERE id = ?1')
        .bind(source!.id)
        .first<{ seq: number }>()
      const own = rows.results.filter((r) => r.seq === seqOf!.seq).slice(0, SUPPORT_FROM)
      const weight = (score: number) => Math.pow(score, SUPPORT_SHARPNESS)
      const total = own.reduce((sum, b) => sum + weight(b.score), 0)
      expect(neighbors.length, story.slug).toBeGreaterThan(0)
      for (const n of neighbors) {
        let expected = 0
        for (const b of own) {
          const link = rows.results.find((r) => r.seq === b.other && r.other === n.seq)
          if (link) expected += (link.score * weight(b.score)) / total
        }
        expect(n.support, `${story.slug} -> ${n.slug}`).toBeCloseTo(expected, 9)
      }
    }
  })

  it('answers a story with no words from its (empty) stored list, without a live query', async () => {
    const [blank] = await importStories(
      [{ subject: 'none', headline: '—', body: '1987 — 12 / 34' }],
      'blank'
    )
    const res = await call('GET', `/v1/articles/${blank!.slug}/related?limit=5`, { key: null })
    const body = await expectJson(res, 200)
    expect(body.related).toEqual([])
    expect(body.meta.method).toBe('neighbors')
    expect(res.headers.get('server-timing')).not.toMatch(/live/)
  })

  it('reports the time spent on the index in Server-Timing', async () => {
    const res = await call('GET', `/v1/articles/${ids[3]!.slug}/related?limit=3`, { key: null })
    await expectJson(res, 200)
    expect(res.headers.get('server-timing')).toMatch(/^neighbors;dur=\d+(?:\.\d)?/)
  })
})

describe('rankRelated with support', () => {
  const candidate = (
    seq: number,
    score: number,
    support: number,
    linked = 0
  ): RelatedCandidate => ({
    seq,
    id: `s${seq}`,
    slug: `s${seq}`,
    headline: `Story ${seq}`,
    publishedAt: '2030-01-01T00:00:00.000Z',
    section: null,
    tags: [],
    simhash: seq === 1 ? '0000000000000000' : 'ffffffffffffffff',
    score,
    support,
    linked,
    matched: [],
    entities: [],
  })
  const source = { section: null, tags: [], simhash: null, labels: {}, weights: {}, selfScore: 1 }
  const options = {
    limit: 2,
    now: new Date('2030-01-02T00:00:00.000Z'),
    halfLifeDays: 365,
    pinned: [],
  }

  it('lifts a story the best matches also match above a slightly closer text match', () => {
    const ranked = rankRelated(source, [candidate(1, 0.5, 0), candidate(2, 0.45, 0.2)], options)
    expect(ranked.map((r) => r.id)).toEqual(['s2', 's1'])
  })

  it('lifts a story many of the best matches list, weakly, above one few list strongly', () => {
    const few = candidate(1, 0.5, 0.1, 0.1)
    const many = candidate(2, 0.5, 0.08, 0.9)
    expect(rankRelated(source, [few, many], options).map((r) => r.id)).toEqual(['s2', 's1'])
    const unlinked = { ...many, linked: 0 }
    expect(rankRelated(source, [few, unlinked], options).map((r) => r.id)).toEqual(['s1', 's2'])
  })

  it('orders by text alone when no story has support (live queries)', () => {
    const ranked = rankRelated(source, [candidate(1, 0.5, 0), candidate(2, 0.45, 0)], options)
    expect(ranked.map((r) => r.id)).toEqual(['s1', 's2'])
  })
})

describe('damped inverse document frequency', () => {
  it('falls as a stem gets commoner, and a rare stem outweighs a common one by less than ln does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (a, b, docs) => {
          const [rare, common] = a < b ? [a, b] : [b, a]
          expect(idf(rare, docs)).toBeGreaterThanOrEqual(idf(common, docs))
          expect(idf(common, docs)).toBeGreaterThan(0)
          const ln = (df: number) => Math.log(1 + docs / df)
          expect(idf(rare, docs) / idf(common, docs)).toBeLessThanOrEqual(
            ln(rare) / ln(common) + 1e-9
          )
        }
      )
    )
  })
})
