/**
 * @module Speaker resolution rules on invented copy: credits at the end of a quote's sentence,
 * documents that speak for whoever issued them, naming verbs, plural pronouns for a pair of named
 * speakers. Every name, place and statement is made up.
 */
import { describe, expect, it } from 'vitest'
import { extractEntities, extractQuotes, type Quote } from '../../src/extract/index'

function quotesOf(text: string): Quote[] {
  return extractQuotes(text, extractEntities(text))
}
const find = (quotes: Quote[], start: string) => quotes.find((q) => q.text.startsWith(start))

describe('a credit that ends the quote’s sentence', () => {
  it('credits ““…” including X, it said.” to the organisation, and the quote after it too', () => {
    const text = [
      'Storms cut power across the valley on Friday.',
      'Coastline Energy said in a statement that 9,000 homes were still dark.',
      'Mayor Tova Brennick said the arena would stay open as a warming centre.',
      '“Fallen trees have blocked the roads to several towns” including Marrow Bay, it said.',
      '“Some customers will wait until the weekend.”',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'Fallen trees')).toMatchObject({
      speaker: 'Coastline Energy',
      speakerMention: 'it',
    })
    expect(find(quotes, 'Some customers')?.speaker).toBe('Coastline Energy')
  })

  it('leaves a quoted title inside the reporter’s sentence alone', () => {
    const text = 'Mayor Tova Brennick spoke.\n\nThe film “Tides” opened in Marrow Bay, she said.'
    expect(find(quotesOf(text), 'Tides')).toBeUndefined()
  })
})

describe('documents speak for whoever issued them', () => {
  it('resolves “the post” to the person who wrote in a blog post', () => {
    const text = [
      'Mira Kostan, a researcher at Larkspur Labs, wrote in the lab’s blog post that the scam ' +
        'had changed again.',
      'Fire chief Dale Amos said the alarms in Marrow Bay were false.',
      '“The same servers sent the threats and the spam,” the post read.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'The same servers')).toMatchObject({
      speaker: 'Mira Kostan',
      speakerMention: 'the post',
    })
  })

  it('resolves “the statement” to the subject of “In a statement, X said”', () => {
    const text = [
      'In a statement, Coastline Energy said 9,000 homes were still dark.',
      'The Marrow Bay Fire Department said the arena would stay open.',
      '“Crews will work through the night,” the statement said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'Crews')?.speaker).toBe('Coastline Energy')
  })

  it('credits “said a statement from X” to X', () => {
    const text =
      'Mayor Tova Brennick said the arena would stay open.\n\n“Crews are working around the ' +
      'clock,” said a statement from Portavel Transit.'
    expect(find(quotesOf(text), 'Crews')).toMatchObject({
      speaker: 'Portavel Transit',
      speakerMention: 'a statement from Portavel Transit',
    })
  })
})

describe('a document named with who posted or released it', () => {
  it('credits “says a document titled … on X’s website” to X, and the quote after it too', () => {
    const text = [
      'Crews with Marrow Valley Railway cleared the line on Monday.',
      '“Winter is hard on a railway,” says a document titled Railroading in Winter: A Guide on ' +
        'Marrow Valley Railway’s website.',
      '“Brakes freeze in the yards.”',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'Winter is hard')).toMatchObject({
      speakerMention: 'a document',
      speaker: 'Marrow Valley Railway',
    })
    expect(find(quotes, 'Brakes freeze')?.speaker).toBe('Marrow Valley Railway')
  })

  it('credits “said a statement released by the X Minister’s Office” to that office', () => {
    const text = [
      'Harbour Aid said in a statement that it would help.',
      'The two leaders discussed “the detention of sailors and the rule of law,” said a statement ' +
        'released by the Harbour Minister’s Office.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'the detention')?.speaker).toBe('Harbour Minister’s Office')
  })
})

describe('role descriptions bound to a named holder', () => {
  it('binds the role of an apposition after an age (“Sam Lee, 34, a nurse at …”)', () => {
    const text =
      'Sam Lee, 34, a nurse at the Marrow Bay clinic, has worked nights for a decade.\n\n' +
      '“We are tired,” the nurse said.'
    expect(find(quotesOf(text), 'We are tired')).toMatchObject({
      speaker: 'Sam Lee',
      speakerMention: 'the nurse',
    })
  })

  it('binds an acronym title (“Ann Roe, a Liberal MP,” … “the MP said”)', () => {
    const text = 'Ann Roe, a Liberal MP, voted against the bill.\n\n“It goes too far,” the MP said.'
    expect(find(quotesOf(text), 'It goes')?.speaker).toBe('Ann Roe')
  })

  it('credits “the 34-year-old said” to the person in the story', () => {
    const text = 'Sam Lee was charged on Monday.\n\n“I did nothing wrong,” the 34-year-old said.'
    expect(find(quotesOf(text), 'I did nothing')).toMatchObject({
      speaker: 'Sam Lee',
      speakerMention: 'the 34-year-old',
    })
  })
})

describe('floating quotes', () => {
  it('gives a quoted paragraph before anyone spoke to the subject of the paragraph before', () => {
    const text =
      'Ann Roe has run the Pier Road shelter since 2019.\n\n“We turn people away every night.”'
    expect(find(quotesOf(text), 'We turn')?.speaker).toBe('Ann Roe')
  })

  it('leaves it unattributed when that paragraph is further back', () => {
    const text = [
      'Ann Roe has run the Pier Road shelter since 2019.',
      'The shelter has forty beds.',
      'Winters on the coast are long.',
      '“We turn people away every night.”',
    ].join('\n\n')
    expect(find(quotesOf(text), 'We turn')?.speaker).toBeNull()
  })
})

describe('verbs of naming', () => {
  it('credits the subject right before “called X a “…”” when another clause opens the sentence', () => {
    const text =
      'Mayor Sam Lee spoke on Monday.\n\nIf the council keeps trading insults — Councillor ' +
      'Ann Roe earlier this week called the mayor a “coward” — nothing will pass.'
    expect(find(quotesOf(text), 'coward')?.speaker).toBe('Ann Roe')
  })

  it('gives no subject to an infinitive (“the power to call a “…””)', () => {
    const text =
      'Sam Lee spoke on Monday.\n\nThe board has the power to call a “special sitting” of council.'
    expect(find(quotesOf(text), 'special sitting')?.speaker ?? null).not.toBe('Sam Lee')
  })
})

describe('second references in a news lede', () => {
  it('resolves “The former <role> of <institution> said” to the person the lede is about', () => {
    const text =
      'MARROW BAY, N.S. — Sam Lee, who became the envoy to Peru after the flood, is ' +
      'considering a move into politics.\n\nThe former sergeant-at-arms of the House of ' +
      'Assembly said Monday he is considering a run for the leadership.'
    expect(find(quotesOf(text), 'he is considering a run')?.speaker ?? null).toBe('Sam Lee')
  })

  it('does not resolve an indefinite role (“A spokeswoman for the board said”)', () => {
    const text =
      'Sam Lee chairs the Marrow Bay Harbour Board.\n\nA spokeswoman for the board said ' +
      'the pier would reopen in May.'
    expect(find(quotesOf(text), 'the pier')?.speaker ?? null).toBeNull()
  })

  it('never resolves “the lawyer for X” to X', () => {
    const text =
      'Sam Lee was charged on Monday.\n\nThe lawyer for Sam Lee said the charges would ' +
      'be dropped by the end of the month.'
    expect(find(quotesOf(text), 'the charges')?.speaker ?? null).toBeNull()
  })
})

describe('pronouns by grammatical role', () => {
  it('does not take the person spoken about (“said of X”) for the subject of the next “he said”', () => {
    const text =
      '“He works harder than anyone,” Sam Lee said of Ben Kowal.\n\n“I have never seen a ' +
      'coach like him,” he said.'
    expect(find(quotesOf(text), 'I have never')?.speaker).toBe('Sam Lee')
  })
})

describe('“they” for a group that spoke', () => {
  it('credits “…,” they said to the coordinated speakers of the paragraph before', () => {
    const text =
      'Workers at the Pier Road bakery voted to join the union.\n\nIn a statement, the owners ' +
      'Ann Roe and Mia Castell said they respected the vote.\n\n“Our staff come first,” they said.'
    expect(find(quotesOf(text), 'Our staff')?.speaker).toMatch(/^(?:Ann Roe|Mia Castell)$/)
  })

  it('keeps a group’s words from being the antecedent of a later “he”', () => {
    const text = [
      'Union organiser Ben Kowal said the vote was a first for the coast.',
      'The owners, Ann Roe and Mia Castell, said they respected the vote.',
      '“Our staff come first,” they said.',
      '“Nobody should work for tips alone,” he said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'Nobody')?.speaker).toBe('Ben Kowal')
  })

  it('gives no speaker to “they” with no group or organisation nearby', () => {
    const text = 'Sam Lee fished the bay for years.\n\n“The boats are gone now,” they said.'
    expect(find(quotesOf(text), 'The boats')?.speaker ?? null).toBeNull()
  })
})

describe('capitalised titles bound to the name they precede', () => {
  it('resolves “the prime minister” to “Prime Minister Ann Roe”, not the last person named', () => {
    const text =
      'Prime Minister Ann Roe met Sam Lee, the fishermen’s spokesman, on Monday.\n\nLee asked ' +
      'for a bailout.\n\n“We cannot do it this year,” the prime minister said.'
    expect(find(quotesOf(text), 'We cannot')?.speaker).toBe('Ann Roe')
  })

  it('resolves “the Conservative leader” to the holder, not to the party', () => {
    const text =
      'Conservative Leader Ann Roe spoke in Marrow Bay on Monday. Local organiser Sam Lee ' +
      'introduced her.\n\n“This government has failed you,” the Conservative leader said.'
    expect(find(quotesOf(text), 'This government')?.speaker).toBe('Ann Roe')
  })

  it('binds a player’s position (“Otters forward Sam Lee” … “the 23-year-old forward”)', () => {
    const text =
      'Otters forward Sam Lee scored twice. Coach Ben Kowal praised him.\n\n“I just kept ' +
      'shooting,” the 23-year-old forward said.'
    expect(find(quotesOf(text), 'I just kept')).toMatchObject({
      speaker: 'Sam Lee',
      speakerMention: 'the 23-year-old forward',
    })
  })
})

describe('contractions are not possessives', () => {
  it('credits “It’s something she said …” to her, not to “It’s something”', () => {
    const text =
      'Ann Roe chairs the Marrow Bay school board.\n\nIt’s something she said the board will ' +
      'raise with the province next month.'
    expect(find(quotesOf(text), 'the board will')).toMatchObject({
      speaker: 'Ann Roe',
      speakerMention: 'she',
    })
  })
})

describe('a fronted topic', () => {
  it('does not take “X, he said, “…”” for X speaking', () => {
    const text =
      '“The port needs a plan,” said Councillor Ben Kowal. Sam Lee, he said, “knows the ' +
      'harbour better than anyone.”'
    expect(find(quotesOf(text), 'knows the harbour')?.speaker).toBe('Ben Kowal')
  })
})

describe('the voice of a named possessor', () => {
  it('credits “Larkspur Data’s security unit said” to the company', () => {
    const text =
      'Storms hit the coast.\n\nLarkspur Data’s security unit said on Friday that the threats ' +
      'came from the same group of senders.'
    expect(find(quotesOf(text), 'that the threats')).toMatchObject({
      speaker: 'Larkspur Data',
      speakerMention: 'Larkspur Data’s security unit',
    })
  })

  it('still treats “X’s lawyer” as someone else than X', () => {
    const text =
      'Sam Lee was charged on Monday.\n\nSam Lee’s lawyer said the charges would be dropped ' +
      'by the end of the month.'
    expect(find(quotesOf(text), 'the charges')?.speaker ?? null).toBeNull()
  })
})

describe('pull quotes', () => {
  it('does not let a pull quote’s credit line take the floor from the last speaker', () => {
    const text = [
      'Storms cut power across the valley on Friday.',
      'Coastline Energy said in a statement that 9,000 homes were still dark.',
      'We have never seen a storm like this. Tova Brennick, Marrow Bay mayor',
      '“Crews will need several more days to reach the worst-hit roads.”',
    ].join('\n\n')
    expect(find(quotesOf(text), 'Crews')?.speaker).toBe('Coastline Energy')
  })
})

describe('roles with their words of title', () => {
  it('resolves “the health minister” to the Health Minister, not the last minister named', () => {
    const text =
      'Health Minister Ann Roe and Finance Minister Sam Lee spoke on Monday.\n\nThe health ' +
      'minister said hospitals would get more staff next year.'
    expect(find(quotesOf(text), 'hospitals')?.speaker).toBe('Ann Roe')
  })
})

describe('organisations as speakers', () => {
  it('resolves “the company” to the organisation the story is about, not one named in passing', () => {
    const text =
      'Harbour Mutual Insurance laid off 40 workers. Union rep Sam Lee called it a betrayal.' +
      '\n\nThe company said the cuts were needed to stay competitive.'
    expect(find(quotesOf(text), 'the cuts')?.speaker).toBe('Harbour Mutual Insurance')
  })

  it('resolves “the Tarn-based railway” to the one railway named, however far back', () => {
    const filler = Array.from(
      { length: 12 },
      (_, i) => `The line climbs ${i + 2} more kilometres past the old mill towns of the valley.`
    )
    const text = [
      'Three crew members with Marrow Valley Railway were hurt when a freight train left the tracks.',
      'Sam Leeward, a safety inspector, said the brakes had been checked on Sunday.',
      ...filler,
      'The Tarn-based railway said it would run shorter trains through the winter.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'it would run shorter')?.speaker).toBe('Marrow Valley Railway')
  })

  it('credits “The parole board decision allowing his release said” to the board, then “it”', () => {
    const filler = Array.from(
      { length: 12 },
      (_, i) => `He served ${i + 2} more months in the harbour jail after the appeal failed.`
    )
    const text = [
      'A prosecutor questioned the Marrow Parole Board’s logic in freeing Tomas Varga early.',
      ...filler,
      'The parole board decision allowing his release said he was no longer a risk to the public.',
      'It also said he had finished every program offered to him.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'he was no longer a risk')).toMatchObject({
      speakerMention: 'The parole board decision',
      speaker: 'Marrow Parole Board',
    })
    expect(find(quotes, 'he had finished')?.speaker).toBe('Marrow Parole Board')
  })

  it('leaves “the railway” unresolved when two railways are named', () => {
    const filler = Array.from(
      { length: 12 },
      (_, i) => `The line climbs ${i + 2} more kilometres past the old mill towns of the valley.`
    )
    const text = [
      'Crews with Marrow Valley Railway and Tarn Coast Railway cleared the tracks on Monday.',
      ...filler,
      'The railway said it would run shorter trains through the winter.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'it would run shorter')?.speaker).toBeNull()
  })
})

describe('a possessive subject leading into a quote with a colon', () => {
  it('credits “Roe’s message to the council was blunt: “…”” to Roe', () => {
    const text = [
      'Economist Delia Marchbank, who teaches at Tollard College, said the levy was too low.',
      'Mayor Sam Okafor said he would study the report.',
      'Marchbank’s message to the council was blunt: “Show your work.”',
    ].join('\n\n')
    expect(find(quotesOf(text), 'Show your work')?.speaker).toBe('Delia Marchbank')
  })
})

describe('a participle after a conjunction', () => {
  it('credits ““A,” Roe said, before adding: “B”” to Roe, not a name inside A', () => {
    const text = [
      'Ferdinand Olawale leads the cottage owners’ association in Tollard.',
      '“We called in October. Nobody came out until November,” Olawale said, before adding: “I’m not blaming the officers on the ground.”',
    ].join('\n\n')
    expect(find(quotesOf(text), 'I’m not blaming')).toMatchObject({
      speaker: 'Ferdinand Olawale',
      speakerMention: 'Olawale',
    })
  })
})

describe('an inverted credit whose name runs into “of the …”', () => {
  it('credits “…, said Gideon Farrow of the fishers’ association.” to Gideon Farrow', () => {
    const text = [
      'Dredging starts in Tollard next spring.',
      'The fishers remain unconvinced, said Gideon Farrow of the fishers’ association.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'The fishers remain')).toMatchObject({
      speaker: 'Gideon Farrow',
      speakerMention: 'Gideon Farrow',
    })
  })
})

describe('a verb of manner after a quote closed by a comma', () => {
  it('credits ““…,” Roe laughs.” and ““…,” she shrugged.” to the one it names', () => {
    const text = [
      'Two potters share a kiln on the edge of Tollard.',
      'Ilse Marchetti fires the big pots; Odile Fairbairn does the glazes.',
      '“The kiln has a temper of its own,” Fairbairn laughs.',
      '“Half of what comes out is a surprise,” Marchetti says. “The good half.”',
      '“We would not have it any other way,” she shrugged.',
      '“Ask me again in January,” Fairbairn grinned.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'The kiln has')).toMatchObject({
      speaker: 'Odile Fairbairn',
      speakerMention: 'Fairbairn',
    })
    expect(find(quotes, 'We would not')).toMatchObject({
      speaker: 'Ilse Marchetti',
      speakerMention: 'she',
    })
    expect(find(quotes, 'Ask me again')?.speaker).toBe('Odile Fairbairn')
  })

  it('credits ““…,” Roe fumed.”, “remembers”, “deadpanned” the same way', () => {
    const text = [
      'Two potters share a kiln on the edge of Tollard.',
      'Ilse Marchetti fires the big pots; Odile Fairbairn does the glazes.',
      '“Half of what comes out is a surprise,” Marchetti says.',
      '“The kiln cracked twice in one winter,” Fairbairn remembers.',
      '“We call it character,” Fairbairn deadpanned.',
      '“Nobody warned us about the power bill,” Fairbairn fumed.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    for (const start of ['The kiln cracked', 'We call it', 'Nobody warned'])
      expect(find(quotes, start)?.speaker, start).toBe('Odile Fairbairn')
  })

  it('credits nobody with “laughs” that ends no clause of the quote’s ("“….” Roe laughs at it")', () => {
    const text = [
      'Ilse Marchetti fires the big pots in Tollard.',
      '“Half of what comes out is a surprise,” Marchetti says.',
      '“The kiln has a temper of its own.” Odile Fairbairn laughs at that.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'The kiln has')?.speakerMention ?? null).not.toBe('Odile Fairbairn')
  })
})

describe('councillors titled as in Australian and UK copy', () => {
  it('reads “Cr Roe” and “Cllr Roe” as the councillor named in full before', () => {
    const text = [
      'Tollard Shire council has rejected a 12-storey tower near the beach.',
      'Mayor Bettina Carraway said the tower was out of character with the foreshore.',
      '“We listened to residents and they were very clear,” Cr Carraway said.',
      'Councillor Osric Penhallow voted for the plan. “We need the housing,” Cllr Penhallow said.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'We listened')?.speaker).toBe('Bettina Carraway')
    expect(find(quotes, 'We need the housing')?.speaker).toBe('Osric Penhallow')
  })
})

describe('a participle after a document in the credit', () => {
  it('credits “X said in a video posted to social media that … “…”” to X, the video’s place out of the content', () => {
    const text = [
      'Three hundred ferry workers walked off the job at Gull Harbour on Monday.',
      '“Not yet, anyway,” Transport Minister Corwin Ashby said of back-to-work laws.',
      'The ferry line’s president, Mirela Vantongeren, said in a video posted to social media that the company had made “a fair and final offer.”',
    ].join('\n\n')
    const quote = find(quotesOf(text), 'a fair and final')
    expect(quote?.speaker).toBe('Mirela Vantongeren')
    expect(text.slice(quote!.content.start, quote!.content.end)).not.toMatch(/posted|social media/)
  })
})

describe('“…,” was how X put it', () => {
  it('credits the one who put it so, behind words of title', () => {
    const text = [
      'The Tollard market reopened on Saturday, six months after a fire.',
      '“We came back stronger,” was how market manager Imogen Tattersall put it.',
      '“The insurance paid out fast,” vendor Arturo Quispe said.',
      '“It was a long winter,” is how Tattersall describes it.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'We came back')?.speaker).toBe('Imogen Tattersall')
    expect(find(quotes, 'It was a long winter')?.speaker).toBe('Imogen Tattersall')
  })
})

describe('surnames with a particle', () => {
  const text = [
    'Tollard Foods will close its Dunmere plant in June.',
    '“Nobody at Tollard had the decency to tell us,” said local president Bram de Wit.',
    'De Wit said the union would push for more severance.',
  ].join('\n\n')

  it('credits “said local president Bram de Wit” past the title words to the full name', () => {
    const quote = extractQuotes(text, extractEntities(text)).find((q) => q.text.includes('decency'))
    expect(quote?.speaker).toBe('Bram de Wit')
  })

  it('reads “De Wit” opening a sentence as the same person', () => {
    const entities = extractEntities(text)
    expect(entities.people.map((p) => p.name)).toEqual(['Bram de Wit'])
    const quote = extractQuotes(text, entities).find((q) => q.text.includes('severance'))
    expect(quote?.speaker).toBe('Bram de Wit')
  })
})

describe('qprobe5 colon credits and unnamed groups', () => {
  it('credits a quote after “She was blunt:” to the woman named before', () => {
    const text = [
      'Harbour levy dropped',
      'Fisheries Minister Odile Fauchard-Mbeki announced the reversal on Tuesday.',
      'She was blunt: “We got this one wrong.”',
    ].join('\n\n')
    expect(find(quotesOf(text), 'We got this')?.speaker).toBe('Odile Fauchard-Mbeki')
  })

  it('credits “Grand Chief X of the Y Council put it bluntly:” to the chief', () => {
    const text = [
      'Dam licence renewed',
      'Grand Chief Wenonah Redcliffe of the Tessaly River Tribal Council put it bluntly: “Nobody asked us about our own river.”',
    ].join('\n\n')
    expect(find(quotesOf(text), 'Nobody asked')?.speaker).toBe('Wenonah Redcliffe')
  })

  it('leaves “He was reminded:” to someone else', () => {
    const text = [
      'Permit refused',
      'Councillor Osric Vantongeren asked about the permit in March.',
      'He was reminded: “The file is closed.”',
    ].join('\n\n')
    expect(find(quotesOf(text), 'The file')?.speaker).not.toBe('Osric Vantongeren')
  })

  it('keeps “Federal officials, speaking on background, said” an unnamed group', () => {
    const text = [
      'Talks stall',
      'Federal officials, speaking on background, said the province had not been consulted.',
      'Senior Liberal officials, who spoke on condition of anonymity, said the premier had intervened.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(quotes.find((q) => q.text.includes('not been consulted'))?.speaker).toBeNull()
    expect(quotes.find((q) => q.text.includes('premier had intervened'))?.speaker).toBeNull()
  })
})

describe('qprobe5 an unnamed source described by what it knows', () => {
  it('credits “an official close to the premier said” to no one, not to the premier', () => {
    const text = [
      'Deal near',
      'Premier Ottoline Baptiste-Marr met the union leaders on Monday.',
      'An official close to the premier said the final text would be released next week.',
      'A person with knowledge of the agreement said the wage increase was four per cent.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(quotes.find((q) => q.text.includes('final text'))?.speaker).toBeNull()
    expect(quotes.find((q) => q.text.includes('four per cent'))?.speaker).toBeNull()
  })
})
describe('qprobe6 officials who speak for a named organisation', () => {
  it('gives “Officials with the X said” and “X officials said” to X', () => {
    const text = [
      'Roads news',
      'Crews worked through the night in Quarry Bend on Monday.',
      'Officials with the Tarrow Department of Roadworks said crews had salted the highway.',
      'Staff at Kestrel Bay General said the patient was in stable condition.',
      'Tarrow Department of Roadworks officials said the bridge would reopen Friday.',
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    const by = (s: string) => quotes.find((q) => q.text.includes(s))?.speaker
    expect(by('salted')).toBe('Tarrow Department of Roadworks')
    expect(by('stable')).toBe('Kestrel Bay General')
    expect(by('reopen')).toBe('Tarrow Department of Roadworks')
  })
})

describe('qprobe6 residents of a town', () => {
  it('gives “Residents of X say” to no one, never to a person named X', () => {
    const text = [
      'Water news',
      'Crews flushed the mains in Quarry Bend overnight on Monday.',
      'Residents of Tarrow Mills say the water still smells of chlorine.',
      'Residents of Port Wenlow said the taps ran brown for two days.',
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    expect(quotes.find((q) => q.text.includes('chlorine'))?.speaker).toBeNull()
    expect(quotes.find((q) => q.text.includes('brown'))?.speaker).toBeNull()
  })
})
describe('qprobe5 possessors, families and titled appositions', () => {
  const text = [
    'Inquiry hears from widow',
    'Wilhelmina Ashcroft-Dube testified on Tuesday at the inquiry into the death of her husband, Leopold Dube, a lineman.',
    '“We will not be commenting while the inquiry is under way,” Ms. Ashcroft-Dube’s lawyer said.',
    '“This is a day we have waited three years for,” the Dube family said in a statement.',
    'The commissioner, retired judge Cassius Oyelaran-Brandt, said he would release his report in the fall.',
    'Energy Minister Theodora Vukovic-Lamb’s office said the minister would not comment.',
  ].join('\n\n')
  const quotes = quotesOf(text)
  const of = (words: string) => quotes.find((q) => q.text.includes(words))

  it('credits “Ms. Roe-Lee’s lawyer said” to nobody named, not to Ms. Roe-Lee', () => {
    expect(of('not be commenting')?.speaker).toBeNull()
  })

  it('credits “the Roe family said” to no single member of the family', () => {
    expect(of('waited three years')?.speaker).toBeNull()
  })

  it('credits “The commissioner, retired judge X, said” to X', () => {
    expect(of('release his report')?.speaker).toBe('Cassius Oyelaran-Brandt')
  })

  it('credits a hyphenated name’s office to that person', () => {
    expect(of('would not comment')?.speaker).toBe('Theodora Vukovic-Lamb')
  })
})

describe('qprobe5 a body named in apposition', () => {
  it('credits “The regulator, the X Authority of Y, said” to the named body', () => {
    const text = [
      'Insurer collapses',
      'The regulator, the Financial Services Authority of Quillmark, said it had opened an investigation.',
    ].join('\n\n')
    const quote = quotesOf(text).find((q) => q.text.includes('opened an investigation'))
    expect(quote?.speaker).toBe('Financial Services Authority of Quillmark')
  })
})

describe('qprobe5 “In the words of” before a colon', () => {
  it('credits “In the words of one longtime resident, X: “…”” to X', () => {
    const text = [
      'Island waits',
      'In the words of one longtime resident, Tabitha Quarrington-Hale: “Nobody listens to us.”',
      'To quote Dr. Osric Pellew-Nakamura: “The ferry is the road.”',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'Nobody listens')?.speaker).toBe('Tabitha Quarrington-Hale')
    expect(find(quotes, 'The ferry is')?.speaker).toBe('Osric Pellew-Nakamura')
  })
})

describe('qprobe5 nested reports and complements of place', () => {
  const text = [
    'Premiers demand talks',
    'Premier Ottoline Ashworth-Mbeki of Laurentia and Premier Caius Delorme-Vance of Norhaven said in a joint statement that Ottawa must reopen talks.',
    'Mr. Delorme-Vance said he was less optimistic than his colleague.',
    'Ms. Ashworth-Mbeki later told reporters she had spoken with the Prime Minister. She said he had promised to “look at it.”',
  ].join('\n\n')
  const quotes = quotesOf(text)

  it('credits “Premier X of Y said” to X, never to the place Y', () => {
    const joint = quotes.find((q) => q.text.includes('reopen talks'))
    expect(joint?.speaker).toBe('Caius Delorme-Vance')
  })

  it('credits “She said he had promised to “…”” to her, the one reporting it', () => {
    expect(quotes.find((q) => q.text.includes('look at it'))?.speaker).toBe(
      'Ottoline Ashworth-Mbeki'
    )
  })
})

describe('a group after a fronted clause', () => {
  it('credits “As …, counter-protesters chanted “…”” to the group, not to the last person named', () => {
    const text = [
      'Rally in the square',
      'Organizer Derrick Holloway said the rally would go on until dusk.',
      'As rally speakers read out their complaints, counter-protesters chanted “The mayor must go!”',
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    const chant = quotes.find((q) => q.text.includes('mayor must go'))
    expect(chant).toMatchObject({ speakerMention: 'counter-protesters', speaker: null })
  })
})

describe('words someone was heard saying', () => {
  it('credits “X said he heard students shout, “…”” to the students, never to X', () => {
    const text = [
      'Standoff at the steps',
      'Elder Marten Quill said the group had come to pray.',
      'But Quill said he heard several students shout, “Build the fence higher!”',
    ].join('\n\n')
    const quote = extractQuotes(text, extractEntities(text)).find((q) =>
      q.text.includes('fence higher')
    )
    expect(quote).toMatchObject({ speakerMention: 'several students', speaker: null })
  })

  it('resolves “heard him say” as “he” would be, and a name heard as that name', () => {
    const text = [
      'Pier fight',
      'Tom Bale, the harbour master, left early. Ann Roe stayed.',
      'Roe said she heard him say, “I will not sign it.”',
      'Roe said she heard Bale say, “Never again.”',
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    expect(quotes.find((q) => q.text.includes('not sign'))?.speaker).toBe('Tom Bale')
    const direct = quotes.filter((q) => q.kind === 'direct')
    expect(direct.find((q) => q.text.includes('Never again'))?.speaker).toBe('Tom Bale')
  })
})

describe('a person described before the name, and common short given names', () => {
  it('makes “Neighbour X watched …” the subject for the “she” that follows', () => {
    const text = [
      'Fire chief Tam Castellan said the owner of the warehouse had been warned about blocked exits.',
      'Neighbour Edith Sowerby watched the blaze from across the street. “The sky was orange,” she said.',
      'Critic Wynne Harrow sat through the rehearsal with Tam Castellan. “It drags,” she said.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'The sky')?.speaker).toBe('Edith Sowerby')
    expect(find(quotes, 'It drags')?.speaker).toBe('Wynne Harrow')
  })

  it('treats the start of the text as the start of a sentence for that rule', () => {
    const text = [
      'Critic Wynne Harrow was unmoved by the new production at the Lyceum, which Bram Tessel directed.',
      '“It drags,” she said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'It drags')?.speaker).toBe('Wynne Harrow')
  })

  it('reads “Rob” and “Ben” as men’s names and “Meg” as a woman’s for “he” and “she”', () => {
    const fire = quotesOf(
      [
        'Rob Castellan said the owner of the warehouse had been warned about blocked exits.',
        'Reporters found Edith Sowerby across the street. “The sky was orange,” she said.',
      ].join('\n\n')
    )
    expect(find(fire, 'The sky')?.speaker).toBe('Edith Sowerby')
    const vote = quotesOf(
      [
        'Ben Ostrander said the council would vote again in May.',
        'A reporter reached Meg Tulley by phone. “I’m not surprised,” she said.',
      ].join('\n\n')
    )
    expect(find(vote, 'I’m not')?.speaker).toBe('Meg Tulley')
  })
})

describe('an adverb between a credit after the quote and its verb', () => {
  it('credits “…,” the company also said / the mayor later said to who the description names', () => {
    const text = [
      'Trains cut',
      'Harbour Rail cut 40 trains on Monday. “We had no choice,” the company also said.',
      'Mayor Ann Roe opened the pier. “It was worth every cent,” the mayor later said.',
      '“Nobody was hurt,” police also said.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'We had no choice')).toMatchObject({
      speaker: 'Harbour Rail',
      speakerMention: 'the company',
    })
    expect(find(quotes, 'It was worth')).toMatchObject({
      speaker: 'Ann Roe',
      speakerMention: 'the mayor',
    })
    expect(find(quotes, 'Nobody was hurt')?.speakerMention).toBe('police')
  })

  it('credits “…,” Vell’s lawyer, Dana Pike, told reporters to the name in apposition', () => {
    const text = [
      'Appeal lost',
      'Singer Tomas Vell lost his appeal on Monday.',
      '“We will take this to the Supreme Court,” Vell’s lawyer, Dana Pike, told reporters.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'We will take')).toMatchObject({
      speaker: 'Dana Pike',
      speakerMention: 'Dana Pike',
    })
  })

  it('credits “The company also said: “…”” and “The company later said, “…”” the same way', () => {
    for (const credit of ['The company also said:', 'The company later said,']) {
      const text = `Trains cut\n\nHarbour Rail cut 40 trains on Monday. ${credit} “We had no choice.”`
      expect(find(quotesOf(text), 'We had no choice'), credit).toMatchObject({
        speaker: 'Harbour Rail',
        speakerMention: 'The company',
      })
    }
  })
})
