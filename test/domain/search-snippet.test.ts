/**
 * Search snippets built in JS over a bounded window: highlighting, escaping, whole characters, and
 * linear time on hostile text.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildSnippet, queryStems, snippetOf, SNIPPET_WORDS } from '../../src/domain/search-snippet'

describe('buildSnippet', () => {
  it('marks query words and their plural forms, and escapes the rest', () => {
    const stems = queryStems('"ferry" "tide"')
    expect(buildSnippet('The ferries met the <tide> & "wind".', stems)).toBe(
      'The <mark>ferries</mark> met the &#60;<mark>tide</mark>&#62; &#38; &#34;wind&#34;.'
    )
  })

  it('matches accented and upper-case forms as the index does', () => {
    expect(buildSnippet('FÄHRE and Fahre', queryStems('"fahre"'))).toBe(
      '<mark>FÄHRE</mark> and <mark>Fahre</mark>'
    )
  })

  it('picks the window with the most distinct query words, cut with ellipses', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ')
    const text = `${filler} ferry ${filler} ferry and tide together ${filler}`
    const snippet = buildSnippet(text, queryStems('"ferry" "tide"')) as string
    expect(snippet.startsWith('…')).toBe(true)
    expect(snippet.endsWith('…')).toBe(true)
    expect(snippet).toContain('<mark>ferry</mark> and <mark>tide</mark>')
    expect(snippet.replace(/<\/?mark>|…/g, '').split(' ').length).toBeLessThanOrEqual(SNIPPET_WORDS)
  })

  it('returns null without a match, and snippetOf falls back to the start of the text', () => {
    expect(buildSnippet('nothing here', queryStems('"ferry"'))).toBeNull()
    expect(
      snippetOf(
        { headline: 'Ferry news', dek: null, bodyWindow: 'Plain start of the body.' },
        queryStems('"ferry"')
      )
    ).toBe('<mark>Ferry</mark> news')
    expect(
      snippetOf({ headline: 'H', dek: null, bodyWindow: 'Plain <b> start.' }, queryStems('"zzz"'))
    ).toBe('Plain &#60;b&#62; start.')
  })

  it('never splits a character and never leaves markup unescaped (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.constantFrom('"a"', '"ferry"', '"é"', '"1"'),
        (text, match) => {
          const snippet = snippetOf(
            { headline: text, dek: text, bodyWindow: text },
            queryStems(match)
          )
          expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>"']/)
          expect(snippet).not.toMatch(
            /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
          )
        }
      ),
      { numRuns: 300 }
    )
  })

  it('is linear on a hostile window (every word a match, or no word at all)', () => {
    const stems = queryStems('"tide" "ferry"')
    const started = Date.now()
    buildSnippet('tide ferry '.repeat(200_000), stems)
    buildSnippet('.'.repeat(2_000_000), stems)
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})
