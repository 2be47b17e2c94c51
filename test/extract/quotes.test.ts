/**
 * Quote rules on invented copy: the reported content a quote belongs to, and the attribution rules
 * behind each quote kind. Every name and statement here is made up.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractEntities, extractQuotes, type Quote } from '../../src/extract/index'

function quotesOf(text: string): Quote[] {
  return extractQuotes(text, extractEntities(text)).filter((q) => q.kind !== 'indirect')
}
const content = (text: string, q: Quote | undefined) =>
  q ? text.slice(q.content.start, q.content.end) : undefined

describe('the reported content of a quote', () => {
  it('covers the paraphrase around a partial quote, from after the reporting verb to the clause end', () => {
    const text =
      'Harbour chief Ilse Varga said the new breakwater would leave “gaps and doubts” for the fleet.'
    const [q] = quotesOf(text)
    expect(q).toMatchObject({ text: 'gaps and doubts', kind: 'mixed', speaker: 'Ilse Varga' })
    expect(content(text, q)).toBe('the new breakwater would leave “gaps and doubts” for the fleet')
  })

  it('starts at the sentence for a partial quote credited after it, and ends with the quote', () => {
    const text = 'The ferry timetable “has never been this reliable,” Ilse Varga said on Monday.'
    const [q] = quotesOf(text)
    expect(q).toMatchObject({ kind: 'mixed', speaker: 'Ilse Varga' })
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
    const text =
      'Ilse Varga said the plan was “sound”. Bruno Hale called it “a gamble with our money,” and left.'
    for (const q of extractQuotes(text, extractEntities(text))) {
      expect(q.content.start).toBeLessThanOrEqual(q.start)
      expect(q.content.end).toBeGreaterThanOrEqual(q.end)
      expect(q.content.end).toBeLessThanOrEqual(text.length)
    }
  })
})

describe('interrupted quotations and second reporting verbs', () => {
  it('keeps “A,” she said, “B.” as one quote', () => {
    const text =
      'Ilse Varga spoke at the pier. “The pier is safe,” she said. “The fleet can return on Monday.”'
    const direct = quotesOf(text)
    expect(direct).toHaveLength(1)
    expect(direct[0]!.text).toMatch(/^The pier is safe.*Monday\.$/)
  })

  it('with { sentences: true }, cuts “A,” she said. “B.” in two quotes by the same speaker', () => {
    const text =
      'Ilse Varga spoke at the pier. “The pier is safe,” she said. “The fleet can return on Monday.”'
    const split = extractQuotes(text, extractEntities(text), { sentences: true })
    expect(split.map((q) => q.text)).toEqual([
      'The pier is safe,',
      'The fleet can return on Monday.',
    ])
    expect(split.map((q) => q.speaker)).toEqual(['Ilse Varga', 'Ilse Varga'])
    // A comma after the credit goes on with the same sentence: one quote either way.
    const comma = '“The pier is safe,” Ilse Varga said, “and the fleet can return.”'
    expect(extractQuotes(comma, extractEntities(comma), { sentences: true })).toHaveLength(1)
  })

  it('returns a quotation running over paragraphs as one quote per paragraph, same speaker', () => {
    // Newsroom style: no closing mark at the end of the first paragraph, an opening mark at the
    // start of the next.
    const text = [
      'The storm reached the harbour on Sunday night.',
      'Oskar Lind, the harbour master, said: “The tide came in fast and the pier shook. We ran.',
      '“Then the lights went out. Nobody could see the boats.”',
      'The council meets on Monday.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(quotes.map((q) => q.text)).toEqual([
      'The tide came in fast and the pier shook. We ran.',
      'Then the lights went out. Nobody could see the boats.',
    ])
    expect(quotes.map((q) => q.speaker)).toEqual(['Oskar Lind', 'Oskar Lind'])
    // The open paragraph's content ends at the paragraph end, without a closing mark.
    expect(content(text, quotes[0])).toBe('“The tide came in fast and the pier shook. We ran.')
  })

  it('starts a new statement at a reporting participle or a credit later in the second part’s sentence', () => {
    const going =
      '“The pier is safe,” Ilse Varga said, going on to list the repairs. “We replaced every plank on the north side.”'
    expect(quotesOf(going)).toHaveLength(2)
    const later =
      '“The pier is safe,” Ilse Varga said. “The fleet can return” within a week of the survey, she said.'
    expect(quotesOf(later)).toHaveLength(2)
  })

  it('does not count a reporting verb used as a noun as a second verb ("before Hale’s comments")', () => {
    const text =
      '“The pier is safe,” Ilse Varga said at a briefing before Bruno Hale’s comments. “And the fleet can return.”'
    expect(quotesOf(text)).toHaveLength(1)
  })

  it('continues a quote whose first part ends inside a nested quotation (“… ‘…,’” X said. “…”)', () => {
    const text =
      '“You keep saying ‘the pier is safe,’” Bruno Hale said. “Nobody on the quay believes that any more.”'
    expect(quotesOf(text)).toHaveLength(1)
  })

  it('continues a partial quote credited after it ("The plan “is sound,” said X. “…”")', () => {
    const text =
      'The harbour plan “is sound and fully costed,” said Ilse Varga, the port chief. “We will start in May.”'
    const quotes = quotesOf(text)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]).toMatchObject({ kind: 'mixed', speaker: 'Ilse Varga' })
    expect(content(text, quotes[0])).toBe(text)
  })

  it('starts a new statement at a second reporting verb (“A,” she said, adding that “B”)', () => {
    const text =
      '“The pier is safe,” Ilse Varga said, adding that the fleet “can return on Monday if the wind drops.”'
    const quotes = quotesOf(text)
    expect(quotes.map((q) => q.text)).toEqual([
      'The pier is safe,',
      'can return on Monday if the wind drops.',
    ])
    expect(quotes.map((q) => q.speaker)).toEqual(['Ilse Varga', 'Ilse Varga'])
  })
})

describe('attribution', () => {
  it('credits a participle (“…, adding”) to the speaker of the clause before it', () => {
    const text =
      '“We cannot wait,” Bruno Hale said. “The harbour is silting up,” Ilse Varga said, adding later, “Dredging starts in the spring and will take a year.”'
    const last = quotesOf(text).at(-1)
    expect(last).toMatchObject({
      text: 'Dredging starts in the spring and will take a year.',
      speaker: 'Ilse Varga',
    })
  })

  it('does not read a name out of the middle of a word before the cue', () => {
    const text =
      '“We cannot pay for this anymore,” Bruno Hale said, adding later, “The fund is empty and the council knows it.”'
    expect(quotesOf(text).at(-1)?.speaker).toBe('Bruno Hale')
  })

  it('takes no speaker from a new clause after the quote (“…,” but he said, “…,” when X asked)', () => {
    const text =
      'Ilse Varga said the footage did not give “a clear view of the quay at night,” but Bruno Hale said the rest of the evidence was strong.'
    expect(quotesOf(text)[0]).toMatchObject({ speaker: 'Ilse Varga' })
  })
})

describe('fragments and labels', () => {
  it('joins a statement quoted in fragments into one partial quote', () => {
    const text =
      'Bruno Hale called the council a “talking shop,” a “closed club” and “deaf to the fleet.”'
    const quotes = quotesOf(text)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]).toMatchObject({ kind: 'mixed', speaker: 'Bruno Hale' })
    expect(quotes[0]!.text).toBe('talking shop,” a “closed club” and “deaf to the fleet.')
    expect(content(text, quotes[0])).toBe(
      'the council a “talking shop,” a “closed club” and “deaf to the fleet.”'
    )
  })

  it('keeps one-word fragments that together make a statement ("was “late” and “a shambles”")', () => {
    const text = 'Bruno Hale said on Monday that the new timetable was “late” and “a shambles.”'
    expect(quotesOf(text)).toMatchObject([
      { text: 'late” and “a shambles.', kind: 'mixed', speaker: 'Bruno Hale' },
    ])
  })

  it('keeps fragments apart when a new reporting verb stands between them', () => {
    const text =
      'Bruno Hale said the plan was “far too slow for us” while Ilse Varga said it was “exactly on time.”'
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Bruno Hale', 'Ilse Varga'])
  })

  it('keeps a one-word quote after a verb of naming, and drops a one-word label elsewhere', () => {
    const named = 'Ilse Varga described the new timetable as a “disgrace” on Monday.'
    expect(quotesOf(named)[0]).toMatchObject({
      text: 'disgrace',
      kind: 'mixed',
      speaker: 'Ilse Varga',
    })
    const label = 'Ilse Varga said the so-called “superferry” would sail on Monday.'
    expect(quotesOf(label)).toEqual([])
  })

  it('does not read a phrasal verb as naming ("calling out his “errors” at the meeting")', () => {
    const text =
      'Ilse Varga expects the chair to start by calling out Bruno Hale for his “errors” at the last meeting.'
    expect(quotesOf(text)).toEqual([])
  })

  it('credits a characterisation ("X admires Y as a “…”", "what they call Y’s “…”") to the sentence subject', () => {
    const admires =
      'Bruno Hale openly admires the harbourmaster as a “steady pair of hands,” and says so often.'
    expect(quotesOf(admires)[0]).toMatchObject({ speaker: 'Bruno Hale', cue: 'as' })
    const such = 'The council bought boats such as the “Sea Lark and her sisters” last year.'
    expect(quotesOf(such)).toEqual([])
  })

  it('does not read a noun ("chants of “…”") as a verb of naming', () => {
    const text =
      'Pressure is building on Ilse Varga, who was greeted with chants of “Bruno!” at the harbour fair on Monday.'
    expect(quotesOf(text)).toEqual([])
  })

  it('keeps short words after a verb of expression or "in X’s words" as someone’s quote', () => {
    const voiced = 'Mara Lind sailed at noon. She voiced her “anger and sadness” on the radio.'
    expect(quotesOf(voiced)[0]).toMatchObject({
      text: 'anger and sadness',
      speaker: 'Mara Lind',
      cue: 'voiced',
    })
    const words = 'Mara Lind kept the logbook. It had, in her words, become “too heavy.”'
    expect(quotesOf(words)[0]).toMatchObject({ text: 'too heavy.', speaker: 'Mara Lind' })
    const owner = 'Bruno Hale waited. In Hale’s own words, “the tide decides.”'
    expect(quotesOf(owner)[0]).toMatchObject({ kind: 'direct', speaker: 'Bruno Hale' })
    // A noun is not the verb: "the express “…”", "a voice" credit nobody.
    const noun = 'Bruno Hale missed the express “Night Gull” on Monday.'
    expect(quotesOf(noun)).toEqual([])
  })

  it('credits words that belong to their possessor (“its motto, “…””, “Hale’s advice: “…””)', () => {
    const motto =
      'Until last week, Marrow Bay High School was known mostly for its rowing titles and its ' +
      'motto, “A tide that will not turn.”'
    expect(quotesOf(motto)[0]).toMatchObject({ speaker: 'Marrow Bay High School' })
    const advice = 'Bruno Hale has coached for thirty years. Hale’s advice: “Never row angry.”'
    expect(quotesOf(advice).find((q) => q.text.includes('row angry'))).toMatchObject({
      speaker: 'Bruno Hale',
    })
  })

  it('drops a few quoted words qualifying a noun (a term, not speech), even with a reporting verb', () => {
    const term = 'Ilse Varga said the fleet fears October’s “harbour fever” season every year.'
    expect(quotesOf(term)).toEqual([])
    // The sentence is still reported speech: the term does not make it a quote.
    const reported = 'Patients with “mild and stable” symptoms went home, Dr. Ilse Varga said.'
    const all = extractQuotes(reported, extractEntities(reported))
    expect(all.map((q) => q.kind)).toEqual(['indirect'])
    // Before a function word or an adverb, or ending in punctuation, the words are speech.
    const speech = 'Ilse Varga said the pier had “too many loose boards” for a safe landing.'
    expect(quotesOf(speech)[0]).toMatchObject({ text: 'too many loose boards', kind: 'mixed' })
    // A verb of naming makes them someone's words ("called the plan’s “reckless and vain” aims").
    const named = 'Bruno Hale called the council’s “reckless and vain” plans a waste on Monday.'
    expect(quotesOf(named)[0]).toMatchObject({ speaker: 'Bruno Hale' })
  })

  it('keeps a short quote that closes its sentence: the point of the statement', () => {
    const text = 'On Monday, Bruno Hale told the council that the pier is “ready.”'
    expect(quotesOf(text)[0]).toMatchObject({
      text: 'ready.',
      kind: 'mixed',
      speaker: 'Bruno Hale',
    })
  })
})

describe('who is credited', () => {
  it('credits the subject, not the target, of "blasted X as “…”" when a relative clause sits between', () => {
    const text =
      'Bruno Hale, who has fished the bay since 1990 and knows every pier, blasted Ilse Varga as a “disgrace” on Monday.'
    expect(quotesOf(text)[0]).toMatchObject({ speaker: 'Bruno Hale' })
  })

  it('credits a participle after another verb to the sentence subject ("On Monday, X attacked Y, saying, “…”")', () => {
    const text =
      'During a speech earlier in the day, Bruno Hale attacked Ilse Varga over the pier, saying, “She has no plan for the fleet.”'
    expect(quotesOf(text)[0]).toMatchObject({ speaker: 'Bruno Hale' })
  })

  it('reads a subject with a party label ("Ann Roe (R-Portavel) said …, adding that “…”")', () => {
    const text =
      'Council leader Ann Roe (R-Portavel) said in a statement, adding that the repairs were “late and over budget.”'
    expect(quotesOf(text)[0]).toMatchObject({ speaker: 'Ann Roe' })
  })

  it('takes the name after "said" only when it ends the clause ("said Ann Roe, “…”", not "said the council’s …")', () => {
    const inverted = 'In a statement on Monday, said Ann Roe, “the pier is safe.”'
    expect(quotesOf(inverted)[0]).toMatchObject({ speaker: 'Ann Roe' })
    const clause =
      'Bruno Hale, who in 2030 said the Council’s main goal was a “safe and open harbour,” left the meeting.'
    expect(quotesOf(clause)[0]?.speaker).not.toBe('Council')
  })

  it('reads cues case-sensitively: "the United States" is not the verb "states"; "Said X:" opens an inverted credit', () => {
    const states =
      'Ilse Varga said the United States and Canada would send ships “to keep the harbour open all winter.”'
    expect(quotesOf(states)[0]).toMatchObject({ speaker: 'Ilse Varga', cue: 'said' })
    const inverted = 'The council met on Monday. Said Ilse Varga: “We will reopen the pier in May.”'
    expect(quotesOf(inverted)[0]).toMatchObject({ speaker: 'Ilse Varga' })
  })

  it('credits "X, the port chief, who in 2030 said “…”" to X through the relative pronoun', () => {
    const text =
      'The mayor met Ilse Varga, the port chief, who in 2030 said the harbour needed “a new breakwater before the storms.”'
    expect(quotesOf(text)[0]).toMatchObject({ speaker: 'Ilse Varga', speakerMention: 'who' })
  })

  it('reads documents as speakers ("“…,” the letter reads") and "branded" as a reporting verb', () => {
    const letter =
      'The fishers wrote to the council. “We cannot sail while the pier is closed,” the letter reads.'
    expect(quotesOf(letter)[0]).toMatchObject({ speakerMention: 'the letter', cue: 'reads' })
    const branded =
      'Ilse Varga branded the timetable “a shambles from start to finish.” Bruno Hale insisted that it “works well.”'
    expect(quotesOf(branded)[0]).toMatchObject({ speaker: 'Ilse Varga', cue: 'branded' })
  })
})

describe('verbs of praise and attack', () => {
  it('credits quoted words after "attacked", "lauded", "is claiming" and "is describing as"', () => {
    const attacked =
      'In a speech on Monday, Bruno Hale attacked “the endless delays at the harbour office.”'
    expect(quotesOf(attacked)[0]).toMatchObject({
      kind: 'mixed',
      speaker: 'Bruno Hale',
      cue: 'attacked',
    })
    const lauded = 'Ilse Varga lauded the crews for their “steady work in a bad winter.”'
    expect(quotesOf(lauded)[0]).toMatchObject({ speaker: 'Ilse Varga', cue: 'lauded' })
    const claiming = 'Bruno Hale is claiming that the survey is “a big, big problem for the fleet.”'
    expect(quotesOf(claiming)[0]).toMatchObject({ speaker: 'Bruno Hale', cue: 'claiming' })
    const describing = 'Ilse Varga is describing as “reckless” the plan to close the pier.'
    expect(quotesOf(describing)[0]).toMatchObject({ text: 'reckless', speaker: 'Ilse Varga' })
  })
})

describe('a story that opens with a quote', () => {
  it('keeps the quote of a first paragraph, which is no headline, and still drops a headline’s', () => {
    const opening =
      '"It is the best night of the year," said Mayor Lena Hart, who pressed the switch.\n\n' +
      'The harbour trust said the new lamps use half the power of the old ones.'
    expect(quotesOf(opening)[0]).toMatchObject({ speaker: 'Lena Hart', kind: 'direct' })
    const headline = 'Mayor calls lamp plan "reckless" as costs rise\n\nThe council met on Monday.'
    expect(quotesOf(headline).map((q) => q.text)).not.toContain('reckless')
  })
})

describe('titles in quotation marks', () => {
  it('drops a quoted title and keeps its sentence’s speaker for the quotes that follow', () => {
    const text =
      'The storm has passed. On this week’s episode of “Harbour Talk Tonight,” Ilse Varga said the pier would reopen.\n\n“We are ready for the fleet.”'
    const quotes = quotesOf(text)
    expect(quotes.map((q) => q.text)).toEqual(['We are ready for the fleet.'])
    expect(quotes[0]!.speaker).toBe('Ilse Varga')
  })

  it('keeps a capitalised nickname given by a verb of naming', () => {
    const text = 'Bruno Hale once hailed Ilse Varga as “The Iron Harbourmaster” in a speech.'
    expect(quotesOf(text)[0]).toMatchObject({
      text: 'The Iron Harbourmaster',
      speaker: 'Bruno Hale',
    })
  })
})

describe('speakers named before, pronoun after', () => {
  it('credits "X scolded him: “…,” she said" to X, not to the last person quoted', () => {
    const text =
      'The storm has passed. The coast is calm.\n\n“The pier is safe,” Bruno Hale said.\n\nIlse Varga, the harbour chief, scolded him: “You have not read the survey,” she said.'
    expect(quotesOf(text).at(-1)).toMatchObject({ speaker: 'Ilse Varga', speakerMention: 'she' })
  })

  it('does not take a possessive phrase running into a clause as the speaker', () => {
    const text =
      'Ilse Varga says she admired Hale’s patience through what she calls a “long and thankless winter.”'
    expect(quotesOf(text)[0]).toMatchObject({ speaker: 'Ilse Varga' })
  })
})

/** Every quote's offsets stay inside the text and its content span holds its quoted words. */
function expectWellFormed(text: string): void {
  for (const q of extractQuotes(text, extractEntities(text))) {
    expect(text.slice(q.start, q.end)).toBe(q.text)
    expect(q.content.start).toBeGreaterThanOrEqual(0)
    expect(q.content.start).toBeLessThanOrEqual(q.start)
    expect(q.content.end).toBeGreaterThanOrEqual(q.end)
    expect(q.content.end).toBeLessThanOrEqual(text.length)
  }
}

describe('quote rules on hostile input', () => {
  const pieces = fc.oneof(
    fc.constantFrom('“', '”', '"', '‘', '’', ',', '.', ':', '\n', '\n\n', ' ', '(R-Portavel)', '—'),
    fc.constantFrom(
      'said',
      'Said',
      'adding',
      'going on to',
      'called',
      'calling out',
      'as a',
      'such as',
      'is claiming',
      'attacked',
      'but',
      'the United States',
      'expressed deep',
      'voiced her',
      'in her own words,',
      'in Ilse Varga’s words',
      'October’s',
      'season',
      'with'
    ),
    fc.constantFrom(
      'Ilse Varga',
      'she',
      'He',
      'the letter',
      'Hale’s patience through what she',
      'HARBOUR TALK TONIGHT',
      'The Iron Harbourmaster'
    ),
    fc.string({ maxLength: 10 })
  )

  it('keeps offsets and content spans valid on quote-shaped noise', () => {
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 120 }).map((p) => p.join(' ')),
        expectWellFormed
      ),
      { numRuns: 400 }
    )
  })

  it('answers long runs built to make end-anchored patterns backtrack', () => {
    const runs = [
      `${' '.repeat(50_000)}as a “x y z”`,
      `Ann ${'called '.repeat(10_000)}“x”`,
      'Ann said “a,” and “b” '.repeat(5_000),
      `“a,” Ann said, ${'adding, '.repeat(10_000)}“b.”`,
      `${'(R-Portavel) '.repeat(10_000)}said “a b c.”`,
      `Ann expressed ${'deep '.repeat(20_000)}“x”`,
      `${'in Ann Lee '.repeat(10_000)}words “x y z”`,
      `Ann said the ${'“a b” '.repeat(10_000)}season`,
    ]
    for (const text of runs) expectWellFormed(text)
  })
})

describe('speech in straight single marks (UK copy typed on a keyboard)', () => {
  it("finds 'A,' X said and 'B,' she said where the copy quotes with no double marks", () => {
    const text = [
      'Ruth Banda runs the ferry line. The line was fined on Monday.',
      "'We will appeal nothing,' Banda said. 'We will just do better.'",
      "Nell Varga works on the boats. 'It's not good enough,' she said.",
      "The players' union said in the '90s that it didn't agree.",
    ].join('\n\n')
    const quotes = quotesOf(text).filter((q) => q.kind === 'direct')
    expect(quotes.map((q) => [q.text.slice(0, 22), q.speaker])).toEqual([
      ['We will appeal nothing', 'Ruth Banda'],
      ["It's not good enough,", 'Nell Varga'],
    ])
  })

  it("credits 'A,' said X, … 'B' to X: an inverted credit after a straight closing mark", () => {
    const text = [
      'Plans to shut the Tollard lending library drew a crowd to the parish hall.',
      "'It is where the children learn to love books,' said Winifred Ashcombe, 79, who has volunteered there since 1990. 'Where will they go?'",
      "'The figures do not add up,' said parish councillor Edwin Marlowe.",
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(quotes.find((q) => q.text.startsWith('It is where'))?.speaker).toBe('Winifred Ashcombe')
    expect(quotes.find((q) => q.text.includes('Where will they go'))?.speaker).toBe(
      'Winifred Ashcombe'
    )
    expect(quotes.find((q) => q.text.startsWith('The figures'))?.speaker).toBe('Edwin Marlowe')
  })

  it('leaves single marks alone in copy that quotes speech with double marks', () => {
    const text =
      "Ruth Banda spoke on Monday. “We fined them,” she said. 'Titles,' as the desk calls them, stay out."
    expect(quotesOf(text).map((q) => q.text)).toEqual(['We fined them,'])
  })
})

describe('a paragraph break inside a quotation that is not re-opened', () => {
  it('keeps both paragraphs as quotes of the speaker credited after the second', () => {
    const text = [
      'Orla Fennimore, a policy analyst with the harbour board, explained the rule to colleagues.',
      '"Who may board a vessel is at the discretion of the harbour master',
      'based on the advice of the pilots on duty," Fennimore wrote in an email.',
      '"The board may also close the pier in a storm."',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(quotes.find((q) => q.text.includes('Who may board'))?.speaker).toBe('Orla Fennimore')
    expect(quotes.find((q) => q.text.includes('based on the advice'))?.speaker).toBe(
      'Orla Fennimore'
    )
    expect(quotes.find((q) => q.text.includes('close the pier'))?.speaker).toBe('Orla Fennimore')
  })

  it('still drops an unclosed mark when the next paragraph opens no quote', () => {
    const text = 'The sign read "closed for the season.\n\nThe ferry left at noon.'
    expect(quotesOf(text)).toEqual([])
  })
})

describe('a quoted paragraph credited by the paragraph after it', () => {
  it('takes the name from “That’s how X described …”, “Those were the words of X”, “So says X”', () => {
    for (const credit of [
      'That’s how Ann Roe described the scene when fire broke out at the cannery.',
      'Those were the words of harbour master Ann Roe after the fire.',
      'So says Ann Roe, who has lived across the street for 30 years.',
    ]) {
      const text = `Sam Lee runs the cannery.\n\n“It was chaos.”\n\n${credit}`
      expect(quotesOf(text).find((q) => q.text.startsWith('It was chaos'))?.speaker, credit).toBe(
        'Ann Roe'
      )
    }
  })
})

describe('a quote led in by whose words they are', () => {
  it('credits “As X put it”, “In the words of X” and “X’s words:” to the name', () => {
    for (const lead of [
      'As Nell Okonjo put it, ',
      'As the ferry union’s president, Nell Okonjo, put it bluntly: ',
      'As union president Nell Okonjo put it, ',
      'In the words of Nell Okonjo, ',
      'Okonjo’s words: ',
    ]) {
      const text = `Dock workers met in Pellham on Tuesday. Nell Okonjo leads their union.\n\nFares rose again this week. ${lead}“the boats are older than the crews.”`
      expect(quotesOf(text).find((q) => q.text.includes('older'))?.speaker, lead).toBe(
        'Nell Okonjo'
      )
    }
  })
})

describe('a quote credited by the sentence after it in the same paragraph', () => {
  it('takes the name from “The words came from X” or “Those were the words of X”', () => {
    for (const credit of [
      'The words came from Nell Okonjo, who chairs the ferry board.',
      'Those were the words of board chair Nell Okonjo.',
    ]) {
      const text = `Sam Lee runs the cannery. “We have no choice but to raise fares.” ${credit}`
      expect(quotesOf(text).find((q) => q.text.includes('no choice'))?.speaker, credit).toBe(
        'Nell Okonjo'
      )
    }
  })
})

describe('“So said X” after a quote', () => {
  it('credits the name, not the word “So”', () => {
    const text =
      'The trustees met late. “It is time to go.” So said Bertrand Okafor, the longest-serving trustee.'
    expect(quotesOf(text).find((q) => q.text.includes('time to go'))?.speaker).toBe(
      'Bertrand Okafor'
    )
  })
})

describe('a titled name leading into a quote with a colon', () => {
  it('credits “Transport minister X put it bluntly:” to X', () => {
    const text =
      'Ferry fares rose in Pellham. Transport minister Idris Falkenrath put it bluntly: “The province will not write a blank cheque.”'
    expect(quotesOf(text).find((q) => q.text.includes('blank cheque'))?.speaker).toBe(
      'Idris Falkenrath'
    )
  })

  it('leaves a lower-case noun that is no title alone', () => {
    const text = 'Ann Roe runs the yard. The old hull Bo Lind bought put it plainly: “Rust wins.”'
    expect(quotesOf(text).find((q) => q.text.includes('Rust'))?.speaker).not.toBe('Bo Lind')
  })
})

describe('a quotation over paragraphs credited only in its last one', () => {
  it('gives the earlier paragraphs to the speaker credited in the last', () => {
    const text = [
      'Fishers packed the hall in Calvert Bay on Monday.',
      'Rosalind Tremaine disagreed. “Nobody asked us,” she said.',
      '“The authority has known about the eelgrass for years.',
      '“It has known about the herring too.',
      '“They simply chose not to look,” said Thaddeus Quill, a biologist.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(quotes.find((q) => q.text.includes('eelgrass'))?.speaker).toBe('Thaddeus Quill')
    expect(quotes.find((q) => q.text.includes('herring'))?.speaker).toBe('Thaddeus Quill')
    expect(quotes.find((q) => q.text.includes('Nobody'))?.speaker).toBe('Rosalind Tremaine')
  })
})

describe('“For X, the answer is simple:” before a quote', () => {
  it('credits a person, never a place', () => {
    const text = [
      'Dr. Leopold Anand runs the emergency room at Corbel General in Ottawa.',
      'For Anand, the answer is simple: “Build the wing.”',
      'For Canada, the answer is simple: “Keep the border open.”',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(quotes.find((q) => q.text.includes('wing'))?.speaker).toBe('Leopold Anand')
    expect(quotes.find((q) => q.text.includes('border'))?.speaker).toBeNull()
  })
})

describe('a pronoun inside a longer word after the cue', () => {
  it('reads “said head librarian X” as X, not “he”', () => {
    const text =
      'Library news\n\nThe board met Monday. “It breaks my heart,” said head librarian Beatrix Okeke.'
    expect(quotesOf(text).find((q) => q.text.includes('heart'))?.speaker).toBe('Beatrix Okeke')
  })
})

describe('qprobe6 a post embedded with its author’s credit', () => {
  it('credits the embed’s words to the account holder', () => {
    const text = [
      'Byelection news',
      'Premier Ysolde Farrant congratulated the winner on social media.',
      'Congratulations to @WennaPark on your win tonight. The people of Tarrowby have spoken. — Ysolde Farrant (@YsoldeFarrant) December 3, 2026',
      'The winner thanked volunteers on Wednesday.',
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    const post = quotes.find((q) => q.text.startsWith('Congratulations'))
    expect(post?.speaker).toBe('Ysolde Farrant')
    expect(post?.text).toBe(
      'Congratulations to @WennaPark on your win tonight. The people of Tarrowby have spoken.'
    )
  })
})

describe('qprobe8 typography of pasted copy', () => {
  const story = (line: string) =>
    `Harbour tolls rise in Westmoor\n\nWESTMOOR — Ferry tolls will rise by a third, the harbour board said on Monday.\n\n${line}\n`
  it("reads typewriter marks (``…'') as double quotes", () => {
    const text = story("``The money is there,'' said treasurer Lev Ambrose.")
    const quote = quotesOf(text).find((q) => q.text.includes('money'))
    expect(quote?.speaker).toBe('Lev Ambrose')
    expect(quote?.kind).toBe('direct')
  })
  it('credits a quote in guillemets, spaced or not, in English copy', () => {
    for (const line of [
      '«We did it for the town,» said owner Fen Castellan.',
      '« We did it for the town, » said owner Fen Castellan.',
    ]) {
      const quote = quotesOf(story(line)).find((q) => q.text.includes('town'))
      expect(quote?.speaker).toBe('Fen Castellan')
      expect(quote?.kind).toBe('direct')
    }
  })
  it('ends a credit’s name at a dash', () => {
    for (const dash of ['—', '--']) {
      const text = story(
        `"It's the right call," said councillor Jory Penn ${dash} who cast the deciding vote.`
      )
      expect(quotesOf(text).find((q) => q.text.includes('call'))?.speaker).toBe('Jory Penn')
    }
  })
})

describe('qprobe8 a closing mark left off at the paragraph end', () => {
  it('reads the words after the lead as a direct quote up to the paragraph end', () => {
    const text = [
      'School to close in Penhallow',
      'PENHALLOW — The village school will close in July, the county said.',
      'Parent Sam Ruddle said: "It is the heart of the village.',
      'He said the county had not listened.',
    ].join('\n\n')
    const quote = quotesOf(text).find((q) => q.text.includes('heart'))
    expect(quote?.text).toBe('It is the heart of the village.')
    expect(quote?.kind).toBe('direct')
    expect(quote?.speaker).toBe('Sam Ruddle')
  })
})

describe('qprobe8 apostrophes inside single-quoted speech and dash credit lines', () => {
  const story = (body: string) =>
    `Shops close in Dunsby\n\nDUNSBY — Two more shops on the high street closed on Friday.\n\n${body}\n`
  it('keeps straight apostrophes of decades and word ends inside a quote', () => {
    const text = story(
      "'We were big in the '90s,' said shop owner Ida Mervin.\n\n'Rock 'n' roll saved this town,' said her neighbour, Rhun Tarrant."
    )
    const quotes = quotesOf(text)
    expect(quotes.find((q) => q.text.includes('big'))?.speaker).toBe('Ida Mervin')
    expect(quotes.find((q) => q.text.startsWith('Rock'))?.speaker).toBe('Rhun Tarrant')
  })
  it('keeps a curly decade and a plural possessive inside a quote', () => {
    const text = story(
      '‘We were big in the ‘90s,’ said shop owner Ida Mervin.\n\n‘It’s the Joneses’ fault,’ said her neighbour, Rhun Tarrant.'
    )
    const quotes = quotesOf(text)
    expect(quotes.find((q) => q.text.includes('big'))?.speaker).toBe('Ida Mervin')
    expect(quotes.find((q) => q.text.includes('Joneses'))?.text).toBe('It’s the Joneses’ fault,')
    expect(quotes.find((q) => q.text.includes('Joneses'))?.speaker).toBe('Rhun Tarrant')
  })
  it('reads a credit line typed with a double hyphen under a quoted paragraph', () => {
    const text = story(
      '“Nobody walks down this street any more.”\n\n-- Ida Mervin, shop owner\n\nThe council declined to comment.'
    )
    expect(quotesOf(text).find((q) => q.text.includes('Nobody'))?.speaker).toBe('Ida Mervin')
  })
})

describe('qprobe8 straight and curly apostrophes mixed in one name', () => {
  it('resolves "O\'Brien" to the person introduced as "Keelan O’Brien"', () => {
    const text = [
      'Harbour tolls rise in Westmoor',
      'WESTMOOR — Ferry tolls will rise by a third, the harbour board said on Monday.',
      'Keelan O’Brien, a fisherman, has worked the harbour for 30 years.',
      "“It is robbery,” said O'Brien.",
    ].join('\n\n')
    expect(quotesOf(text).find((q) => q.text.includes('robbery'))?.speaker).toBe('Keelan O’Brien')
  })
})

describe('qprobe8 a quotation opened once and closed once over several paragraphs', () => {
  it('reads each paragraph between the marks as the speaker’s words', () => {
    const text = [
      'Harbour tolls rise in Westmoor',
      'WESTMOOR — Ferry tolls will rise by a third, the harbour board said on Monday.',
      'Board chair Hal Brennick said: “We held prices for six years.',
      'The fleet is old and fuel is dear.',
      'We had no choice.”',
      'Commuters were not convinced.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    for (const words of ['six years', 'fuel is dear', 'no choice'])
      expect(quotes.find((q) => q.text.includes(words))?.speaker).toBe('Hal Brennick')
    expect(quotes.some((q) => q.text.includes('convinced'))).toBe(false)
  })
})

describe('qprobe8 marks typed the wrong way round inside a paragraph', () => {
  const story = (line: string) =>
    `Harbour tolls rise in Westmoor\n\nWESTMOOR — Ferry tolls will rise by a third, the harbour board said on Monday.\n\n${line}\n`
  it('closes a quote at “ before a lower-case credit and credits it', () => {
    const quote = quotesOf(story('“Nobody asked us,“ said commuter Ada Lusk.')).find((q) =>
      q.text.includes('Nobody')
    )
    expect(quote?.text).toBe('Nobody asked us,')
    expect(quote?.speaker).toBe('Ada Lusk')
  })
  it('opens a quote at ” after a space in mid-paragraph', () => {
    const text = story('“We will keep it running,” Hal Brennick said. ”The island needs it.”')
    expect(quotesOf(text).some((q) => q.text.includes('island needs it'))).toBe(true)
  })
})

describe('qprobe8 a credit after the quote typed with a double hyphen', () => {
  it('credits the name after "--" on the quote’s line', () => {
    const text = [
      'Harbour tolls rise in Westmoor',
      'WESTMOOR — Ferry tolls will rise by a third, the harbour board said on Monday.',
      '“The island cannot afford this.” — Ada Lusk, commuter',
      '"The island cannot afford that." -- Ivo Brennan, fisherman',
    ].join('\n\n')
    expect(quotesOf(text).find((q) => q.text.includes('that'))?.speaker).toBe('Ivo Brennan')
  })
})

describe('qprobe8 an inch mark inside a straight-quoted quotation', () => {
  it('does not close the quotation at "12" pizza"', () => {
    const text = [
      'Harbour tolls rise in Westmoor',
      'WESTMOOR — Ferry tolls will rise by a third, the harbour board said on Monday.',
      '"We pay $40 for a 12" pizza and now $60 for the ferry," said commuter Ada Lusk.',
    ].join('\n\n')
    const quote = quotesOf(text).find((q) => q.text.startsWith('We pay'))
    expect(quote?.text).toBe('We pay $40 for a 12" pizza and now $60 for the ferry,')
    expect(quote?.speaker).toBe('Ada Lusk')
  })
})

describe('qprobe8 marks padded with spaces and a wrong-way single opener', () => {
  const story = (body: string) =>
    `Shops close in Dunsby\n\nDUNSBY — Two more shops on the high street closed on Friday, the council said.\n\n${body}\n`
  it('closes up “ … ” and " … " padded inside, and credits the quote', () => {
    for (const line of [
      '“ Nobody listens, ” said her neighbour, Rhun Tarrant.',
      '" Nobody listens, " said her neighbour, Rhun Tarrant.',
    ]) {
      const quote = quotesOf(story(line)).find((q) => q.text.includes('Nobody'))
      expect(quote?.text).toBe('Nobody listens,')
      expect(quote?.kind).toBe('direct')
      expect(quote?.speaker).toBe('Rhun Tarrant')
    }
  })
  it('reads a paragraph opening ’We … ,’ as a single-quoted quote', () => {
    const quote = quotesOf(story('’We will fight this,’ said shop owner Ida Mervin.')).find((q) =>
      q.text.includes('fight')
    )
    expect(quote?.text).toBe('We will fight this,')
    expect(quote?.kind).toBe('direct')
  })
})

describe('qprobe8 a one-word answer opening an interrupted quotation', () => {
  it('keeps “No,” credited after as the speaker’s words, not a title', () => {
    const text = [
      'Shops close in Dunsby',
      'DUNSBY — Two more shops on the high street closed on Friday, the council said.',
      '“No,” Rhun Tarrant said, “nobody is.”',
    ].join('\n\n')
    const quote = quotesOf(text).find((q) => q.text.includes('nobody'))
    expect(quote?.text.startsWith('No,')).toBe(true)
    expect(quote?.speaker).toBe('Rhun Tarrant')
  })
})
