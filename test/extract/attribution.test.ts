/**
 * Speaker resolution and reported speech on invented copy: every speaker is an entity's name (or
 * null), pronouns, roles and organisations resolve to the entity they stand for, reported speech is
 * found with its clause, and each quote carries a confidence. Every name and statement is made up.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  extractEntities,
  extractFromText,
  extractQuotes,
  rankQuotedSources,
  withMinConfidence,
  type Quote,
} from '../../src/extract/index'
import { FUNCTION_WORDS, PLACES } from '../../src/extract/lexicon'
import { HARBOUR_STORY } from './fixtures'

function quotesOf(text: string): Quote[] {
  return extractQuotes(text, extractEntities(text))
}
const find = (quotes: Quote[], start: string) => quotes.find((q) => q.text.startsWith(start))

describe('the speaker is a resolved entity', () => {
  it('links the speaker to its entity and keeps the words as written', () => {
    const text =
      'Harbour chief Ilse Varga spoke on Monday.\n\n“The pier will reopen in May,” Varga said.'
    const entities = extractEntities(text)
    const [q] = extractQuotes(text, entities)
    expect(q).toMatchObject({
      speaker: 'Ilse Varga',
      speakerMention: 'Varga',
      speakerEntity: { type: 'person' },
    })
    expect(entities.people[q!.speakerEntity!.index]!.name).toBe('Ilse Varga')
  })

  it('gives null, never the pronoun or the article, when nothing resolves', () => {
    const [q] = quotesOf('“We will not stop,” they said.')
    expect(q).toMatchObject({
      speaker: null,
      speakerEntity: null,
      speakerMention: 'they',
      confidence: 0,
    })
  })

  it('never names a closed-class word as the speaker (property)', () => {
    const words = [
      'he',
      'she',
      'it',
      'they',
      'we',
      'the',
      'a',
      'an',
      'this',
      'his',
      'her',
      'its',
      'their',
    ]
    const names = [
      'Ilse Varga',
      'Bruno Hale',
      'the council',
      'The team',
      'It',
      'She',
      'A statement',
      'The',
    ]
    const cues = ['said', 'says', 'added', 'told reporters', 'argued', 'warned']
    const sentence = fc
      .tuple(
        fc.constantFrom(...names),
        fc.constantFrom(...cues),
        fc.constantFrom(...words),
        fc.boolean()
      )
      .map(([who, cue, filler, quoted]) =>
        quoted
          ? `“The ${filler} harbour plan is sound,” ${who} ${cue}.`
          : `${who} ${cue} the plan for the ${filler} harbour would cost more.`
      )
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (sentences) => {
        for (const q of quotesOf(sentences.join('\n\n'))) {
          if (q.speaker === null) continue
          expect(FUNCTION_WORDS.has(q.speaker.toLowerCase())).toBe(false)
          expect(q.speaker).toMatch(/^\p{Lu}/u)
          expect(q.speakerEntity).not.toBeNull()
        }
      }),
      { numRuns: 150 }
    )
  })

  it('adds a credited name the recogniser missed to the entities, once', () => {
    const text =
      'The fleet stayed in port.\n\n“The nets are empty,” said fisherman Oro Teel.\n\n“We will wait,” said Teel.'
    const entities = extractEntities(text)
    const quotes = extractQuotes(text, entities)
    expect(quotes.map((q) => q.speaker)).toEqual(['Oro Teel', 'Oro Teel'])
    expect(entities.people.filter((p) => p.name === 'Oro Teel')).toHaveLength(1)
  })
})

describe('coreference for attribution', () => {
  it('binds a role in apposition to its holder ("X, the union’s president, …" then "the president said")', () => {
    const text = [
      'Nadia Ferrow, the dockworkers’ union president, met the board on Tuesday.',
      'The board rejected the offer within an hour. Talks will resume next week, officials said.',
      '“We are not going anywhere,” the president said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'We are not')).toMatchObject({
      speaker: 'Nadia Ferrow',
      speakerMention: 'the president',
    })
  })

  it('binds a title before the name to its holder ("fleet captain Oskar Lind" then "the captain")', () => {
    const text =
      'Fleet captain Oskar Lind led the crews home.\n\n“It was the longest night of my life,” the captain said.'
    expect(find(quotesOf(text), 'It was the longest')?.speaker).toBe('Oskar Lind')
  })

  it('resolves he and she by gender learnt from earlier pronouns, not by recency alone', () => {
    const text = [
      'Ilse Varga said she would ask the council for more money.',
      'Bruno Hale, the treasurer, said he had no money to give.',
      '“We cannot build a pier with promises,” she said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'We cannot build')?.speaker).toBe('Ilse Varga')
  })

  it('falls back on a common given name for gender only when the text gives no cue', () => {
    const text =
      'Wanda Kettle runs the ferry.\n\nHugo Brant met the crew on Monday.\n\n“We sail at dawn,” she said.'
    expect(find(quotesOf(text), 'We sail')?.speaker).toBe('Wanda Kettle')
    // A title in the text outweighs the name list ("Mr." before a name the list calls female).
    const titled =
      'Mr. Wanda Kettle runs the ferry.\n\nMs. Hugo Brant met the crew.\n\n“We sail at dawn,” she said.'
    expect(find(quotesOf(titled), 'We sail')?.speaker).toBe('Hugo Brant')
  })

  it('credits the named subject of a sentence that leads into a quote with a colon', () => {
    const text = 'Mira Dahl, the harbour doctor, is more blunt: “The boats are not safe in winter.”'
    expect(find(quotesOf(text), 'The boats')).toMatchObject({ speaker: 'Mira Dahl', cue: ':' })
    // A colon after a description gives no speaker.
    expect(
      find(quotesOf('The message was clear: “The boats are not safe in winter.”'), 'The boats')
        ?.speaker
    ).toBeNull()
  })

  it('does not let a photo caption with its credit take the floor from the speaker', () => {
    const text = [
      'Bruno Hale met the crews at dawn.',
      '“The pier is open again,” Hale said.',
      'Ilse Varga / Portavel Herald Two ferries at the pier on Monday.',
      '“We worked all night for this.”',
    ].join('\n\n')
    expect(find(quotesOf(text), 'We worked')?.speaker).toBe('Bruno Hale')
  })

  it('prefers the subject over a later object for a pronoun', () => {
    const text =
      'Ilse Varga thanked Mira Dahl for the report.\n\n“This changes everything for the fleet,” she said.'
    expect(find(quotesOf(text), 'This changes')?.speaker).toBe('Ilse Varga')
  })

  it('resolves "it", "the company" and "a statement" to the organisation named before', () => {
    const text = [
      'Tidewater Shipping Corporation cancelled the winter route on Friday.',
      '“Safety comes first,” it said.',
      '“The ferries will return in spring,” the company added.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'Safety comes')).toMatchObject({
      speaker: 'Tidewater Shipping Corporation',
      speakerEntity: { type: 'organization' },
    })
    expect(find(quotes, 'The ferries')?.speaker).toBe('Tidewater Shipping Corporation')
  })

  it('continues the speaker across quote-only paragraphs', () => {
    const text = [
      'The storm passed on Sunday night.',
      '“The storm took three boats,” harbour master Oskar Lind said.',
      '“Nobody was hurt, and that is what matters.”',
      '“We will rebuild before the summer.”',
    ].join('\n\n')
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Oskar Lind', 'Oskar Lind', 'Oskar Lind'])
  })

  it('gives a floating quote to the person a statement just before it introduced', () => {
    const text = [
      'The council met on Monday.',
      '“The pier is safe,” harbour master Oskar Lind said.',
      'Ilse Varga, who chairs the council, says the budget will not stretch that far.',
      '“We have to choose between the pier and the school.”',
    ].join('\n\n')
    expect(find(quotesOf(text), 'We have to choose')?.speaker).toBe('Ilse Varga')
  })

  it('credits a participle quote to a subject named with an apposition', () => {
    const text =
      'The board met on Monday.\n\nIlse Varga, a former harbour master, left the meeting early, saying, “The plan is already dead.”'
    expect(find(quotesOf(text), 'The plan is')?.speaker).toBe('Ilse Varga')
  })

  it('alternates between two speakers when each answer is credited', () => {
    const text = [
      'The council met the harbour board on Monday.',
      '“Will the pier open?” asked councillor Bruno Hale.',
      '“It will open in May,” Ilse Varga said.',
      '“And the cost?” Hale asked.',
      '“Within budget,” Varga said.',
    ].join('\n\n')
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([
      'Bruno Hale',
      'Ilse Varga',
      'Bruno Hale',
      'Ilse Varga',
    ])
  })
})

describe('reported speech', () => {
  const indirect = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect')

  it('finds "X said (that) …" with the clause as content', () => {
    const text = 'Ilse Varga said that the pier would reopen in May.'
    const [q] = indirect(text)
    expect(q).toMatchObject({
      speaker: 'Ilse Varga',
      cue: 'said',
      text: 'that the pier would reopen in May',
    })
    expect(text.slice(q!.content.start, q!.content.end)).toBe(q!.text)
  })

  it('finds "X told Y …", "X warned …" and "X argued …" mid-sentence', () => {
    expect(
      indirect('On Monday, Bruno Hale told reporters the budget was already spent.')[0]
    ).toMatchObject({ speaker: 'Bruno Hale', cue: 'told', text: 'the budget was already spent' })
    expect(
      indirect('Harbour master Oskar Lind warned the fleet would be idle for a month.')[0]
    ).toMatchObject({ speaker: 'Oskar Lind', cue: 'warned' })
    expect(indirect('Mira Dahl argued that the council had ignored the fishers.')[0]).toMatchObject(
      { speaker: 'Mira Dahl', cue: 'argued' }
    )
  })

  it('finds "according to X, …" and the inverted forms', () => {
    expect(
      indirect('According to Tidewater Shipping Corporation, the route will reopen next spring.')[0]
    ).toMatchObject({
      speaker: 'Tidewater Shipping Corporation',
      cue: 'according to',
      text: 'the route will reopen next spring',
    })
    expect(
      indirect('The route will reopen next spring, Oskar Lind said on Friday.')[0]
    ).toMatchObject({ speaker: 'Oskar Lind', text: 'The route will reopen next spring' })
  })

  it('resolves a pronoun subject of reported speech', () => {
    const text =
      'Mira Dahl runs the fish market.\n\nShe said the prices had doubled since the storm.'
    expect(indirect(text)[0]).toMatchObject({ speaker: 'Mira Dahl', speakerMention: 'She' })
  })

  it('is not fooled by verbs of saying that take a noun ("added a goal", "denied the visitors")', () => {
    expect(indirect('Bruno Hale added a goal in the second half.')).toEqual([])
    expect(indirect('The keeper denied the visitors three times before the break.')).toEqual([])
  })

  it('credits the name an apposition or a prepositional tail modifies, not a name inside it', () => {
    const appos =
      'Sen. Ilse Varga, D-Ore., a member of the ports panel, said the harbour plan was sound.'
    expect(indirect(appos)[0]).toMatchObject({ speaker: 'Ilse Varga' })
    const place =
      'Oskar Lind, the owner of a boatyard based in Portavel, Ore., says the season started late.'
    expect(indirect(place)[0]).toMatchObject({ speaker: 'Oskar Lind' })
    const withOrg =
      'Mira Dahl with the Portavel Harbour Authority says there are many reasons for the delays.'
    expect(indirect(withOrg)[0]).toMatchObject({ speaker: 'Mira Dahl' })
    // Without the apposition's determiner the later name is the subject ("Meanwhile, Lind, …").
    const opener = 'Meanwhile, Oskar Lind, the harbour master, said the fleet would stay in port.'
    expect(indirect(opener)[0]).toMatchObject({ speaker: 'Oskar Lind' })
  })

  it('finds clauses with an irregular past verb, a late verb, an auxiliary or a time adjunct', () => {
    expect(
      indirect('Oskar Lind said divers later found three boats adrift in the bay.')[0]
    ).toMatchObject({
      speaker: 'Oskar Lind',
      text: 'divers later found three boats adrift in the bay',
    })
    expect(
      indirect('Bruno Hale said roughly 60 per cent of the harbour crews voted for the union.')[0]
    ).toMatchObject({ speaker: 'Bruno Hale' })
    expect(
      indirect('Mira Dahl has said the ferry was older than any boat in the fleet.')[0]
    ).toMatchObject({
      speaker: 'Mira Dahl',
      text: 'the ferry was older than any boat in the fleet',
    })
    expect(
      indirect('Ilse Varga said earlier Monday that it was up to the council to choose.')[0]
    ).toMatchObject({ text: 'that it was up to the council to choose' })
  })

  it('splits a sentence interrupted by its credit ("A, X said, B.") into two statements by X', () => {
    const text =
      'Bruno Hale runs the port.\n\nToo often, Hale says, the ferries leave without their cargo.'
    const found = indirect(text)
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['Too often', 'Bruno Hale'],
      ['the ferries leave without their cargo', 'Bruno Hale'],
    ])
    expect(
      indirect('The tide, according to harbour engineers, is rising faster every year.').map(
        (q) => q.text
      )
    ).toEqual(['The tide, according to harbour engineers, is rising faster every year'])
    // (A subject alone before the credit and its verb after it are one statement: qprobe5.)
    // A sentence with its own reporting verb before the comma is not split.
    expect(
      indirect('Hale said the tide was high, he added, and the boats stayed in.')
    ).toHaveLength(1)
  })

  it('credits "X’s office" to X but "X’s lawyer" to nobody named', () => {
    const text =
      'Ilse Varga visited the pier on Monday.\n\nVarga’s office said roughly 300 people attended the event.'
    expect(indirect(text)[0]).toMatchObject({
      speaker: 'Ilse Varga',
      speakerMention: 'Varga’s office',
    })
    const lawyer =
      'Ilse Varga visited the pier on Monday.\n\nVarga’s lawyer said the contract was never signed.'
    expect(indirect(lawyer)[0]?.speaker).not.toBe('Ilse Varga')
  })

  it('finds "X told court there were …" and "X says about 50 …"', () => {
    expect(indirect('Oskar Lind told court there were more boats in the shed.')[0]).toMatchObject({
      speaker: 'Oskar Lind',
      text: 'there were more boats in the shed',
    })
    expect(indirect('Mira Dahl says about 50 ferries use the pier every day.')[0]).toMatchObject({
      speaker: 'Mira Dahl',
      text: 'about 50 ferries use the pier every day',
    })
    expect(indirect('Mira Dahl spoke about the ferries that use the pier.')).toEqual([])
  })

  it('keeps a speaker whose given name is also a word ("Will", "May") through the quotes after', () => {
    const text = [
      'Harbour Minister Oskar Lind said the ferries will stay in port.',
      'Will Tarrow, a deckhand based in Portavel City, Ore., and an organizer at Harbour Workers United, said cold weather takes a toll on boat engines.',
      '"Things break that normally don\'t."',
      'Tarrow said he suspects a mechanical issue caused the failure.',
      '"It only takes one slip."',
    ].join('\n\n')
    const quotes = quotesOf(text)
    for (const start of ['cold weather', 'Things break', 'he suspects', 'It only'])
      expect(find(quotes, start)?.speaker, start).toBe('Will Tarrow')
  })

  it('gives a coordinated verb the subject of the sentence ("X praised … and said …")', () => {
    const text = 'On Monday, Ilse Varga praised the crews and said the pier would reopen soon.'
    expect(indirect(text)[0]).toMatchObject({ speaker: 'Ilse Varga' })
  })

  it('marks quoted words inside reported speech as mixed', () => {
    const [q] = quotesOf('Ilse Varga said the plan was “a gamble with our money” and left.')
    expect(q).toMatchObject({ kind: 'mixed', speaker: 'Ilse Varga' })
  })
})

describe('confidence, quotedPeople and credits', () => {
  it('rates a name in the sentence above a continuation and a role', () => {
    const text = [
      'Fleet captain Oskar Lind led the crews home through the storm on Sunday night.',
      '“It was the longest night of my life,” Lind said.',
      '“Nobody slept.”',
      '“We lost two nets,” the captain said.',
    ].join('\n\n')
    const [named, floating, role] = quotesOf(text)
    expect(named!.confidence).toBeGreaterThanOrEqual(0.9)
    expect(floating!.confidence).toBeLessThan(named!.confidence)
    expect(role!.confidence).toBeLessThan(named!.confidence)
    for (const q of quotesOf(text))
      (expect(q.confidence).toBeGreaterThanOrEqual(0), expect(q.confidence).toBeLessThanOrEqual(1))
  })

  it('ranks quoted people by quotes, then words, and filters by confidence', () => {
    const x = extractFromText(HARBOUR_STORY)
    expect(x.quotedPeople[0]).toMatchObject({ type: 'person', name: 'Tomas Brennick' })
    expect(x.quotedPeople[0]!.quotes).toBeGreaterThanOrEqual(3)
    expect(x.quotedPeople).toEqual(rankQuotedSources(x.quotes, x.entities))
    const strict = withMinConfidence(x, 0.9)
    expect(strict.quotes.every((q) => q.confidence >= 0.9)).toBe(true)
    expect(strict.quotes.length).toBeLessThan(x.quotes.length)
    expect(withMinConfidence(x, undefined)).toBe(x)
  })

  it('lists agencies from the input credit and the photo credit as organisations', () => {
    const x = extractFromText(HARBOUR_STORY)
    expect(x.entities.organizations.map((o) => o.name)).toContain('Meridian')
    expect(PLACES.has('meridian')).toBe(false)
  })
})

describe('qprobe4 words a document reads', () => {
  it('does not run “…,” read a note taped to the door” on from the last speaker', () => {
    const text = [
      '“They did all the hard work,” volunteer Joan Eddy said.',
      '“We have never felt so welcome,” read a note taped to the door of the restaurant.',
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    const note = quotes.find((q) => q.text.includes('so welcome'))
    expect(note?.speaker ?? null).toBeNull()
    expect(note?.speakerMention).toBe('a note')
  })
})

describe('qprobe4 a union local in apposition', () => {
  it('credits “The union representing the workers, ATU Local 1412, said” to the local', () => {
    const text = [
      'The Harbour City Transit Commission made its final offer on Monday.',
      'The union representing the workers, ATU Local 1412, said the offer falls short.',
      'The union said its members would walk off the job Friday.',
    ].join('\n\n')
    const entities = extractEntities(text)
    const quotes = extractQuotes(text, entities)
    expect(quotes.find((q) => q.text.includes('falls short'))?.speaker).toBe('ATU Local 1412')
    expect(quotes.find((q) => q.text.includes('walk off'))?.speaker).toBe('ATU Local 1412')
    expect(entities.people.map((p) => p.name)).not.toContain('ATU Local')
  })
})

describe('qprobe7 surnames with particles after the reporting verb', () => {
  it('credits “said Omar al-Rashid” and “al-Rashid said” to the whole name', () => {
    const text = [
      'Ridgeway parents packed the school board meeting on Tuesday.',
      '“They have had every chance to fix this,” said Omar al-Rashid, a parent council member.',
      '“We were told this was only a discussion,” said Maria dos Santos Ferreira.',
      '“We will keep coming back,” al-Rashid said. “Every month.”',
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    const speaker = (start: string) => quotes.find((q) => q.text.includes(start))?.speaker
    expect(speaker('every chance')).toBe('Omar al-Rashid')
    expect(speaker('only a discussion')).toBe('Maria dos Santos Ferreira')
    expect(speaker('keep coming back')).toBe('Omar al-Rashid')
  })
})
