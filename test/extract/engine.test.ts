/**
 * Unit tests of the extraction engine on invented copy: layout, quotes and speakers, entities and
 * aliases, sources, related lines, HTML metadata and main content.
 */
import { describe, expect, it } from 'vitest'
import { extractFromHtml, extractFromText } from '../../src/extract/index'
import { HARBOUR_PAGE, HARBOUR_STORY, longArticle } from './fixtures'

describe('extractFromText on newsroom copy', () => {
  const x = extractFromText(HARBOUR_STORY)
  const bodyText = x.body.join('\n\n')

  it('finds the headline, standfirst and the captioned photo with its agency credit', () => {
    expect(x.headline).toBe(
      'Mayor admits harbour plan has ‘gaps and doubts’ after talks with Marta Okonkwo'
    )
    expect(x.dek).toMatch(/^Valdoria Mayor Tomas Brennick, meeting port authority chief/)
    expect(x.images).toEqual([
      {
        url: null,
        caption: expect.stringMatching(/^Valdoria Mayor .* Monday\.$/),
        credit: 'Meridian photo',
      },
    ])
  })

  it('removes the ALSO READ line, the input credit and the end marker from the body', () => {
    expect(bodyText).not.toMatch(/ALSO READ|With input from|ENDS|Meridian photo/)
    expect(x.relatedLinks).toEqual([
      { text: 'Six weeks after the storm, Eastgate fishers return to the water', url: null },
    ])
    expect(x.sources).toEqual(expect.arrayContaining(['Meridian', 'Harbour Wire']))
    expect(x.body[0]).toMatch(/^Valdoria Mayor Tomas Brennick on Monday admitted/)
  })

  it('attributes "told", "added" and "said" quotes to the full name, across paragraphs', () => {
    const told = x.quotes.find((q) => q.text.startsWith('We understand'))
    expect(told).toMatchObject({
      speaker: 'Tomas Brennick',
      speakerMention: 'Brennick',
      cue: 'told',
      kind: 'direct',
    })
    const continued = x.quotes.find((q) => q.text.startsWith('We have talked'))
    expect(continued).toMatchObject({ speaker: 'Tomas Brennick', kind: 'direct' })
    const added = x.quotes.find((q) => q.text.startsWith('We value'))
    expect(added).toMatchObject({ speaker: 'Tomas Brennick', speakerMention: 'He', cue: 'added' })
    const said = x.quotes.find((q) => q.text.startsWith('It is the hardest'))
    expect(said).toMatchObject({ speaker: 'Marta Okonkwo', speakerMention: 'Okonkwo', cue: 'said' })
  })

  it('marks partial quotes inside reported speech and credits the reporting subject', () => {
    const partial = x.quotes.find((q) => q.text === 'gaps and doubts')
    expect(partial).toMatchObject({ kind: 'mixed', speaker: 'Tomas Brennick' })
  })

  it('gives offsets that point at the quoted words in the body text', () => {
    expect(x.quotes.length).toBeGreaterThan(4)
    for (const q of x.quotes) expect(bodyText.slice(q.start, q.end)).toBe(q.text)
  })

  it('merges surname-only and given-name-only mentions into one person', () => {
    const okonkwo = x.entities.people.find((p) => p.name === 'Marta Okonkwo')
    expect(okonkwo?.aliases).toEqual(expect.arrayContaining(['Okonkwo', 'Marta']))
    expect(okonkwo?.mentions).toBeGreaterThanOrEqual(4)
    expect(x.entities.people.map((p) => p.name)).toContain('Tomas Brennick')
    const forum = x.entities.organizations.find((o) => o.name === 'Coastal Towns Forum')
    expect(forum?.aliases).toContain('CTF')
    expect(x.entities.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Portavel']))
  })

  it('reports words, reading time, keywords and a 2–3 sentence summary from the story', () => {
    expect(x.wordCount).toBeGreaterThan(150)
    expect(x.readingTimeMinutes).toBe(Math.max(1, Math.round(x.wordCount / 230)))
    expect(x.keywords.length).toBeGreaterThan(3)
    const sentences = x.summary.match(/[.!?](?=\s|$)/g) ?? []
    expect(sentences.length).toBeGreaterThanOrEqual(2)
    expect(sentences.length).toBeLessThanOrEqual(3)
    expect(x.language).toBe('en')
  })

  it('reads bylines, datelines and dates at the top of copy', () => {
    const y = extractFromText(
      'Storm closes the pier\n\nBy Ines Marlow and Pavel Druze\n\nMarch 4, 2031\n\nPORTAVEL (Meridian) - The pier closed on Tuesday, the council said.\n\nMore follows.'
    )
    expect(y.bylines).toEqual(['Ines Marlow', 'Pavel Druze'])
    expect(y.publishedAt).toBe('2031-03-04')
    expect(y.dateline).toBe('PORTAVEL')
    expect(y.sources).toContain('Meridian')
    expect(y.body[0]).toBe('The pier closed on Tuesday, the council said.')
  })

  it('keeps a wire lede in the body: its names and quotes are analysed, not taken as a standfirst', () => {
    const lede =
      'Harbour Minister Ines Marlow on Friday defended a plan to rebuild three piers through ' +
      'private partnerships, saying the model would get them built faster.'
    const copy = [
      'Minister defends pier plan',
      lede,
      '“People are waiting too long, and they do not mind who pours the concrete,” Marlow told reporters.',
      'Opposition critic Pavel Druze said the model had cost the town more in the past.',
      '“That is fearmongering,” she said.',
    ].join('\n\n')
    const y = extractFromText(copy)
    expect(y.headline).toBe('Minister defends pier plan')
    expect(y.dek).toBeNull()
    expect(y.body[0]).toBe(lede)
    expect(y.entities.people.map((p) => p.name)).toContain('Ines Marlow')
    const told = y.quotes.find((q) => q.text.startsWith('People are waiting'))
    expect(told).toMatchObject({ speaker: 'Ines Marlow', speakerMention: 'Marlow', cue: 'told' })
    // A dateline opens story copy too, and a short paragraph without one is still a standfirst.
    const wire = extractFromText(
      `Minister defends pier plan\n\nPORTAVEL — ${lede.replace(' on Friday', '')}\n\nMore.\n\nMore.`
    )
    expect(wire.dek).toBeNull()
    const dek = extractFromText(
      `Minister defends pier plan\n\n${lede.replace(' on Friday', '')}\n\nMore.\n\nMore.`
    )
    expect(dek.dek).toMatch(/^Harbour Minister Ines Marlow defended/)
  })

  it('keeps a lede naming its day in French or German in the body too', () => {
    for (const [head, lede] of [
      ['Le maire défend le pont', 'La maire de Portavel, Ines Marlow, a défendu jeudi le projet.'],
      [
        'Bürgermeisterin verteidigt Brücke',
        'Die Bürgermeisterin, Ines Marlow, hat am Donnerstag das Projekt verteidigt.',
      ],
    ]) {
      const y = extractFromText(`${head}\n\n${lede}\n\n« Oui », a-t-elle dit.\n\nFin.`)
      expect(y.dek).toBeNull()
      expect(y.entities.people.map((p) => p.name)).toContain('Ines Marlow')
    }
  })

  it('reads a first paragraph that is a sentence as copy, not as a headline', () => {
    const sentences = [
      'PORTAVEL — The ferry could have been a scene from a film about a town and a "sea monster."',
      'Less than a week ago, the Portavel rowing club was known mostly for its seven regional ' +
        'titles and its motto, “A crew that never tires.”',
      '“We wait for the tide,” Ines Marlow told reporters on the quay.',
    ]
    for (const first of sentences) {
      const y = extractFromText(`${first}\n\nThe club said it would row on.\n\nMore followed.`)
      expect(y.headline).toBeNull()
      expect(y.body[0]!.endsWith(first.slice(-30))).toBe(true)
    }
    const told = extractFromText(`Tide talk\n\n${sentences[2]}\n\nShe left.`).quotes
    expect(told.map((q) => q.text)).toEqual(['We wait for the tide,'])
  })

  it('keeps a lede whose person the next paragraph goes on about (by surname or pronoun) in the body', () => {
    const lede = 'The Dunmere Comets have signed veteran goalie Anton Reisz to a one-year contract.'
    for (const next of [
      'Reisz, 34, spent three seasons with the Hawks.',
      'He spent three seasons there.',
    ]) {
      const y = extractFromText(`Comets sign a goalie\n\n${lede}\n\n${next}\n\nMore followed.`)
      expect(y.dek).toBeNull()
      expect(y.body[0]).toBe(lede)
      expect(y.entities.people.map((p) => p.name)).toEqual(['Anton Reisz'])
    }
    // A standfirst followed by a lede that names people again stays a standfirst.
    const dek = extractFromText(
      `Comets sign a goalie\n\n${lede}\n\nDUNMERE — Anton Reisz, 34, signed on Monday.\n\nMore followed.`
    )
    expect(dek.dek).toBe(lede)
  })

  it('handles a long generated article', () => {
    const z = extractFromText(longArticle())
    expect(z.wordCount).toBeGreaterThanOrEqual(900)
    expect(z.quotes.some((q) => q.speaker === 'Arden Vale')).toBe(true)
  })
})

describe('extractFromHtml on a publisher page', () => {
  const x = extractFromHtml(HARBOUR_PAGE, 'https://gazette.example/2031/03/04/harbour')

  it('prefers JSON-LD and meta for headline, bylines and date', () => {
    expect(x.headline).toBe('Mayor admits harbour plan has gaps')
    expect(x.bylines).toEqual(['Ines Marlow', 'Pavel Druze'])
    expect(x.publishedAt).toBe('2031-03-04T09:30:00Z')
    expect(x.language).toBe('en')
  })

  it('keeps the story paragraphs and drops navigation, scripts, related links and footers', () => {
    expect(x.body).toHaveLength(4)
    expect(x.body[0]).toMatch(/^Valdoria Mayor Tomas Brennick on Monday/)
    const text = x.body.join(' ')
    expect(text).not.toMatch(/Home|Subscribe|Fishers return|not content|By Ines/)
    expect(x.images[0]).toMatchObject({
      url: 'https://img.example/pier.jpg',
      credit: 'Photo: Meridian',
    })
  })

  it('finds the quotes in the page body', () => {
    expect(x.quotes.find((q) => q.text.startsWith('It is the hardest'))?.speaker).toBe(
      'Marta Okonkwo'
    )
  })
})

describe('qprobe6 a short first paragraph of a parsed body', () => {
  it('keeps the quote in a one-sentence lede under the headline', () => {
    const x = extractFromText(
      [
        'Judge jails Fernhollow driver',
        'Justice Orla Penhallow wrote Monday that the driver showed “a reckless contempt for everyone on the road.”',
        'The driver was travelling at twice the limit when the truck left the road near Fernhollow.',
        'He will be eligible for parole in two years.',
      ].join('\n\n')
    )
    expect(x.quotes.find((q) => q.text.includes('reckless'))?.speaker).toBe('Orla Penhallow')
  })
})

describe('qprobe6 a wire dateline typed with a plain hyphen', () => {
  it('reads “PLACE (Agency) - ” as the first paragraph, not a standfirst', () => {
    const x = extractFromText(
      [
        'Fernhollow driver jailed',
        'QUARRY BEND (Tidewire) - A Fernhollow man was sentenced to six years for a crash that killed two.',
        'Crown prosecutor Ansel Dorrance had asked for eight years.',
        'The man will be eligible for parole in two years.',
      ].join('\n\n')
    )
    expect(x.dek).toBeNull()
    expect(x.dateline).toBe('QUARRY BEND')
    expect(x.body[0]).toMatch(/^A Fernhollow man/)
  })
})

describe('qprobe6 a wire story’s credit lines', () => {
  it('keeps “— With files from …” and “This report by … was first published …” out of the body', () => {
    const x = extractFromText(
      [
        'Ferry service to resume',
        'QUARRY BEND — Ferry service to Wenlow Island will resume next week, officials said Monday.',
        '“This has been a hard month for islanders,” Marine Minister Ysolde Farrant said.',
        'The repaired vessel passed its final inspection on Friday.',
        '— With files from Osric Pellham in Tarrowby and The Hearth',
        'This report by Tidewire News was first published Dec. 3, 2026.',
      ].join('\n\n')
    )
    expect(x.body.at(-1)).toBe('The repaired vessel passed its final inspection on Friday.')
    expect(x.sources).toEqual(['Hearth', 'Tidewire News'])
    expect(x.entities.organizations.map((o) => o.name)).not.toContain('Osric Pellham')
  })
})

describe('qprobe6 a wire photo caption credited in capitals', () => {
  it('takes “… THE AGENCY/Photographer” as an image, so the dateline opens the body', () => {
    const x = extractFromText(
      [
        'Premier defends health plan',
        'Premier Ysolde Farrant speaks to reporters in Tarrowby on Tuesday, Dec. 2, 2026. THE TIDEWIRE/Osric Pellham',
        'TARROWBY — Premier Ysolde Farrant is defending her government’s health plan.',
        '“We are making progress,” Farrant told reporters Tuesday.',
        'Doctors say wait times are still too long in Quarry Bend.',
      ].join('\n\n')
    )
    expect(x.images[0]?.credit).toBe('THE TIDEWIRE/Osric Pellham')
    expect(x.dateline).toBe('TARROWBY')
    expect(x.entities.organizations.map((o) => o.name)).not.toContain('Osric Pellham')
    expect(x.entities.people.map((p) => p.name)).not.toContain('Osric Pellham')
  })
})

describe('qprobe6 a dateline typed with a plain hyphen and no agency', () => {
  it('reads “PLACE - A …” under the headline as the first paragraph', () => {
    const x = extractFromText(
      [
        'Fernhollow driver jailed',
        'QUARRY BEND - A Fernhollow man was sentenced to six years, Crown prosecutor Ansel Dorrance said.',
        'The crash killed two teenagers.',
        'The man will be eligible for parole in two years.',
      ].join('\n\n')
    )
    expect(x.dek).toBeNull()
    expect(x.dateline).toBe('QUARRY BEND')
    expect(x.quotes.find((q) => q.text.includes('six years'))?.speaker).toBe('Ansel Dorrance')
  })
})

describe('qprobe8 hard-wrapped copy with indented paragraphs and no blank lines', () => {
  it('joins the wrapped lines of each paragraph, so quotes keep their credits', () => {
    const text = [
      'Harbour tolls rise in Westmoor',
      '    WESTMOOR — Ferry tolls will rise by a third in the spring, the harbour',
      'board said on Monday. The board blamed fuel costs and an ageing fleet.',
      '    "We have held prices for six years, and we cannot hold them any',
      'longer," said Hal Brennick, the board\'s chair. "Nobody likes it."',
      '    Commuter Ada Lusk said the rise was "a blow to every family on the',
      'island."',
    ].join('\n')
    const x = extractFromText(text)
    expect(x.headline).toBe('Harbour tolls rise in Westmoor')
    expect(x.body).toHaveLength(3)
    expect(x.quotes.find((q) => q.text.startsWith('We have held'))?.speaker).toBe('Hal Brennick')
    expect(x.quotes.find((q) => q.text.includes('island'))?.text).toBe(
      'a blow to every family on the island.'
    )
  })
  it('leaves a short indented list item apart from the flush paragraph after it', () => {
    const text = [
      'Council agenda',
      'The council will vote on three items on Monday night in the town hall.',
      '  Roads budget',
      '  Harbour lease',
      'The meeting is open to the public.',
    ].join('\n')
    expect(extractFromText(text).body).toContain('The meeting is open to the public.')
  })
})

describe('qprobe8 invisible characters pasted into plain text', () => {
  it('drops soft hyphens and word joiners inside names', () => {
    const text =
      'Harbour tolls rise in Westmoor\n\nWESTMOOR — Ferry tolls will rise by a third, the board said.\n\n“We will fix it,” said Hal Brenn\u00adick, the board chair.\n\n“It is too much,” said\ufeff commuter Ada Lu\u2060sk.\n'
    const x = extractFromText(text)
    expect(x.quotes.find((q) => q.text.includes('fix'))?.speaker).toBe('Hal Brennick')
    expect(x.quotes.find((q) => q.text.includes('too much'))?.speaker).toBe('Ada Lusk')
  })
})

describe('qprobe8 hard-wrapped copy with neither blank lines nor indents', () => {
  it('joins a line that starts in lower case to the long unfinished line above', () => {
    const text = [
      'Harbour tolls rise in Westmoor',
      'WESTMOOR — Ferry tolls will rise by a third in the spring, the harbour',
      'board said on Monday. The board blamed fuel costs and an ageing fleet.',
      '"We have held prices for six years, and we cannot hold them any',
      'longer," said Hal Brennick, the board chair. "Nobody likes it."',
    ].join('\n')
    const x = extractFromText(text)
    expect(x.body).toHaveLength(2)
    expect(x.quotes.find((q) => q.text.startsWith('We have held'))?.speaker).toBe('Hal Brennick')
  })
})
