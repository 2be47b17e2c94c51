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
  it('types a name ending in an industry word as a company (“Harbour Mutual”, “Lowmere Foods”)', () => {
    for (const name of [
      'Harbour Mutual',
      'Lowmere Foods',
      'Keel Logistics',
      'Westbrook Securities',
      'Marrow Bay Resources',
      'Tidewater Realty',
    ]) {
      const text = `${name} cut 40 jobs on Friday.\n\n“The decision was difficult,” the company said.`
      expect(find(quotesOf(text), 'The decision')?.speaker, name).toBe(name)
    }
  })

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

describe('an institution named by its kind', () => {
  it('credits “police said” to no one when no police force is named, not to another organisation', () => {
    const text =
      'The Harbour Board voted on Monday to close the pier.\n\n' +
      'The pier will reopen in May after the repairs, police said.'
    expect(find(quotesOf(text), 'The pier will')).toMatchObject({ speaker: null })
  })

  it('reads a bare noun after a direct quote as its credit (“…,” police said.)', () => {
    const text =
      'Lowmere Police said the driver fled.\n\n“We are looking for a red van,” police said.\n\n' +
      '“It is too early to say,” health officials said.'
    const quotes = quotesOf(text)
    expect(find(quotes, '“We are') ?? find(quotes, 'We are')).toMatchObject({
      speaker: 'Lowmere Police',
      speakerMention: 'police',
      cue: 'said',
    })
    expect(find(quotes, 'It is too early') ?? find(quotes, '“It is')).toMatchObject({
      speaker: null,
      speakerMention: 'health officials',
    })
  })

  it('still credits “police said” to the force named with that word', () => {
    const text =
      'Lowmere Police closed the pier on Monday.\n\n' +
      'The pier will reopen in May after the repairs, police said.'
    expect(find(quotesOf(text), 'The pier will')?.speaker).toBe('Lowmere Police')
  })
})

describe('people of a kind opening a sentence', () => {
  it('names no one for “Officials said”, “Critics say”, “Judges said” and adds no organisation', () => {
    for (const group of ['Officials', 'Critics', 'Judges', 'Witnesses', 'Authorities']) {
      const text = `Pia Varga runs the ferry line.\n\n${group} said the crossing would reopen in May.`
      const entities = extractEntities(text)
      const q = find(extractQuotes(text, entities), 'the crossing')
      expect(q, group).toMatchObject({ kind: 'indirect', speaker: null, speakerMention: group })
      expect(entities.organizations.map((o) => o.name)).not.toContain(group)
    }
  })

  it('reads a noun phrase ending in a plural noun as one description, adverbs aside', () => {
    const lead = 'Pia Varga runs the ferry line.\n\n'
    for (const [sentence, mention] of [
      ['Federal and state officials said the fares would rise.', 'Federal and state officials'],
      ['Transport policy analysts said the fares would rise.', 'Transport policy analysts'],
      ['Board members also noted the fares would rise.', 'Board members'],
      ['Twelve percent indicated the fares would rise.', 'Twelve percent'],
      ['Ten residents said the fares would rise.', 'Ten residents'],
    ]) {
      const q = find(quotesOf(lead + sentence), 'the fares')
      expect(q, sentence).toMatchObject({ speaker: null, speakerMention: mention })
    }
  })

  it('credits the name after a qualified title (“Labour mayoral candidate X …, saying”)', () => {
    const text =
      'The ferry vote is next week.\n\nLabour mayoral candidate Pia Varga chimed in online, ' +
      'saying that officials should release the figures.'
    expect(find(quotesOf(text), 'that officials should')?.speaker).toBe('Pia Varga')
  })

  it('takes no speaker from a contraction or an opening participle (“I’d”, “Having said that”)', () => {
    const text =
      'Pia Varga runs the ferry line.\n\nI’d heard people say the crossing was easy.\n\n' +
      'Having said that, the crossing will reopen in May, Varga said.'
    const quotes = quotesOf(text)
    expect(quotes.map((q) => q.speaker)).not.toContain('I’d')
    expect(find(quotes, 'Having said that')?.speaker).toBe('Pia Varga')
  })

  it('takes no speaker from “Reports say”', () => {
    const text = 'Pia Varga runs the ferry line.\n\nReports say the line will be sold.'
    expect(find(quotesOf(text), 'the line')).toMatchObject({
      speaker: null,
      speakerMention: 'Reports',
    })
  })

  it('keeps a title word inside a company name (“General Motors”) as the speaker', () => {
    const text = 'General Motors announced it would close the plant in Marlow.'
    const entities = extractEntities(text)
    expect(entities.organizations.map((o) => o.name)).toEqual(['General Motors'])
    expect(extractQuotes(text, entities)[0]?.speaker).toBe('General Motors')
  })

  it('keeps a surname that looks plural as a name (“Sanders said”)', () => {
    const text =
      'Oli Sanders runs the ferry line.\n\nSanders said the crossing would reopen in May.'
    expect(find(quotesOf(text), 'the crossing')?.speaker).toBe('Oli Sanders')
  })
})

describe('requests reported with an infinitive', () => {
  it('finds “X urged <addressee> to …” and “X called on <addressee> not to …”', () => {
    const text =
      'Mayor Tova Brennick urged residents to boil their drinking water until Friday.\n\n' +
      'Brennick also called on the province not to cut the ferry service.'
    const quotes = quotesOf(text)
    expect(find(quotes, 'residents to boil')).toMatchObject({
      kind: 'indirect',
      speaker: 'Tova Brennick',
      cue: 'urged',
    })
    expect(find(quotes, 'the province not to cut')).toMatchObject({
      kind: 'indirect',
      speaker: 'Tova Brennick',
    })
  })

  it('finds the characterisation in “X described Y as Z”', () => {
    const q = find(
      quotesOf('Fire chief Ann Roe described the blaze at the marina as deliberate and dangerous.'),
      'deliberate'
    )
    expect(q).toMatchObject({ kind: 'indirect', speaker: 'Ann Roe', cue: 'described' })
  })

  it('leaves a plain infinitive of purpose or a clause after “told” alone', () => {
    const quotes = quotesOf('Tova Brennick drove to the pier to see the damage on Sunday morning.')
    expect(quotes).toEqual([])
  })
})

describe('two statements in one reported sentence', () => {
  it('splits “X said A, but added (that) B” into two statements by X', () => {
    const text =
      'Harbour chief Ilse Varga said the pier would reopen in May, but added that the ferry ' +
      'timetable would stay reduced until June.'
    const quotes = quotesOf(text).filter((q) => q.kind === 'indirect')
    expect(quotes.map((q) => q.text)).toEqual([
      'the pier would reopen in May',
      'the ferry timetable would stay reduced until June',
    ])
    expect(quotes.every((q) => q.speaker === 'Ilse Varga')).toBe(true)
  })
})

describe('participles that add a statement', () => {
  it('splits “X said A, noting B” into two statements by X', () => {
    const text =
      'Harbour chief Ilse Varga said the pier would reopen in May, noting that the ferry ' +
      'timetable would stay reduced until June.'
    const quotes = quotesOf(text).filter((q) => q.kind === 'indirect')
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['the pier would reopen in May', 'Ilse Varga'],
      ['the ferry timetable would stay reduced until June', 'Ilse Varga'],
    ])
  })

  it('finds the clause after a participle that follows a partial quote', () => {
    const text =
      'Ilse Varga said the repairs were “nearly done at last,” noting that the last crane would leave ' +
      'the harbour on Friday.'
    const q = find(quotesOf(text), 'the last crane')
    expect(q).toMatchObject({ kind: 'indirect', speaker: 'Ilse Varga', cue: 'noting' })
    expect(q?.text).toBe('the last crane would leave the harbour on Friday')
  })
})

describe('rubric lines', () => {
  it('takes no quote or speaker from a “WATCH:” or “READ MORE:” line', () => {
    const text = [
      'Ilse Varga spoke to reporters at the pier on Monday.',
      'READ MORE: Port board says ferry fares “will rise for everyone next year”',
      'WATCH: Harbour Board warns of “long delays” at the pier',
      '“We expect the crane on Friday,” she said.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(quotes.map((q) => q.text)).toEqual(['We expect the crane on Friday,'])
    expect(quotes[0]!.speaker).toBe('Ilse Varga')
  })
})

describe('roles and their complements', () => {
  it('credits the holder of “the spokeswoman for X”, never X', () => {
    const bound =
      'Ilse Varga, the port spokeswoman, spoke on Monday.\n\nThe spokeswoman for the Harbour ' +
      'Board said the pier would reopen in June after the storm.'
    expect(find(quotesOf(bound), 'the pier')?.speaker).toBe('Ilse Varga')
    const unbound =
      'Mayor Tova Brennick spoke on Monday.\n\nA spokeswoman for Brennick said the pier would ' +
      'reopen in June after the storm.'
    expect(find(quotesOf(unbound), 'the pier')).toMatchObject({
      speaker: null,
      speakerMention: 'a spokeswoman for Brennick',
    })
  })

  it('still credits the organisation of “a statement from X”', () => {
    const text = 'A statement from the Harbour Board said the pier would reopen in June this year.'
    expect(find(quotesOf(text), 'the pier')?.speaker).toBe('Harbour Board')
  })

  it('credits the name, not the institution, in “Capitalised role Name at the Institution says”', () => {
    const text =
      'Marine biology professor Ilse Varga at the Portavel Institute says the reef is ' +
      'recovering faster than expected.'
    expect(find(quotesOf(text), 'the reef')?.speaker).toBe('Ilse Varga')
  })
})

describe('descriptions by their head word', () => {
  it('resolves “police” and “the ministry” to the organisation whose name has that word', () => {
    const text = [
      'The Portavel Police Service opened an inquiry on Monday.',
      'The Ministry of Fisheries closed the bay to boats.',
      'Two boats had been stolen from the marina overnight, police said.',
      'The ministry said the bay would reopen once divers had checked the moorings.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'Two boats')?.speaker).toBe('Portavel Police Service')
    expect(find(quotes, 'the bay would')?.speaker).toBe('Ministry of Fisheries')
  })
})

describe('continuation across quote-only paragraphs', () => {
  it('gives a floating quote to the person named in apposition who took the floor', () => {
    const text = [
      'Council chair Ann Roe opened the meeting.',
      '“We will vote tonight,” Roe said.',
      'Her rival on council, Sam Lee, disagreed.',
      '“This vote is rushed and the public has not been heard.”',
    ].join('\n\n')
    expect(find(quotesOf(text), 'This vote')?.speaker).toBe('Sam Lee')
  })
})

describe('speaker mentions as written', () => {
  it('leaves the conjunction out of a noun-phrase subject (“…, and officials said …”)', () => {
    const q = find(
      quotesOf('Six people were hurt, and officials said the road would stay closed until Monday.'),
      'the road'
    )
    expect(q).toMatchObject({ kind: 'indirect', speakerMention: 'officials', speaker: null })
  })
})

describe('“it” after an unnamed organisation’s statement', () => {
  it('stays unnamed instead of going to an earlier named organisation', () => {
    const text = [
      'The Lowmere Police Service charged a driver on Saturday.',
      'The city said it would review the signal timing. It said changes could come within weeks.',
    ].join('\n\n')
    const q = quotesOf(text).find((x) => x.text.startsWith('changes could come'))
    expect(q).toMatchObject({ speaker: null, speakerMention: 'It' })
  })
})

describe('the members or officials of an organisation named by its word', () => {
  it('speak for it (“Board members noted”); “Officials” alone stay no one', () => {
    const text = [
      'The Harbour Board of Valdoria denied the request on Monday.',
      'Board members also noted he had not shown remorse for the fire.',
      'Officials said the pier would reopen in May.',
      'City officials said the road would reopen in June.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(quotes.find((q) => q.text.startsWith('he had not'))?.speaker).toBe(
      'Harbour Board of Valdoria'
    )
    expect(quotes.find((q) => q.text.startsWith('the pier'))?.speaker).toBeNull()
    // No organisation of the city is named: its officials are no one named either.
    expect(quotes.find((q) => q.text.startsWith('the road'))?.speaker).toBeNull()
  })
})

describe('“the elder” and “the younger” of a family with one surname', () => {
  it('tells them apart by the family word that introduced them', () => {
    const text = [
      'Forty years of the Quillfeather forge',
      'Anselm Quillfeather opened the forge on Tollard Road in 1984. His son, Dorian Quillfeather, now runs it.',
      '“A horse does not care what year it is,” the elder Quillfeather said.',
      '“He still shoes the quiet ones,” said the younger Quillfeather. “I take the rest.”',
      'The younger Quillfeather said the forge would stay open.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'A horse does')?.speaker).toBe('Anselm Quillfeather')
    expect(find(quotes, 'He still shoes')?.speaker).toBe('Dorian Quillfeather')
    expect(find(quotes, 'the forge would')?.speaker).toBe('Dorian Quillfeather')
  })

  it('tells them apart by their ages, and a pronoun after one of them means that one', () => {
    const text = [
      'Selma Varcoe, 74, and Ines Varcoe, 41, sell honey at the Tollard market.',
      'The younger Varcoe said the bees had a good summer. “We took twice the honey,” she said.',
      '“I have seen worse years,” the elder Varcoe said.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'We took twice')?.speaker).toBe('Ines Varcoe')
    expect(find(quotes, 'I have seen')?.speaker).toBe('Selma Varcoe')
  })
})

describe('a subject after an opening phrase, with an irregular past verb', () => {
  it('makes “Down the lane, Ann Roe stood …” the antecedent of the next “she”', () => {
    const text = [
      'Floods reached the lower town of Tollard overnight.',
      '“The water was at the windows by two,” Wilhelmina Sorrel said.',
      'Down the lane, Perpetua Gannet stood beside what was left of her fence.',
      '“We will dry out and start again,” she said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'We will dry')?.speaker).toBe('Perpetua Gannet')
  })
})

describe('“another” or “one” before a description', () => {
  it('takes “Another nurse, who asked not to be named, said …” for someone unnamed, whom the next “she” means', () => {
    const text = [
      'Wards at Tollard General ran short of staff all winter.',
      '“We cover three wards with one team,” nurse Odalys Fenwick said.',
      'Another nurse, who asked not to be named for fear of losing her job, said some nights had half the staff they needed.',
      '“We are one sick call away from closing beds,” she said.',
    ].join('\n\n')
    const quote = find(quotesOf(text), 'We are one sick call')
    expect(quote?.speaker ?? null).toBeNull()
  })
})

describe('“It added” after an organisation’s statement and another organisation named since', () => {
  it('credits the organisation whose statement the paragraph reports, not the one named in passing', () => {
    const text = [
      'Tollard cannery to cut 60 jobs',
      'Wexmoor Fisheries Ltd. said in a statement on Monday that it would cut 60 jobs at its Tollard cannery. The cuts follow a review by consultants at Ravelston Advisory. It added that the cannery would stay open.',
    ].join('\n\n')
    const quote = quotesOf(text).find((q) => q.text.includes('cannery would stay open'))
    expect(quote).toMatchObject({ speaker: 'Wexmoor Fisheries Ltd', speakerMention: 'It' })
  })
})

describe('a bare surname that several people of the story have in full', () => {
  it('means the first of them named (the story’s subject), and so does the pronoun after it', () => {
    const text = [
      'The last keeper of the Tollard light',
      'For thirty years, Lazarus Penwarden kept the light at Gull Head. He is 84 now.',
      '“People think it was lonely,” he says. “It was not.”',
      'His wife, Morwenna Penwarden, died in 2011. Their daughter visits every Sunday.',
      'Penwarden shrugs when asked if he misses the work.',
      '“You do not miss a thing like that. It is still in you,” he says.',
      '“The foghorn never stops in your head,” Penwarden says.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'You do not miss')?.speaker).toBe('Lazarus Penwarden')
    expect(find(quotes, 'The foghorn')?.speaker).toBe('Lazarus Penwarden')
  })
})

describe('a sentence opened by a place, then a described name', () => {
  it('makes “In Tollard, retired teacher Ann Roe, 77, was …” the antecedent of the next “she”', () => {
    const text = [
      'An ice storm left 40,000 homes without power on Thursday.',
      '“This is a multi-day restoration,” utility spokeswoman Henrietta Vold said.',
      'In Gull Harbour, retired teacher Philippa Crane, 77, was keeping warm by her wood stove.',
      '“I have been through worse storms than this,” she said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'I have been through')?.speaker).toBe('Philippa Crane')
  })

  it('does the same for an age before the name (“Her neighbour, 34-year-old Ann Roe, was …”)', () => {
    const text = [
      'An ice storm left 40,000 homes without power on Thursday.',
      '“This is a multi-day restoration,” utility spokeswoman Henrietta Vold said.',
      'Across the road, 34-year-old Marisol Ebbett was less cheerful.',
      '“The children thought it was an adventure,” she said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'The children thought')?.speaker).toBe('Marisol Ebbett')
  })
})

describe('“the former” and “the latter”', () => {
  it('pick the first and the second of the last two people named', () => {
    const text = [
      'Two candidates clash over the ferry',
      'Mayoral candidates Perpetua Okonjo and Barnabas Lindqvist sparred over the ferry on Tuesday.',
      'Okonjo promised a second boat, while Lindqvist said the town could not afford one.',
      '“We cannot keep making people wait two hours,” the former said.',
      '“A second boat is a fantasy,” the latter said.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'We cannot keep')?.speaker).toBe('Perpetua Okonjo')
    expect(find(quotes, 'A second boat')?.speaker).toBe('Barnabas Lindqvist')
  })
})

describe('a given name used alone in a family story', () => {
  it('names the one person of the story who has it in full', () => {
    const text = [
      'Sisters run the last dairy in the valley',
      'Every morning, Hedvig Sandvold and her sister pull on their boots and head for the barn.',
      'Their father, Ebbe Sandvold, still walks the fence line at 87.',
      '“People ask if we fight,” Hedvig says. “Of course we fight.”',
    ].join('\n\n')
    expect(find(quotesOf(text), 'People ask')?.speaker).toBe('Hedvig Sandvold')
  })
})

describe('a firm named only as where commentators work', () => {
  it('leaves “The company” to the company the story is about, not “analysts at X”', () => {
    const text = [
      'Tollard Provisions Ltd. shares fell nine per cent on Thursday after weak quarterly sales.',
      'Chief executive Harriet Quarshie said shoppers were trading down to cheaper brands.',
      'Analysts at Wexcombe Securities said the results were messy but not broken.',
      'The company also announced that its chairman would retire in June.',
    ].join('\n\n')
    const quote = quotesOf(text).find((q) => q.text.includes('chairman would retire'))
    expect(quote?.speaker).toBe('Tollard Provisions Ltd')
  })
})

describe('qprobe5 courtesy titles among people who share a surname', () => {
  it('gives “Ms. Roe” to the woman and “Mr. Roe” to the man of the family', () => {
    const text = [
      'Ice roads are melting sooner',
      'By Corliss Venn',
      'Anselm Drobny has hauled freight across Lake Tessaly for thirty winters.',
      '“The ice groans now,” Mr. Drobny says.',
      'His daughter, Wilhelmina Drobny, drives the same route.',
      '“We used to run three hundred loads,” Ms. Drobny says.',
      '“The margins are gone,” Mr. Drobny says.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'We used to run')?.speaker).toBe('Wilhelmina Drobny')
    expect(find(quotes, 'The margins')?.speaker).toBe('Anselm Drobny')
  })
})

describe('qprobe5 “the union” is a union', () => {
  it('gives “The union said” to a union local named before, never to the company', () => {
    const text = [
      'Refinery cuts jobs',
      'Halvermoor Energy will cut 300 jobs at its refinery, the company announced Thursday.',
      'Unifor Local 4471 president Ottilie Brandvold called the decision a betrayal.',
      'The union, which represents 1,100 workers at the site, said it would seek a meeting with the province.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'it would seek')?.speaker).toBe('Unifor Local 4471')
    const none = [
      'Refinery cuts jobs',
      'Halvermoor Energy will cut 300 jobs at its refinery, the company announced Thursday.',
      'The union said it would seek a meeting with the province.',
    ].join('\n\n')
    expect(find(quotesOf(none), 'it would seek')?.speaker).toBeNull()
  })
})

describe('qprobe5 a ministry named for an industry is no company', () => {
  it('gives “the company said” to the company, not to the “Ministry of Energy and Mines”', () => {
    const text = [
      'Nation sues over mine',
      'The province’s Ministry of Energy and Mines said it does not comment on matters before the courts.',
      'The company behind the mine, Quillstone Resources Inc., did not respond to a request for comment.',
      'In a 2023 filing, the company said it expected to begin production in 2027.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'it expected to begin')?.speaker).toBe('Quillstone Resources Inc')
  })
})
