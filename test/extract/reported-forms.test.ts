/**
 * @module Reported speech forms on invented copy: a role with a lower-case complement as subject
 * ("A spokeswoman for the premier said"), "according to" with words of title before the name, and
 * a statement opened by a fronted clause of time ("said as the storm hit, …"). Every name, place
 * and statement is made up.
 */
import { describe, expect, it } from 'vitest'
import { extractEntities, extractQuotes, type Quote } from '../../src/extract/index'

function quotesOf(text: string): Quote[] {
  return extractQuotes(text, extractEntities(text))
}
const find = (quotes: Quote[], start: string) => quotes.find((q) => q.text.includes(start))

describe('a role with a lower-case complement as the subject', () => {
  it('finds “A spokeswoman for the premier said …” and keeps the description as the mention', () => {
    const text =
      'The ferry was late again on Monday. A spokeswoman for the premier said the province ' +
      'would not appeal the ruling.'
    expect(find(quotesOf(text), 'would not appeal')).toMatchObject({
      kind: 'indirect',
      speakerMention: 'a spokeswoman for the premier',
    })
  })

  it('resolves it to the spokeswoman named before', () => {
    const text = [
      'Premier Dana Whitlock was not at the hearing. Her spokeswoman, Lia Contessa, sent a note.',
      'Tomas Birkeland, a lawyer, said the ruling was fair.',
      'A spokeswoman for the premier said the province would not appeal the ruling.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'would not appeal')?.speaker).toBe('Lia Contessa')
  })

  it('does not take a thing for a role (“The car for the family said”)', () => {
    const text = 'The ferry was late. The car for the family said the province would not appeal.'
    expect(find(quotesOf(text), 'would not appeal')?.speakerMention).not.toBe(
      'the car for the family'
    )
  })
})

describe('according to, at the end of the sentence', () => {
  it('credits “…, according to figures from X.” to the source X', () => {
    const text =
      'The ferry was late. Ridership has fallen every month since November, according to ' +
      'figures from Portavel Transit Authority.'
    expect(find(quotesOf(text), 'Ridership has fallen')).toMatchObject({
      kind: 'indirect',
      speaker: 'Portavel Transit Authority',
    })
  })
})

describe('a statement opened by a fronted clause of time', () => {
  it('finds “X said as the storm hit, …”', () => {
    const text =
      'The ferry was late. Sam Leeward said as the storm hit, two boats broke loose from the pier.'
    expect(find(quotesOf(text), 'two boats broke loose')).toMatchObject({
      kind: 'indirect',
      speaker: 'Sam Leeward',
    })
  })

  it('leaves “X said as much” alone', () => {
    const text = 'The ferry was late. Sam Leeward said as much in a letter to the council.'
    expect(quotesOf(text).filter((q) => q.kind === 'indirect')).toHaveLength(0)
  })
})

describe('text as pasted from the web', () => {
  it('reads a zero-width space after a name as a space (“Roe\u200b said …”)', () => {
    const text =
      'Sam Leeward runs the ferry. As well as the repairs, Leeward\u200b said he expects the ' +
      'crossing to resume on Tuesday.'
    const quote = find(quotesOf(text), 'crossing to resume')
    expect(quote).toMatchObject({ kind: 'indirect', speaker: 'Sam Leeward' })
    // Offsets still index the text as given.
    expect(text.slice(quote!.start, quote!.end)).toBe(quote!.text)
  })
})

describe('an adverb between the verb and its clause', () => {
  it('finds “X announced recently that …” and leaves the adverb out of the statement', () => {
    const text =
      'The ferry was late. Former premier Sam Leeward announced recently that he would step ' +
      'down as party leader.'
    expect(find(quotesOf(text), 'would step down')).toMatchObject({
      kind: 'indirect',
      speaker: 'Sam Leeward',
      text: 'that he would step down as party leader',
    })
  })
})

describe('more reporting verbs and forms', () => {
  it('credits “X was quoted as saying by local media that …” to X', () => {
    const text =
      'The ferry was late. Harbour police chief Sam Leeward warned the public on Monday. He was ' +
      'quoted as saying by local media that officers had received several reports of threats.'
    expect(find(quotesOf(text), 'officers had received')).toMatchObject({
      kind: 'indirect',
      speaker: 'Sam Leeward',
      speakerMention: 'He',
    })
  })

  it('reads “asserted” as a reporting verb, crediting its subject and not the clause’s', () => {
    const text =
      'The ferry was late. Sam Leeward asserted that Orla Fennimore tells the council what it ' +
      'wants to hear.'
    expect(find(quotesOf(text), 'tells the council')?.speaker).toBe('Sam Leeward')
  })
})

describe('a verb that takes a clause only with “that”', () => {
  it('reads “tweeted that …”, “replied that …” as statements, “tweeted that photo” as none', () => {
    const quotes = quotesOf(
      'Orla Fennimore tweeted that the vote was rigged. Sam Leeward replied that the count was ' +
        'fair. Fennimore later tweeted that photo of the flooded pier on Monday.'
    )
    expect(find(quotes, 'the vote was rigged')).toMatchObject({ speaker: 'Orla Fennimore' })
    expect(find(quotes, 'the count was fair')).toMatchObject({ speaker: 'Sam Leeward' })
    expect(find(quotes, 'photo')).toBeUndefined()
  })
})

describe('a wire dateline before the sentence', () => {
  it('is not the subject (“WASHINGTON -- President X, …, said …”)', () => {
    const text = [
      'Museum opens',
      'MARROW BAY -- Mayor Sam Leeward, opening the National Museum of Harbour History and ' +
        'Culture with a long speech on Saturday, said it would tell the story of the coast.',
    ].join('\n\n')
    const quote = find(quotesOf(text), 'tell the story')
    expect(quote?.speaker).toBe('Sam Leeward')
  })
})

describe('an inverted credit followed by words about the speaker', () => {
  it('reads “…, says Ann Roe, 81, who …” as one statement, not the age clause as a second', () => {
    for (const about of [
      '81, who organized a petition that gathered 600 names.',
      "the union's president, who spoke after the vote.",
      'who has run the shop since 1990.',
    ]) {
      const text = `The drive is not realistic for seniors, says Nell Varga, ${about}`
      const quotes = quotesOf(text)
      expect(quotes.map((q) => q.text)).toEqual(['The drive is not realistic for seniors'])
      expect(quotes[0]?.speaker).toBe('Nell Varga')
    }
    // A statement that goes on after the credit is still two parts.
    const text =
      'Bruno Hale runs the port.\n\nToo often, says Hale, the ferries leave without cargo.'
    expect(quotesOf(text).map((q) => q.text)).toEqual([
      'Too often',
      'the ferries leave without cargo',
    ])
  })
})

describe('a short partial quote closing a reported statement', () => {
  it('gives one quote, the partial one, not a second reported one beside it', () => {
    for (const text of [
      'Kim Ora said the ships would be back “within weeks.”',
      'Kim Ora said the ships would be back “within weeks”.',
      'Kim Ora, the director, said the ships would be back "within weeks."',
    ]) {
      const all = extractQuotes(text, extractEntities(text))
      expect(all.map((q) => q.kind)).toEqual(['mixed'])
      expect(all[0]).toMatchObject({
        text: expect.stringMatching(/^within weeks/),
        speaker: 'Kim Ora',
      })
    }
    // A statement whose partial quote belongs to a later clause keeps both.
    const text = 'Kim Ora says the port will reopen, calling the delay “shameful.”'
    expect(extractQuotes(text, extractEntities(text)).map((q) => q.kind)).toEqual([
      'indirect',
      'mixed',
    ])
  })
})

describe('time and place words between the reporting verb and the statement', () => {
  it('finds the statement after a day, a date, a place, a channel or a listener with adjuncts', () => {
    const cases: [string, string][] = [
      ['Ann Roe said Tuesday the council would vote next week.', 'the council would vote'],
      ['Ann Roe said on Friday the council would vote next week.', 'the council would vote'],
      ['Ann Roe said last week the council would vote next week.', 'the council would vote'],
      ['Ann Roe said on March 4 the council would vote next week.', 'the council would vote'],
      [
        'The union said in an interview with the Harbour Wire that its members would stay out.',
        'that its members would',
      ],
      [
        'Ann Roe told reporters in Portavel on Friday that the council would vote soon.',
        'that the council would',
      ],
      ['Ann Roe said at a news conference that the council would vote soon.', 'that the council'],
    ]
    for (const [text, start] of cases) {
      const found = extractQuotes(text, extractEntities(text)).filter((q) => q.kind === 'indirect')
      expect(
        found.map((q) => q.text.slice(0, start.length)),
        text
      ).toEqual([start])
    }
  })
})
