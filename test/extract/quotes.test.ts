/**
 * Quote rules on invented copy: the reported content a quote belongs to, and the attribution rules
 * behind each quote kind. Every name and statement here is made up.
 */
import { describe, expect, it } from 'vitest'
import { extractEntities, extractQuotes, type Quote } from '../../src/extract/index'

function quotesOf(text: string): Quote[] {
  return extractQuotes(text, extractEntities(text)).filter((q) => q.kind !== 'indirect')
}
const content = (text: string, q: Quote | undefined) => (q ? text.slice(q.content.start, q.content.end) : undefined)

describe('the reported content of a quote', () => {
  it('covers the paraphrase around a partial quote, from after the reporting verb to the clause end', () => {
    const text = 'Harbour chief Ilse Varga said the new breakwater would leave “gaps and doubts” for the fleet.'
    const [q] = quotesOf(text)
    expect(q).toMatchObject({ text: 'gaps and doubts', kind: 'partial', speaker: 'Ilse Varga' })
    expect(content(text, q)).toBe('the new breakwater would leave “gaps and doubts” for the fleet')
  })

  it('starts at the sentence for a partial quote credited after it, and ends with the quote', () => {
    const text = 'The ferry timetable “has never been this reliable,” Ilse Varga said on Monday.'
    const [q] = quotesOf(text)
    expect(q).toMatchObject({ kind: 'partial', speaker: 'Ilse Varga' })
    expect(content(text, q)).toBe('The ferry timetable “has never been this reliable,”')
  })

  it('is the quotation with its marks for direct speech', () => {
    const text = 'Ilse Varga told reporters, “We will reopen the pier in May.”'
    const [q] = quotesOf(text)
    expect(q).toMatchObject({ text: 'We will reopen the pier in May.', kind: 'direct' })
    expect(content(text, q)).toBe('“We will reopen the pier in May.”')
  })

  it('runs over both halves of an interrupted quotation', () => {
    const text = '“The pier is safe,” Ilse Varga said, “and the fleet can return.”'
    const [q] = quotesOf(text)
    expect(content(text, q)).toBe(text.slice(0, text.length))
  })

  it('always lies inside the text and contains the quoted words', () => {
    const text = 'Ilse Varga said the plan was “sound”. Bruno Hale called it “a gamble with our money,” and left.'
    for (const q of extractQuotes(text, extractEntities(text))) {
      expect(q.content.start).toBeLessThanOrEqual(q.start)
      expect(q.content.end).toBeGreaterThanOrEqual(q.end)
      expect(q.content.end).toBeLessThanOrEqual(text.length)
    }
  })
})
