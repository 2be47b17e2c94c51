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

describe('a spokesperson named only in the next lines', () => {
  it('credits “A spokeswoman for X said …” to the person first named in the next paragraph', () => {
    const text = [
      'Premier Dana Whitlock was not at the hearing.',
      'A spokeswoman for Whitlock said the province would not appeal the ruling.',
      '“We respect the court’s decision,” said Lia Contessa.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'would not appeal')).toMatchObject({
      speakerMention: 'a spokeswoman for Whitlock',
      speaker: 'Lia Contessa',
    })
  })

  it('takes nobody named before, nor anyone past the next paragraph', () => {
    const text = [
      'Premier Dana Whitlock was not at the hearing. Tomas Birkeland, a lawyer, was.',
      'A spokeswoman for Whitlock said the province would not appeal the ruling.',
      '“It was fair,” said Birkeland.',
      'The hearing lasted two days.',
      '“We respect the court’s decision,” said Lia Contessa.',
    ].join('\n\n')
    const speaker = find(quotesOf(text), 'would not appeal')?.speaker ?? null
    expect(speaker).not.toBe('Tomas Birkeland')
    expect(speaker).not.toBe('Lia Contessa')
  })
})

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

describe('a second speaker answering in the same sentence', () => {
  it('cuts “X says A but Y says B” into A by X and B by Y', () => {
    const text =
      'Harbour Ferries says the boats leave on time in most weeks but Orla Fennimore says ' +
      'that is not what the deckhands are seeing.'
    const quotes = quotesOf(text)
    expect(find(quotes, 'the boats leave on time')).toMatchObject({
      speaker: 'Harbour Ferries',
      text: 'the boats leave on time in most weeks',
    })
    expect(find(quotes, 'not what the deckhands')).toMatchObject({
      speaker: 'Orla Fennimore',
      speakerMention: 'Orla Fennimore',
    })
  })

  it('credits “…, while Y said B” to Y', () => {
    const text =
      'Sam Leeward said the pier was safe for now, while Orla Fennimore said the pilings were ' +
      'rotting under the deck.'
    const quotes = quotesOf(text)
    expect(find(quotes, 'the pier was safe')?.speaker).toBe('Sam Leeward')
    expect(find(quotes, 'the pilings were rotting')?.speaker).toBe('Orla Fennimore')
  })
})

describe('a statement opened by an adverbial before its subject', () => {
  it('finds “X says too often, that’s not happening”', () => {
    const text = [
      'Sam Leeward says the ferries turn around within twenty minutes at the dock.',
      'But Orla Fennimore says too often, that’s not happening.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'not happening')).toMatchObject({
      kind: 'indirect',
      speaker: 'Orla Fennimore',
    })
  })
})

describe('the listener of “told” before “that”', () => {
  it('leaves a listener with an article or a quoted show name out of the statement', () => {
    const text = [
      'Sam Leeward was on the pier when the boat sank.',
      'He told the harbour station on Wednesday that he had seen no one on deck.',
      'He told WXYZ’s “Morning” show that the crew had left an hour before.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'no one on deck')).toMatchObject({
      speaker: 'Sam Leeward',
      text: 'that he had seen no one on deck',
    })
    expect(find(quotes, 'the crew had left')).toMatchObject({
      speaker: 'Sam Leeward',
      text: 'that the crew had left an hour before',
    })
  })

  it('keeps a clause with its own subject before a later “that” (“told reporters he believes that …”)', () => {
    const text = 'Sam Leeward told reporters he believes that the pier is safe for now.'
    expect(find(quotesOf(text), 'he believes')?.text).toBe(
      'he believes that the pier is safe for now'
    )
  })
})

describe('abbreviated ranks inside a statement', () => {
  it('does not end the sentence at “Cpl.”, “Cst.” or “Supt.”', () => {
    const text =
      'According to the Crown, a report filed by reconstructionist Cpl. Tomas Varga noted the ' +
      'slope of the road was under one per cent. Cst. Ilse Brandt and Supt. Orrin Vaskel said ' +
      'the sign had been down for weeks.'
    const quotes = quotesOf(text)
    expect(find(quotes, 'a report filed')).toMatchObject({
      speakerMention: 'Crown',
      text: expect.stringContaining('under one per cent'),
    })
    expect(find(quotes, 'the sign had been down')).toBeDefined()
  })
})

describe('a short statement before a credit at the end of the sentence', () => {
  it('finds “The pier is safe, X said.” and leaves “On Monday morning, X said.” alone', () => {
    const text = [
      'Orla Fennimore runs the harbour.',
      'The pier is safe, Fennimore said.',
      'On Monday morning, Fennimore said.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'The pier is safe')).toMatchObject({
      kind: 'indirect',
      speaker: 'Orla Fennimore',
      text: 'The pier is safe',
    })
    expect(find(quotes, 'On Monday')).toBeUndefined()
  })

  it('takes no infinitive phrase for a statement (“To amuse themselves, they …”)', () => {
    const text =
      'They were stuck in port. To amuse themselves, they would pretend the glow of the TV ' +
      'screen revealed another town.'
    expect(find(quotesOf(text), 'To amuse')).toBeUndefined()
  })
})

describe('an organisation named with its article as the subject of a verb of expression', () => {
  it('credits “The X Department … expressed “deep concern”” to the department', () => {
    const text =
      'The Harbour Safety Department called for the sailors’ release on Monday and expressed ' +
      '“deep concern” over their detention.'
    expect(find(quotesOf(text), 'deep concern')).toMatchObject({
      speaker: 'Harbour Safety Department',
    })
  })

  it('keeps “The Liberal leader …” a description, not the party', () => {
    const text = 'The Liberal leader expressed “deep concern” over the vote.'
    expect(find(quotesOf(text), 'deep concern')?.speaker ?? null).not.toBe('Liberal')
  })
})

describe('a name that is the object of a participle in the subject', () => {
  it('credits “A report backing X said …” to the report, not to X', () => {
    const text = 'A report backing Orla Fennimore said the pier was safe for another decade.'
    const quote = find(quotesOf(text), 'the pier was safe')
    expect(quote?.speakerMention).toBe('A report')
    expect(quote?.speaker).not.toBe('Orla Fennimore')
  })
})

describe('a partial quote after a reporting verb with time or channel words', () => {
  it('starts its content after those words and is not found twice', () => {
    const text =
      'A spokesman for the harbour board, Dan Ruiz, said in an email that the board "supports the plan."'
    const all = extractQuotes(text, extractEntities(text))
    expect(all.map((q) => q.kind)).toEqual(['mixed'])
    expect(text.slice(all[0]!.content.start, all[0]!.content.end)).toMatch(/^that the board/)
  })
})

describe('an adverb between a described subject and its verb', () => {
  it('finds “The union also says …” and “The union previously said …”', () => {
    const text = [
      'The Harbour Workers Union called a strike on Monday.',
      'The union also says the employer walked away from the table.',
      'The union previously said the offer was far too low.',
    ].join('\n\n')
    const found = extractQuotes(text, extractEntities(text)).filter((q) => q.kind === 'indirect')
    expect(found.map((q) => [q.text.slice(0, 12), q.speakerMention])).toEqual([
      ['the employer', 'The union'],
      ['the offer wa', 'The union'],
    ])
  })
})

describe('a credit with role words inside a reported sentence', () => {
  it('splits “A, utility spokesperson X said, but B” into two statements by X', () => {
    const text =
      'Crews were working through the night, utility spokesperson Jan Visser said, but some ' +
      'customers could be without power until Friday.'
    const found = extractQuotes(text, extractEntities(text))
    expect(found.map((q) => [q.text.slice(0, 14), q.speaker])).toEqual([
      ['Crews were wor', 'Jan Visser'],
      ['but some custo', 'Jan Visser'],
    ])
  })
})

describe('a negated or refused statement', () => {
  it('is not reported speech (“Police did not say how much was taken”, “said a lot about”)', () => {
    const text = [
      'Police did not say how much money was taken from the bank.',
      'The bank declined to say whether the vault was opened.',
      'Police said the driver fled on foot.',
    ].join('\n\n')
    const found = extractQuotes(text, extractEntities(text))
    expect(found.map((q) => q.text)).toEqual(['the driver fled on foot'])
    // An amount said is no statement either; the credit after it is.
    const amount = 'Her decision said a lot about the club, fans argued online.'
    const read = extractQuotes(amount, extractEntities(amount))
    expect(read.map((q) => [q.text, q.speakerMention])).toEqual([
      ['Her decision said a lot about the club', 'fans'],
    ])
    // "Police" opening a sentence is the police, not an organisation called "Police".
    expect(found[0]?.speaker).toBeNull()
    expect(extractEntities(text).organizations.map((o) => o.name)).not.toContain('Police')
  })
})

describe('descriptions as the subject of reported speech', () => {
  it('reads “The union welcomed the plan but said …” as the union’s statement', () => {
    const text = [
      'Minister Hugh Barlow announced 200 new teachers on Monday.',
      'The union welcomed the announcement but said it fell short of what schools needed.',
    ].join('\n\n')
    const quote = find(quotesOf(text), 'fell short')
    expect(quote).toMatchObject({ kind: 'indirect', speakerMention: 'The union' })
    expect(quote?.speaker).not.toBe('Hugh Barlow')
  })

  it('keeps people of a kind (“Regulars say”) a description, never an organisation', () => {
    const text =
      'The diner opened in 1982.\n\nRegulars say the place has not changed in forty years.'
    const entities = extractEntities(text)
    const quote = find(extractQuotes(text, entities), 'has not changed')
    expect(quote).toMatchObject({ speaker: null, speakerMention: 'Regulars' })
    expect(entities.organizations).toEqual([])
  })
})

describe('refusals and pleas are not statements', () => {
  it('reads “denied bail” as no quote, “denied that …” as one', () => {
    const text = [
      'A judge on Thursday denied bail to a man accused of setting a warehouse fire.',
      'The man’s lawyer, Priya Sandhu, denied that her client had ever been to the warehouse.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'bail')).toBeUndefined()
    expect(find(quotes, 'had ever been')).toMatchObject({
      kind: 'indirect',
      speaker: 'Priya Sandhu',
    })
  })
})

describe('“…, according to” a description', () => {
  it('credits the clause before it to the description, unresolved', () => {
    const text = [
      'The province cut funding for autism therapy by $12 million last year without announcing it, according to internal documents obtained by Harbour Public Radio.',
      'About 40,000 homes lost power overnight, according to the utility.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'cut funding')).toMatchObject({
      kind: 'indirect',
      cue: 'according to',
      speaker: null,
      speakerMention: 'internal documents obtained by Harbour Public Radio',
    })
    expect(find(quotes, 'lost power')).toMatchObject({
      kind: 'indirect',
      speakerMention: 'the utility',
    })
  })
})

describe('two verbs for one statement', () => {
  it('starts the statement after the later cue (“agreed but said …”)', () => {
    const text =
      'Ferreira, a retired engineer, agreed but said Abara had voted against the repair budget.'
    expect(find(quotesOf(text), 'had voted')).toMatchObject({
      kind: 'indirect',
      cue: 'said',
      text: 'Abara had voted against the repair budget',
    })
  })

  it('keeps the particle of “shot back that …” out of the statement', () => {
    const text = 'Ken Abara shot back that the budget had been “a fantasy document.”'
    const quote = find(quotesOf(text), 'fantasy')
    expect(quote?.speaker).toBe('Ken Abara')
    expect(text.slice(quote!.content.start, quote!.content.end)).toMatch(/^that the budget/)
  })

  it('reads “pointed out that …” as reported speech', () => {
    const text =
      'Mayor Dana Ruel opened the meeting.\n\nRuel pointed out that the bridge was built in 1958.'
    expect(find(quotesOf(text), 'bridge was built')).toMatchObject({
      kind: 'indirect',
      speaker: 'Dana Ruel',
      text: 'that the bridge was built in 1958',
    })
  })

  it('reads “shot back that …” without quotation marks as reported speech', () => {
    const text =
      'Coun. Mira Okafor wants the lanes gone.\n\nOkafor shot back that the counters had been installed in July.'
    expect(find(quotesOf(text), 'counters')).toMatchObject({
      kind: 'indirect',
      speaker: 'Mira Okafor',
      text: 'that the counters had been installed in July',
    })
  })
})

describe('an institution named after “the”, and verbs whose past has no ending', () => {
  it('credits “The Blue Lantern said freezing nights put …” to an organisation', () => {
    const text =
      'Aid groups met on Monday.\n\nThe Blue Lantern said freezing nights put thousands of people sleeping outdoors at risk.'
    const entities = extractEntities(text)
    const quote = find(extractQuotes(text, entities), 'freezing nights')
    expect(quote).toMatchObject({ kind: 'indirect', speaker: 'Blue Lantern' })
    expect(quote?.speakerEntity?.type).toBe('organization')
  })
})

describe('a first verb with its object, then the cue', () => {
  it('starts the statement after “acknowledged the problem but said”', () => {
    const text =
      'Health Minister Paul Greaves acknowledged the problem but said new beds would open in the spring.'
    expect(find(quotesOf(text), 'new beds')).toMatchObject({
      speaker: 'Paul Greaves',
      cue: 'said',
      text: 'new beds would open in the spring',
    })
  })

  it('reads a chief executive’s title (“The hospital’s CEO, Martin Oduya,”) as no organisation', () => {
    const e = extractEntities(
      'The hospital’s CEO, Martin Oduya, said the hospital was working with the ministry.'
    )
    expect(e.organizations.map((o) => o.name)).not.toContain('CEO')
  })
})

describe('a credit in the middle of a sentence, with a subordinate clause after it', () => {
  it('reports the clause before “…, the company said Tuesday, as sales fell …”', () => {
    const text =
      'Quillmoor Bakeries Inc. will close its plant in Dunmere, the company said Tuesday, as sales of its bread fell again.'
    expect(find(quotesOf(text), 'close its plant')).toMatchObject({
      kind: 'indirect',
      speaker: 'Quillmoor Bakeries Inc',
      text: 'Quillmoor Bakeries Inc. will close its plant in Dunmere',
    })
    expect(find(quotesOf(text), 'sales of its bread')).toBeUndefined()
  })

  it('keeps “A, X said, while …” to the words before the credit', () => {
    const text = 'The ferry will stop in June, Oskar Blum said, while workers waited outside.'
    const quotes = quotesOf(text)
    expect(quotes.map((q) => q.text)).toEqual(['The ferry will stop in June'])
  })

  it('still reads a fronted clause with its main clause after the credit as a statement', () => {
    const text =
      'Too often, Oskar Blum says, when the boats leave late, nobody checks the manifests.'
    expect(find(quotesOf(text), 'nobody checks')).toMatchObject({ speaker: 'Oskar Blum' })
  })
})

describe('a mid-sentence credit followed by an adjunct of purpose or time', () => {
  it('reports the clause before “…, Minister X announced Monday, in a bid to …”', () => {
    const text =
      'The province will hire 300 nurses over two years, Health Minister Ola Brandvik announced Monday, in a bid to shorten waits at emergency rooms.'
    expect(find(quotesOf(text), 'hire 300 nurses')).toMatchObject({
      speaker: 'Ola Brandvik',
      text: 'The province will hire 300 nurses over two years',
    })
  })
})

describe('a mid-sentence credit followed by a phrase with no verb', () => {
  it('reports the clause before “…, the company said, on sales of …”', () => {
    const text =
      'Brackwater Foods Ltd. said its stores were busy. Profit climbed 9 per cent to $51 million, the company said, on sales of $2.4 billion.'
    expect(find(quotesOf(text), 'Profit climbed')).toMatchObject({
      kind: 'indirect',
      text: 'Profit climbed 9 per cent to $51 million',
    })
    expect(find(quotesOf(text), 'sales of $2.4')).toBeUndefined()
  })

  it('reports the clause before “…, Roe said, up from …”', () => {
    const text = 'Ridership reached 40,000 a day, Ines Varga said, up from 31,000 in the spring.'
    expect(find(quotesOf(text), 'Ridership')).toMatchObject({
      speaker: 'Ines Varga',
      text: 'Ridership reached 40,000 a day',
    })
    expect(find(quotesOf(text), 'up from')).toBeUndefined()
  })

  it('keeps a phrase with its own verb as a statement (“…, Roe said, in its current form will fail …”)', () => {
    const text = 'The plan, Ines Varga said, in its current form will fail the harbour towns.'
    expect(find(quotesOf(text), 'will fail')).toMatchObject({ speaker: 'Ines Varga' })
  })
})

describe('a description with a long relative clause as the subject', () => {
  it('finds the statement of “A senior official in X, who spoke on condition …, said”', () => {
    const text = [
      'TOLLARD, N.S. — Ferry crews walked off the job on Friday.',
      'A senior official in the provincial transport department, who spoke on condition of anonymity because he was not authorized to discuss the talks, said the province would not order the crews back.',
      'A deckhand with the ferry line, who asked that her name not be used because she feared losing her job over the strike, said: “We have been patient for two years.”',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'would not order')).toMatchObject({
      kind: 'indirect',
      speaker: null,
      speakerMention: 'a senior official in the provincial transport department',
    })
    expect(find(quotes, 'We have been patient')).toMatchObject({
      kind: 'direct',
      speakerMention: 'a deckhand with the ferry line',
    })
  })
})

describe('a credit inside a sentence after a conjunction', () => {
  it('ends the first part before the conjunction (“…, and, he says, …”)', () => {
    const text =
      'Captain Roald Eskvik retires on Friday.\n\nHe plans to spend his retirement fishing, and, he says, not on a ferry.'
    const texts = quotesOf(text).map((q) => q.text)
    expect(texts).toContain('He plans to spend his retirement fishing')
    expect(texts).toContain('not on a ferry')
  })
})

describe('a “told” credit ending the sentence, and sources obtained by someone', () => {
  const text = [
    'Fares will rise in April, according to transit spokesperson Lea Okonma.',
    'The new boats will be electric, Okonma told the Quayside Ledger on Tuesday.',
    'According to figures obtained by the Quayside Ledger, ridership fell 12 per cent last year.',
  ].join('\n\n')

  it('reports the clause before “…, X told the Quayside Ledger on Tuesday.”', () => {
    expect(find(quotesOf(text), 'electric')).toMatchObject({
      speaker: 'Lea Okonma',
      text: 'The new boats will be electric',
    })
  })

  it('does not credit “figures obtained by …” to the last person named, nor to the paper', () => {
    expect(find(quotesOf(text), 'ridership fell')?.speaker).toBeNull()
  })

  it('credits “figures released by <organisation>” to that organisation', () => {
    const released = text.replace(
      'figures obtained by the Quayside Ledger',
      'figures released by the Quayside Transit Authority'
    )
    expect(
      find(
        quotesOf(`Quayside Transit Authority runs the ferries.\n\n${released}`),
        'ridership fell'
      )?.speaker
    ).toBe('Quayside Transit Authority')
  })
})

describe('a reporting verb’s past form used as an adjective', () => {
  it('finds no statement in “several of the alleged victims gathered …”', () => {
    const text = [
      'Court resumed in Tollard on Friday.',
      'Outside the courthouse, several of the alleged victims gathered with signs and banners.',
      'Ann Roe said she had lost her savings.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(quotes.map((q) => q.cue)).toEqual(['said'])
    expect(find(quotes, 'victims gathered')).toBeUndefined()
  })
})

describe('a clause opened by an amount or a bare plural after “that”', () => {
  it('finds “predicted more reports would come in” and “vowed that officers would …”', () => {
    const text = [
      'Staff Sgt. Noreen Babcock spoke to reporters in Tollard on Wednesday.',
      'Babcock predicted more reports would come in as owners returned for the holidays.',
      'She vowed that officers would increase patrols along the shore road.',
      'Mayor Ian Rowe said little had changed since the spring.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'more reports would')).toMatchObject({
      kind: 'indirect',
      speaker: 'Noreen Babcock',
    })
    expect(find(quotes, 'officers would increase')?.speaker).toBe('Noreen Babcock')
    expect(find(quotes, 'little had changed')?.speaker).toBe('Ian Rowe')
  })

  it('still finds no statement in “said more about the vote”', () => {
    const text = 'Mayor Ian Rowe said more about the vote on Tuesday.'
    expect(quotesOf(text)).toEqual([])
  })
})

describe('according to a document from a source with a long name', () => {
  it('credits “According to a news release from the X Association, …” to the association', () => {
    const text = [
      'Break-ins at Tollard cottages',
      'The Tollard North Shore Cottage Owners Association met on Monday.',
      'According to a news release from the Tollard North Shore Cottage Owners Association, members have reported missing boats and tools.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'members have reported')).toMatchObject({
      kind: 'indirect',
      speaker: 'Tollard North Shore Cottage Owners Association',
    })
  })
})

describe('a verb with its object after the last comma', () => {
  it('finds no statement in “Asked about the game, Roe praised his star forward.”', () => {
    const text = [
      'Comets coach Darnell Fitzroy spoke after the loss in Tollard.',
      'Asked about Ndlovu’s performance, Fitzroy praised his star forward.',
      'The team has lost three straight, Fitzroy said.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'Asked about')).toBeUndefined()
    expect(find(quotes, 'The team has lost')?.speaker).toBe('Darnell Fitzroy')
  })
})

describe('short statements and a listener before the clause', () => {
  it('finds a three-word statement with its own verb (“said officers were ready”)', () => {
    const text = 'Flood crews\n\nPolice Chief Anneke Varrow said officers were ready.'
    expect(find(quotesOf(text), 'officers were')).toMatchObject({
      kind: 'indirect',
      speaker: 'Anneke Varrow',
      text: 'officers were ready',
    })
  })

  it('still finds no statement in three words with no verb (“said Tuesday night”)', () => {
    const text = 'Flood crews\n\nPolice Chief Anneke Varrow said Tuesday night in Dunmere.'
    expect(quotesOf(text)).toEqual([])
  })

  it('keeps the listener out of “told the hearing the permit was late”', () => {
    const text = 'Permit dispute\n\nEngineer Tobias Pelton told the hearing the permit was late.'
    expect(find(quotesOf(text), 'permit was late')?.text).toBe('the permit was late')
  })
})

describe('a verb of warning with a listener and no clause', () => {
  it('finds no statement in “Engineers warned the ministry about cracks in the bridge …”', () => {
    const text =
      'Bridge report\n\nEngineers warned the provincial transportation ministry about cracks in the Tolland bridge two years ago.'
    expect(find(quotesOf(text), 'cracks')).toBeUndefined()
  })
})

describe('a description ending the sentence after an inverted credit', () => {
  it('is the speaker described, not a second statement', () => {
    for (const tail of [
      'a welder with the Pellham yard',
      'a retired captain who spent 30 years on the route',
      'the union president',
    ]) {
      const text = `Ferry history\n\nRiders gathered at the dock. The pier needs work, said Lorna Vick, ${tail}.`
      const quotes = quotesOf(text)
      expect(find(quotes, 'pier needs work')?.speaker, tail).toBe('Lorna Vick')
      expect(
        quotes.filter((q) => q.text.includes(tail.split(' ')[1]!)),
        tail
      ).toEqual([])
    }
  })

  it('keeps a statement after the credit', () => {
    const text =
      'Ferry history\n\nRiders gathered. Too often, says Lorna Vick, the boats leave the dock late.'
    expect(find(quotesOf(text), 'boats leave')?.speaker).toBe('Lorna Vick')
  })
})

describe('an age before the name in apposition to the subject', () => {
  it('credits “Her apprentice, 19-year-old X, says …” to X', () => {
    const text =
      'Forge news\n\nThe forge is busy. Her apprentice, 19-year-old Jonah Bekele, says he found the job on a bulletin board.'
    expect(find(quotesOf(text), 'bulletin board')?.speaker).toBe('Jonah Bekele')
  })
})

describe('a participle after a sentence opened by a description', () => {
  it('reports “The company defended the cuts, saying …” for the company named before', () => {
    const text = [
      'Greyhollow Transit cut three bus routes on Monday.',
      'The company defended the cuts on Tuesday, saying ridership on the routes had fallen by half.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'ridership')).toMatchObject({
      kind: 'indirect',
      speaker: 'Greyhollow Transit',
      text: 'ridership on the routes had fallen by half',
    })
  })

  it('reports “A spokesperson for X declined to comment, saying …”', () => {
    const text =
      'A spokesperson for Greyhollow Transit declined to comment on the fares, saying talks were ongoing.'
    expect(find(quotesOf(text), 'talks were')).toMatchObject({
      kind: 'indirect',
      speakerMention: 'A spokesperson for Greyhollow Transit',
    })
  })
})

describe('an organisation before “which says”', () => {
  it('credits “…heard from the X Association, which says …” to the association, not the subject', () => {
    const text =
      'Council also heard from the Greyhollow Pilots Association, which says the new berth is too shallow for larger vessels.'
    expect(find(quotesOf(text), 'new berth')).toMatchObject({
      speaker: 'Greyhollow Pilots Association',
    })
  })
})

describe('credits inside a sentence: “told reporters,” and a conjunction after the credit', () => {
  it('reports both parts of “A, she told reporters, and B.”', () => {
    const text =
      'Fire officer Mira Quennell said the fire had doubled overnight. Crews were pulled back when the wind rose, she told reporters, and water bombers were grounded by smoke.'
    expect(find(quotesOf(text), 'Crews were pulled')).toMatchObject({
      speaker: 'Mira Quennell',
      text: 'Crews were pulled back when the wind rose',
    })
    expect(find(quotesOf(text), 'water bombers')).toMatchObject({
      speaker: 'Mira Quennell',
      text: 'and water bombers were grounded by smoke',
    })
  })

  it('reports “X warned that anyone who …” with no listener', () => {
    const text = 'Mira Quennell warned that anyone who stays behind cannot expect to be rescued.'
    expect(find(quotesOf(text), 'anyone who')).toMatchObject({
      speaker: 'Mira Quennell',
      text: 'anyone who stays behind cannot expect to be rescued',
    })
  })
})

describe('statements that open with a count, and credits by a possessive description', () => {
  it('reports “X says more than 1,500 patients a week wait …”', () => {
    const text =
      'The Lowmarsh College of Nursing says more than 1,500 patients a week wait longer than 12 hours.'
    expect(find(quotesOf(text), 'more than 1,500')).toMatchObject({
      speaker: 'Lowmarsh College of Nursing',
      text: 'more than 1,500 patients a week wait longer than 12 hours',
    })
  })

  it('still reads “said more than she meant to” as no statement', () => {
    expect(quotesOf('Wren Halloway said more than she meant to.')).toEqual([])
  })

  it('reports “…, her family said.” and “…, his lawyer said.”', () => {
    const text = [
      'Orla Fenwick, 91, waited 40 hours on a trolley.',
      'Fenwick is now recovering at home, her family said.',
      'The trust will not contest the claim, his lawyer said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'recovering at home')).toMatchObject({
      kind: 'indirect',
      speakerMention: 'her family',
    })
    expect(find(quotesOf(text), 'will not contest')).toMatchObject({
      kind: 'indirect',
      speakerMention: 'his lawyer',
    })
  })
})

describe('a refusal joined to a statement', () => {
  it('ends “X said A but declined to comment further” before the refusal', () => {
    const text =
      'In a brief statement, Ondine Falk said the review would be completed by the fall but declined to comment further.'
    expect(find(quotesOf(text), 'the review')).toMatchObject({
      speaker: 'Ondine Falk',
      text: 'the review would be completed by the fall',
    })
  })

  it('keeps a second clause with its own subject (“and that the crew did not …”)', () => {
    const text =
      'Ondine Falk said the ferry would sail in May and that the crew did not need more training.'
    expect(find(quotesOf(text), 'the ferry')?.text).toBe(
      'the ferry would sail in May and that the crew did not need more training'
    )
  })
})

describe('a wire dateline, and an inverted credit with a title and an affiliation', () => {
  it('reports the lede after “PLACE, Country (Wire) —” without the dateline', () => {
    const text =
      'HALLOR BAY, Veskland (Invented Wire) — A storm tore roofs off homes and cut power to more than 200,000 people across the islands on Monday, officials said, as crews struggled to reach flooded villages.'
    expect(find(quotesOf(text), 'A storm tore')).toMatchObject({
      kind: 'indirect',
      speakerMention: 'officials',
      text: 'A storm tore roofs off homes and cut power to more than 200,000 people across the islands on Monday',
    })
  })

  it('credits “…, said meteorologist X of the Y University.” to X', () => {
    const text = [
      'The storm strengthened as it crossed warm water, said meteorologist Idris Kavanagh of the Hallor Bay University.',
      '“It fed on the heat,” said forecaster Ilse Brandvold of the Veskland Weather Office.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'The storm strengthened')).toMatchObject({
      speaker: 'Idris Kavanagh',
    })
    expect(find(quotesOf(text), 'fed on the heat')).toMatchObject({ speaker: 'Ilse Brandvold' })
  })
})

describe('a second statement in a relative clause after the credit', () => {
  it('splits “A, according to X, who said B.” into A and B, both by X', () => {
    const text =
      'At least 11 people were killed, according to Ilse Brandvold, who said the toll was likely to rise.'
    const found = quotesOf(text)
    expect(find(found, 'At least 11')).toMatchObject({
      speaker: 'Ilse Brandvold',
      text: 'At least 11 people were killed',
    })
    expect(find(found, 'the toll')).toMatchObject({
      speaker: 'Ilse Brandvold',
      text: 'the toll was likely to rise',
    })
  })
})

describe('a statement and a second verb, and numbers inside a subject', () => {
  it('credits “The company said … and called the strike “…”” to the company, not the next sentence', () => {
    const text = [
      'Greyhollow Transit cancelled 200 trips on Friday.',
      'The company said in a statement that it had offered drivers a raise and called the strike “reckless and unnecessary.” It urged riders to plan ahead.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'reckless')).toMatchObject({
      kind: 'mixed',
      speaker: 'Greyhollow Transit',
      speakerMention: 'The company',
    })
  })

  it('keeps a whole name before “, which represents 1,100 drivers, said”', () => {
    const text =
      'The Greyhollow Drivers Association, which represents 1,100 drivers, said the offer was too low.'
    expect(find(quotesOf(text), 'the offer')).toMatchObject({
      speaker: 'Greyhollow Drivers Association',
    })
  })

  it('reports “X said Ottawa was … and urged both sides …” as two statements', () => {
    const text =
      'Celine Aubert said Ottawa was monitoring the strike and urged both sides to return to the table.'
    expect(find(quotesOf(text), 'Ottawa was')).toMatchObject({
      speaker: 'Celine Aubert',
      text: 'Ottawa was monitoring the strike',
    })
    expect(find(quotesOf(text), 'both sides')).toMatchObject({
      speaker: 'Celine Aubert',
      text: 'both sides to return to the table',
    })
  })
})

describe('a sentence after a closed quote that asks someone to act', () => {
  it('does not credit “The offer was “an insult.” It urged members to vote no.” to “It”', () => {
    const text = [
      'The Greyhollow Drivers Association met on Monday.',
      'The offer was “an insult to every driver.” It urged members to vote no.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'an insult')?.speakerMention ?? null).not.toBe('It')
    expect(find(quotesOf(text), 'members to vote')).toMatchObject({
      speaker: 'Greyhollow Drivers Association',
    })
  })
})

describe('a listener followed by a named subject', () => {
  it('starts “told the court Voss used the money …” at the name', () => {
    const text =
      'Prosecutor Hanne Lykke told the court Voss used the money to pay for cruises and a cottage.'
    expect(find(quotesOf(text), 'the money')).toMatchObject({
      speaker: 'Hanne Lykke',
      text: 'Voss used the money to pay for cruises and a cottage',
    })
  })
})

describe('a participle after the credit of a direct quote', () => {
  it('reports ““…,” spokesperson X said in an email, adding that B” as X’s', () => {
    const text =
      'Westmark Transportation said it is reviewing the data. “Safety is our top priority,” spokesperson Liv Aronsen said in an email, adding that the ministry will meet with the family.'
    expect(find(quotesOf(text), 'the ministry will meet')).toMatchObject({
      kind: 'indirect',
      speaker: 'Liv Aronsen',
      text: 'the ministry will meet with the family',
    })
  })
})

describe('“announced” and “confirmed” as credits inside a sentence', () => {
  it('reports both parts of “A, Roe announced, B.”', () => {
    const text =
      'The ferry will run twice a day from June, Mayor Tova Lindqvist announced, and fares will stay at $5.'
    expect(find(quotesOf(text), 'The ferry will run')).toMatchObject({
      speaker: 'Tova Lindqvist',
      text: 'The ferry will run twice a day from June',
    })
    expect(find(quotesOf(text), 'fares will stay')?.speaker).toBe('Tova Lindqvist')
  })
})

describe('the question put to a speaker before the credit', () => {
  it('takes “Asked if he would run again, Roe said only: “…”” for no statement of Roe’s', () => {
    const text = [
      'Mayor Barnaby Quillon met reporters on Tuesday.',
      'Asked if he would run again next autumn, Quillon said only: “We’ll see.”',
      'When pressed on the ferry contract, Quillon said the tender would open in May.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(quotes.some((q) => /run again|ferry contract/.test(q.text))).toBe(false)
    expect(quotes.find((q) => q.text.includes('tender would open'))?.speaker).toBe(
      'Barnaby Quillon'
    )
  })
})

describe('a document sent to an audience, between the verb and the statement', () => {
  it('keeps “in a note to clients” out of what was said', () => {
    const text = [
      'Tollard Provisions missed its sales forecast on Thursday.',
      'Wexcombe Securities said in a note to clients that the results were messy but not broken.',
    ].join('\n\n')
    const quote = quotesOf(text).find((q) => q.text.includes('messy but not broken'))
    expect(quote?.text).toMatch(/^(?:that )?the results were/)
  })
})

describe('a bare plural noun opening the statement', () => {
  it('reports “She says guests book with her because of the boat ride.”', () => {
    const text = [
      'Hedda Lyngstad runs the island’s only guest house.',
      'She says guests book with her because of the boat ride.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'guests book')).toMatchObject({
      speaker: 'Hedda Lyngstad',
      text: 'guests book with her because of the boat ride',
    })
  })

  it('still reads “said prayers for the victims” and “says things like that” as no statement', () => {
    expect(quotesOf('Hedda Lyngstad said prayers for the victims of the crash.')).toEqual([])
    expect(quotesOf('Hedda Lyngstad says things like that all the time.')).toEqual([])
  })
})

describe('an inverted credit with a title before a name that ends in -es or -ed', () => {
  it('reads “…, said Fire Chief Doran Weekes.” as the chief’s statement, not “Crews said …”', () => {
    const text = [
      'Flood waters rose through Marrowby overnight.',
      'Crews pulled 14 people from the water on Tuesday, said Fire Chief Doran Weekes.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]).toMatchObject({
      kind: 'indirect',
      speaker: 'Doran Weekes',
      text: 'Crews pulled 14 people from the water on Tuesday',
    })
  })

  it('still reads a lower-case -es verb in a clause (“said the ferry leaves at nine”)', () => {
    const text = 'Mayor Ilse Brandvold said the ferry leaves at nine from the north quay.'
    expect(find(quotesOf(text), 'ferry leaves')).toMatchObject({ speaker: 'Ilse Brandvold' })
  })
})

describe('inverted credits with abbreviated titles and affiliations', () => {
  const lede = (credit: string) =>
    [
      'Flood waters rose through Marrowby overnight.',
      `Crews pulled 14 people from the water on Tuesday, ${credit}.`,
    ].join('\n\n')

  it('keeps “Coun.” inside its sentence (“said Coun. Doran Weekes”)', () => {
    const quote = find(quotesOf(lede('said Coun. Doran Weekes')), 'Crews pulled')
    expect(quote).toMatchObject({
      speaker: 'Doran Weekes',
      text: 'Crews pulled 14 people from the water on Tuesday',
    })
  })

  it('reads “said Insp. Doran Weekes of the Marrowby police” as the credit, not a statement', () => {
    const quote = find(
      quotesOf(lede('said Insp. Doran Weekes of the Marrowby police')),
      'Crews pulled'
    )
    expect(quote).toMatchObject({
      speaker: 'Doran Weekes',
      text: 'Crews pulled 14 people from the water on Tuesday',
    })
  })

  it('still reads “X, who studies tax, said Y’s plan didn’t help” as X’s statement', () => {
    const text =
      'Economist Lotte Saarinen, who studies rural tax policy, said Mayor Ivo Brandt’s plan didn’t help the harbour.'
    expect(find(quotesOf(text), 'plan didn')).toMatchObject({ speaker: 'Lotte Saarinen' })
  })
})

describe('a noun after a preposition is no verb', () => {
  it('reads “have confirmed a case of measles in a student” as no statement', () => {
    const text =
      'Public health officials have confirmed a case of measles in a student at Brightwater Elementary School.'
    expect(quotesOf(text)).toEqual([])
  })
})

describe('a source that ends the reported sentence', () => {
  it('keeps “, according to a statement from his office” out of what was urged', () => {
    const text =
      'Transport Minister Rafael Quist urged both sides to keep talking, according to a statement from his office.'
    expect(find(quotesOf(text), 'both sides')).toMatchObject({
      speaker: 'Rafael Quist',
      text: 'both sides to keep talking',
    })
  })
})

describe('qprobe4 a noun in -es after a preposition is no verb', () => {
  it('reads “confirmed a case of measles” as no statement', () => {
    const text = [
      'The Brackenfell health authority confirmed a case of measles at the clinic last week.',
      'Staff were told to check their records.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'measles')).toBeUndefined()
  })

  it('still reports “confirmed the outbreak reached two schools”', () => {
    const text = 'Nurse Orla Fenwick confirmed the outbreak reached two schools on Monday.'
    expect(find(quotesOf(text), 'outbreak reached')?.speaker).toBe('Orla Fenwick')
  })
})

describe('qprobe4 a number of people as the subject of a participle of speech', () => {
  it('reports “About 200 nurses rallied …, saying …” with the crowd as the mention', () => {
    const text =
      'About 200 nurses rallied outside Quellen General Hospital on Saturday, saying staffing shortages have become dangerous.'
    expect(find(quotesOf(text), 'staffing shortages')).toMatchObject({
      kind: 'indirect',
      speakerMention: 'About 200 nurses',
      speaker: null,
    })
  })

  it('reports “Dozens of parents marched …, saying …”', () => {
    const text =
      'Dozens of parents marched to Brindle town hall on Monday, saying the crossing is unsafe.'
    expect(find(quotesOf(text), 'crossing is unsafe')?.speakerMention).toBe('Dozens of parents')
  })
})

describe('qprobe4 a participle of consequence after a mid-sentence credit', () => {
  it('keeps “…, their union announced Sunday, setting up a vote” to the words before the credit', () => {
    const text =
      'The porters have worked without a contract since March, their union announced Sunday, setting up a possible strike vote next month.'
    const quote = find(quotesOf(text), 'without a contract')
    expect(quote?.text).toBe('The porters have worked without a contract since March')
    expect(quotesOf(text).some((q) => q.text.includes('strike vote'))).toBe(false)
  })

  it('still reports a gerund subject with a verb of its own after the credit', () => {
    const text =
      'The last change went smoothly, he said, replacing the chair now would be far more bitter.'
    expect(find(quotesOf(text), 'far more bitter')).toBeDefined()
  })
})

describe('qprobe4 a wire credit after a dateline with a province abbreviation', () => {
  it('keeps “QUELLEN, N.S. (CP) —” out of the statement and types the town as a place', () => {
    const text =
      'QUELLEN, N.S. (CP) — The province will spend $40 million on 12 new clinics, Health Minister Rhoda Kettering announced Thursday.'
    const quote = find(quotesOf(text), 'new clinics')
    expect(quote?.text).toBe('The province will spend $40 million on 12 new clinics')
    expect(quote?.speaker).toBe('Rhoda Kettering')
    expect(extractEntities(text).places.map((p) => p.name)).toContain('QUELLEN')
  })
})

describe('qprobe4 where or in what a statement was made, before its clause', () => {
  it('keeps “in a social media post” and “outside court” out of what was said', () => {
    const text = [
      'MLA Rebecca Tan said in a social media post that her thoughts were with the family.',
      'Wendy Osk said outside court that the family was relieved by the sentence.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'her thoughts')?.text).toMatch(/^(?:that )?her thoughts were/)
    expect(find(quotes, 'was relieved')?.text).toMatch(/^(?:that )?the family was relieved/)
  })
})

describe('qprobe4 a participle phrase before a credit that ends on a colon', () => {
  it('reads “Speaking to reporters at the legislature, the premier said:” as no statement', () => {
    const text = [
      'Premier Yvonne Castel defended the carbon plan on Wednesday.',
      'Speaking to reporters at the legislature, the premier said:',
      '“We cannot argue about the science.”',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'Speaking to reporters')).toBeUndefined()
    expect(find(quotes, 'argue about the science')?.speaker).toBe('Yvonne Castel')
  })
})

describe('qprobe4 a statement issued, then “saying”', () => {
  it('reports “X issued a statement saying …” as X’s statement', () => {
    const text = [
      'Harbour Rail cut two routes on Monday.',
      'Harbour Rail later issued a statement saying the routes would return in the spring.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'routes would return')).toMatchObject({
      kind: 'indirect',
      speaker: 'Harbour Rail',
      text: 'the routes would return in the spring',
    })
  })
})

describe('qprobe4 a document as the antecedent of the relative before the verb', () => {
  it('does not give “She pointed to a briefing note … that estimates …” to her', () => {
    const text = [
      'Laura Bennett, who runs the Seniors Action Network, said the rules were unfair.',
      'She pointed to a briefing note, obtained through freedom of information, that estimates 4,000 people will see their hours cut.',
    ].join('\n\n')
    const quote = find(quotesOf(text), 'hours cut')
    expect(quote?.speakerMention).toBe('a briefing note')
    expect(quote?.speaker ?? null).toBeNull()
  })
})

describe('a statement that opens with an amount', () => {
  it('reads “She said at least 11 nurses had quit since January.” as her statement', () => {
    const text = [
      'Priya Natarajan, who heads the local nurses’ union, said the hospital had refused overtime.',
      'She said at least 11 nurses had quit since January.',
    ].join('\n\n')
    expect(find(quotesOf(text), '11 nurses')).toMatchObject({
      speaker: 'Priya Natarajan',
      text: 'at least 11 nurses had quit since January',
    })
  })

  it('still reads “said at the meeting.” as no statement', () => {
    expect(quotesOf('Priya Natarajan said at the meeting.')).toEqual([])
  })
})

describe('a reporting verb in the passive', () => {
  it('reads “Residents were told to register at the centre.” as nobody’s statement', () => {
    const text = [
      'About 300 homes north of Lowmere were ordered evacuated on Saturday.',
      'Residents were told to register at the Lowmere Recreation Centre.',
    ].join('\n\n')
    expect(quotesOf(text)).toEqual([])
  })

  it('still reads “Residents told reporters the smoke was thick.”', () => {
    const text = 'Residents of Pinecrest told reporters the smoke was thick by noon.'
    expect(find(quotesOf(text), 'smoke was thick')).toBeDefined()
  })
})

describe('a second statement joined by “and” with its own verb', () => {
  it('parts “said A and warned that B” even when B is three words', () => {
    const quotes = quotesOf(
      'Councillor Ann Roe said the plan was late and warned that costs would rise.'
    )
    expect(find(quotes, 'the plan was late')).toMatchObject({ text: 'the plan was late' })
    expect(find(quotes, 'costs would rise')).toMatchObject({ speaker: 'Ann Roe' })
  })
  it('parts “The suit says A and alleges that B”', () => {
    const quotes = quotesOf(
      'The suit says Ann Lowe was hurt in 20 collisions and alleges that the league did nothing to stop them.'
    )
    expect(find(quotes, 'Ann Lowe was hurt')?.text).toBe('Ann Lowe was hurt in 20 collisions')
    expect(find(quotes, 'the league did nothing')).toBeDefined()
  })
})

describe('a subject with a relative clause', () => {
  it('finds “An official with the Harbour Authority who was in court told reporters …”', () => {
    const quotes = quotesOf(
      'An official with the Lowmere Harbour Authority who was in court told reporters he did not want to discuss the case.'
    )
    expect(find(quotes, 'did not want')?.text).toBe('he did not want to discuss the case')
  })
  it('takes nothing from “who asked not to be named”: the statement is after “said”', () => {
    for (const text of [
      'A nurse who asked not to be named said the ward was short of staff.',
      'A resident who asked that her name not be used said the buses never came.',
    ]) {
      const [quote] = quotesOf(text)
      expect(quote?.text).toMatch(/^the (?:ward|buses)/)
    }
  })
})

describe('a group where a place is', () => {
  it('credits “Officials in Lowmere said” to no one, and keeps Lowmere a place', () => {
    for (const lead of ['Officials in Lowmere', 'Residents of Lowmere', 'Police in Lowmere']) {
      const text = `${lead} said the coast road would stay closed until Friday.`
      const entities = extractEntities(text)
      const [quote] = extractQuotes(text, entities)
      expect(quote).toMatchObject({ speaker: null, speakerMention: lead })
      expect(entities.people).toEqual([])
      expect(entities.places.map((p) => p.name)).toEqual(['Lowmere'])
    }
  })
})
describe('qprobe5 a body named by what it is', () => {
  it('reports “The board of trustees, in a statement, said …” with no name to give', () => {
    const text = [
      'Budget review ordered',
      'The board of trustees, in a statement, said it would review the spending plan in March.',
      'The council of elders says the land was never surrendered.',
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    const board = quotes.find((q) => q.text.includes('review the spending plan'))
    expect(board?.kind).toBe('indirect')
    expect(board?.speaker).toBeNull()
    expect(quotes.find((q) => q.text.includes('never surrendered'))?.kind).toBe('indirect')
  })
})

describe('qprobe5 relative clauses and credits inside a statement', () => {
  it('credits “hired a lawyer, X, who says …” to the named lawyer', () => {
    const text = [
      'Land claim filed',
      'The band council has hired a lawyer, Ignatius Mbekwa-Thorne, who says the nation has a strong case.',
    ].join('\n\n')
    const quote = quotesOf(text).find((q) => q.text.includes('strong case'))
    expect(quote?.speaker).toBe('Ignatius Mbekwa-Thorne')
  })

  it('keeps “The courts, he says, have been moving …” one statement', () => {
    const text = [
      'Land claim filed',
      'Ignatius Mbekwa-Thorne has practised law in the valley for 30 years.',
      'The courts, he says, have been moving in that direction for two decades.',
    ].join('\n\n')
    const quotes = quotesOf(text).filter((q) => q.kind === 'indirect')
    expect(quotes).toHaveLength(1)
    expect(quotes[0]!.text).toMatch(/^The courts.*two decades$/)
    expect(quotes[0]!.speaker).toBe('Ignatius Mbekwa-Thorne')
  })
})

describe('qprobe5 a verb of argument with an indirect question', () => {
  it('reports nothing in “have argued over who should pay …”', () => {
    const text = [
      'Bridge dispute',
      'For a decade, the towns of Quillmarsh and Port Averne have argued over who should pay for the bridge that joins them.',
    ].join('\n\n')
    expect(quotesOf(text).filter((q) => q.text.includes('should pay'))).toHaveLength(0)
  })
})

describe('qprobe5 short statements and local titles', () => {
  it('reports “The ferry, she says, is everything.” as one statement', () => {
    const text = [
      'Island waits',
      'Rosalind Achterhof-Mbeki arrived on the island in 1994 as a nurse.',
      'The ferry, she says, is everything.',
    ].join('\n\n')
    const quote = quotesOf(text).find((q) => q.text.includes('everything'))
    expect(quote?.text).toBe('The ferry, she says, is everything')
    expect(quote?.speaker).toBe('Rosalind Achterhof-Mbeki')
  })

  it('drops a trustee’s or a warden’s title from the speaker’s name', () => {
    const text = [
      'Island waits',
      'Island Trustee Wilhelmina Okafor-Strand says the trust has asked the province for a second vessel.',
      'County Warden Barnaby Quist said the road would reopen in May.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(quotes.find((q) => q.text.includes('second vessel'))?.speaker).toBe(
      'Wilhelmina Okafor-Strand'
    )
    expect(quotes.find((q) => q.text.includes('reopen in May'))?.speaker).toBe('Barnaby Quist')
  })
})
describe('qprobe6 a post on social media with its medium before the clause', () => {
  it('reads “posted on Facebook that …” and “tweeted on Sunday that …” as reported speech', () => {
    const text = [
      'Storm news',
      'The storm reached Quarry Bend on Monday.',
      'The Quarry Bend Fire Department posted on Facebook that the causeway would stay closed.',
      'Mayor Ondine Vasquez-Roe tweeted on Sunday that the arena shelter was open.',
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    expect(quotes.find((q) => q.text.includes('causeway'))?.speaker).toBe(
      'Quarry Bend Fire Department'
    )
    expect(quotes.find((q) => q.text.includes('arena'))?.speaker).toBe('Ondine Vasquez-Roe')
  })
})

describe('qprobe6 “the family said” as the subject of reported speech', () => {
  it('reads “The family said …” though “family” ends like an adverb', () => {
    const text = [
      'Search news',
      'The search for a hiker near Quarry Bend went on Monday.',
      'The family said in a statement that the volunteers had been a great comfort.',
      'Her family said the search must go on.',
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    expect(find(quotes, 'great comfort')?.kind).toBe('indirect')
    expect(find(quotes, 'must go on')?.kind).toBe('indirect')
  })
})
describe('qprobe5 a letter to a plural audience', () => {
  it('leaves “in a letter to tenants” out of what was said', () => {
    const text = [
      'Rent strike',
      'The landlord’s lawyer, Corisande Vallières-Hoek, said in a letter to tenants that the strike was illegal.',
    ].join('\n\n')
    const quote = quotesOf(text).find((q) => q.text.includes('strike was illegal'))
    expect(quote?.text.startsWith('tenants')).toBe(false)
    expect(quote?.speaker).toBe('Corisande Vallières-Hoek')
  })
})

describe('qprobe5 a Knowledge Keeper', () => {
  it('drops “Knowledge Keeper” from the speaker’s name', () => {
    const text = [
      'School renamed',
      'Knowledge Keeper Philomena Whitecrane-Ladue, 88, said the renaming was a small step but a real one.',
    ].join('\n\n')
    expect(quotesOf(text).find((q) => q.text.includes('small step'))?.speaker).toBe(
      'Philomena Whitecrane-Ladue'
    )
  })
})

describe('qprobe5 a reporting verb with a noun object', () => {
  it('reports nothing in “explained the rules to the new members”', () => {
    const text = [
      'Club meets',
      'Treasurer Anselm Corriveau-Bligh explained the rules to the new members of the club.',
      'Ms. Ottoline Varga admitted the offence in court on Monday.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(quotes.filter((q) => q.text.includes('the rules to'))).toHaveLength(0)
    expect(quotes.filter((q) => q.text.includes('the offence'))).toHaveLength(0)
  })
})
describe('qprobe6 a town’s officials or police crediting the clause before them', () => {
  it('reads “…, Tarrow fire officials said.” and “…, police said Tuesday.”', () => {
    const text = [
      'Fire news',
      'The fire started in Quarry Bend on Monday.',
      'Two people died in a house fire on Wenlow Road early Wednesday, Tarrow fire officials said.',
      'The road will reopen Friday, police said Tuesday.',
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    expect(find(quotes, 'Two people died')?.kind).toBe('indirect')
    expect(find(quotes, 'road will reopen')?.kind).toBe('indirect')
  })

  it('gives “Tarrow police said” to the town’s police, never to the town', () => {
    const text = [
      'Fire news',
      'The fire started in Tarrow on Monday.',
      'Tarrow police said arson investigators were on scene as a precaution.',
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    expect(find(quotes, 'arson')?.speaker).toBe('Tarrow police')
  })
})

describe('qprobe6 “that critics say” inside another sentence', () => {
  it('gives the relative clause’s statement to its own subject, not the sentence’s', () => {
    const text = [
      'Budget news',
      'The rebate changes were tabled in Quarry Bend on Monday.',
      'Finance Minister Osric Vandermeer is defending changes that critics say will leave rural families worse off.',
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    expect(find(quotes, 'worse off')?.speaker).toBeNull()
  })
})

describe('qprobe6 “…, who asked not to be named, told Outlet …”', () => {
  it('keeps the outlet as the listener, and the description before as the speaker', () => {
    const text = [
      'Custody news',
      'A man died in police custody in Quarry Bend on Sunday.',
      "The man's cousin, who asked not to be named, told Tidewire News the family wants answers.",
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    const q = find(quotes, 'family wants answers')
    expect(q?.speaker).not.toBe('Tidewire News')
    expect(q?.text).toBe('the family wants answers')
  })
})

describe('qprobe6 “A statement from X’s office said …”', () => {
  it('reads the statement of a named person’s office, with an adverb before the verb', () => {
    const text = [
      'Ferry news',
      'Transport Minister Ysolde Farrant is under pressure over the Wenlow ferry.',
      "A statement from Farrant's office later said no decision had been made.",
      "A statement from the premier's office said talks would continue.",
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    expect(find(quotes, 'no decision')?.speaker).toBe('Ysolde Farrant')
    expect(find(quotes, 'talks would continue')?.kind).toBe('indirect')
  })
})

describe('qprobe6 a kind of police force opening the sentence', () => {
  it('reads “Provincial police say” as the police, not a force named “Provincial”', () => {
    const text = [
      'Highway news',
      'A crash closed Highway 9 near Quarry Bend on Monday.',
      'Provincial police say the highway will reopen Tuesday.',
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    expect(find(quotes, 'reopen')?.speaker).toBeNull()
  })
})

describe('people where they live, as a group', () => {
  it('credits “Families from Maple Crossing say” to no one and keeps the town a place', () => {
    const text = 'Families from Maple Crossing say the water still smells of chlorine.'
    const entities = extractEntities(text)
    expect(extractQuotes(text, entities)[0]).toMatchObject({ speaker: null })
    expect(entities.people).toEqual([])
    expect(entities.places.map((p) => p.name)).toEqual(['Maple Crossing'])
  })
})

describe('a listener after “to” before the statement', () => {
  it('reads “admitted to police that …” from “that”, as “told reporters that …” is read', () => {
    const text = [
      'Orla Penhallow admitted to police that she had taken the ferry without leave.',
      'Bram Ostrander explained to the harbour committee on Monday that the money had run out.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'she had taken')).toMatchObject({
      kind: 'indirect',
      speaker: 'Orla Penhallow',
      text: 'that she had taken the ferry without leave',
    })
    expect(find(quotes, 'the money had')).toMatchObject({
      speaker: 'Bram Ostrander',
      text: 'that the money had run out',
    })
  })

  it('reads nothing where no “that” follows the listener', () => {
    const text = 'Orla Penhallow talked to the harbour committee about the ferry for an hour.'
    expect(quotesOf(text)).toEqual([])
  })
})

describe('a relative clause reported by its own subject', () => {
  it('reads “injuries that police said were …” and “which X said …” up to the clause’s end', () => {
    const text = [
      'Orla Penhallow was treated for injuries that police said were not life-threatening.',
      'The fire, which Bram Ostrander said started in a boathouse, spread to the pier.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'were not')).toMatchObject({
      kind: 'indirect',
      speakerMention: 'police',
      text: 'were not life-threatening',
    })
    expect(find(quotes, 'started in')).toMatchObject({
      speaker: 'Bram Ostrander',
      text: 'started in a boathouse',
    })
  })

  it('leaves “what it says” to the clause’s subject, not to an earlier organisation', () => {
    const text = [
      'The Tidewater Party promised a cheaper ferry.',
      'Fares cost families plenty, at a time when the council is grappling with what it says ' +
        'is a $40 million shortfall.',
    ].join('\n\n')
    const quote = find(quotesOf(text), 'is a $40 million')
    expect(quote).toMatchObject({ kind: 'indirect', speakerMention: 'it' })
    expect(quote?.speaker).toBeNull()
  })

  it('reads no relative report where a noun, not a verb, follows “said”', () => {
    const text = 'The note that Orla Penhallow said nothing about was found on the pier.'
    expect(quotesOf(text).map((q) => q.speaker)).not.toContain('Orla Penhallow')
  })
})

describe('a statement that runs into a quotation', () => {
  it('ends the reported words before an opening mark they do not close', () => {
    const text = [
      'Pier fight',
      'Tom Bale, the harbour master, left early. Ann Roe stayed.',
      'Roe said she heard Bale say, “Never again.”',
    ].join('\n\n')
    for (const q of quotesOf(text)) {
      const opened = q.text.lastIndexOf('“')
      expect(opened < 0 || q.text.indexOf('”', opened) >= 0).toBe(true)
    }
    expect(quotesOf(text).find((q) => q.kind === 'direct')).toMatchObject({
      text: 'Never again.',
      speaker: 'Tom Bale',
    })
  })
})

describe('a request in the progressive', () => {
  it('reads “X is urging Y to …” as “X urged Y to …” is read, from the addressee', () => {
    const text = [
      'Boil-water advisory in Lakeview',
      'Mayor Ida Fennimore is warning residents to boil their water until Wednesday.',
      'The Lakeview Water Board was urging businesses to close their kitchens on Monday.',
      'Fennimore has been asking neighbours to check on older residents.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'boil their water')).toMatchObject({
      kind: 'indirect',
      text: 'residents to boil their water until Wednesday',
      speaker: 'Ida Fennimore',
      cue: 'warning',
    })
    expect(find(quotes, 'close their kitchens')).toMatchObject({
      text: 'businesses to close their kitchens on Monday',
      speaker: 'Lakeview Water Board',
    })
    expect(find(quotes, 'check on older')?.speaker).toBe('Ida Fennimore')
  })

  it('leaves the passive, prices and a progressive with no addressee and infinitive alone', () => {
    const text = [
      'Market notes',
      'Residents are being asked to stay home by the Lakeview Water Board.',
      'The seller is asking $400,000 for the mill house.',
      'Mayor Ida Fennimore was telling stories about the flood of 1998.',
    ].join('\n\n')
    expect(quotesOf(text)).toEqual([])
  })
})
