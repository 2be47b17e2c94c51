/**
 * Property and hostile-input tests: random and adversarial text never throws, the answer is always
 * well formed and every offset points into the body text. (Speed is measured in test/bench.)
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractFromHtml, extractFromText, type Extraction } from '../../src/extract/index'

/** Asserts the invariants every extraction keeps, whatever the input. */
function expectWellFormed(x: Extraction): void {
  const bodyText = x.body.join('\n\n')
  expect(Array.isArray(x.body)).toBe(true)
  for (const q of x.quotes) {
    expect(Number.isInteger(q.start) && Number.isInteger(q.end)).toBe(true)
    expect(q.start).toBeGreaterThanOrEqual(0)
    expect(q.end).toBeGreaterThan(q.start)
    expect(q.end).toBeLessThanOrEqual(bodyText.length)
    expect(bodyText.slice(q.start, q.end)).toBe(q.text)
    expect(['direct', 'mixed', 'indirect']).toContain(q.kind)
  }
  for (const list of [x.entities.people, x.entities.organizations, x.entities.places]) {
    for (const e of list) {
      expect(e.firstOffset).toBeGreaterThanOrEqual(0)
      expect(e.firstOffset).toBeLessThan(Math.max(1, bodyText.length))
      expect(e.mentions).toBeGreaterThan(0)
      expect(e.salience).toBeGreaterThanOrEqual(0)
      expect(e.salience).toBeLessThanOrEqual(1)
    }
  }
  expect(x.wordCount).toBeGreaterThanOrEqual(0)
  expect(x.readingTimeMinutes).toBeGreaterThanOrEqual(0)
  expect(() => JSON.stringify(x)).not.toThrow()
}

/** Text built from the pieces that stress the engine: marks, names, cues, markers, white space. */
const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '“',
        '”',
        '"',
        '‘',
        '’',
        "'",
        '«',
        '»',
        '„',
        '\n',
        '\n\n',
        ' ',
        '.',
        ',',
        ':',
        '(',
        ')',
        '|',
        '—',
        '-'
      ),
      fc.constantFrom(
        'said',
        'told',
        'added',
        'He',
        'she',
        'According to',
        'that',
        'which',
        'what it says',
        'admitted to',
        'ALSO READ |',
        '(With input from Reuters)',
        '— ENDS —',
        'By'
      ),
      fc.constantFrom(
        'Anna Smith',
        'Smith',
        'Anna',
        'Mr.',
        'President',
        'Bank of Valdoria',
        'CTF',
        'Portavel',
        'U.S.',
        'THE',
        'A'
      ),
      fc.string({ maxLength: 12 })
    ),
    { maxLength: 120 }
  )
  .map((parts) => parts.join(' '))

describe('extractFromText on random and hostile text', () => {
  it('never throws and keeps offsets valid on random Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) =>
        expectWellFormed(extractFromText(text))
      ),
      { numRuns: 300 }
    )
  })

  it('never throws and keeps offsets valid on newsroom-shaped noise', () => {
    fc.assert(
      fc.property(newsy, (text) => expectWellFormed(extractFromText(text))),
      { numRuns: 400 }
    )
  })

  it('answers 100,000 quote marks, unbalanced and balanced', () => {
    for (const text of [
      '"'.repeat(100_000),
      '“'.repeat(100_000),
      '“a” '.repeat(25_000),
      `He said “${'x '.repeat(50_000)}`,
    ]) {
      expectWellFormed(extractFromText(text))
    }
  })

  it('answers a 1 MB single line', () => {
    const line = 'The Mayor Told Anna Smith, “Yes.” '.repeat(40_000).slice(0, 1_000_000)
    const x = extractFromText(line)
    expectWellFormed(x)
    expect(x.truncated).toBe(true)
    expect(x.body.join('').length).toBeGreaterThan(900_000)
  })

  // A hang detector, not a timing test: a quadratic pattern over 300,000 characters takes minutes,
  // so the bound leaves room for a busy machine.
  it('answers runs that defeat backtracking regexes', () => {
    for (const unit of [
      '.',
      'A',
      '(',
      '‘',
      "'",
      "'a, ",
      "'a b",
      '#',
      'Mr. ',
      'A B ',
      'said X, ',
      'according to A ',
      'said on Friday in A ',
      '“A.”\nThat’s how a b ',
      'told reporters in A B on ',
      'admitted to the a b c ',
      'heard a b c shout, ',
      'that police said were a ',
      'which A B said started, ',
      'at a time when the a is b with what it says is ',
      'A is urging a b to c, ',
      '“a,” the b also later ',
      '“a,” the also b said ',
      '“a,” B C’s d, E F, ',
      'has been asking is warning ',
      'Bank of ',
      '- ',
      '\n \n',
    ]) {
      expectWellFormed(extractFromText(unit.repeat(Math.ceil(300_000 / unit.length))))
    }
  }, 30_000)
})

describe('extractFromHtml on random and hostile pages', () => {
  const tag = fc.constantFrom(
    'div',
    'p',
    'article',
    'span',
    'a',
    'script',
    'style',
    'h1',
    'figure',
    'nav',
    'li',
    'ul',
    'time',
    'meta',
    'br'
  )
  const html = fc
    .array(
      fc.oneof(
        tag.map((t) => `<${t} class="x">`),
        tag.map((t) => `</${t}>`),
        fc.string({ maxLength: 30 }),
        fc.constant('<!--'),
        fc.constant('“quoted”')
      ),
      { maxLength: 80 }
    )
    .map((parts) => parts.join(''))

  it('never throws on random tag soup', () => {
    fc.assert(
      fc.property(html, fc.option(fc.webUrl()), (page, url) =>
        expectWellFormed(extractFromHtml(page, url ?? undefined))
      ),
      { numRuns: 300 }
    )
  })

  it('answers HTML nested 10,000 deep, closed or not', () => {
    const deep = extractFromHtml(
      `${'<div>'.repeat(10_000)}<p>Deep text, said Anna Smith, goes here and is long enough to count.</p>${'</div>'.repeat(10_000)}`
    )
    expectWellFormed(deep)
    expect(deep.body.join(' ')).toMatch(/Deep text/)
    expectWellFormed(extractFromHtml(`${'<div><span><b>'.repeat(10_000)}text`))
  })

  it('answers a page of only scripts with an empty body', () => {
    const x = extractFromHtml(
      `<html><body>${'<script>document.write("<p>not text</p>")</script>'.repeat(5_000)}</body></html>`
    )
    expectWellFormed(x)
    expect(x.body).toEqual([])
    expect(x.wordCount).toBe(0)
  })

  it('survives broken JSON-LD and odd metadata', () => {
    const x = extractFromHtml(
      '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta property="article:published_time" content="not a date"><p>Body text that is long enough, the editor said.</p>'
    )
    expectWellFormed(x)
    expect(x.publishedAt).toBeNull()
  })
})
