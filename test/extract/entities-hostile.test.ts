/**
 * Hostile and random input for the entity rules (match scores, appositions, names inside names):
 * never a throw, every mention inside the text. Catastrophic backtracking would show as a timeout
 * here; speed itself is measured in test/bench.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../src/extract/index'
import { describesPerson } from '../../src/extract/entity-cues'
import { findTeams } from '../../src/extract/entity-teams'

function expectMentionsInside(text: string): void {
  const { mentions, people, organizations, places } = extractEntities(text)
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0)
    expect(m.end).toBeLessThanOrEqual(text.length)
    expect(m.end).toBeGreaterThan(m.start)
  }
  for (const e of [...people, ...organizations, ...places]) expect(e.mentions).toBeGreaterThan(0)
}

const pieces = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ' ',
        ', ',
        '. ',
        '\n',
        ' – ',
        '-',
        '—',
        ' 2 ',
        '1',
        '0',
        ':',
        "'s",
        "''",
        "I've ",
        ' of the ',
        ' for the ',
        ', a ',
        ', 19, '
      ),
      fc.constantFrom(
        'Ghana',
        'Peru',
        'Group H',
        'President',
        'the',
        'The',
        'Ann Roe',
        'Navigator',
        'United States',
        'Navy',
        'Foundation',
        'nurse',
        'Lisbon'
      ),
      fc.string({ maxLength: 6 })
    ),
    { maxLength: 120 }
  )
  .map((parts) => parts.join(''))

describe('entity rules on random and hostile text', () => {
  it('takes no name from a contraction or from a closing double apostrophe', () => {
    const text = "If, as I've argued, the show ''Ann Roe Tonight'' runs, Ann Roe will host it."
    const names = extractEntities(text).people.map((p) => p.name)
    expect(names).not.toContain("I've")
    expect(names.some((n) => n.includes("'"))).toBe(false)
  })

  it('keep every mention inside the text for random news-like input', () => {
    fc.assert(
      fc.property(pieces, (text) => expectMentionsInside(text)),
      { numRuns: 300 }
    )
  })

  it('answer for long runs of scores, capitals, appositions and connectors', () => {
    // About 100,000 characters each: as much as the engine analyses of one story.
    const hostile = [
      '1-1 '.repeat(25_000),
      'A'.repeat(100_000),
      'Ab '.repeat(33_000) + '2 – 1',
      ', a '.repeat(25_000),
      'Bank of the '.repeat(8_000),
      'Ann Roe, the '.repeat(8_000),
      'US President '.repeat(8_000),
      'Ghana 2 – 1 '.repeat(8_000),
      `Roe${"'".repeat(100_000)}-`,
      `Roe${'’'.repeat(50_000)}x ${"I've ".repeat(8_000)}`,
    ]
    for (const text of hostile) {
      expectMentionsInside(text)
      expect(findTeams(text).size).toBeLessThanOrEqual(100)
    }
    expect(describesPerson(', a ' + 'very '.repeat(50_000) + 'nurse')).toBe(false)
  }, 30_000)

  it('keep findTeams and describesPerson total on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(findTeams(text)).toBeInstanceOf(Set)
        expect(typeof describesPerson(text)).toBe('boolean')
      }),
      { numRuns: 500 }
    )
  })
})
