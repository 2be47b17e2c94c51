/**
 * @module General coreference rules for attribution on invented copy: subjects separated from
 * their reporting verb by a relative clause, names written with a title, descriptions built on an
 * organisation's name, player positions, topic openers. Every name, place and statement is made up.
 */
import { describe, expect, it } from 'vitest'
import { extractEntities, extractQuotes, type Quote } from '../../src/extract/index'

function quotesOf(text: string): Quote[] {
  return extractQuotes(text, extractEntities(text))
}
const find = (quotes: Quote[], start: string) => quotes.find((q) => q.text.includes(start))

describe('a relative clause between the subject and the reporting verb', () => {
  it('credits “X, who …, …, said” to X, not to a noun inside the clause', () => {
    const text = [
      'Tilde Marrasch, who grew up near the old cannery, rowed for the harbour club and left ' +
        'in 2015, said the docks “were the heart of the town.”',
    ].join('\n\n')
    expect(find(quotesOf(text), 'heart of the town')).toMatchObject({ speaker: 'Tilde Marrasch' })
  })

  it('credits the reported speech of “X, whose …, said” to X', () => {
    const text =
      'Orrin Vaskel, whose bakery on the wharf closed in March after two floods, a fire and a ' +
      'strike, said the rents had tripled in three years.'
    expect(find(quotesOf(text), 'rents had tripled')).toMatchObject({ speaker: 'Orrin Vaskel' })
  })
})

describe('a name written with a title in front', () => {
  it('links “Deputy Minister of Ports Ann Roe said …” to the person, not to nobody', () => {
    const text =
      'Deputy Minister of Ports Ann Roe praised the plan on Monday and said the dispute would ' +
      'not last long.'
    const quote = find(quotesOf(text), 'dispute would not last')
    // The entity recogniser may keep a title word in the name; the speaker is the person.
    expect(quote?.speaker).toMatch(/\bAnn Roe$/)
    expect(quote?.speakerEntity?.type).toBe('person')
  })
})

describe('a person described by the organisation they serve', () => {
  const vote =
    'The Marrow Bay Harbour Board voted on Monday to raise the mooring fees. In a letter to ' +
    'members, the Harbour Board commissioner said the fees had not changed since 2009.'

  it('does not credit “the Harbour Board commissioner said” to the board', () => {
    const quote = find(quotesOf(vote), 'fees had not changed')
    expect(quote?.speakerMention).toBe('Harbour Board commissioner')
    expect(quote?.speaker).toBeNull()
  })

  it('credits it to the commissioner named before', () => {
    const text = `Harbour Board commissioner Tova Brennick took office in May. ${vote}`
    expect(find(quotesOf(text), 'fees had not changed')?.speaker).toBe('Tova Brennick')
  })
})

describe('player positions are roles', () => {
  it('binds “Otters centre Sam Lee” so that “the 24-year-old centre said” is Sam Lee', () => {
    const text =
      'Otters centre Sam Lee scored twice and goalie Ben Kowal made 30 saves as the Otters ' +
      'beat the Gulls 4-1 on Friday. The 24-year-old centre said the power play had finally ' +
      'clicked.'
    expect(find(quotesOf(text), 'power play')).toMatchObject({
      speaker: 'Sam Lee',
      speakerMention: 'The 24-year-old centre',
    })
  })
})

describe('a fronted topic', () => {
  it('makes “For X, …” the antecedent of the next “she said”', () => {
    const text = [
      'Nadia Orsk runs the shelter on Quay Street.',
      'For Tilde Marrasch, Friday is the day she has waited for. Her brother was on the ferry.',
      '“I just want to hear the verdict,” she said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'hear the verdict')?.speaker).toBe('Tilde Marrasch')
  })
})

describe('a pronoun after two people, one of unknown gender', () => {
  it('gives “she” to the subject known to be a woman before a nearer one nothing tells about', () => {
    const text =
      'Marta Kessling chairs the Harbour Board in Lowmere. Tomas Ferrow runs a bakery on the pier.\n\n' +
      '“We will rebuild,” she said.'
    expect(find(quotesOf(text), 'We will rebuild')?.speaker).toBe('Marta Kessling')
  })
})

describe('a name opening the sentence of a pronoun credit', () => {
  it('is not the antecedent of “…, he said, …”', () => {
    const text = [
      'Dov Marrick was on the fourth floor when the shooting began.',
      '"They fired at our doors and moved on," Marrick said.',
      'Orrin Vaskel also works in the building. Marrick and two colleagues hid under desks, he ' +
        'said, but one guard ran to the roof.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'hid under desks')?.speaker).toBe('Orrin Vaskel')
    expect(find(quotes, 'one guard ran')?.speaker).toBe('Orrin Vaskel')
  })
})

describe('the subject of a passive naming verb', () => {
  it('is described, not speaking: “He was also described as “…”” has no speaker', () => {
    const text = [
      'Judge Mara Tolle sentenced Orrin Vaskel to six years on Friday.',
      'He was also described as “a danger to the whole harbour.”',
    ].join('\n\n')
    const quote = find(quotesOf(text), 'danger to the whole harbour')
    expect(quote?.speaker).toBeNull()
  })

  it('keeps the subject as speaker of “…, which was described as “…””', () => {
    const text =
      'Orrin Vaskel has been outspoken about the arrest, which was described as “plain ' +
      'kidnapping” by his lawyers.'
    expect(find(quotesOf(text), 'plain kidnapping')?.speaker).not.toBeNull()
  })
})

describe('a reporting verb inside an adverbial clause of a statement', () => {
  it('credits “X said even though Y believes …, “…”” to X', () => {
    const text =
      'Mayor Tova Brennick said even though the Harbour Board believes the fees are fair, “no ' +
      'family on the wharf can pay twice what they paid last year.”'
    expect(find(quotesOf(text), 'no family on the wharf')?.speaker).toBe('Tova Brennick')
  })
})

describe('reported speech opened by a conjunction', () => {
  it('finds “And it said that …” and credits the organisation', () => {
    const text =
      'Coastline Energy cut power to 9,000 homes on Friday. And it said that while home ' +
      'generators can be useful, they can also be very dangerous.'
    expect(find(quotesOf(text), 'home generators')).toMatchObject({
      kind: 'indirect',
      speaker: 'Coastline Energy',
      speakerMention: 'it',
    })
  })
})

describe('the speaker mention as written', () => {
  it('drops a conjunction opening the sentence (“But Roe says …” → “Roe”)', () => {
    const text =
      'Ann Roe runs the local. But Roe says that’s not what the union is seeing on the wards.'
    expect(find(quotesOf(text), 'not what the union')).toMatchObject({
      speaker: 'Ann Roe',
      speakerMention: 'Roe',
    })
  })
})

describe('a pronoun after the subject of its own paragraph', () => {
  it('goes to that subject, though only an earlier paragraph’s person is known to agree', () => {
    const text = [
      'Ruth Banda runs the ferry line. The line was fined on Monday.',
      '“We will appeal nothing,” Banda said.',
      'Nell Varga works on the boats. “It is not good enough,” she said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'It is not good')?.speaker).toBe('Nell Varga')
  })
})

describe("a possessive after a preposition is no cue to the subject's gender", () => {
  it('keeps “she” with the mayor after “the mayor disagreed with his account”', () => {
    const text = [
      'Mayor Grace Lindqvist said the bridge was needed. Mayor Tomas Birk said his council had paid.',
      'Lindqvist disagreed with his account of the funding.',
      '“That money was promised three years ago,” she said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'That money')?.speaker).toBe('Grace Lindqvist')
  })
})

describe('a surname that is also a title word', () => {
  it('reads “Major said” as the person named in full before, not as a rank', () => {
    const text = [
      'Tomas Major was driving the van with his nephew, Lukas Major, 6, when it left the road.',
      'Major said he had taken the coast road about ten times before the crash.',
    ].join('\n\n')
    const quote = extractQuotes(text, extractEntities(text)).find((q) =>
      q.text.includes('coast road')
    )
    expect(quote).toMatchObject({ speakerMention: 'Major', speaker: 'Tomas Major' })
  })
})

describe('a known name inside a longer mention', () => {
  it('resolves “Gov. X of Place” to X', () => {
    const text = [
      'Gov. Edda Varnholt signed the ferry bill on Monday.',
      'In January, Gov. Edda Varnholt of West Marrow praised the pilots for their “steady hands.”',
    ].join('\n\n')
    const quote = extractQuotes(text, extractEntities(text)).find((q) =>
      q.text.includes('steady hands')
    )
    expect(quote?.speaker).toBe('Edda Varnholt')
  })

  it('resolves “According to talk radio host X, …” to X', () => {
    const text = [
      'Orrin Vaskel has hosted the morning show for a decade.',
      'According to talk radio host Orrin Vaskel, the ferry plan reeks of panic and haste.',
    ].join('\n\n')
    const quote = extractQuotes(text, extractEntities(text)).find((q) =>
      q.text.includes('reeks of panic')
    )
    expect(quote).toMatchObject({
      speaker: 'Orrin Vaskel',
      speakerMention: 'talk radio host Orrin Vaskel',
    })
  })

  it('does not take the complement of a role for the speaker (“the lawyer for X”)', () => {
    const text = [
      'Orrin Vaskel was charged in March.',
      'According to the lawyer for Orrin Vaskel, the charges will be dropped within a month.',
    ].join('\n\n')
    const quote = extractQuotes(text, extractEntities(text)).find((q) =>
      q.text.includes('charges will be dropped')
    )
    expect(quote?.speaker).not.toBe('Orrin Vaskel')
  })
})

describe('a name set against the subject', () => {
  it('is no antecedent for the pronoun after it (“Unlike Roe, he …”)', () => {
    const filler = Array.from(
      { length: 5 },
      (_, i) => `Fees for the test rose by ${i + 5} per cent in the year to March.`
    )
    const text = [
      'Tomas Varga passed his language test in May and found work at the boatyard.',
      ...filler,
      'In Marrow Bay, Ilari Brekke, 49, and Maria Solberg, 39, are eager to apply, but the fees ' +
        'are high.',
      'Unlike Varga, he has been unable to find work. He is still learning the language.',
      '“When you have a family to look after, my study comes afterwards,” he said.',
    ].join('\n\n')
    const quote = extractQuotes(text, extractEntities(text)).find((q) =>
      q.text.includes('my study comes')
    )
    expect(quote?.speaker).toBe('Ilari Brekke')
  })
})

describe('a surname that is also an interjection', () => {
  it('credits “actor Oh said …” to the person named Oh, and takes no interjection for a name', () => {
    const text = [
      'Dana Oh hosted the harbour gala on Sunday.',
      'Marrow actor Oh said the pairing worked because they were “the last two people in town ' +
        'without a scandal.”',
      'Oh well. The gala ran late.',
    ].join('\n\n')
    const entities = extractEntities(text)
    expect(entities.people.map((p) => p.name)).toEqual(['Dana Oh'])
    const quote = extractQuotes(text, entities).find((q) => q.text.includes('without a scandal'))
    expect(quote?.speaker).toBe('Dana Oh')
  })
})

describe('a name with a reflexive (“Dunn himself said”)', () => {
  it('is the person of that name the reflexive fits, and stays the antecedent', () => {
    const text = [
      'Captain Elias Dunn fished the bay for seven decades. He was 91.',
      'His daughter, Ruth Dunn, said he went out on the water until he was 85.',
      'Harbour master Tom Okafor wrote on Facebook that Dunn had taught the town to fish.',
      'In a 2020 interview, Dunn himself said he had no plans to retire.',
      '“What would I do, sit on a bench?” he told the paper at the time.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'no plans to retire')?.speaker).toBe('Elias Dunn')
    expect(find(quotes, 'sit on a bench')?.speaker).toBe('Elias Dunn')
    expect(text.slice(find(quotes, 'taught the town')!.content.start)).toMatch(/^that Dunn/)
  })
})

describe('a subject after an opening phrase, with an auxiliary or a negated verb', () => {
  it('makes “Back on the pier, Roe isn’t hopeful.” the antecedent of the next “he said”', () => {
    const text = [
      '“We were forty boats once,” Brann Tulloch said.',
      'A scientist at the institute, Dr. Kit Marwood, said the stock had fallen for three years.',
      'Back on the pier, Tulloch isn’t hopeful.',
      '“They will study it until nobody is left,” he said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'They will study')).toMatchObject({ speaker: 'Brann Tulloch' })
  })
})

describe('an opening phrase before a description and the name in apposition', () => {
  it('credits “Outside the hall, the driver’s sister, Ana Roe, said …” to Ana Roe', () => {
    const text = [
      'Lawyer Piet Hammar asked for a lighter sentence.',
      'Outside the hall, the driver’s sister, Ana Roe, said the sentence was far too short.',
      '“It is not justice,” she said.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'far too short')).toMatchObject({ kind: 'indirect', speaker: 'Ana Roe' })
    expect(find(quotes, 'not justice')).toMatchObject({ speaker: 'Ana Roe' })
  })

  it('does not take the opening word for a speaker (“Later, his brother, Tomas Verhey, said …”)', () => {
    const text = 'Later, his brother, Tomas Verhey, said the ruling was wrong.'
    const entities = extractEntities(text)
    expect(find(extractQuotes(text, entities), 'ruling was wrong')?.speaker).toBe('Tomas Verhey')
    expect(entities.organizations.map((o) => o.name)).toEqual([])
  })
})

describe('an inverted credit with a description that opens with a number word', () => {
  it('credits “…,” said one of the two, Hollis Brandt, 67. to the name', () => {
    const text = [
      'Spokesperson Mira Okonkwo said the lines would be fixed by Friday.',
      'Firefighters pulled two people from a car on Route 6.',
      '“The water came up so fast,” said one of the two, Hollis Brandt, 67.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'came up so fast')).toMatchObject({
      speaker: 'Hollis Brandt',
      cue: 'said',
    })
  })
})

describe('an inverted credit naming an organisation’s officer', () => {
  it('credits “said Quarry Rail’s vice-president of development, Tom Abelard.” to the name', () => {
    const text =
      '“We understand the concerns,” said Quarry Rail’s vice-president of development, Tom Abelard.'
    expect(find(quotesOf(text), 'understand the concerns')?.speaker).toBe('Tom Abelard')
  })

  it('credits “said Quarry Rail’s chief executive.” to the officer named before, not the company', () => {
    const text = [
      'Quarry Rail chief executive Dana Pellow opened the hearing.',
      '“It is safe,” said Quarry Rail’s chief executive.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'It is safe')?.speaker).toBe('Dana Pellow')
  })
})

describe('a subject opened by “one” or “another”', () => {
  it('leaves “One user wrote that …” unresolved instead of continuing the last speaker', () => {
    const text = [
      '“Others will follow within months,” said analyst Hugo Tramell.',
      'Subscribers reacted with frustration. One user wrote that she would cancel “the minute my show ends.”',
    ].join('\n\n')
    expect(find(quotesOf(text), 'my show ends')).toMatchObject({
      speaker: null,
      speakerMention: 'One user',
    })
  })
})

describe('a person named with the organisation they belong to', () => {
  it('credits “Coach Pia Lindqvist of the Harbour Seals Swim Club said …” to the coach', () => {
    const text =
      'Coach Pia Lindqvist of the Harbour Seals Swim Club said her 120 swimmers would have to travel 40 minutes to train.'
    expect(find(quotesOf(text), '120 swimmers')?.speaker).toBe('Pia Lindqvist')
  })

  it('keeps an organisation named “The Bank of the … Company” as the speaker', () => {
    const text =
      'The Bank of the Harbour Islands Trust Company said its profit rose in the quarter.'
    expect(find(quotesOf(text), 'profit rose')?.speakerMention).toMatch(/Company$/)
  })
})

describe('a characterisation by a verb of memory', () => {
  it('credits “Her son, Ronan Carrow, remembered her as someone who “…”” to the son', () => {
    const text = [
      'Crossing guard remembered',
      'Hundreds lined the street to say goodbye to Evelyn Carrow, who died last week at 81.',
      'Her son, Ronan Carrow, remembered her as someone who “never met a stranger.”',
    ].join('\n\n')
    const quote = find(quotesOf(text), 'never met a stranger')
    expect(quote).toMatchObject({ kind: 'mixed', speaker: 'Ronan Carrow', cue: 'remembered' })
    expect(text.slice(quote!.content.start, quote!.content.end)).toMatch(/^her as someone/)
  })

  it('does not take “remembered “the smell of smoke”” without “as” for speech', () => {
    const text = 'Fire\n\nAnn Rowley remembered “the smell of smoke” most of all.'
    expect(find(quotesOf(text), 'smell of smoke')).toBeUndefined()
  })
})

describe('a person brought in as an example (“Residents like X, 68, were …”)', () => {
  it('is the antecedent of the next “she said”, not a woman named paragraphs before', () => {
    const text = [
      'The health minister, Dr. Rhona MacIsaac, attended the opening.',
      'The province said the clinic would join its booking system by spring.',
      'Residents like Marguerite Okonkwo-Reyes, 68, were among the first patients.',
      '“I have been without a family doctor since 2021,” she said.',
    ].join('\n\n')
    expect(find(quotesOf(text), 'without a family doctor')?.speaker).toBe(
      'Marguerite Okonkwo-Reyes'
    )
  })
})

describe('a bare surname two people of the story share', () => {
  it('is the one named in full before it, not a person of its own', () => {
    const text = [
      'The last blacksmith of Quarry Lane',
      'Ottoline Fairweather has been shoeing horses in Quarry Lane since 1987. Her forge sits behind a bakery.',
      '“Horses don’t lie to you. If the shoe is wrong, they tell you right away,” says Fairweather, wiping her hands on a leather apron.',
      'She learned the trade from her uncle, Cosmo Fairweather, who died in 2004. “He never once raised his voice,” she says.',
      'Her apprentice, Jonah Bekele, found the job on a bulletin board. “I thought it was a joke,” Bekele admits.',
      '“Nobody else would have taken him on,” Fairweather says of her apprentice.',
    ].join('\n\n')
    const quotes = extractQuotes(text, extractEntities(text))
    expect(quotes.find((q) => q.text.includes('Horses'))?.speaker).toBe('Ottoline Fairweather')
    expect(quotes.find((q) => q.text.includes('Nobody'))?.speaker).toBe('Ottoline Fairweather')
  })
})

describe('qprobe7 Sikh names', () => {
  it('reads “Kaur” and a middle “Singh” as the gender of a given name used for both', () => {
    const text = [
      'Two Brackenridge growers are suing the irrigation district.',
      'Gurjit Kaur Brar said the district ignored three letters. Harjit Singh Dhaliwal said the ' +
        'levy doubled in a year.',
      '“We asked politely and nobody answered,” she said.',
      '“Now a judge will decide,” he said.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'asked politely')?.speaker).toBe('Gurjit Kaur Brar')
    expect(find(quotes, 'judge will decide')?.speaker).toBe('Harjit Singh Dhaliwal')
  })
  it('reads the Vietnamese middle names “Thi” and “Van” as a woman’s and a man’s', () => {
    const text = [
      'Two owners of a Varnley noodle shop say a new bike lane is hurting business.',
      'Dao Thi Hanh and Vo Van Khoa opened the shop in 2015.',
      'Dao said the city never asked them. Vo said sales fell by a third after parking went.',
      '“We found out when the trucks came,” she said.',
      '“Nobody from city hall has been here,” he said.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'trucks came')?.speaker).toBe('Dao Thi Hanh')
    expect(find(quotes, 'city hall')?.speaker).toBe('Vo Van Khoa')
  })
  it('reads a Polish surname’s ending as its bearer’s gender (“Zawadzka”, “Nowicki”)', () => {
    const text = [
      'Two Hollin Falls pharmacists want longer hours for their clinic.',
      'Przemysław Nowicki and Bogumiła Zawadzka opened the clinic in 2020.',
      'Nowicki said patients wait weeks for a doctor. Zawadzka said the clinic could do more.',
      '“People come to us when they have nowhere else to go,” he said.',
      '“We can do more if the province lets us,” she said.',
    ].join('\n\n')
    const quotes = quotesOf(text)
    expect(find(quotes, 'nowhere else')?.speaker).toBe('Przemysław Nowicki')
    expect(find(quotes, 'province lets us')?.speaker).toBe('Bogumiła Zawadzka')
  })
})
