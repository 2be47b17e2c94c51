/**
 * @module Agencies named in credits are organisations: a photo credit alone, an input credit alone,
 * and several agencies in one credit (invented copy).
 */
import { describe, expect, it } from 'vitest'
import { extractFromText } from '../../src/extract/index'

const story = (caption: string, credit: string) => `Ferry fares rise in spring

The harbour board said on Monday that fares would rise by ten percent from April, the first rise
in six years.

${caption}

"We have no choice," said Ada Quill, the board's chair. "The pier needs work before the summer."

The increase takes effect in April and covers every route in the bay.
${credit}`

const organisations = (text: string) =>
  extractFromText(text).entities.organizations.map((o) => o.name)
const caption = (credit: string) => `Passengers wait at the pier on Monday. (${credit})`

describe('credited sources as organisations', () => {
  it('lists the agency of a photo credit when the story has no input credit', () => {
    expect(organisations(story(caption('Ostmark photo'), ''))).toContain('Ostmark')
    expect(organisations(story(caption('Photo: Ostmark'), ''))).toContain('Ostmark')
  })

  it('lists the agency but not the photographer of "Photo: Name/Agency"', () => {
    const names = organisations(story(caption('Photo: Ada Kern/Ostmark'), ''))
    expect(names).toContain('Ostmark')
    expect(names).not.toContain('Ada Kern')
  })

  it('lists every agency of an input credit, and none for "agencies"', () => {
    const names = organisations(story('', '\n(With inputs from Ostmark and Kestrel Wire)'))
    expect(names).toEqual(expect.arrayContaining(['Ostmark', 'Kestrel Wire']))
    expect(organisations(story('', '\n(With input from agencies)'))).toEqual([])
  })
})
