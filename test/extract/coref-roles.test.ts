/**
 * @module Role words bound to the people who hold them, and the speaker of a quoted paragraph with
 * no cue, on invented copy: a bare apposition ("X, director of …,"), a copula ("X is the …"), a
 * description fronted before the name ("The shelter's director, X,"), a sentence opened by a title
 * and a name, rubric lines marked with a bar. Every name, place and statement is made up.
 */
import { describe, expect, it } from 'vitest'
import { extractEntities, extractQuotes, type Quote } from '../../src/extract/index'

function quotesOf(text: string): Quote[] {
  return extractQuotes(text, extractEntities(text))
}
const find = (quotes: Quote[], start: string) => quotes.find((q) => q.text.includes(start))

// A second person is the subject of the sentence right before each credit: a description that
// falls back to the last person named would get them instead of the role's holder.
const VOLUNTEER =
  'Tomas Birkeland, a volunteer, helps on weekends. Birkeland said the beds were full.'

describe('a role noun bound to its holder', () => {
  it('binds a bare apposition with its complement (“X, director of the shelter,”)', () => {
    const text = [
      'Nadia Oseku, director of the Lantern Street shelter, spoke at the meeting.',
      VOLUNTEER,
      '“We turn people away every night,” the director said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'turn people away')).toMatchObject({
      speaker: 'Nadia Oseku',
      speakerMention: 'the director',
    })
  })

  it('binds the role a verb names (“X chairs the board”, “X coaches the Otters”)', () => {
    for (const [sentence, role] of [
      ['Nadia Oseku chairs the Lantern Street shelter board.', 'chair'],
      ['Nadia Oseku coaches the Lantern Street Otters.', 'coach'],
      ['Nadia Oseku founded the Lantern Street shelter in 2009.', 'founder'],
    ]) {
      const text = [
        sentence,
        VOLUNTEER,
        `“We turn people away every night,” the ${role} said.`,
      ].join('\n\n')
      expect(find(quotesOf(text), 'turn people away')?.speaker, role).toBe('Nadia Oseku')
    }
  })

  it('binds a copula (“X is the director of …”)', () => {
    const text = [
      'Nadia Oseku is the director of the Lantern Street shelter.',
      VOLUNTEER,
      '“We turn people away every night,” the director said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'turn people away')?.speaker).toBe('Nadia Oseku')
  })

  it('binds a description fronted before the name (“The shelter’s director, X,”)', () => {
    const text = [
      'The shelter’s director, Nadia Oseku, spoke at the meeting.',
      VOLUNTEER,
      'The director said the city had not called back.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'city had not called back')).toMatchObject({
      kind: 'indirect',
      speaker: 'Nadia Oseku',
    })
  })
})

describe('a quoted paragraph with no cue after a titled subject', () => {
  it('gives the quote to the person a sentence opened by a title is about', () => {
    const text = [
      'Residents packed the hall on Tuesday.',
      '“We were never asked,” said Orla Fennimore, who has lived on the street for 30 years.',
      'Councillor Rick Vantongeren defended the vote.',
      '“The process was open and fair. Everyone had a chance to speak.”',
    ].join('\n\n')
    expect(find(quotesOf(text), 'open and fair')?.speaker).toBe('Rick Vantongeren')
  })

  it('gives an opening quoted paragraph to the titled subject before it', () => {
    const text =
      'The rink will close in March. Coach Dale Fenwright was blunt about it.\n\n“It’s a sad day for the town.”'
    expect(find(quotesOf(text), 'sad day')?.speaker).toBe('Dale Fenwright')
  })

  it('does not take a name after a verb for the subject (“Later the mayor met X.”)', () => {
    const text = [
      '“We were never asked,” said Orla Fennimore, who has lived on the street for 30 years.',
      'Later the mayor met Rick Vantongeren.',
      '“Nobody told us anything.”',
    ].join('\n\n')
    expect(find(quotesOf(text), 'Nobody told us')?.speaker).not.toBe('Rick Vantongeren')
  })
})

describe('rubric lines marked with a bar', () => {
  it('takes nobody from “WATCH | …” as a speaker', () => {
    const text = [
      'Marrow Bay traded its captain on Thursday.',
      'WATCH | Harbour Otters reshape their roster',
      'The club posted a photo of the new captain with two words: “I’m back.”',
    ].join('\n\n')
    expect(quotesOf(text).map((q) => q.speaker)).not.toContain('WATCH')
  })
})

describe('an age in apposition', () => {
  it('binds “X, 45,” to a later “the 45-year-old”', () => {
    const text = [
      'Nadia Oseku, 45, spoke at the meeting.',
      VOLUNTEER,
      'The 45-year-old said the city had not called back.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'city had not called back')?.speaker).toBe('Nadia Oseku')
  })
})

describe('a description credited after the quote', () => {
  it('credits “said neighbour X” to X, whatever the noun before the full name', () => {
    const text = [
      'Officers said the suspect, Dale Kincaid, had barricaded himself in a house.',
      '“He just would not come out,” said neighbour Orla Fennimore.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'would not come out')?.speaker).toBe('Orla Fennimore')
  })

  it('takes no time word for a description (“said on Tuesday X”)', () => {
    const text = '“He just would not come out,” said on Tuesday Orla Fennimore.'
    expect(find(quotesOf(text), 'would not come out')?.speakerMention).not.toBe('Tuesday')
  })

  it('credits “said the victim’s sister, X.” to the name in apposition', () => {
    const text = [
      'Dale Kincaid was sentenced to six years on Friday.',
      '“Justice was not served today,” said the victim’s sister, Holly Tranh.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'Justice was not served')).toMatchObject({
      speaker: 'Holly Tranh',
      speakerMention: 'Holly Tranh',
    })
  })
})

describe('who takes the floor before a quoted paragraph with no cue', () => {
  const FIRST = [
    'Marrow Bay floods again\n\nThe street flooded again on Monday night.',
    '“We were never asked,” said Orla Fennimore, who has lived on the street for 30 years.',
  ].join(' ')
  const next = (sentence: string, quote = '“Nobody from the city ever came to talk to us.”') =>
    find(quotesOf([FIRST, sentence, quote].join('\n\n')), quote.slice(1, 20))?.speaker

  it('a name in apposition with an auxiliary verb (“Another resident, X, has …”)', () => {
    expect(next('Another resident, Rick Vantongeren, has been there even longer.')).toBe(
      'Rick Vantongeren'
    )
  })

  it('a name after an opening phrase, whatever word the window of text starts with', () => {
    // The sentence before ends in "for 3 years.": a window that cuts "f|or" saw a conjunction.
    const text = [
      'Marrow Bay floods again',
      'The street flooded on Monday. “We were never asked,” said Orla Fennimore, who has lived ' +
        'there for 3 years.',
      'Down the street, Rick Vantongeren sees it differently.',
      '“Nobody from the city ever came to talk to us.”',
    ].join('\n\n')
    expect(find(quotesOf(text), 'Nobody from')?.speaker).toBe('Rick Vantongeren')
  })

  it('the one who shares a view (“a sentiment shared by X”)', () => {
    expect(next('It’s a sentiment shared by Rick Vantongeren, who runs the corner store.')).toBe(
      'Rick Vantongeren'
    )
  })

  it('the one a sentence brings in (“Then there’s X.”)', () => {
    expect(next('Then there’s Rick Vantongeren.')).toBe('Rick Vantongeren')
  })

  it('a titled name after an opening phrase (“Across town, shop owner X is worried.”)', () => {
    expect(next('Across town, shop owner Rick Vantongeren is worried.')).toBe('Rick Vantongeren')
  })

  it('not the object of a verb before the title (“She told shop owner X …”)', () => {
    expect(next('She told shop owner Rick Vantongeren about it.')).toBe('Orla Fennimore')
  })
})

describe('a title inside a sentence', () => {
  it('does not make an apposition in mid-sentence a subject (“…, his rival, Mayor X, over …”)', () => {
    const text = [
      'Orla Fennimore spoke on Monday. She has faced questions since the council was looking ' +
        'into her rival, deputy mayor Rick Vantongeren, over the budget.',
      'She said she was not worried about the review of the harbour accounts.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'not worried')?.speaker).toBe('Orla Fennimore')
  })
})

describe('more entities than the lists keep', () => {
  it('resolves “the company” on a page naming 121 organisations without throwing', () => {
    const a = ['Bor', 'Cal', 'Dun', 'Fel', 'Gar', 'Hal', 'Jor', 'Kel', 'Lom', 'Mar', 'Nor']
    const b = [
      'ford',
      'wick',
      'stead',
      'more',
      'ton',
      'ley',
      'brook',
      'dale',
      'field',
      'gate',
      'haven',
    ]
    const text = [
      ...a.flatMap((x, i) =>
        b.map((y, j) => `${x}${y} Holdings reported a loss of ${i * 11 + j + 2} million dollars.`)
      ),
      'The company said the results were disappointing for the shareholders.',
    ].join('\n\n')
    const entities = extractEntities(text)
    expect(entities.organizations.length).toBeLessThan(121)
    expect(find(extractQuotes(text, entities), 'results were disappointing')?.kind).toBe('indirect')
  })
})

describe('a spokesperson or an indefinite role speaks as someone new', () => {
  const mayor = [
    'Mayor Ines Marlow called the vote historic on Wednesday.',
    '“We finally did something,” Marlow said.',
  ]
  it('never gives “a spokesperson”, “an aide”, “the prosecutor” or “the judge” the story’s person', () => {
    for (const mention of [
      'A spokesperson',
      'The spokesperson',
      'A city spokesperson',
      'An aide',
      'The prosecutor',
      'The judge',
    ]) {
      const text = [...mayor, `${mention} said the first routes should run by spring.`].join('\n\n')
      expect(find(quotesOf(text), 'first routes')).toMatchObject({
        speaker: null,
        speakerMention: mention,
      })
    }
  })

  it('credits “a Harbour Mobile spokesperson” to the organisation named before the role', () => {
    const text = [
      'The shelter hands out phones donated by Harbour Mobile Inc. to its residents.',
      'A Harbour Mobile Inc. spokesperson said the company was pleased to help.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'pleased to help')?.speaker).toMatch(/^Harbour Mobile Inc\.?$/)
  })
})

describe('a modifier that makes another office', () => {
  it('keeps “the minister” from the prime minister, and binds “the prime minister” to them', () => {
    const text = [
      'Harbour Minister Ines Marlow spoke on Monday.',
      'Prime Minister Tomas Birk said talks continued.',
      '“We are talking about a human being,” the minister said.',
      '“We wait,” the prime minister said.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'human being')?.speaker).toBe('Ines Marlow')
    expect(find(quotes, 'We wait')?.speaker).toBe('Tomas Birk')
  })
})

describe('“A spokeswoman for X said” with the spokeswoman named only later', () => {
  it('takes a bare name credited in the next paragraph, never a subject with a role of their own', () => {
    const lead = 'Mayor Ann Roe backed the pier plan on Monday.'
    const statement = 'A spokeswoman for the mayor said the vote would happen in May.'
    const named = [lead, statement, '“We are ready,” said Lia Contessa.'].join('\n\n')
    expect(find(quotesOf(named), 'the vote would')?.speaker).toBe('Lia Contessa')
    const other = [lead, statement, 'Resident Sam Lee said he was against the plan.'].join('\n\n')
    expect(find(quotesOf(other), 'the vote would')?.speaker ?? null).toBeNull()
    const man = [lead, statement, '“We are ready,” said Tomas Birk, who said he would vote.'].join(
      '\n\n'
    )
    expect(find(quotesOf(man), 'the vote would')?.speaker ?? null).toBeNull()
  })
})

describe('“A spokesperson for <organisation>” with no name given', () => {
  it('speaks for the organisation, and a later “the spokesperson” too; a named one stays theirs', () => {
    const text = [
      'The Marrow Transit Board met on Monday.',
      'A spokesperson for the Marrow Transit Board said fares would not rise this year.',
      'Riders welcomed the news.',
      '“We heard the riders,” the spokesperson said in an email.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'fares would not')?.speaker).toBe('Marrow Transit Board')
    expect(find(quotes, 'We heard')?.speaker).toBe('Marrow Transit Board')
    const named = [
      '“Fuel went up,” said Ann Roe, a spokeswoman for Harbour Link Ferries.',
      'Commuters were unhappy.',
      'The spokeswoman said student discounts would stay.',
    ].join('\n\n')
    expect(find(quotesOf(named), 'student discounts')?.speaker).toBe('Ann Roe')
  })

  it('leaves a spokesperson for a person unresolved (their words are not the person’s)', () => {
    const text = [
      'Mayor Ann Roe backed the pier plan on Monday.',
      'A spokesperson for Ann Roe said the vote would happen in May.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'the vote would')?.speaker ?? null).toBeNull()
  })
})

describe('a news lede’s delayed identification', () => {
  const headline = 'Teen rescued after night at sea'
  it('credits “A 16-year-old who … said” to the person the next paragraph opens on', () => {
    const text = [
      headline,
      'A 16-year-old who spent eight hours in the water off Gull Point said Sunday he survived by counting strokes.',
      'Liam Carrow was pulled from the water shortly before midnight, the coast guard said.',
    ].join('\n\n')
    const lede = find(quotesOf(text), 'survived by')
    expect(lede).toMatchObject({ speaker: 'Liam Carrow', speakerMention: 'A 16-year-old' })
    const aged = [
      headline,
      'A woman who lost her home in the Marrow Creek fire said Tuesday the insurer refused her claim.',
      'Grace Tellier, 61, had lived in the house for 30 years.',
    ].join('\n\n')
    expect(find(quotesOf(aged), 'insurer refused')?.speaker).toBe('Grace Tellier')
  })

  it('does not credit someone introduced with a role, a man for a woman, or anyone once a name was given', () => {
    const lede =
      'A 16-year-old who was hurt in a crash on Route 9 said Sunday he did not see the truck.'
    const cases = [
      [lede, 'Ann Roe, the county police chief, said the driver would be charged.'],
      [lede, 'Ann Roe said the driver would be charged.'],
      [
        'A woman who was hurt in a crash on Route 9 said Sunday she did not see the truck.',
        'Peter Birk was driving the truck.',
      ],
      [
        'Ben Lee watched as a 16-year-old who was hurt in a crash said he did not see the truck.',
        'Liam Carrow was pulled from the car.',
      ],
    ]
    for (const lines of cases) {
      const quote = find(quotesOf([headline, ...lines].join('\n\n')), 'did not see')
      expect(String(quote?.speaker)).not.toMatch(/Roe|Birk|Carrow/)
    }
  })
})

describe('“the company” with more than one organisation named', () => {
  it('is the company the story is about, not an agency that spoke or a store in a list', () => {
    const text = [
      'Northwind Appliances is recalling about 40,000 heaters after reports of fires, Health Canada said Thursday.',
      'The recall covers heaters sold at hardware stores, including Benton Hardware and Quill Home.',
      'Health Canada said it had received 14 reports of overheating.',
      'The company said customers should stop using the heaters and ask for a refund.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'customers should stop')?.speaker).toBe('Northwind Appliances')
  })
})

describe('credits that name the speaker in apposition, and documents', () => {
  it('credits the name set off after a description (“…,” her brother, Tunde Roe, said)', () => {
    const text = [
      'Nora Roe, 27, was found alive on Thursday.',
      '“We never stopped believing she would come home,” her brother, Tunde Roe, said outside the hospital.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'never stopped')).toMatchObject({ speaker: 'Tunde Roe' })
  })

  it('leaves “a statement from the family” to the family, not the last speaker', () => {
    const text = [
      '“We never stopped believing,” said Tunde Roe.',
      'A statement from the family said Nora was stable and “in good spirits, considering.”',
    ].join('\n\n')
    const quote = find(quotesOf(text), 'in good spirits')
    expect(quote?.speaker ?? null).toBeNull()
    expect(quote?.speakerMention).toBe('A statement from the family')
  })

  it('binds a statement to whoever did something in it (“X thanked the fans in a statement”)', () => {
    const text = [
      'Ann Roe thanked the fans in a statement on Monday.',
      'Sam Lee, the team owner, was at the rink.',
      '“It was an honour to wear this jersey,” the statement said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'an honour')?.speaker).toBe('Ann Roe')
  })
})

describe('organisations in credits', () => {
  it('credits “said Local 22 president Tony Roe” to the person, not to “Local”', () => {
    const text = [
      'Dock workers voted to strike on Sunday.',
      '“Our members have spoken,” said Local 22 president Tony Roe. “They are tired.',
      '“Nobody wants a strike.”',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'have spoken')?.speaker).toBe('Tony Roe')
    expect(find(quotes, 'Nobody wants')?.speaker).toBe('Tony Roe')
  })

  it('leaves “their union said” unresolved rather than naming another organisation', () => {
    const text =
      'Dock workers at the Port of Marrow voted to strike on Sunday, their union said.\n\nThe Port of Marrow said talks would resume.'
    expect(find(quotesOf(text), 'Dock workers')?.speaker ?? null).toBeNull()
  })
})

describe('a relative introduced in apposition before an irregular verb', () => {
  it('gives “she” to “His daughter, Abena Roe, sat …”, not to an earlier woman', () => {
    const text = [
      '“My client is innocent,” lawyer Priya Sandhu told reporters.',
      'The guard, Samuel Roe, was two months from retirement. His daughter, Abena Roe, sat in the front row.',
      '“I want to look him in the eye at trial,” she said after the hearing.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'look him in the eye')?.speaker).toBe('Abena Roe')
  })

  it('gives “she” to “Roe’s mother, Ardith Roe, sat …”, a description opened by a possessive name', () => {
    const text = [
      'Under questioning from counsel Mirela Strand, Corin Vale said the unit had two officers for 40 inmates.',
      'The inquiry is examining the death of Dylan Roe, 29.',
      'Roe’s mother, Ardith Roe, sat in the front row. Speaking to reporters outside, she said the testimony confirmed what the family had feared.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'the testimony confirmed')?.speaker).toBe('Ardith Roe')
  })
})

describe('a credit line under a quoted paragraph', () => {
  it('credits a quoted paragraph with “— Sandra Lee, resident” under it to Sandra Lee, not the last speaker', () => {
    const text = [
      '“Every year it is more,” said Dev Patel.',
      '“The ferry is our highway.”',
      '— Sandra Lee, Marrow Island resident',
    ].join('\n\n')
    expect(find(quotesOf(text), 'our highway')?.speaker).toBe('Sandra Lee')
  })
})

describe('a closing quotation mark left out before the credit', () => {
  it('ends the quote at the credit’s comma and credits the name, not the last speaker', () => {
    const text = [
      '“It is a business decision,” said spokesperson Dana Roy.',
      '"This is our only road to the mainland, said Bill Tran, who runs a store on the island.',
      '"If I can\'t get stock in the evening, I can\'t open in the morning."',
    ].join('\n\n')
    const quotes = quotesOf(text)
    const road = find(quotes, 'only road')
    expect(road?.speaker).toBe('Bill Tran')
    expect(road?.text).not.toContain('who runs')
    expect(find(quotes, 'get stock')?.speaker).toBe('Bill Tran')
  })
})

describe('a lead-in with a verb of memory before a quoted paragraph', () => {
  it('credits “She remembered the winter most clearly:” to her', () => {
    const text = [
      'Agnes Whitlock grew up in the keeper’s cottage at Gull Point.',
      'She remembered the winter of 1953 most clearly:',
      '“The storm lasted four days. My father didn’t sleep.”',
    ].join('\n\n')
    expect(find(quotesOf(text), 'storm lasted')?.speaker).toBe('Agnes Whitlock')
  })
})

describe('an organisation noun that names another kind of organisation than the one named', () => {
  const text = [
    'The province will hire 300 nurses, the minister said at Wrenfield General Hospital.',
    'The plan will cost $40 million a year, according to a government news release.',
    'The provincial nurses’ union welcomed the plan but said it would not end the shortage.',
  ].join('\n\n')

  it('leaves “the union said” unresolved rather than crediting the hospital', () => {
    const quote = find(quotesOf(text), 'not end the shortage')
    expect(quote).toMatchObject({ kind: 'indirect', speaker: null })
  })

  it('leaves “according to a government news release” unresolved', () => {
    expect(find(quotesOf(text), 'cost $40 million')).toMatchObject({ speaker: null })
  })

  it('still credits “the hospital said” to the hospital', () => {
    const more = `${text}\n\nThe hospital said it would open ten more beds in the spring.`
    expect(find(quotesOf(more), 'ten more beds')?.speaker).toBe('Wrenfield General Hospital')
  })
})

describe('a described organisation and a surname with its affiliation', () => {
  const text = [
    'Opposition Leader Brant Kesseling said the levy was a tax grab.',
    'The provincial chamber of commerce warned the levy would hurt small firms.',
    'Economist Wilma Yorke of the Lakeshore Policy Institute said the modelling had not been published.',
  ].join('\n\n')

  it('does not give “the chamber of commerce” to the last person named', () => {
    expect(find(quotesOf(text), 'hurt small firms')?.speaker).toBeNull()
  })

  it('credits “Economist Wilma Yorke of the Lakeshore Policy Institute said” to Wilma Yorke', () => {
    expect(find(quotesOf(text), 'modelling had not')?.speaker).toBe('Wilma Yorke')
  })
})

describe('a definite description of someone brought in unnamed', () => {
  it('does not give “said the woman” to the last person named after “A woman who …”', () => {
    const text = [
      '“We are asking the public not to approach him,” Const. Bryony Ashcombe said.',
      'A woman who works at a bakery across the street said she saw the man run past.',
      '“He was almost jogging,” said the woman, who asked that her name not be used.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'almost jogging')).toMatchObject({
      speaker: null,
      speakerMention: 'the woman',
    })
  })

  it('still credits “the constable said” to the constable named before', () => {
    const text = [
      'Const. Bryony Ashcombe said the man left on foot.',
      '“He was not armed,” the constable said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'not armed')?.speaker).toBe('Bryony Ashcombe')
  })
})

describe('a possessive description of a relative', () => {
  const text = [
    'Corinne Vasseur, 34, runs the kitchen. Her sister Odile Vasseur, 31, handles the books.',
    '“If this fails, we both live in my flat,” Corinne said.',
    '“It is going to work,” her sister said.',
  ].join('\n\n')

  it('credits “her sister said” to the sister bound before', () => {
    expect(find(quotesOf(text), 'going to work')?.speaker).toBe('Odile Vasseur')
  })

  it('leaves it unresolved when no sister is named, rather than naming the possessor', () => {
    const unnamed = text.replace('Her sister Odile Vasseur, 31, handles', 'Her sister handles')
    expect(find(quotesOf(unnamed), 'going to work')?.speaker).toBeNull()
  })
})

describe('a quoted paragraph that opens a feature before its speaker is introduced', () => {
  it('belongs to the person the next paragraph opens with', () => {
    const text = [
      'Ranchers brace for a dry summer',
      'The creek past Wilma Brantley’s ranch was a trickle by June. By August it was gone.',
      '“I have never hauled water to cattle in July. Last year I did it for eleven weeks.”',
      'Brantley runs 300 head of cattle west of Dunmore.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'never hauled water')?.speaker).toBe('Wilma Brantley')
  })
})

describe('“the company” when the only organisation named is an association', () => {
  it('does not credit the company’s statement to the tenants’ association', () => {
    const text = [
      'The Larkmere Tenants Association filed the complaint last spring.',
      '“We respectfully disagree with the ruling,” the company said in a statement.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'respectfully disagree')?.speaker).toBeNull()
  })
})

describe('a person described by their place in an organisation', () => {
  it('never gives “a former guard at X”, “an employee of X”, “an official in X” to X', () => {
    const text = [
      'Ferry crews walked off the job in Marrow Bay on Friday.',
      'A former guard at the Marrow Bay Ferry Company told reporters that crews had been warned for months.',
      'A longtime employee of the Marrow Bay Ferry Company said morale had never been lower.',
      'A senior official in the Tollard Harbour Authority said the province had concerns about the strike.',
      'The head of the Tollard Harbour Authority says the wharf repairs will end by summer.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    for (const start of ['that crews had', 'morale had', 'the province had', 'the wharf repairs']) {
      const quote = find(quotes, start)
      expect(quote, start).toBeDefined()
      expect(quote?.speaker ?? null, start).toBeNull()
    }
    expect(find(quotes, 'the province had')?.speakerMention).toBe(
      'a senior official in Tollard Harbour Authority'
    )
  })

  it('reads “a longtime deckhand with X” as the person too', () => {
    const text = [
      'Ferry crews walked off the job in Marrow Bay on Friday.',
      'A longtime deckhand with the Marrow Bay Ferry Company said morale had never been lower.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'morale had')).toMatchObject({
      speaker: null,
      speakerMention: 'a longtime deckhand with Marrow Bay Ferry Company',
    })
  })
})

describe('the agency in a wire dateline', () => {
  it('never gives “the utility said” to the agency that filed the story', () => {
    const text = [
      'Storm cuts power across the coast',
      'TOLLARD, N.S. (Harbour Press) — A storm knocked out power to 80,000 homes on Sunday.',
      'Some customers could be without electricity until Wednesday, the utility said.',
    ].join('\n\n')
    const quote = quotesOf(text).find((q) => q.text.includes('without electricity'))
    expect(quote).toBeDefined()
    expect(quote?.speaker ?? null).toBeNull()
  })
})

describe('a sentence opened by a role bound to a person', () => {
  it('gives “she” after “The judge disagreed.” to the judge, not to the last woman named', () => {
    const text = [
      'Judge Marit Okonkwo-Hale denied bail to the accused, Desmond Varro, on Friday.',
      'Crown prosecutor Leona Vasquez told the court that the money had been traced to three countries.',
      'Defence lawyer Graham Ostrow argued his client had surrendered his passport.',
      'The judge disagreed. She noted that Varro had bought a one-way ticket two days before his arrest.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'that Varro had bought')?.speaker).toBe('Marit Okonkwo-Hale')
  })
})

describe('an unnamed speaker takes the floor', () => {
  const lead = [
    'Mayor Dana Whitcombe said the council backed the ferry schedule.',
    'A longtime deckhand with the ferry line, who asked not to be named because she feared losing her job, said morale had never been lower.',
  ]
  it('gives “she said” right after the unnamed speaker to no one named before', () => {
    const text = [...lead, '“We are all exhausted,” she said.'].join('\n\n')
    const quote = find(quotesOf(text), 'We are all exhausted')
    expect(quote).toBeDefined()
    expect(quote?.speaker ?? null).toBeNull()
  })

  it('lets a quoted paragraph after the unnamed speaker continue no one named before', () => {
    const text = [...lead, '“We are all exhausted. Nobody has had a day off since June.”'].join(
      '\n\n'
    )
    const quote = find(quotesOf(text), 'We are all exhausted')
    expect(quote).toBeDefined()
    expect(quote?.speaker ?? null).toBeNull()
  })
})

describe('an indefinite description after someone holding that role was named', () => {
  it('brings in someone new: “A former ministry engineer … said” is not the engineer named before', () => {
    const text = [
      '“It was urgent,” said Priya Mbekwe, a structural engineer who reviewed the documents.',
      'A former ministry engineer, who spoke on condition of anonymity, said staff had raised the issue repeatedly.',
      '“We sent memo after memo,” he said.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'raised the issue')?.speaker).toBeNull()
    expect(find(quotes, 'memo after memo')?.speaker).toBeNull()
  })
})

describe('a role noun whose holder is named only further down', () => {
  it('credits “its chief executive insisted …” to the officer named two paragraphs later', () => {
    const text = [
      'Brackwater Foods Ltd. reported record profit on Wednesday, and its chief executive insisted the chain is not to blame for higher prices.',
      'Profit rose 12 per cent, the company said.',
      'Chief executive Marit Solheim told analysts that suppliers had raised costs.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'not to blame')).toMatchObject({
      speaker: 'Marit Solheim',
      speakerMention: 'its chief executive',
    })
  })

  it('credits a lede’s “the mayor said” to the mayor named two paragraphs later', () => {
    const text = [
      'Kettle Falls will appeal the ruling on its harbour bylaw, the mayor said Tuesday.',
      'The town lost its case before a judge last week.',
      '“We think the ruling is wrong,” Mayor Idris Lundqvist said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'will appeal')).toMatchObject({ speaker: 'Idris Lundqvist' })
  })

  it('does not make the deputy mayor named later the mayor of the lede', () => {
    const text = [
      'Kettle Falls will appeal the ruling on its harbour bylaw, the mayor said Tuesday.',
      'The town lost its case before a judge last week.',
      '“We think the ruling is wrong,” Deputy Mayor Idris Lundqvist said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'will appeal')?.speaker ?? null).toBeNull()
  })
})

describe('a title in a story’s lede, named only in the next paragraph', () => {
  it('credits “Westmark’s premier says …” to the person the next paragraph opens with', () => {
    const text = [
      'PORT ARDEN — Westmark’s premier says the province will hire 300 more nurses over the next two years.',
      'Tova Lindqvist told reporters Thursday that the plan will cost about $90 million.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'hire 300')).toMatchObject({
      speaker: 'Tova Lindqvist',
      speakerMention: 'Westmark’s premier',
    })
  })

  it('leaves a spokesperson in the lede to the rule for those who speak for others', () => {
    const text = [
      'PORT ARDEN — The premier’s spokesperson says the province will hire 300 more nurses.',
      'Tova Lindqvist told reporters Thursday that the plan will cost about $90 million.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'hire 300')?.speaker ?? null).not.toBe('Tova Lindqvist')
  })
})

describe('a body brought in by description only', () => {
  it('does not give “The board said” to the company named before “the library board”', () => {
    const text = [
      'Westmark Developments said it was disappointed that the city dropped the sale. The company had planned a 30-storey tower.',
      'The library board will now look at renovating the branch, which was built in 1962.',
      'The board said a renovation plan would be ready by the fall.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'renovation plan')?.speaker ?? null).toBeNull()
  })

  it('still gives “the board said” to a named board', () => {
    const text = [
      'The Westmark Library Board will now look at renovating the branch.',
      'The board said a renovation plan would be ready by the fall.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'renovation plan')).toMatchObject({
      speaker: 'Westmark Library Board',
    })
  })
})

describe('a judge titled “Justice”', () => {
  it('binds “the judge” to the one titled “Justice Ann Roe” earlier', () => {
    const text = [
      'A Tollard man was jailed for four years on Friday for setting fire to a boatshed.',
      'Justice Marguerite Halloran said the accused had put the whole marina at risk.',
      '“It was luck, and nothing else, that nobody died,” the judge said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'It was luck')?.speaker).toBe('Marguerite Halloran')
  })
})

describe('a role that two people of the story hold', () => {
  it('binds “the coach” to the coach who is the subject of the last paragraph, not the last named', () => {
    const text = [
      'The Tollard Otters beat the Gull Harbour Kestrels 3-2 on Friday.',
      '“We were lucky,” Otters coach Evander Mossop said.',
      'Kestrels coach Rosalind Achterberg agreed. “We played well enough to win,” she said.',
      'Mossop said his captain would miss two weeks with a knee injury.',
      '“He is a big loss,” the coach said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'He is a big loss')?.speaker).toBe('Evander Mossop')
  })
})

describe('a player described by where they come from', () => {
  it('resolves “the Swede”, “the Winnipeg native” and “the Calgary-born” like a role', () => {
    const text = [
      'Otters edge Kestrels in double overtime',
      'Evert Lindgren had waited six years for a playoff goal. He got two on Thursday.',
      '“I have dreamed about that since I was a kid,” the Swede said.',
      'Rookie defenceman Tobias Okonkwo set up the winner with a long pass.',
      '“I just saw him open and put it on his stick,” said the Winnipeg native, who turned 20 last week.',
      '“I need sleep,” the Calgary-born added.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'I have dreamed')).toMatchObject({
      speaker: 'Evert Lindgren',
      speakerMention: 'the Swede',
    })
    expect(find(quotes, 'I just saw him')?.speaker).toBe('Tobias Okonkwo')
    expect(find(quotes, 'I need sleep')?.speaker).toBe('Tobias Okonkwo')
  })
})

describe('a magistrate named with the title', () => {
  it('binds “the magistrate” to “Magistrate Ann Roe” named before', () => {
    const text = [
      'A Gull Harbour man was fined $5,000 after his dog bit a jogger.',
      'Magistrate Rosalind Achterberg said the owner had ignored two warnings.',
      '“This was entirely preventable,” the magistrate said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'entirely preventable')?.speaker).toBe('Rosalind Achterberg')
  })
})

describe('a relative described, not named', () => {
  const story = (credit: string) =>
    [
      'Rescue crews pulled 14 people from the water on Tuesday, said Fire Chief Doran Weekes.',
      'At the Marrowby hall, the family of a missing fisherman waited for news.',
      `“He is still out there, he is still out there,” ${credit} as his mother wept.`,
    ].join('\n\n')

  it('never credits “the father said” to the last person named', () => {
    const quote = find(quotesOf(story('the father said into his phone')), 'still out there')
    expect(quote).toMatchObject({ speaker: null, speakerMention: 'the father' })
  })

  it('reads “repeated” as the credit’s verb, so the quote is not the chief’s', () => {
    const quote = find(quotesOf(story('the father repeated')), 'still out there')
    expect(quote).toMatchObject({ speaker: null, speakerMention: 'the father' })
  })

  it('still credits a relative bound by apposition (“Ilse Roe, the boy’s mother,”)', () => {
    const text = [
      'Ilse Marrin, the missing fisherman’s mother, waited at the hall all night.',
      '“We will not leave until he is home,” the mother said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'not leave')).toMatchObject({ speaker: 'Ilse Marrin' })
  })
})

describe('an indefinite report', () => {
  it('does not credit “According to a staff report, …” to the group that spoke before', () => {
    const text = [
      'The Marrowby Transit Riders Union welcomed the fare freeze in a statement.',
      'According to a staff report, ridership has recovered to 92 per cent of its 2019 level.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'ridership')).toMatchObject({ speaker: null })
  })

  it('still gives “A statement said …” to the organisation that just spoke', () => {
    const text = [
      'The Marrowby Harbour Trust said on Monday that its director had been detained.',
      'A statement said the trust would keep its clinics open.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'clinics open')).toMatchObject({
      speaker: 'Marrowby Harbour Trust',
    })
  })
})

describe('a player word before the position', () => {
  const story = (lead: string) =>
    [
      `${lead} scored 31 points and the Port Henlow Lakers beat the Dunmere Comets 104-101.`,
      '“It’s on me,” Comets coach Ilkka Marten said. “I have to find a way to close games.”',
      '“Every win matters now,” the rookie said.',
    ].join('\n\n')

  it('binds “the rookie” to “Rookie forward Malik Osei”', () => {
    const quote = find(quotesOf(story('Rookie forward Malik Osei')), 'Every win')
    expect(quote).toMatchObject({ speaker: 'Malik Osei' })
  })

  it('binds “the rookie” to “Malik Osei, a rookie forward,”', () => {
    const quote = find(quotesOf(story('Malik Osei, a rookie forward,')), 'Every win')
    expect(quote).toMatchObject({ speaker: 'Malik Osei' })
  })
})

describe('qprobe4 a spokesperson for another organisation', () => {
  it('does not give “A spokesperson for the Ministry of X” to the spokesperson of another body', () => {
    const text = [
      'Harrowgate Water Board spokesperson Ilona Mertz said the pipes were safe.',
      'A spokesperson for the Ministry of Fisheries said the province would review the permits.',
    ].join('\n\n')
    const quote = find(quotesOf(text), 'review the permits')
    expect(quote?.speaker).not.toBe('Ilona Mertz')
    expect(quote?.speaker).toBe('Ministry of Fisheries')
  })

  it('still gives it to the spokesperson named for that organisation', () => {
    const text = [
      'Ilona Mertz, a spokesperson for the Ministry of Fisheries, met the anglers on Monday.',
      'A spokesperson for the Ministry of Fisheries said the province would review the permits.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'review the permits')?.speaker).toBe('Ilona Mertz')
  })
})

describe('qprobe4 a body described by its members', () => {
  it('does not give “The tenants’ association says” to the company the story is about', () => {
    const text = [
      'The owner, Kellerman Holdings, was fined $25,000 for ignoring repair orders.',
      'Kellerman Holdings said it had hired a new contractor.',
      'The tenants’ association says it will keep pushing for a rent reduction.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'rent reduction')?.speaker ?? null).toBeNull()
  })

  it('still gives “the association said” to the association the story named', () => {
    const text = [
      'The Birchwood Tenants Association met on Monday.',
      'The association said it will keep pushing for a rent reduction.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'rent reduction')?.speaker).toBe('Birchwood Tenants Association')
  })
})

describe('qprobe4 “their union” named in the next paragraph', () => {
  it('gives “…, their union said Friday.” to the union the next paragraph names', () => {
    const text = [
      'Porters at Quellen station have voted 94 per cent for a strike, their union said Friday.',
      'The Quellen Porters’ Federation said the vote does not mean a strike is certain.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'voted 94 per cent')?.speaker).toBe('Quellen Porters’ Federation')
  })

  it('leaves it unresolved when no union is named after it', () => {
    const text = [
      'Porters at Quellen station have voted for a strike, their union said Friday.',
      'Harbour Rail said the vote was disappointing.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'voted for a strike')?.speaker ?? null).toBeNull()
  })
})

describe('qprobe4 a relative of someone the story does not name', () => {
  it('gives “The man’s brother … said” and a later “the brother said” to nobody', () => {
    const text = [
      'Lt. Heather Boyd, a spokesperson for the rescue centre, said the search was over.',
      'The man’s brother, who asked not to be named, said the family would keep looking.',
      '“He’s out there somewhere,” the brother said.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'keep looking')?.speaker ?? null).toBeNull()
    expect(find(quotes, 'out there somewhere')?.speaker ?? null).toBeNull()
  })
})

describe('qprobe4 a company’s short form opening a sentence', () => {
  it('reads “Lakeshore, founded in 1952, has struggled. The company said …” as Lakeshore Markets', () => {
    const text = [
      'Fairway Foods has agreed to buy rival grocer Lakeshore Markets, the two said Monday.',
      'Fairway chief executive Omar Haddad said the deal would add 400 stores.',
      'Lakeshore, founded in 1952 by the Brennan family, has struggled with falling sales. The company said it had explored other options before agreeing to the sale.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'explored other options')?.speaker).toBe('Lakeshore Markets')
  })
})

describe('qprobe4 organisations in the plural', () => {
  it('gives “…, the companies said Monday.” to neither company', () => {
    const text =
      'Fairway Foods has agreed to buy rival grocer Lakeshore Markets for $1.2 billion, the companies said Monday.'
    expect(find(quotesOf(text), 'agreed to buy')?.speaker ?? null).toBeNull()
  })
})

describe('qprobe4 “the health authority” as a second name', () => {
  it('gives “The health authority said” to the health agency the story opened with', () => {
    const text = [
      'Northfield Health is warning parents after a case of measles at Brindle Elementary School.',
      'The health authority said in a statement Friday that anyone at the school should check their records.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'check their records')?.speaker).toBe('Northfield Health')
  })
})

describe('an organisation noun of another kind', () => {
  it('does not give “The regional district said” to the fire centre named before', () => {
    const text = [
      'The Lowmere Fire Centre said the blaze had grown to 1,200 hectares by late afternoon.',
      'The regional district said an evacuation alert remained in effect for 150 properties.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'evacuation alert')).toMatchObject({ speaker: null })
    expect(find(quotesOf(text), 'blaze had grown')).toMatchObject({
      speaker: 'Lowmere Fire Centre',
    })
  })
})

describe('“the department”, “the agency” for a national body', () => {
  it('gives them to the nearest body named by its field and country', () => {
    const text = [
      'Tessmark Revenue Agency said it would extend the filing deadline.',
      'Statistics Canada said the jobless rate rose to 6.1 per cent. The federal agency said most of the losses were in construction.',
      'Transport Canada is reviewing the derailment. In a statement, the department said it had sent two inspectors to the site.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'losses were in construction')?.speaker).toBe('Statistics Canada')
    expect(find(quotes, 'two inspectors')?.speaker).toBe('Transport Canada')
  })
})

describe('a business by its trade, after an analyst of another firm', () => {
  it('gives “The grocer also said” to the company of the story, not the analyst or the analyst’s firm', () => {
    const text = [
      'Lowmere Foods Inc. reported a 22 per cent rise in quarterly profit on Wednesday.',
      'Analyst Derek Huang of Tidewater Securities said in a note to clients that the results were strong.',
      'Shares of Lowmere Foods rose 4.1 per cent.',
      'The grocer also said it would open 30 discount stores next year.',
    ].join('\n\n')
    expect(find(quotesOf(text), '30 discount stores')?.speaker).toBe('Lowmere Foods Inc')
  })
})
describe('qprobe5 a relative introduced mid-sentence', () => {
  it('binds “X and his younger brother, Y,” so “his brother asks” is Y', () => {
    const text = [
      'Two brothers and a pipeline',
      'Osgood Pemberley and his younger brother, Ambrose Pemberley, have farmed the coulee for 40 years.',
      '“It pays for the new combine,” Osgood says.',
      '“And you believe them?” his brother asks.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'And you believe')?.speaker).toBe('Ambrose Pemberley')
  })
})
describe('qprobe6 a local government named as a place', () => {
  it('gives “the district said” to the regional district, not the agency quoted before', () => {
    const text = [
      'Wildfire news',
      'The Provincial Wildfire Service said the fire near Tamarack Flats had grown to 900 hectares.',
      'The Orrin Valley Regional District issued an evacuation order just after noon.',
      '“If you are under an order, leave now,” the district said in a post on X.',
      'Tamarack Flats sits in Dunmore County. The county said its shelter would stay open.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'leave now')?.speaker).toBe('Orrin Valley Regional District')
    expect(find(quotes, 'shelter')?.speaker).toBe('Dunmore County')
  })

  it('gives “the municipality said” to nobody when no such body is named', () => {
    const text = [
      'Transit news',
      'Harbour Transit said buses would run late on Monday.',
      'The municipality said the shelter on Quay Street would stay open overnight.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'shelter')?.speaker).toBeNull()
  })
})

describe('qprobe6 a police force by its initials', () => {
  it('gives “police said” and “Mounties say” to the force the story names by initials', () => {
    const text = [
      'Highway news',
      'A crash closed Highway 9 near Quarry Bend on Monday, RCMP said.',
      'Police said a pickup truck crossed the centre line near Tamarack Flats.',
      'Mounties say the highway will reopen Tuesday.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'pickup')?.speaker).toBe('RCMP')
    expect(find(quotes, 'reopen')?.speaker).toBe('RCMP')
  })

  it('leaves “police said” to nobody when no force is named', () => {
    const text = [
      'Highway news',
      'A crash closed Highway 9 near Quarry Bend on Monday.',
      'Police said a pickup truck crossed the centre line near Tamarack Flats.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'pickup')?.speaker).toBeNull()
  })
})

describe('an office written in capitals after “the”', () => {
  it('gives “The Auditor General said” to the holder named before, not to an organisation', () => {
    const text = [
      'Auditor General Karen Holt released her annual report on Tuesday. The Auditor General said the housing program had failed to track its spending.',
      'The auditor general also said three ministries had missed deadlines.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'failed to track')?.speaker).toBe('Karen Holt')
    expect(find(quotes, 'missed deadlines')?.speaker).toBe('Karen Holt')
  })
})

describe('an office in capitals set before a name in apposition', () => {
  it('gives “The Chief Justice, Maria Lento, wrote” and a later “The Chief Justice said” to her', () => {
    const text =
      'The Chief Justice, Maria Lento, wrote that the law was clear. The Chief Justice said the case would be heard in May.'
    const quotes = quotesOf(text)
    expect(find(quotes, 'law was clear')?.speaker).toBe('Maria Lento')
    expect(find(quotes, 'heard in May')?.speaker).toBe('Maria Lento')
  })
})

describe('an organisation by the last words of its name', () => {
  it('gives “The First Nation said” to the First Nation the story named in full', () => {
    const text = [
      'The Kettle River First Nation declared a state of emergency on Friday after its water plant failed.',
      'The First Nation said in a news release that bottled water was being flown in.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'bottled water')?.speaker).toBe('Kettle River First Nation')
  })
})

describe('the office of a role', () => {
  it('gives “the mayor’s office said” to the mayor named before', () => {
    const text = [
      'Mayor Ann Roe and council met at city hall on Monday.',
      'In a statement, the mayor’s office said the city would appeal the ruling.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'would appeal')?.speaker).toBe('Ann Roe')
  })
})
describe('qprobe6 “the president of the society” after a minister spoke', () => {
  it('is not the minister, and is the president the next paragraph names', () => {
    const text = [
      'Health news',
      'The emergency room in Quarry Bend will close overnight from Friday.',
      'Health Minister Ysolde Marchbank said the province is recruiting more doctors.',
      '“We have hired 40 physicians this year,” Marchbank said during question period.',
      'But the president of the medical society said the problem runs deeper.',
      '“Doctors are burning out,” said Dr. Caspian Oyelowo, president of the Tarrow Medical Society.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'problem runs deeper')?.speaker).toBe('Caspian Oyelowo')
  })

  it('leaves the description to nobody when no one holds the title', () => {
    const text = [
      'Health news',
      'The emergency room in Quarry Bend will close overnight from Friday.',
      'Health Minister Ysolde Marchbank said the province is recruiting more doctors.',
      '“We have hired 40 physicians this year,” Marchbank said during question period.',
      'But the head of the medical society said the problem runs deeper.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'problem runs deeper')?.speaker).toBeNull()
  })
})

describe('qprobe6 an agency described again after it spoke', () => {
  it('gives “the agency said” to the agency that spoke before “The weather agency issued …”', () => {
    const text = [
      'Weather news',
      'Up to 40 centimetres of snow will fall on Quarry Bend by Wednesday, Tarrow Weather Service says.',
      'The weather agency issued a snowfall warning Monday afternoon for three counties.',
      '“Travel will be hazardous,” the agency said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'hazardous')?.speaker).toBe('Tarrow Weather Service')
  })
})

describe('qprobe6 “the watchdog said” after a team or commission', () => {
  it('gives the function noun to the organisation named before, whatever its kind', () => {
    const text = [
      'Custody news',
      'A man died in police custody in Quarry Bend on Sunday.',
      'The Tarrow Incident Response Team said Monday that the man was arrested late Saturday.',
      'He was found unresponsive in his cell five hours later, the watchdog said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'unresponsive')?.speaker).toBe('Tarrow Incident Response Team')
  })
})

describe('an age as the only description', () => {
  it('gives “The 31-year-old said” to the story’s main person, not to whoever spoke last', () => {
    const text = [
      'The Lowmere Otters signed goaltender Mikko Rantanen to a one-year contract on Tuesday.',
      'Rantanen’s agent, Sheila Brandt, said her client had offers from three other teams.',
      'General manager Luc Pelletier called Rantanen “a steadying presence” in the dressing room.',
      '“We think he can push for the starting job,” Pelletier said.',
      'The 31-year-old said he was excited to join the team.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'excited to join')?.speaker).toBe('Mikko Rantanen')
  })
})
