import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hamming, simhash, stem, termVector, words } from '../../../src/domain/related-text'
import { recencyFactor, selectQueryTerms } from '../../../src/domain/related'

describe('related-text on hostile input', () => {
  it('never throws, and keeps work linear on long repetitive text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 3000 }),
        fc.string({ maxLength: 200 }),
        (body, headline) => {
          const v = termVector(headline, body)
          for (const [term, w] of Object.entries(v.weights)) {
            expect(term.length).toBeGreaterThan(0)
            expect(Number.isFinite(w)).toBe(true)
          }
          expect(simhash(body)).toMatch(/^[0-9a-f]{16}$/)
        }
      ),
      { numRuns: 300 }
    )
    for (const unit of [
      'a',
      'aa ',
      '"*',
      'NEAR(',
      'ééé ',
      'x-',
      '\u0301'.repeat(3) + 'b',
      'ssssing ',
    ]) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length))
      const started = Date.now()
      termVector(text, text)
      simhash(text)
      expect(Date.now() - started, unit).toBeLessThan(2000)
    }
  })

  it('stems plurals and tenses together, and signatures separate different stories', () => {
    expect(stem('companies')).toBe(stem('company'))
    expect(stem('talks')).toBe(stem('talked'))
    expect(words('The "ferry" AND NEAR -harbour* 1987')).toEqual(['ferry', 'near', 'harbour'])
    const a = [
      'The harbour ferry operator will fit electric engines to its fleet of twelve ferries this winter.',
      'Commuters crossing the harbour each morning will ride quieter boats from the wharf at Quayside.',
      'New chargers go in at the wharf in March, and the first electric ferry sails in April.',
      'The operator said diesel engines would be sold to a shipyard on the northern coast.',
      'Passenger groups welcomed the plan but asked for later sailings on weekend evenings.',
      'A council report said the harbour crossing carries nine thousand people on a working day.',
    ].join(' ')
    expect(hamming(simhash(a), simhash(`${a} Reporting by the wire desk.`))).toBeLessThanOrEqual(8)
    expect(
      hamming(
        simhash(a),
        simhash('The orchestra opened its concert season with a cello concerto at the hall.')
      )
    ).toBeGreaterThan(12)
    expect(hamming('zz', simhash(a))).toBe(64)
  })

  it('selects query terms within the budget and decays with age', () => {
    const { weights } = selectQueryTerms(
      { a: 1, b: 1, c: 1 },
      { a: 5, b: 5000, c: 1 },
      10_000,
      { maxTerms: 60, maxDf: 2000, maxPostings: 8000 },
      true
    )
    expect(Object.keys(weights)).toEqual(['a'])
    const now = new Date('2026-01-01T00:00:00Z')
    expect(recencyFactor('2025-12-31T00:00:00Z', now, 365)).toBeGreaterThan(
      recencyFactor('2016-01-01T00:00:00Z', now, 365)
    )
    expect(recencyFactor('2016-01-01T00:00:00Z', now, 365)).toBeCloseTo(0.7, 2)
  })
})
