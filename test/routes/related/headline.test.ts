/**
 * @module Headline overlap and number-aware signatures: an answer whose headline names what the
 * story's headline names ranks above one that only shares the body's vocabulary, and two templated
 * briefs that differ in their figures are not folded as copies. Every story is invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  baseScore,
  DUPLICATE_BITS,
  HEADLINE_OVERLAP_WEIGHT,
  headlineOverlap,
  type RelatedCandidate,
  type RelatedSource,
} from '../../../src/domain/related'
import {
  hamming,
  headlineStems,
  MAX_HEADLINE_STEMS,
  simhash,
} from '../../../src/domain/related-text'
import { call, expectJson } from '../../helpers'
import { importStories } from './fixtures'

describe('headlineStems and headlineOverlap', () => {
  it('keeps distinct stems in order, bounded on hostile headlines', () => {
    expect(headlineStems('Ferries, ferry and the FERRY: harbour ferries return')).toEqual([
      'ferry',
      'harbour',
      'return',
    ])
    const long = Array.from(
      { length: 400 },
      (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`
    )
    expect(headlineStems(long.join(' ')).length).toBe(MAX_HEADLINE_STEMS)
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (headline) => {
        const stems = headlineStems(headline)
        expect(new Set(stems).size).toBe(stems.length)
        expect(stems.length).toBeLessThanOrEqual(MAX_HEADLINE_STEMS)
      }),
      { numRuns: 300 }
    )
  })

  it('is the share of the headline query weight the other headline shares', () => {
    const weights = { kiln: 3, fire: 1, market: 2 }
    expect(headlineOverlap(weights, ['kiln', 'fire'], ['kiln', 'fire', 'potter'])).toBe(1)
    expect(headlineOverlap(weights, ['kiln', 'fire'], ['fire'])).toBeCloseTo(0.25, 9)
    expect(headlineOverlap(weights, ['kiln', 'fire'], [])).toBe(0)
    // Headline words that are not in the query weigh nothing; none at all gives 0, not NaN.
    expect(headlineOverlap(weights, ['toString', 'potter'], ['toString', 'potter'])).toBe(0)
    expect(headlineOverlap({}, [], [])).toBe(0)
  })

  it('adds to the text score of a match only, never to an unmatched pin', () => {
    const source: RelatedSource = {
      section: null,
      tags: [],
      simhash: null,
      labels: {},
      weights: { kiln: 3, fire: 1 },
      headlineStems: ['kiln', 'fire'],
      selfScore: 2,
    }
    const candidate: RelatedCandidate = {
      seq: 2,
      id: 'b',
      slug: 'b',
      headline: 'Kiln fire',
      publishedAt: null,
      section: null,
      tags: [],
      simhash: '0000000000000000',
      score: 1,
      matched: [],
      entities: [],
      headlineStems: ['kiln', 'fire'],
    }
    expect(baseScore(source, candidate)).toBeCloseTo(0.5 + HEADLINE_OVERLAP_WEIGHT, 9)
    expect(baseScore(source, { ...candidate, headlineStems: ['fire'] })).toBeCloseTo(
      0.5 + HEADLINE_OVERLAP_WEIGHT / 4,
      9
    )
    expect(baseScore(source, { ...candidate, score: 0, pinned: true })).toBe(0)
  })
})

describe('signatures with numbers', () => {
  it('keep two results briefs of different companies apart, and copies of one together', () => {
    // Without its figures a brief is its template: these two came out 6 bits apart (a copy).
    const brief = (name: string, f: number[]) =>
      [
        `${name} results for the first quarter.`,
        `Shr profit ${f[0]} cts vs ${f[1]} cts.`,
        `Net ${f[2]} mln vs ${f[3]} mln.`,
        `Revs ${f[4]} mln vs ${f[5]} mln.`,
        `Avg shrs ${f[6]} mln vs ${f[7]} mln.`,
        `Nine mths shr profit ${f[8]} cts vs ${f[9]} cts.`,
        `Nine mths net ${f[10]} mln vs ${f[11]} mln.`,
        `Nine mths revs ${f[12]} mln vs ${f[13]} mln.`,
        'Note: prior year restated for a change in accounting.',
      ].join(' ')
    const a = brief(
      'Quillon Hardware Inc',
      [41, 37, 812, 744, 9120, 8805, 198, 201, 118, 96, 2310, 1980, 27340, 25110]
    )
    const b = brief(
      'Marrow Valley Foods Corp',
      [12, 19, 305, 488, 2270, 2395, 254, 250, 44, 61, 1040, 1422, 6980, 7215]
    )
    expect(hamming(simhash(a), simhash(b))).toBeGreaterThan(DUPLICATE_BITS)
    expect(hamming(simhash(a), simhash(`${a} Reporting by the wire desk.`))).toBeLessThanOrEqual(
      DUPLICATE_BITS
    )
  })
})

describe('a stored list with headline overlap', () => {
  it('ranks the answer whose headline names the same deal above a results story of one party', async () => {
    // By text and support alone the results story comes first (it shares more of the body's words;
    // the fourth story gives the deal story's other words a document frequency, so its query is
    // not all shared words). The deal story's headline shares four of the source's five stems.
    const [source, deal, results] = await importStories(
      [
        {
          subject: 'mill',
          headline: 'Tarrow Paper to buy Glenmore Mills',
          body: 'Tarrow Paper agreed to buy Glenmore Mills, the cardboard maker with a riverside plant in Dunmore. Glenmore Mills shareholders vote on the offer next month, and the Dunmore plant keeps its staff.',
        },
        {
          subject: 'mill',
          headline: 'Glenmore Mills backs Tarrow Paper offer',
          body: 'The board said shareholders should accept. The ferry timetable, harbour works and the tram line fill the rest of the council agenda.',
        },
        {
          subject: 'mill',
          headline: 'Quarterly profit rises at cardboard maker',
          body: 'Glenmore Mills said its riverside plant in Dunmore made more cardboard, and shareholders get a larger payout. The Dunmore plant hired staff.',
        },
        {
          subject: 'council',
          headline: 'Council agenda: ferry timetable and tram line',
          body: 'The council agenda covers the ferry timetable, harbour works and the tram line.',
        },
      ],
      'headline'
    )
    const res = await call('GET', `/v1/articles/${source!.id}/related?limit=2&halfLife=36500`)
    const body = await expectJson(res, 200)
    expect(body.meta.method).toBe('neighbors')
    const ids = body.related.map((r: { id: string }) => r.id)
    expect(ids, JSON.stringify(body.related)).toEqual([deal!.id, results!.id])
  })
})
