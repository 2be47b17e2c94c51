/**
 * Attribution rules of general news grammar on invented copy: organisations as speakers ("it",
 * "the utility"), floating quotes after an organisation's words, reported speech in its common
 * forms. Every name, place and statement is made up.
 */
import { describe, expect, it } from 'vitest'
import { extractEntities, extractQuotes, type Quote } from '../../src/extract/index'

function quotesOf(text: string): Quote[] {
  return extractQuotes(text, extractEntities(text))
}
const find = (quotes: Quote[], start: string) => quotes.find((q) => q.text.startsWith(start))

describe('organisations as speakers', () => {
  it('types a speaking name that opens with an acronym as an organisation', () => {
    const text =
      'Storms cut power across the valley.\n\nKVL Power said in a statement that 4,000 homes ' +
      'were dark on Sunday.\n\n“Crews will work through the night,” it said.'
    const q = find(quotesOf(text), 'Crews')
    expect(q).toMatchObject({ speaker: 'KVL Power', speakerEntity: { type: 'organization' } })
  })

  it('finds the organisation behind “the utility” several paragraphs after it spoke', () => {
    const text = [
      'Coastline Energy said on Friday that 9,000 customers had lost power in the storm.',
      'Mayor Tova Brennick opened the arena as a warming centre.',
      'Snow fell through the night on the coast road.',
      'Schools stayed closed on Monday.',
      'The ferry did not sail.',
      'Most shops opened late.',
      'Crews will work around the clock to restore power, the utility said.',
    ].join('\n\n')
    const q = find(quotesOf(text), 'Crews')
    expect(q).toMatchObject({ speaker: 'Coastline Energy', kind: 'indirect' })
  })

  it('lets a floating quote continue an organisation that spoke last, not an older person', () => {
    const text = [
      'Mayor Tova Brennick opened the arena as a warming centre.',
      '“We have cots and soup,” Brennick said.',
      'Coastline Energy said in a statement that most homes would have power by Tuesday.',
      '“Some roads are still blocked by fallen trees,” it said.',
      '“Replacing one pole can take eight hours.”',
    ].join('\n\n')
    const q = find(quotesOf(text), 'Replacing')
    expect(q?.speaker).toBe('Coastline Energy')
  })
})

describe('reported speech', () => {
  it('finds “According to <description>, …” with its clause', () => {
    const text =
      'The bakery closed in March.\n\nAccording to court filings, the owners owed rent for ' +
      'eleven months before the landlord changed the locks.'
    const q = find(quotesOf(text), 'the owners')
    expect(q).toMatchObject({
      kind: 'indirect',
      speakerMention: 'court filings',
      cue: 'according to',
    })
    expect(q?.text).toMatch(/changed the locks$/)
  })
})
