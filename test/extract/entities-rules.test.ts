import { describe, expect, it } from 'vitest'
import { extractEntities, extractQuotes } from '../../src/extract/index'
import { findTeams } from '../../src/extract/entity-teams'

const names = (list: { name: string }[]) => list.map((e) => e.name)

describe('teams in a match report', () => {
  const report =
    'Group B — Ghana 2 – 1 Peru\n\nGhana faced Peru at the Harbour Stadium in Lisbon. Peru levelled before the break, but the Ghanaians scored late.'

  it('types the countries beside a score as organisations, everywhere in the story', () => {
    const { organizations, places, mentions } = extractEntities(report)
    expect(names(organizations)).toEqual(expect.arrayContaining(['Ghana', 'Peru']))
    expect(names(places)).toContain('Lisbon')
    expect(names(places)).not.toContain('Ghana')
    expect(mentions.filter((m) => m.text === 'Peru').every((m) => m.type === 'organization')).toBe(
      true
    )
    expect(mentions.find((m) => m.text === 'Ghanaians')?.type).toBe('organization')
  })

  it('types a plural club name written after “the” in a game story as an organisation, with no score', () => {
    const { people, organizations } = extractEntities(
      'The Tarrow Hawks beat the Lakeview Otters in overtime on Saturday. Hawks coach Dan Ruskel ' +
        'praised his goaltender, Caleb Morrow. The Hawks host the Pinecrest Owls on Tuesday.'
    )
    expect(names(organizations)).toEqual(
      expect.arrayContaining(['Tarrow Hawks', 'Lakeview Otters', 'Pinecrest Owls'])
    )
    expect(names(people)).toEqual(expect.arrayContaining(['Dan Ruskel', 'Caleb Morrow']))
    expect(names(people)).not.toContain('Pinecrest Owls')
  })

  it('reads a place and a plural nickname as a club, also by its nickname, and keeps the city (named as the story writes it, not as its dateline)', () => {
    const text =
      'CALGARY — The Edmonton Oilers beat the Calgary Flames 4-3. Jo Arkwell scored for the ' +
      'Flames, and the Oilers host the Ottawa Grey Herons on Friday. Calgary residents cheered.'
    const { organizations, places, people } = extractEntities(text)
    expect(organizations.find((o) => o.name === 'Calgary Flames')?.aliases).toContain('Flames')
    expect(names(organizations)).toEqual(
      expect.arrayContaining(['Edmonton Oilers', 'Ottawa Grey Herons'])
    )
    expect(names(places)).toEqual(expect.arrayContaining(['Calgary', 'Edmonton', 'Ottawa']))
    expect(names(people)).toEqual(['Jo Arkwell'])
  })

  it('keeps countries as places when no score is given', () => {
    const { places } = extractEntities(
      'Ghana and Peru signed a trade pact in Lisbon on 12-14 May, officials in Ghana said.'
    )
    expect(names(places)).toEqual(expect.arrayContaining(['Ghana', 'Peru']))
  })

  it('reads scores, not years, times or dates', () => {
    expect([...findTeams('Sweden 1 – 0 Korea Republic, then Chile beat Oman 3-2.')]).toEqual([
      'sweden',
      'korea republic',
      'oman',
    ])
    expect(
      findTeams('From 2006-2009 and at 10:30-11:00 on 2024-05-01, Chile 12/3-4 Oman.').size
    ).toBe(0)
  })
})

describe('given names', () => {
  it('types a name with a common given name as a person and lets the surname stand for it', () => {
    const { people, mentions } = extractEntities(
      'Officials met on Monday. Lydia Varnhorst, who runs the depot, spoke first. Later Varnhorst left early.'
    )
    expect(people.find((p) => p.name === 'Lydia Varnhorst')?.aliases).toContain('Varnhorst')
    expect(mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual([
      'Lydia Varnhorst',
      'Varnhorst',
    ])
  })

  it('knows a given name written with its accents', () => {
    const { people } = extractEntities(
      'María José Ortal Vega joined the crew in 2019 and Inés Marcott left it.'
    )
    expect(names(people)).toEqual(expect.arrayContaining(['María José Ortal Vega', 'Inés Marcott']))
  })

  it('does not take months, the Moon or a Roman church for people', () => {
    const { people } = extractEntities(
      'In June the crew saw the Moon rise over the Roman baths, as Will did in Jan. 2020.'
    )
    expect(names(people)).toEqual([])
  })
})

describe('place gazetteer', () => {
  it('knows large cities, states and regions beyond the capitals', () => {
    const { places } = extractEntities(
      'The ferry left Gothenburg for Aarhus, while the storm moved from Saskatchewan towards Patagonia.'
    )
    expect(names(places)).toEqual(
      expect.arrayContaining(['Gothenburg', 'Aarhus', 'Saskatchewan', 'Patagonia'])
    )
  })

  it('reads a country that acts as its government, but not a city or a country inside a clause', () => {
    const { mentions } = extractEntities(
      'Norway said the talks would go on. Rotterdam has played a key role. Ports in the UK expected delays.'
    )
    const typeOf = (text: string) => mentions.find((m) => m.text === text)?.type
    expect(typeOf('Norway')).toBe('organization')
    expect(typeOf('Rotterdam')).toBe('place')
    expect(typeOf('UK')).toBe('place')
  })
})

describe('person cues', () => {
  it('takes a name described by an apposition for a person, and its surname after that, even when it is a city', () => {
    const { people, places } = extractEntities(
      'Marisha Lisbon, a retired nurse from Leeds, sued the council. Later Lisbon said she would appeal.'
    )
    expect(people.find((p) => p.name === 'Marisha Lisbon')?.mentions).toBe(2)
    expect(names(places)).toEqual(['Leeds'])
  })

  it('reads an age in apposition as a person cue', () => {
    const { people } = extractEntities('Orrin Talbeck, 19, was released on bail.')
    expect(names(people)).toEqual(['Orrin Talbeck'])
  })

  it('does not take an apposition about a thing for a person', () => {
    const { people } = extractEntities(
      'Shares in Quorvex, the software company, rose. Floods hit Varro, the town near the coast.'
    )
    expect(names(people)).toEqual([])
  })

  it('keeps what follows a title and "of" out of the person ("Co-founder of Quorvex")', () => {
    const { people, organizations } = extractEntities(
      'The Quorvex Foundation backed it. Co-founder of Quorvex, Ann Roe, met the staff at Quorvex twice, and Quorvex paid.'
    )
    expect(names(people)).toEqual(['Ann Roe'])
    expect(names(organizations)).toContain('Quorvex')
  })

  it('does not carry a "said" across a sentence end into the next name', () => {
    const { people } = extractEntities(
      '“We will look,” Roe said.\n\nHarbour Trust spokeswoman Ann Lee told reporters more.'
    )
    expect(names(people)).not.toContain('Harbour Trust')
  })

  it('splits "Name for Organisation" like "Name of Organisation"', () => {
    const { people } = extractEntities(
      'Lydia Brack for Coastal Standards Authority said they are looking at it.'
    )
    expect(names(people)).toEqual(['Lydia Brack'])
  })
})

describe('titles and names inside names', () => {
  it('reads "the President" as the one person the story named with that title', () => {
    const { people, mentions } = extractEntities(
      'Critics of Valdorian President Tomas Brennick spoke. The President later acted, and the President said so.'
    )
    expect(people.find((p) => p.name === 'Tomas Brennick')?.mentions).toBe(3)
    expect(mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual([
      'Tomas Brennick',
      'President',
      'President',
    ])
  })

  it('reads a title word right after a given name as a surname (“Julián Pastor Rueda”)', () => {
    const text =
      'Julián Pastor Rueda, a spokesperson for the ministry, said it would review the request. ' +
      '"We take these concerns seriously," Pastor Rueda said.'
    const entities = extractEntities(text)
    expect(names(entities.people)).toEqual(['Julián Pastor Rueda'])
    expect(extractQuotes(text, entities).map((q) => q.speaker)).toEqual([
      'Julián Pastor Rueda',
      'Julián Pastor Rueda',
    ])
  })

  it('leaves "the Secretary" alone when two people hold a secretary title', () => {
    const { mentions } = extractEntities(
      'Home Secretary Ann Roe met Shadow Home Secretary Bea Lund. "The Home Secretary and I agree," Lund said.'
    )
    expect(mentions.some((m) => m.text === 'Home Secretary')).toBe(false)
  })

  it('finds the person and the places an organisation is named after', () => {
    const { mentions } = extractEntities(
      'Ilse Varnhorst, a potter, died. The Ilse Varnhorst Kiln Fund gave bowls to the University of Ohio Lima and the United States Coast Guard.'
    )
    const nested = mentions.map((m) => `${m.type}:${m.text}`)
    expect(nested).toEqual(
      expect.arrayContaining(['person:Ilse Varnhorst', 'place:Ohio Lima', 'place:United States'])
    )
    expect(nested.filter((m) => m === 'person:Ilse Varnhorst')).toHaveLength(2)
  })
})

describe('things that look like names', () => {
  it('does not take a product written with a version number for a person, anywhere in the story', () => {
    const { people } = extractEntities(
      'Users of Harbour Navigator 6 must upgrade. Harbour Navigator says the old version is unsafe, and Harbour Navigator continues to lose users.'
    )
    expect(names(people)).toEqual([])
  })

  it('does not take a name ending in a single letter for a person', () => {
    const { people } = extractEntities('In Group H the hosts lost, and Plan B failed.')
    expect(names(people)).toEqual([])
  })

  it('keeps "for the" and "of the" inside an organisation name', () => {
    const { organizations, people } = extractEntities(
      'A grant came from the Varnhorst Foundation for the Coastal Arts and the Daughters of the Coastal Revolution Society.'
    )
    expect(names(organizations)).toContain('Varnhorst Foundation for the Coastal Arts')
    expect(names(people)).toEqual([])
  })
})

describe('words that do not open or close a person name', () => {
  it('does not take events, systems, adjectives or compass points for people', () => {
    const text =
      'Fans flew to the Harbour Cup. The Tariff Warning System failed, Global Fleet sold out, and Operation Larkspur ended near East Varro.'
    expect(names(extractEntities(text).people)).toEqual([])
  })

  it('still types given-name people whose surname is a common word', () => {
    expect(names(extractEntities('Later, Doris Day and Jack White sang.').people)).toEqual([
      'Doris Day',
      'Jack White',
    ])
  })

  it('types peoples by their plural demonym, not words that merely end in -is', () => {
    const { people } = extractEntities(
      'Israelis and Somalis met. Later, Atlantis docked and Kowalis opened.'
    )
    expect(names(people)).toEqual(['Israelis', 'Somalis'])
  })
})

describe('lone words, industries and places with connectors', () => {
  it('does not take a sentence-initial plural that speaks, or a lone recurring name, for a person', () => {
    const { people } = extractEntities(
      'Partners said no. Staff at Quorvex, which Harbourwire observed, agreed; Harbourwire observed more, and Harbourwire noted it.'
    )
    expect(names(people)).toEqual([])
  })

  it('ends a company name with an industry word only after another word', () => {
    const { organizations } = extractEntities(
      'Energy prices rose. Shares in Teva Pharmaceuticals and Lowmere Energy fell.'
    )
    expect(names(organizations)).toEqual(
      expect.arrayContaining(['Teva Pharmaceuticals', 'Lowmere Energy'])
    )
    expect(names(organizations)).not.toContain('Energy')
  })

  it('keeps a place named with a connector whole, and splits two places joined by "and"', () => {
    const { places, organizations } = extractEntities(
      'He flew to Rio de Janeiro, then joined England and France for the Six Nations.'
    )
    expect(names(places)).toEqual(expect.arrayContaining(['Rio de Janeiro', 'England', 'France']))
    expect(names(organizations)).toEqual(['Six Nations'])
  })
})

describe('acronyms before titles and names', () => {
  it('splits an agency acronym from the title and name after it', () => {
    const { people, organizations } = extractEntities(
      'At the pier, LOWA Administrator Tomas Brennick spoke. Photo: LOWA Bill Harker.'
    )
    expect(names(people)).toEqual(expect.arrayContaining(['Tomas Brennick', 'Bill Harker']))
    expect(names(organizations)).toContain('LOWA')
  })

  it('reads an elected member’s title in capitals (MLA, MPP, MNA) as a title, not an agency', () => {
    const { people, organizations } = extractEntities(
      'MLA Tim Haverlo toured the rink. MPP Rosa Quenvell backed the plan, and MNA Eloi Brisand ' +
        'abstained.'
    )
    expect(names(people)).toEqual(
      expect.arrayContaining(['Tim Haverlo', 'Rosa Quenvell', 'Eloi Brisand'])
    )
    expect(names(organizations)).toEqual([])
  })

  it('reads Canadian police and honorific abbreviations (“Det. Const.”, “Hon.”) as titles', () => {
    const { people } = extractEntities(
      'Det. Const. Bex Marrow said two people were hurt. Hon. Sela Ormanby sent condolences.'
    )
    expect(names(people)).toEqual(['Bex Marrow', 'Sela Ormanby'])
  })

  it('keeps an organisation named before a title block as an organisation of its own', () => {
    const { people, organizations } = extractEntities(
      'Tsewen Dene Nation Chief Lorna Sky-Whitford spoke first. Kelsport Police Chief Ann Varro ' +
        'spoke next. Harbour Hospital CEO Imre Tasz spoke last.'
    )
    expect(names(organizations)).toEqual(
      expect.arrayContaining(['Tsewen Dene Nation', 'Kelsport Police', 'Harbour Hospital'])
    )
    expect(names(people)).toEqual(
      expect.arrayContaining(['Lorna Sky-Whitford', 'Ann Varro', 'Imre Tasz'])
    )
  })

  it('ends a titled person’s name at “and” before an organisation', () => {
    const { people, organizations } = extractEntities(
      'Kelsport Police Chief Ann Varro and Harbour Hospital CEO Imre Tasz spoke last.'
    )
    expect(names(people)).toEqual(expect.arrayContaining(['Ann Varro', 'Imre Tasz']))
    expect(names(organizations)).toEqual(['Kelsport Police', 'Harbour Hospital'])
  })

  it('does not carry a title at the end of a paragraph onto the next one', () => {
    const { people } = extractEntities(
      'Tomas Brennick, LOWA Administrator\n\nFile image of the pier. The new 737 Max flew.'
    )
    expect(names(people)).toEqual(['Tomas Brennick'])
  })
})

describe('institutions and newspapers named after places', () => {
  it('reads a country with "government" or "team" after it as an organisation, keeping the place', () => {
    const { mentions } = extractEntities(
      'On Tuesday, the New Zealand government said the US team would stay.'
    )
    const found = mentions.map((m) => `${m.type}:${m.text}`)
    expect(found).toEqual(
      expect.arrayContaining([
        'place:New Zealand',
        'organization:New Zealand government',
        'place:US',
        'organization:US team',
      ])
    )
  })

  it('reads "Town Star" and "Town Sun" as newspapers', () => {
    const { organizations, places } = extractEntities(
      'The Lisbon Star and the Leeds Mail ran it, as did the Ottawa Citizen.'
    )
    expect(names(organizations)).toEqual(
      expect.arrayContaining(['Lisbon Star', 'Leeds Mail', 'Ottawa Citizen'])
    )
    expect(names(places)).toEqual(expect.arrayContaining(['Lisbon', 'Leeds', 'Ottawa']))
  })

  it('reads "the Transport Minister" as the holder of the title, and the "Harbour Board Chairman" as a name', () => {
    const { mentions } = extractEntities(
      'Transport Minister Ann Roe met Bea Lund. The Transport Minister said so, and the Harbour Board Chairman said no.'
    )
    expect(mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual([
      'Ann Roe',
      'Bea Lund',
      'Transport Minister',
      'Harbour Board Chairman',
    ])
  })
})

describe('words around a place', () => {
  it('reads "the town of X", "X region" and "X, <state>" as places', () => {
    const { places } = extractEntities(
      'Shells fell near the town of Varnholm. The Ostmark region voted. She grew up in Brelton, Ohio, and later Quillby, Kenya.'
    )
    expect(names(places)).toEqual(
      expect.arrayContaining(['Varnholm', 'Ostmark', 'Brelton', 'Quillby', 'Ohio', 'Kenya'])
    )
  })

  it('reads “Lake X”, “Mount X”, “north of X”, “X-area”, “X-based” and “X Sound” as places', () => {
    const { people, places, organizations } = extractEntities(
      'The fire moved from Mount Ferrow toward Lake Tallin. Brimley council met on Monday. ' +
        'Brimley said no. North of Brimley, crews from a Quarne-based firm cleared the ' +
        'Brimley-area roads, and a plane flew in from Hallam Sound.'
    )
    expect(names(places)).toEqual(
      expect.arrayContaining(['Mount Ferrow', 'Lake Tallin', 'Brimley', 'Quarne', 'Hallam Sound'])
    )
    expect(names(organizations)).toEqual([])
    expect(names(people)).toEqual([])
  })

  it('reads a name after “In” or “Near” opening a sentence as a place, not a person “Near X”', () => {
    const { people, places } = extractEntities(
      'The herders moved on. In Garvessa, the price of a goat fell. Near Brask, wells dried up.'
    )
    expect(names(places)).toEqual(expect.arrayContaining(['Garvessa', 'Brask']))
    expect(names(people)).toEqual([])
  })

  it('reads a name joined to a place by “and”, or by “to” after “from”, as a place', () => {
    const { people, places } = extractEntities(
      'Hotels in Ontario and Quelby filled up, and buses ran from Manitoba to Dransk. Quelby ' +
        'had no rooms left. Ontario and Tess Varga agreed.'
    )
    expect(names(places)).toEqual(
      expect.arrayContaining(['Ontario', 'Quelby', 'Manitoba', 'Dransk'])
    )
    expect(places.find((p) => p.name === 'Quelby')?.mentions).toBe(2)
    expect(names(people)).toEqual(['Tess Varga'])
  })

  it('reads "X, Ont." and "X, N.S." (a province or state abbreviated) as places', () => {
    const { people, places } = extractEntities(
      'Residents of Pell Crossing, Ont., and Marlow Bend, N.S., sent supplies. Crews from ' +
        'Tarrow Flats, Calif. — and from Ostel Green, B.C. — helped.'
    )
    expect(names(places)).toEqual(
      expect.arrayContaining(['Pell Crossing', 'Marlow Bend', 'Tarrow Flats', 'Ostel Green'])
    )
    expect(names(people)).toEqual([])
  })

  it('reads "the community of X", "the X neighbourhood" and "northern X" as places', () => {
    const { people, places } = extractEntities(
      'The Mi’kmaq community of Salt Brook was cut off. Water covered streets in the Old Quarry ' +
        'neighbourhood, and families were moved to a school in northern Valdane.'
    )
    expect(names(places)).toEqual(expect.arrayContaining(['Salt Brook', 'Old Quarry', 'Valdane']))
    expect(names(people)).toEqual([])
  })

  it('reads a recurring one-word name written after “in” half the times as a town', () => {
    const { organizations, places } = extractEntities(
      'Flood crews reach Kelsport\n\nCrews arrived in Kelsport on Monday.'
    )
    expect(names(places)).toEqual(['Kelsport'])
    expect(names(organizations)).toEqual([])
  })

  it('reads street addresses as places, even before the verb of the person who lives there', () => {
    const text =
      'Homes on Pellow Drive and Marsh Crescent were evacuated. Lin Ostrowe, who lives at 14 ' +
      'Corran Lane, said the water rose fast.'
    const entities = extractEntities(text)
    expect(names(entities.places)).toEqual(
      expect.arrayContaining(['Pellow Drive', 'Marsh Crescent', 'Corran Lane'])
    )
    expect(names(entities.people)).toEqual(['Lin Ostrowe'])
    expect(extractQuotes(text, entities).map((q) => q.speaker)).toEqual(['Lin Ostrowe'])
  })

  it('does not read "Name, Country coach" as a place', () => {
    const { people } = extractEntities(
      'After the match, Hernan Varro Quillez, Peru coach, said they learned a lot.'
    )
    expect(names(people)).toEqual(['Hernan Varro Quillez'])
  })
})

describe('a role word opening the sentence before a name', () => {
  it('is the role, not part of the name (“Goaltender Ben Achebe”, “Postmaster Edith Crane”)', () => {
    const text =
      'The Otters won on Saturday. Goaltender Ben Achebe made 31 saves.\n\n' +
      'Postmaster Edith Crane learned of the plan in a letter. Mary Ann Holt signed the petition.'
    const { people } = extractEntities(text)
    expect(names(people)).toEqual(expect.arrayContaining(['Ben Achebe', 'Edith Crane']))
    expect(names(people)).not.toContain('Goaltender Ben Achebe')
    // Two given names stay one name.
    expect(names(people)).toContain('Mary Ann Holt')
  })
})

describe("a company's short form", () => {
  it('joins the company named in full with industry words or a legal form after it', () => {
    const text =
      'Harbour Link Ferries was fined on Monday. Keel Logistics Inc. said it would bid.\n\n' +
      'It is the second fine for Harbour Link in three years, and Keel Logistics stayed quiet.'
    const { people, organizations } = extractEntities(text)
    expect(names(people)).toEqual([])
    const ferries = organizations.find((o) => o.name === 'Harbour Link Ferries')
    expect(ferries?.aliases).toContain('Harbour Link')
    expect(organizations.find((o) => o.name.startsWith('Keel Logistics Inc'))?.aliases).toContain(
      'Keel Logistics'
    )
  })

  it('is one company however its legal form is written, and goes by its first word', () => {
    const text =
      "Pellow Foods Inc. will buy Marrin Dairy Ltd., a cheese maker. Pellow Foods Inc.'s unit " +
      'Orbel Bakeries will run the counters. Marrin was founded in 1961, and Pellow has bought ' +
      'four firms since 2020. Pellow Foods said the price was fair, as did Tiller International.'
    const { people, organizations } = extractEntities(text)
    expect(names(people)).toEqual([])
    expect(names(organizations)).toEqual(
      expect.arrayContaining([
        'Pellow Foods Inc',
        'Marrin Dairy Ltd',
        'Orbel Bakeries',
        'Tiller International',
      ])
    )
    expect(organizations).toHaveLength(4)
  })
})

describe('a plural possessive inside a name', () => {
  it('keeps “Lowmere Nurses’ Association” one organisation, not a person and an “Association”', () => {
    const text =
      "The Lowmere Nurses' Association called the report a warning on Monday.\n\n" +
      'The Harbour Teachers’ Federation agreed.'
    const { people, organizations } = extractEntities(text)
    expect(names(people)).toEqual([])
    expect(names(organizations)).toEqual(
      expect.arrayContaining(["Lowmere Nurses' Association", 'Harbour Teachers’ Federation'])
    )
    expect(names(organizations)).not.toContain('Association')
    // A team's player after its possessive is a person of their own.
    const player = extractEntities("The Otters won. CBC Sports' Anson Henry said so.")
    expect(names(player.people)).toEqual(['Anson Henry'])
  })
})

describe('an organisation word alone at the start of a sentence', () => {
  it('is a common noun (“Hospital wait times grow”), unless it recurs as a name', () => {
    const text =
      'Hospital wait times grow, report finds\n\nCouncil members met on Monday at Lowmere ' +
      'General Hospital.'
    const { organizations } = extractEntities(text)
    expect(names(organizations)).toEqual(['Lowmere General Hospital'])
  })
})

describe('a particle inside a surname', () => {
  it('finds “First Al Surname” with an unknown first name as a person', () => {
    const { people } = extractEntities(
      'For Zarifa Al Tamimi and hundreds of other newcomers, the wait is nearly over. ' +
        'Al Tamimi arrived in the spring.'
    )
    expect(names(people)).toContain('Zarifa Al Tamimi')
  })

  it('does not take “Unlike” opening a sentence for part of the name after it', () => {
    const { people } = extractEntities(
      'Corin Vasko found work in May. Unlike Vasko, her brother is still looking for a job.'
    )
    expect(names(people)).toContain('Corin Vasko')
    expect(names(people).some((n) => n.startsWith('Unlike'))).toBe(false)
  })
})

describe('an organisation word before “of”', () => {
  it('makes the name an organisation (“Parole Board of Valdoria”)', () => {
    const { people, organizations } = extractEntities(
      'The Parole Board of Valdoria denied the request on Monday.'
    )
    expect(names(people)).toEqual([])
    expect(names(organizations)).toContain('Parole Board of Valdoria')
  })
})

describe('a given name before a place word', () => {
  it('is a person with a title or a verb of speech (“Councillor Mia Park”), a place without', () => {
    const { people, places } = extractEntities(
      'Councillor Mia Park voted against the plan. Later, Grace Hill said it was late. ' +
        'The fair opened at Riverside Park on Sunday.'
    )
    expect(names(people)).toEqual(expect.arrayContaining(['Mia Park', 'Grace Hill']))
    expect(names(places)).toContain('Riverside Park')
    expect(names(places)).not.toContain('Mia Park')
  })
})

describe('a word of trade before a company name at a sentence start', () => {
  it('is not part of the name (“Developer Northline Properties says”)', () => {
    const text =
      'Residents oppose the tower.\n\nDeveloper Northline Properties says the tower would add ' +
      '340 homes.\n\nCarmaker Tidewater Motors said sales rose.'
    const { people, organizations } = extractEntities(text)
    expect(names(people)).toEqual([])
    expect(names(organizations)).toEqual(
      expect.arrayContaining(['Northline Properties', 'Tidewater Motors'])
    )
    const q = extractQuotes(text, extractEntities(text)).find((x) => x.text.startsWith('the tower'))
    expect(q?.speaker).toBe('Northline Properties')
  })
})

describe('common words written in capitals', () => {
  it('are no organisations (“shaken but OK”, “at 10 PM”)', () => {
    const { organizations } = extractEntities(
      'Staff were shaken but OK, the RCMP said. The vote closes at 10 PM on the TV debate night.'
    )
    expect(names(organizations)).toEqual(['RCMP'])
  })
})

describe('words around a name that say it is a company', () => {
  const names = (text: string) => {
    const e = extractEntities(text)
    return { people: e.people.map((p) => p.name), orgs: e.organizations.map((o) => o.name) }
  }
  it('types a one-word company described in apposition or by its shares, however it speaks', () => {
    for (const text of [
      'Keelworks, the maker of the Tallyo budgeting app, said it would cut 300 jobs.',
      'Keelworks, a software company based in Norrow, said it would cut 300 jobs.',
      'Keelworks said it would cut 300 jobs. Shares of Keelworks fell.',
      "Keelworks said it would cut 300 jobs. Keelworks' chief executive apologised.",
    ]) {
      const { people, orgs } = names(text)
      expect(orgs, text).toContain('Keelworks')
      expect(people, text).not.toContain('Keelworks')
    }
  })

  it('types a two-word company by its officer or its shares at every mention, however it speaks', () => {
    for (const text of [
      'Tarrow Link said Tuesday it will cut two sailings. "We cannot crew the boats," said Tarrow Link chief executive Oro Venn.',
      'Marrow Power will raise rates by four per cent. Marrow Power’s chief executive, Lise Kanto, said the lines are old.',
    ]) {
      const { people, orgs } = names(text)
      expect(
        orgs.some((o) => /^(?:Tarrow Link|Marrow Power)$/.test(o)),
        text
      ).toBe(true)
      expect(people, text).not.toContain('Tarrow Link')
      expect(people, text).not.toContain('Marrow Power')
      expect(people, text).toContain(text.includes('Venn') ? 'Oro Venn' : 'Lise Kanto')
    }
  })

  it('types a company by “X shares fell” and “X, which makes …”, and keeps “Y, who owns …” a person', () => {
    const { people, orgs } = names(
      'Harlow Crane, which makes marine pumps, said it would hire 50 workers. Dunstan Vale shares ' +
        'fell after Dunstan Vale said it would delay a mine. Anita Crane, who owns a marina, said ' +
        'the jobs were welcome.'
    )
    expect(orgs).toEqual(expect.arrayContaining(['Harlow Crane', 'Dunstan Vale']))
    expect(people).toEqual(['Anita Crane'])
  })

  it('types a name that speaks of itself as “it”, then “The company …”, as a company', () => {
    const { people, orgs } = names(
      'Pellew Link said Monday it would shut its plant in March. The company employs 300 people. ' +
        'Oro Tannel said the plant mattered. The company had been there since 1961.'
    )
    expect(orgs).toEqual(['Pellew Link'])
    expect(people).toEqual(['Oro Tannel'])
  })

  it('keeps a person described by a trade that is also a company’s', () => {
    const { people } = names('Ann Roe, a developer in Norrow, said the app was late.')
    expect(people).toContain('Ann Roe')
  })

  it('types a place named by its place word and a numbered road as no organisation', () => {
    const { orgs } = names('Closed on Route 9\n\nTraffic on Route 9 near Gull Point was slow.')
    expect(orgs).toEqual([])
    expect(
      extractEntities('A boat capsized off Gull Point, said Ann Roe.').places.map((p) => p.name)
    ).toContain('Gull Point')
  })
})

describe('names the old rules typed as people', () => {
  const typed = (text: string) => {
    const e = extractEntities(text)
    return {
      people: e.people.map((p) => p.name),
      orgs: e.organizations.map((o) => o.name),
      places: e.places.map((p) => p.name),
    }
  }
  it('types a common word before a country as an agency or a company, and no mention of the country', () => {
    const e = extractEntities(
      'Health Canada said Thursday the heaters were unsafe. Air France said flights would resume.'
    )
    expect(e.organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Health Canada', 'Air France'])
    )
    expect(e.people).toEqual([])
    expect(e.mentions.filter((m) => m.type === 'place').map((m) => m.text)).toEqual([])
    expect(typed('Peter Jordan said the plan was sound.').people).toContain('Peter Jordan')
  })

  it('types a company by its trade word, and drops a position capitalised at a sentence start', () => {
    const { orgs, people } = typed(
      'Northwind Appliances said it would recall the heater. Defenceman Kai Lindqvist scored twice.'
    )
    expect(orgs).toContain('Northwind Appliances')
    expect(people).toEqual(['Kai Lindqvist'])
  })

  it('reads a title before a place word as part of a street’s name', () => {
    const { people, orgs, places } = typed(
      'The King Street Business Association met on Queen Street, near King Street.'
    )
    expect(people).toEqual([])
    expect(orgs).toContain('King Street Business Association')
    expect(places).toEqual(expect.arrayContaining(['King Street', 'Queen Street']))
  })
})

describe('names with two surname particles, and companies behind a title word', () => {
  it('keeps “Maria van der Berg” and “Ana de la Cruz” whole', () => {
    const e = extractEntities(
      'Sen. Maria van der Berg said Wednesday she would retire. Ana de la Cruz, her aide, agreed.'
    )
    expect(e.people.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Maria van der Berg', 'Ana de la Cruz'])
    )
    expect(e.organizations).toEqual([])
  })

  it('reads “Cardinal Forest Products” as a company, not a cardinal named Forest Products', () => {
    const e = extractEntities('The mill’s owner, Cardinal Forest Products, blamed falling demand.')
    expect(e.organizations.map((o) => o.name)).toContain('Cardinal Forest Products')
    expect(e.people).toEqual([])
  })
})

describe('clubs in a match report', () => {
  it('types a plural club name as an organisation beside a score or after “the”', () => {
    const text = [
      'The Eastfield Otters beat the Marrow Comets 4-3 in overtime on Saturday.',
      'Otters coach Brenda Sokolov said her team had been flat.',
      'The Otters host the Comets again on Tuesday.',
    ].join('\n\n')
    const e = extractEntities(text)
    expect(e.organizations.map((o) => o.name)).toContain('Eastfield Otters')
    expect(e.people.map((p) => p.name)).toEqual(['Brenda Sokolov'])
  })

  it('leaves a person whose surname ends in s alone outside a match report', () => {
    const e = extractEntities('Ann Roberts said the Roberts family would stay. The Roberts left.')
    expect(e.people.map((p) => p.name)).toContain('Ann Roberts')
  })
})

describe('places written as dotted initials', () => {
  it('types “N.S.” and “D.C.” as places, not organisations', () => {
    const e = extractEntities(
      'MARROW BAY, N.S. — The hearing moved to Washington, D.C., on Monday.'
    )
    expect(e.organizations.map((o) => o.name)).toEqual([])
    expect(e.places.map((p) => p.name)).toEqual(expect.arrayContaining(['N.S.', 'D.C.']))
  })
})

describe('names a couple shares, and words opening an inner quotation', () => {
  it('gives “Mark and Elena Sorensen” the surname both', () => {
    const e = extractEntities(
      'Mark and Elena Sorensen bought the church in 2027. “We said yes,” Mark said.'
    )
    expect(e.people.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Mark Sorensen', 'Elena Sorensen'])
    )
    expect(e.people.map((p) => p.name)).not.toContain('Mark')
  })

  it('reads a word opening a single-quoted quotation as no name, and a school called “High” as an organisation', () => {
    const e = extractEntities(
      "“And we said, 'Put on plays,'” Mark Roe added. Elena Roe taught drama at Marrow High for two decades."
    )
    expect(e.people.map((p) => p.name)).not.toContain('Put')
    expect(e.organizations.map((o) => o.name)).toContain('Marrow High')
  })
})

describe('a role word that is also an organisation word, before a person', () => {
  it('types “il pubblico ministero Ilaria Sestini” as a person', () => {
    const e = extractEntities(
      'Il pubblico ministero Ilaria Sestini ha chiesto la condanna. «È colpevole», ha detto Sestini.',
      '',
      'it'
    )
    expect(e.people.map((p) => p.name)).toContain('Ilaria Sestini')
    expect(e.organizations.map((o) => o.name)).not.toContain('Ilaria Sestini')
  })
})

describe('an organisation described in apposition', () => {
  it('types “Cycling Marrow, an advocacy group,” as an organisation, however it speaks', () => {
    const e = extractEntities('Cycling Marrow, an advocacy group, said the apology was a start.')
    expect(e.organizations.map((o) => o.name)).toContain('Cycling Marrow')
    expect(e.people).toEqual([])
  })
})

describe('the pronoun “I”', () => {
  it('is never a person, alone or after a sentence’s first word', () => {
    for (const text of [
      'Lunch at the diner\n\n"They have kept the booths," she said. "That is all I asked."',
      'Lunch at the diner\n\nThen I said: no.',
    ])
      expect(extractEntities(text).people.map((p) => p.name)).toEqual([])
  })

  it('still ends a regnal name (“Henry I”)', () => {
    expect(
      extractEntities('Kings\n\nHenry I ruled for decades.').people.map((p) => p.name)
    ).toEqual(['Henry I'])
  })
})

describe('agencies named after the country', () => {
  it('types “Public Safety Canada” and “Climate Protection Canada” as organisations', () => {
    const { people, organizations } = extractEntities(
      'Public Safety Canada declined to comment. Climate Protection Canada said it was watching, ' +
        'as did Ann Varley of Transport Canada.'
    )
    expect(names(organizations)).toEqual(
      expect.arrayContaining([
        'Public Safety Canada',
        'Climate Protection Canada',
        'Transport Canada',
      ])
    )
    expect(names(people)).toEqual(['Ann Varley'])
  })
})

describe('First Nations', () => {
  it('types a First Nation as an organisation and its chief as a person', () => {
    const { people, organizations } = extractEntities(
      'Chief Ana Pellett of the Tallow River First Nation said the province ignored warnings. ' +
        'The Tallow River First Nation has asked for a fire hall since 2019.'
    )
    expect(names(organizations)).toContain('Tallow River First Nation')
    expect(names(people)).toEqual(['Ana Pellett'])
  })
})

describe('a person named before where they belong', () => {
  it('resolves “Surname of the Organisation said” to the person', () => {
    const text =
      'Sgt. Ken Larosse of the Harbourtown Police Service said the fire did not appear suspicious.'
    const entities = extractEntities(text)
    expect(extractQuotes(text, entities).map((q) => q.speaker)).toEqual(['Ken Larosse'])
    expect(entities.resolveEntity('Larosse of the Harbourtown Police Service')?.type).toBe('person')
  })

  it('parts “Surname and X University researcher Name” when the surname is someone’s', () => {
    const { people, organizations } = extractEntities(
      'The study was written by Okafor and Lakeland University researcher Tove Brandt. ' +
        'Dr. Ifeoma Okafor, who studies eels, said the results were clear.'
    )
    expect(organizations.map((o) => o.name)).toEqual(['Lakeland University'])
    expect(people.find((p) => p.name === 'Ifeoma Okafor')?.mentions).toBe(2)
    expect(names(people)).toContain('Tove Brandt')
  })

  it('parts “Dr. Name of the Institute”, whose title is also a function word', () => {
    const { people, organizations } = extractEntities(
      'The survey, led by Dr. Temitope Adeyemo of the Coldwater Institute in Brandon, counted 40 nests.'
    )
    expect(names(people)).toContain('Temitope Adeyemo')
    expect(names(organizations)).toContain('Coldwater Institute')
  })
})

describe('the last words of an organisation’s name as a speaker', () => {
  it('resolves “Skills Development said” to the ministry whose name ends with it', () => {
    const text =
      'The Ministry of Labour and Skills Development said a mediator was available. Tove ' +
      'Brannick said the talks would resume.'
    const entities = extractEntities(text)
    expect(extractQuotes(text, entities).map((q) => q.speaker)).toEqual([
      'Ministry of Labour and Skills Development',
      'Tove Brannick',
    ])
    expect(names(entities.people)).toEqual(['Tove Brannick'])
  })
})

describe('initials and generational suffixes', () => {
  it('gives a name with initials and a suffix its surname, for the entity and its quotes', () => {
    const text =
      'J.R. Tannet Jr., who owns the building, said he plans to reopen. "We will rebuild," ' +
      'Tannet said. Oro Vantell III, the chair of the board, said the vote was fair.'
    const entities = extractEntities(text)
    expect(names(entities.people)).toEqual(
      expect.arrayContaining(['J.R. Tannet Jr', 'Oro Vantell III'])
    )
    expect(names(entities.organizations)).toEqual([])
    const speakers = extractQuotes(text, entities).map((q) => q.speaker)
    expect(speakers).toEqual(['J.R. Tannet Jr', 'J.R. Tannet Jr', 'Oro Vantell III'])
  })
})

describe('bylines', () => {
  it('types a name on a “By …” line as a person even when it ends in a place word', () => {
    const text =
      'Ferry fares to rise in spring\n\nBy Corinne Lake and Jonah Marsh Park\n\nFares on the ' +
      'harbour ferry will rise in April, the operator said. Riders gathered at Tarn Park.'
    const entities = extractEntities(text)
    expect(names(entities.people)).toEqual(
      expect.arrayContaining(['Corinne Lake', 'Jonah Marsh Park'])
    )
    expect(names(entities.places)).toEqual(['Tarn Park'])
  })
})

describe('a role capitalised at the start of a sentence', () => {
  it('leaves a person noun or a role the story writes in lower case out of the name', () => {
    const text =
      'Tenant Ysolde Marrack, 81, has lived on the third floor since 1979. Dispatcher Quill ' +
      'Vantreece said the calls kept coming. Another dispatcher stayed late.'
    expect(names(extractEntities(text).people)).toEqual(
      expect.arrayContaining(['Ysolde Marrack', 'Quill Vantreece'])
    )
  })
})

describe('places the story calls places once', () => {
  it('types a subdivision’s name a place at every mention', () => {
    const text =
      'Families in the Ashcombe subdivision say the new road is too busy. Wren Halloway moved ' +
      'to Ashcombe in 2015. The ward that covers Ashcombe votes next month.'
    const entities = extractEntities(text)
    expect(names(entities.places)).toEqual(['Ashcombe'])
    expect(names(entities.organizations)).toEqual([])
  })

  it('types the town before “Mayor” a place, and reads “, the company said” as no apposition', () => {
    const text =
      'Tarrow Foods will close its plant in Pellbrook, the company said Monday. The Pellbrook ' +
      'plant opened in 1988. Pellbrook Mayor Idris Vane called the news a blow.'
    const entities = extractEntities(text)
    expect(names(entities.places)).toEqual(['Pellbrook'])
    expect(names(entities.organizations)).toEqual(['Tarrow Foods'])
    expect(names(entities.people)).toEqual(['Idris Vane'])
  })

  it('reads “Incumbent Mayor X” as a title, not a town called Incumbent', () => {
    const text = 'Debate night\n\nIncumbent Mayor Desmond Achterberg defended the expansion.'
    expect(names(extractEntities(text).places)).toEqual([])
  })
})

describe('an office written with “of” or “for” before its holder', () => {
  it('parts the field or the riding from the holder, and types a field alone as no one', () => {
    const { people, places } = extractEntities(
      'Minister of Finance Orla Tennby met Conservative MP for Brackwater Valley Peter Osei. ' +
        'Later Osei was named Minister of Rural Affairs, and the Minister of Coastal Works said so.'
    )
    expect(names(people)).toEqual(expect.arrayContaining(['Orla Tennby', 'Peter Osei']))
    expect(names(people)).toHaveLength(2)
    expect(extractEntities('Secretary of Foreign Affairs Tam Vell agreed.').people).toEqual([
      expect.objectContaining({ name: 'Tam Vell' }),
    ])
    expect(names(places)).toEqual(['Brackwater Valley'])
  })
})

describe('titles and prefixes of other news styles', () => {
  it('reads “Elder Name”, “Contractor X Ltd” and “the New South Wales government”', () => {
    const { people, places, organizations } = extractEntities(
      'Elder Mary Jo Tallwind opened the service. Contractor Orrin Civil Works Ltd blamed the ' +
        'rain, and the New South Wales government paid.'
    )
    expect(names(people)).toEqual(['Mary Jo Tallwind'])
    expect(names(organizations)).toEqual(['Orrin Civil Works Ltd'])
    expect(names(places)).toEqual(['New South Wales'])
  })
})

describe('an adverb, a diocese, an auditorium and a Test', () => {
  it('reads each as what it is, not as a person', () => {
    const { people, places, organizations } = extractEntities(
      "Separately, a team at St. Odran's Hospital reported results. Bishop Ivo Tarrant of the " +
        'Anglican Diocese of Brennock named Cal Dorsey for the first Marrow Cup Test, played ' +
        'near the Lena Voss Auditorium.'
    )
    expect(names(people)).toEqual(['Ivo Tarrant', 'Cal Dorsey'])
    expect(names(organizations)).toEqual(
      expect.arrayContaining(["St. Odran's Hospital", 'Anglican Diocese of Brennock'])
    )
    expect(names(places)).toContain('Lena Voss Auditorium')
  })
})

describe('names opening with a saint', () => {
  it('reads “St. X”, “Saint X” and “X Ste. Y” as places, not people called X', () => {
    const { people, places, organizations } = extractEntities(
      "The crew drove from St. Aldric to Port Tamsin Ste. Odile, then to St. Wenna's, where St. " +
        "Wenna's Hospital stands. Saint Marlo Mayor Ivy Crane met them on St. Piran's Day."
    )
    expect(names(people)).toEqual(['Ivy Crane'])
    expect(names(places)).toEqual(
      expect.arrayContaining(['St. Aldric', 'Port Tamsin Ste. Odile', 'St. Wenna', 'Saint Marlo'])
    )
    expect(names(places)).not.toContain('St. Piran')
    expect(names(organizations)).toEqual(["St. Wenna's Hospital"])
  })
})

describe('long names with surname particles', () => {
  it('reads a given name and up to four words besides its particles as a person', () => {
    const { people } = extractEntities(
      'Khalid bin Tariq Al Sabri met Maria de la Luz Ortenga in the capital on Monday.'
    )
    expect(names(people)).toEqual(['Khalid bin Tariq Al Sabri', 'Maria de la Luz Ortenga'])
  })
})

describe('a nickname in quotation marks inside a name', () => {
  it('reads \'Given "Nick" Surname\' as one person by given name and surname', () => {
    const text =
      'The Hawks\' Tobin "Tank" Ardell scored twice, and former reeve R.J. “Doc” Vasko, 88, ' +
      'dropped the puck. "It was loud," Ardell said.'
    const entities = extractEntities(text)
    expect(names(entities.people)).toEqual(expect.arrayContaining(['Tobin Ardell', 'R.J. Vasko']))
    expect(names(entities.people)).toHaveLength(2)
    expect(extractQuotes(text, entities).map((q) => q.speaker)).toEqual(['Tobin Ardell'])
  })
})

describe('“the elder” and “the younger” of a family', () => {
  const personOf = (text: string) => {
    const entities = extractEntities(text)
    return {
      entities,
      of: (at: number) =>
        entities.people[
          entities.mentions.find((m) => m.start === at && m.type === 'person')!.entity
        ]?.name,
    }
  }

  it('tells the elder from the younger by the ages after their full names', () => {
    const text =
      'Halvard Brekke, 81, is suing his son Sindre Brekke, 54, over the orchard. The younger ' +
      'Brekke says the trees lost money. The elder Brekke says a promise is a promise.'
    const { entities, of } = personOf(text)
    expect(of(text.indexOf('Brekke says the trees'))).toBe('Sindre Brekke')
    expect(of(text.indexOf('Brekke says a promise'))).toBe('Halvard Brekke')
    const quotes = extractQuotes(
      `${text} "There was nothing to share," the younger Brekke said.`,
      entities
    )
    expect(quotes.find((q) => q.text.includes('nothing to share'))?.speaker).toBe('Sindre Brekke')
  })

  it('tells them apart by a kin noun before one of two, and leaves twins alone', () => {
    const text =
      'Doran Vell opened the forge in 1979. His son, Piet Vell, took it over. The younger Vell ' +
      'kept the name. Their cousins Ole and Stig Maren also work there; the elder Maren shoes horses.'
    const { of } = personOf(text)
    expect(of(text.indexOf('Vell kept'))).toBe('Piet Vell')
    expect(of(text.indexOf('Maren shoes'))).not.toBe('Stig Maren')
  })
})

describe('a relative named by a given name alone', () => {
  it('gives “His brother Teodor” the surname of the person named in the sentence before', () => {
    const text =
      'Oskar Brunvold, 52, runs the ferry. His brother Teodor, 49, keeps the books. "We never ' +
      'argue," Teodor said.'
    const entities = extractEntities(text)
    expect(names(entities.people)).toEqual(
      expect.arrayContaining(['Oskar Brunvold', 'Teodor Brunvold'])
    )
    expect(extractQuotes(text, entities).map((q) => q.speaker)).toEqual(['Teodor Brunvold'])
  })

  it('leaves the given name alone when the sentence before names two people', () => {
    const text = 'Oskar Brunvold and Lise Tanaka run the ferry. His brother Teodor keeps the books.'
    expect(names(extractEntities(text).people)).not.toContain('Teodor Brunvold')
  })
})

describe('a street by its first word', () => {
  it('reads “on Tessaly” after “Tessaly Road” as the street, not a person who speaks', () => {
    const text =
      'Crews will repave Tessaly Road this summer. The owner of a bakery on Tessaly said sales ' +
      'would suffer.'
    const entities = extractEntities(text)
    expect(names(entities.people)).toEqual([])
    expect(names(entities.places)).toEqual(['Tessaly Road'])
  })
})

describe('a dateline in capitals with no province after it', () => {
  it('makes “GREYMOOR — …” a place, and leaves a rubric such as “BREAKING —” alone', () => {
    const { places, organizations } = extractEntities(
      'GREYMOOR — The council put off a vote on the ferry terminal.\n\nMayor Ines Varga said the vote would come in April.'
    )
    expect(names(places).map((n) => n.toLowerCase())).toContain('greymoor')
    const rubric = extractEntities('BREAKING — The council put off a vote on the ferry terminal.')
    expect([...names(rubric.places), ...names(rubric.organizations)]).not.toContain('BREAKING')
    expect(names(organizations)).not.toContain('GREYMOOR')
  })
})

describe('a town after a compass direction', () => {
  it('makes “north of Greymoor” and “southwest of Tallor” places', () => {
    const { places, people } = extractEntities(
      'The fire started in a forest north of Greymoor on Sunday and spread to farms southwest of Tallor by evening.'
    )
    expect(names(places)).toEqual(expect.arrayContaining(['Greymoor', 'Tallor']))
    expect(names(people)).toEqual([])
  })
})

describe('Portuguese and Italian surname particles', () => {
  it('keeps “Ana do Vale Ferreira” and “Rita dos Santos Pinto” people in Portuguese copy', () => {
    const { people } = extractEntities(
      'Dezenas de moradores foram retirados de casa, contou Ana do Vale Ferreira, de 72 anos. «Perdemos tudo», disse Rita dos Santos Pinto.',
      '',
      'pt'
    )
    expect(names(people)).toEqual(
      expect.arrayContaining(['Ana do Vale Ferreira', 'Rita dos Santos Pinto'])
    )
  })
})

describe('a district that runs a service', () => {
  it('types “Kestrel Bay School District” as an organisation and lets its spokesperson speak for it', () => {
    const text = [
      'A measles case was confirmed at a Kestrel Bay elementary school on Wednesday.',
      'A spokesperson for the Kestrel Bay School District said the school would stay open.',
    ].join('\n\n')
    const entities = extractEntities(text)
    expect(entities.organizations.map((o) => o.name)).toContain('Kestrel Bay School District')
    expect(entities.places.map((p) => p.name)).not.toContain('Kestrel Bay School District')
    const quote = extractQuotes(text, entities).find((q) => q.text.includes('stay open'))
    expect(quote?.speaker).toBe('Kestrel Bay School District')
  })
})

describe('an association named for its members', () => {
  it('types “Allied Food Workers” as an organisation, and keeps “Peter Sellers” a person', () => {
    const text = [
      'The Allied Food Workers has 40,000 members across the province.',
      'Peter Sellers, a retired baker, joined the picket line on Monday.',
    ].join('\n\n')
    const entities = extractEntities(text)
    expect(entities.organizations.map((o) => o.name)).toContain('Allied Food Workers')
    expect(entities.people.map((p) => p.name)).toContain('Peter Sellers')
  })
})

describe('a shop or a restaurant named for its trade', () => {
  it('types “Cove Street Bakery” and “Harbour Lane Brewery” as organisations', () => {
    const text =
      'Greta Lindahl unlocks the Cove Street Bakery at four; the Harbour Lane Brewery next door opens at noon.'
    const entities = extractEntities(text)
    const orgs = entities.organizations.map((o) => o.name)
    expect(orgs).toEqual(expect.arrayContaining(['Cove Street Bakery', 'Harbour Lane Brewery']))
    expect(entities.people.map((p) => p.name)).toEqual(['Greta Lindahl'])
  })
})

describe('qprobe4 a relative named by a given name after an obituary’s short sentence', () => {
  it('gives “His daughter, Ruth,” the surname of the person named two sentences before', () => {
    const text = [
      'Anselm Whitacre, who ran the Corley ferry for forty years, died Friday. He was 88.',
      'His daughter, Ruth, said her father knew every passenger by name.',
    ].join('\n\n')
    const people = names(extractEntities(text).people)
    expect(people).toContain('Ruth Whitacre')
    expect(extractQuotes(text, extractEntities(text))[0]?.speaker).toBe('Ruth Whitacre')
  })
})

describe('qprobe4 a town named after "residents of" or "the mayor of"', () => {
  it('types the town as a place, however often it recurs', () => {
    const text = [
      'Crews from Brindle were sent to the fire line on Tuesday.',
      'Residents of Brindle were told to be ready to leave, and the mayor of Quellen opened the arena.',
    ].join('\n\n')
    const { places, organizations } = extractEntities(text)
    expect(names(places)).toEqual(expect.arrayContaining(['Brindle', 'Quellen']))
    expect(names(organizations)).not.toContain('Brindle')
  })
})

describe('qprobe4 a town that is also a given name', () => {
  it('types “near Oliver” as a place when nobody in the story goes by Oliver', () => {
    const text = [
      'A wildfire near Oliver forced 300 people from their homes on Monday.',
      'Evacuees in Oliver were sent to the arena, fire officials said.',
    ].join('\n\n')
    const { places, people } = extractEntities(text)
    expect(names(places)).toContain('Oliver')
    expect(names(people)).not.toContain('Oliver')
  })

  it('keeps Oliver a person when the story names Oliver Quist', () => {
    const text = 'Oliver Quist runs the ferry. A student sat near Oliver at the ceremony.'
    expect(names(extractEntities(text).places)).not.toContain('Oliver')
  })
})

describe('qprobe4 an airline named "X Air"', () => {
  it('types “Halcyon Air said” as an organisation, not a person', () => {
    const text = 'Halcyon Air said it had cancelled four flights out of Brindle on Monday.'
    const { organizations, people } = extractEntities(text)
    expect(names(organizations)).toContain('Halcyon Air')
    expect(names(people)).not.toContain('Halcyon Air')
  })
})

describe('qprobe4 a given name that is also a place, then a surname', () => {
  it('keeps “Jordan Quist” and “Victoria Hale” whole as people', () => {
    const text =
      'Jordan Quist scored twice on Saturday. Victoria Hale set up both goals. Quist said it was a relief.'
    const { people, places } = extractEntities(text)
    expect(names(people)).toEqual(expect.arrayContaining(['Jordan Quist', 'Victoria Hale']))
    expect(names(places)).toEqual([])
  })

  it('still reads “Jordan Valley” as a place and “Alberta Health” as an agency', () => {
    const text = 'Farmers in the Jordan Valley met Alberta Health officials.'
    const { people } = extractEntities(text)
    expect(names(people)).toEqual([])
  })
})

describe('qprobe4 a football match report names its clubs', () => {
  it('types “the Tarrow Kestrels” as a club when the story has a striker and a halftime', () => {
    const text = [
      'Jonas Ekdahl scored twice as the Tarrow Kestrels beat Quellen United 3-2 on Saturday.',
      '“We kept pushing after halftime,” the 22-year-old striker said.',
    ].join('\n\n')
    const { people, organizations } = extractEntities(text)
    expect(names(organizations)).toContain('Tarrow Kestrels')
    expect(names(people)).not.toContain('Tarrow Kestrels')
  })
})

describe('qprobe4 a relative named after a possessive surname', () => {
  it('gives “Quist’s mother, Anne,” the surname of Jordan Quist', () => {
    const text = [
      'Jordan Quist scored twice on Saturday.',
      'Quist’s mother, Anne, was in the stands. “I cried,” she said.',
    ].join('\n\n')
    expect(names(extractEntities(text).people)).toContain('Anne Quist')
    expect(extractQuotes(text, extractEntities(text))[0]?.speaker).toBe('Anne Quist')
  })
})

describe('qprobe4 a grandchild named by a given name alone', () => {
  it('gives “His granddaughter Emma” the surname of the grandfather', () => {
    const text = [
      'Anselm Whitacre, now 81, will speak at the memorial on Saturday.',
      'His granddaughter Emma helped him write the speech.',
    ].join('\n\n')
    expect(names(extractEntities(text).people)).toContain('Emma Whitacre')
  })
})

describe('qprobe4 a club with a name in the singular', () => {
  it('types “the Harlow Lynx” as a club when the story writes “Lynx coach …”', () => {
    const text = [
      'Mika Lindqvist made 41 saves as the Harlow Lynx beat the Corvale Bears 2-1 on Friday.',
      '“Mika was unbelievable,” Lynx coach Terry Banks said.',
    ].join('\n\n')
    const { people, organizations } = extractEntities(text)
    expect(names(organizations)).toContain('Harlow Lynx')
    expect(names(people)).not.toContain('Harlow Lynx')
  })
})

describe('qprobe4 an unknown town by the words around it', () => {
  it('types the town in “X’s mayor”, “the X area”, “X residents”, “moved to X” as a place', () => {
    for (const text of [
      'Brindle’s mayor said the roads were closed.',
      'The Brindle area was hit hard by the storm.',
      'Brindle residents were told to boil water.',
      'He moved to Brindle in 1990 to work at the mill.',
    ])
      expect(names(extractEntities(text).places), text).toContain('Brindle')
  })
})

describe('qprobe4 a town a route runs to', () => {
  it('types “flights to X” and “sailings from Y” as places, however often they recur', () => {
    const text = [
      'Workers at the Brindle plant ratified a new contract.',
      'Harbour Air said it would add flights to Brindle and sailings from Quellen in the spring.',
    ].join('\n\n')
    const { places, organizations } = extractEntities(text)
    expect(names(places)).toEqual(expect.arrayContaining(['Brindle', 'Quellen']))
    expect(names(organizations)).not.toContain('Brindle')
  })
})

describe('qprobe4 a town a fire moves toward', () => {
  it('types “moved toward Brindle” as a place', () => {
    const text = 'The fire moved toward Brindle overnight. Crews held the line on Tuesday.'
    expect(names(extractEntities(text).places)).toContain('Brindle')
  })
})

describe('qprobe4 a month’s abbreviation', () => {
  it('types nothing for “between Feb. 3 and Feb. 7”', () => {
    const text =
      'Anyone at Brindle Elementary School between Feb. 3 and Feb. 7 should check their records.'
    const { people, organizations, places } = extractEntities(text)
    expect([...names(people), ...names(organizations), ...names(places)]).not.toContain('Feb')
  })
})

describe('qprobe5 French organisation names in English copy', () => {
  it('keeps “Fédération des … de l’…” and “Conseil de la nation …” whole, as organisations', () => {
    const text = [
      'Teachers vote to strike',
      '“It is a hard day,” said Solène Arbour-Vachon, president of the Fédération des enseignants de l’Outremer, which represents 9,000 teachers.',
      'The Conseil de la nation Tawenda-Sud said the closure would break its agreement.',
      'The Association des ports du Lac-Vireux has asked for a meeting.',
    ].join('\n\n')
    const orgs = extractEntities(text).organizations.map((o) => o.name)
    expect(orgs).toContain('Fédération des enseignants de l’Outremer')
    expect(orgs).toContain('Conseil de la nation Tawenda-Sud')
    expect(orgs).toContain('Association des ports du Lac-Vireux')
    const quote = extractQuotes(text, extractEntities(text)).find((q) =>
      q.text.includes('break its agreement')
    )
    expect(quote?.speaker).toBe('Conseil de la nation Tawenda-Sud')
  })
})

describe('qprobe5 an organisation word before “for”', () => {
  it('types “the Institute for Northern Policy, said” an organisation, not a speaking person', () => {
    const text =
      'Tobiah Quennell-Arkwright, a senior fellow at the Institute for Tidewater Policy, said the politics were predictable.'
    const { organizations, people } = extractEntities(text)
    expect(names(organizations)).toContain('Institute for Tidewater Policy')
    expect(names(people)).not.toContain('Institute for Tidewater Policy')
  })
})
describe('qprobe6 the town after “of” in a speaker’s apposition', () => {
  it('reads “Ann Roe, 42, of Tarrowby, said” as a person from a place, not two people', () => {
    const text =
      'Crews were out on Monday.\n\nOsric Pellham, 42, of Tarrowby, said he heard shouting. ' +
      'Wenna Colquist of Brackenmere said the smoke was thick.'
    const { people, places } = extractEntities(text)
    const who = people.map((p) => p.name)
    expect(who).not.toContain('Tarrowby')
    expect(who).not.toContain('Brackenmere')
    expect(places.map((p) => p.name)).toContain('Tarrowby')
  })
})

describe('qprobe6 a province abbreviation ending a sentence', () => {
  it('makes no organisation of “Ont” in “Tarrowby, Ont. The crowd …”', () => {
    const text =
      'She spoke in Brackenmere, Ont., on Sunday. She also spoke in Tarrowby, Ont. The crowd ' +
      'cheered. Later she flew to Quarry Bend, Alta. The rally was cancelled.'
    const { organizations, people } = extractEntities(text)
    const all = [...organizations, ...people].map((e) => e.name)
    expect(all).not.toContain('Ont')
    expect(all).not.toContain('Alta')
  })
})
describe('qprobe5 a French name with a word before its first joining word', () => {
  it('keeps “Comité logement du Plateau-Vert” one organisation', () => {
    const text =
      'Kieran Aldous-Fréchette, an organizer with the Comité logement du Plateau-Vert, said the strike would continue.'
    expect(names(extractEntities(text).organizations)).toContain('Comité logement du Plateau-Vert')
  })
})

describe('qprobe5 French street names', () => {
  it('types “Rue Ste-Odile” a place, not a person', () => {
    const text =
      'Genevieve Arsenault-Pike opened her bakery on Rue Ste-Odile in 1998. She still bakes there.'
    const { places, people } = extractEntities(text)
    expect(names(places)).toContain('Rue Ste-Odile')
    expect(names(people)).not.toContain('Rue Ste-Odile')
  })
})

describe('qprobe5 a French name that ends in a lower-case word', () => {
  it('keeps “Syndicat des employés de la fonction publique,” whole where punctuation closes it', () => {
    const text =
      'The Syndicat des employés de la fonction publique, which is not part of the front, will negotiate alone. The Confédération des ouvriers unis (COU) agreed.'
    const orgs = names(extractEntities(text).organizations)
    expect(orgs).toContain('Syndicat des employés de la fonction publique')
    expect(orgs).toContain('Confédération des ouvriers unis')
  })

  it('does not run a French name on into English words', () => {
    const text = 'The Association des ports said its members met on Friday.'
    expect(names(extractEntities(text).organizations)).not.toContain(
      'Association des ports said its members'
    )
  })
})
describe('qprobe6 a person whose surname is a place’s head word', () => {
  it('reads “Wenna Park … Park said” as a person, not a park', () => {
    const text =
      'The votes were counted in Tarrowby on Monday.\n\nThe winning candidate, Wenna Park, ' +
      'thanked volunteers.\n\n“This belongs to everyone who knocked on a door,” Park said.'
    const { people, places } = extractEntities(text)
    expect(people.map((p) => p.name)).toContain('Wenna Park')
    expect(places.map((p) => p.name)).not.toContain('Wenna Park')
  })
})

describe('qprobe6 a party named with its qualifier', () => {
  it('reads “the Progressive Conservatives” as a party, not a person', () => {
    const text =
      'The votes were counted in Tarrowby on Monday.\n\nThe Progressive Conservatives lost a ' +
      'seat they had held for 30 years.'
    const { people, organizations } = extractEntities(text)
    expect(people.map((p) => p.name)).not.toContain('Progressive Conservatives')
    expect(organizations.map((o) => o.name)).toContain('Progressive Conservatives')
  })
})
describe('eprobe9 Canadian datelines, hyphenated places and party officials', () => {
  it('reads a dateline with “STE.” in capitals as one town', () => {
    const text = 'FORT STE. ODILE, Ont. — A Tarrow firm grew its staff on Monday.'
    const { places, organizations } = extractEntities(text)
    expect(names(places)).toContain('FORT STE. ODILE')
    expect(names(organizations)).not.toContain('ODILE')
  })

  it('keeps a title-like word inside a place written with “-area”', () => {
    const text = 'Prince Halvard-area residents have raised similar concerns about the ferry.'
    const { places, people } = extractEntities(text)
    expect(names(places)).toContain('Prince Halvard')
    expect(names(people)).not.toContain('Halvard')
  })

  it('does not take “Senior Liberal officials” for a person', () => {
    const text =
      'Senior Liberal officials said the file was under review, while Senior Conservative officials declined to comment.'
    const { people } = extractEntities(text)
    expect(names(people)).not.toContain('Senior Liberal')
    expect(names(people)).not.toContain('Senior Conservative')
  })
})

describe('eprobe9 companies named with a trade that is also a surname', () => {
  it('types “Calverley Power” an organisation in a story about companies', () => {
    const text =
      'Calverley Power wants to build a substation near the wharf. Shares of Ostrand Holdings Ltd. fell on the news.'
    const { people, organizations } = extractEntities(text)
    expect(names(organizations)).toContain('Calverley Power')
    expect(names(people)).not.toContain('Calverley Power')
  })

  it('keeps a person whose surname is a trade word', () => {
    const text = 'Karen Power said the company would not comment on the plan.'
    expect(names(extractEntities(text).people)).toContain('Karen Power')
  })
})

describe('eprobe9 the people of a place named in two words', () => {
  it('types “Nova Scotians” like “Albertans”, not a club nor the place “Nova”', () => {
    const text =
      'Residents of Tarrow Bay say Nova Scotians deserve answers about the ferry. Manitobans, the mayor added, face the same delays.'
    const { people, organizations, places } = extractEntities(text)
    expect(names(people)).toEqual(expect.arrayContaining(['Nova Scotians', 'Manitobans']))
    expect(names(organizations)).not.toContain('Nova Scotians')
    expect(names(places)).not.toContain('Nova')
  })
})

describe('eprobe9 a dateline province in capitals and a hill named after an institution', () => {
  it('types no organisation “ONT” in a dateline', () => {
    const text = 'ST. ALDRIC, ONT. — Crews worked through the night to clear the road.'
    const { organizations, places } = extractEntities(text)
    expect(names(organizations)).not.toContain('ONT')
    expect(names(places)).toContain('ST. ALDRIC')
  })

  it('types “Parliament Hill” a place, not a person', () => {
    const text = 'Crews worked through the night on Parliament Hill after the storm.'
    const { people, places } = extractEntities(text)
    expect(names(people)).not.toContain('Parliament Hill')
    expect(names(places)).toContain('Parliament Hill')
  })
})

describe('eprobe9 a party before its members in the plural', () => {
  it('types “Harbour Alliance MPs” as the party, no person', () => {
    const text = 'Harbour Alliance MPs walked out of the vote, and Tory MPs watched closely.'
    const { people, organizations } = extractEntities(text)
    expect(names(people)).not.toContain('Harbour Alliance MPs')
    expect(names(people)).not.toContain('Tory MPs')
    expect(names(organizations)).toContain('Harbour Alliance')
  })
})

describe('eprobe9 a party adjective after a sentence-opening word, and a fishing company', () => {
  it('does not take “Veteran Tory strategist …” for a person “Veteran Tory”', () => {
    const text = 'Veteran Tory strategist Ian Coyle said the issue could hurt the government.'
    const { people } = extractEntities(text)
    expect(names(people)).not.toContain('Veteran Tory')
    expect(names(people)).toContain('Ian Coyle')
  })

  it('types “Brindle Cove Fisheries” an organisation', () => {
    const text = 'The union representing Brindle Cove Fisheries workers says talks have stalled.'
    const { people, organizations } = extractEntities(text)
    expect(names(organizations)).toContain('Brindle Cove Fisheries')
    expect(names(people)).not.toContain('Brindle Cove Fisheries')
  })
})

describe('eprobe9 an adjective of long standing before a town and a resident', () => {
  it('reads “Longtime Lindmere resident Gail Ostrom” as a town and a person', () => {
    const text = 'Longtime Lindmere resident Gail Ostrom said the cuts hurt seniors.'
    const { people, places } = extractEntities(text)
    expect(names(people)).not.toContain('Longtime Lindmere')
    expect(names(people)).toContain('Gail Ostrom')
    expect(names(places)).toContain('Lindmere')
  })
})

describe('eprobe9 a trade-word company in a story that names a firm', () => {
  it('types “Ridgevale Power” an organisation when the story speaks of a firm', () => {
    const text =
      'A Tarrow-based firm has teamed up with Ridgevale Power to expand service. Ridgevale Power said it welcomed the review.'
    const { people, organizations } = extractEntities(text)
    expect(names(organizations)).toContain('Ridgevale Power')
    expect(names(people)).not.toContain('Ridgevale Power')
  })
})

describe('eprobe9 a place after "said" before its residents', () => {
  it('types “Lakemouth” in “said Lakemouth residents were worried” a place, not a speaker', () => {
    const text = 'Mayor Trina Holt said Lakemouth residents were worried about the closure.'
    const { people, places } = extractEntities(text)
    expect(names(people)).not.toContain('Lakemouth')
    expect(names(places)).toContain('Lakemouth')
  })
})

describe('eprobe9 an office holder’s office', () => {
  it('types “Prime Minister’s Office” one organisation, no person “Minister”', () => {
    const text =
      "A Prime Minister's Office spokesperson, Dana Lowe, declined to comment. The Premier's Office said it would respond."
    const { people, organizations } = extractEntities(text)
    expect(names(people)).not.toContain('Minister')
    expect(names(organizations)).toEqual(
      expect.arrayContaining(["Prime Minister's Office", "Premier's Office"])
    )
  })
})

describe('eprobe9 two trades joined by an ampersand, and a regulator', () => {
  it('keeps “Hollins Gas & Electric” one organisation, no person “Electric”', () => {
    const text =
      'Hollins Gas & Electric says it will cut 200 jobs. Tarrow Energy Regulator data shows output fell.'
    const { people, organizations } = extractEntities(text)
    expect(names(organizations)).toEqual(
      expect.arrayContaining(['Hollins Gas & Electric', 'Tarrow Energy Regulator'])
    )
    expect(names(people)).not.toContain('Electric')
    expect(names(people)).not.toContain('Hollins Gas')
    expect(names(people)).not.toContain('Energy Regulator')
  })
})

describe('eprobe9 a fire rescue service', () => {
  it('types “Lindmere Fire Rescue” an organisation, not a person', () => {
    const text = 'Fire Chief Dale Marchuk of Lindmere Fire Rescue said crews worked all night.'
    const { people, organizations } = extractEntities(text)
    expect(names(organizations)).toContain('Lindmere Fire Rescue')
    expect(names(people)).not.toContain('Lindmere Fire Rescue')
  })
})

describe('qprobe7 names from many cultures', () => {
  it('keeps a Somali given name opening a sentence on its person (“Abdi Hassan Mohamed”)', () => {
    const text = 'Abdi Hassan Mohamed, who lives on the 14th floor, said the lift broke again.'
    expect(names(extractEntities(text).people)).toContain('Abdi Hassan Mohamed')
  })
  it('keeps a Portuguese double surname after “dos” on its person, and on its later mentions', () => {
    const text = [
      'Maria dos Santos Ferreira, whose two children attend Ridgeway Elementary, said parents ' +
        'were blindsided.',
      '“We were told this was only a discussion,” dos Santos Ferreira said.',
    ].join('\n\n')
    const { people } = extractEntities(text)
    expect(names(people)).toEqual(['Maria dos Santos Ferreira'])
    expect(people[0]!.mentions).toBe(2)
  })

  it('takes an Arabic surname written with “al-” as part of the name (“Omar al-Rashid”)', () => {
    const text = [
      'Omar al-Rashid, a tenant organizer, said the group had filed a complaint.',
      '“They have had every chance to fix this,” al-Rashid said.',
    ].join('\n\n')
    const { people } = extractEntities(text)
    expect(names(people)).toEqual(['Omar al-Rashid'])
    expect(people[0]!.mentions).toBe(2)
    const quotes = extractQuotes(text, extractEntities(text))
    expect(quotes.find((q) => q.text.includes('every chance'))?.speaker).toBe('Omar al-Rashid')
  })
  it('lets a Sikh middle name alone stand for its person (“Singh said” after the full name)', () => {
    const text = [
      'Harjit Singh Dhaliwal, who grows blueberries near the Pellan River, said the levy came ' +
        'without warning.',
      'Singh said he would keep farming no matter what.',
    ].join('\n\n')
    const { people, organizations } = extractEntities(text)
    expect(names(people)).toEqual(['Harjit Singh Dhaliwal'])
    expect(people[0]!.mentions).toBe(2)
    const quotes = extractQuotes(text, extractEntities(text))
    expect(quotes.find((q) => q.text.includes('keep farming'))?.speaker).toBe(
      'Harjit Singh Dhaliwal'
    )
    expect(names(organizations)).not.toContain('Singh')
  })
  it('keeps “Will” opening a sentence as a given name before a surname and a reporting verb', () => {
    const text = [
      'The Kelby Lakes team won the final on Saturday.',
      'Will Bishop, whose daughter plays defence, said the coach built something special.',
      '“She treats every player the same,” Bishop said.',
      'Will Tarrow approve the new arena? Council votes next week.',
    ].join('\n\n')
    const { people } = extractEntities(text)
    expect(names(people)).toContain('Will Bishop')
    expect(names(people)).not.toContain('Will Tarrow')
    const quotes = extractQuotes(text, extractEntities(text))
    expect(quotes.find((q) => q.text.includes('every player'))?.speaker).toBe('Will Bishop')
  })
  it('lets a surname written first stand for its person (“Park Ji-hoon” … “Park said”)', () => {
    const text = [
      'Park Ji-hoon opened Golden Crust Bakery in Sorrel Bay in 1994.',
      '“We started with one oven and a loan from my cousin,” Park said.',
      'Le Thi Huong, who works at the pharmacy next door, said the street is changing.',
      '“Every month another shop closes,” Le said.',
    ].join('\n\n')
    const { people, organizations } = extractEntities(text)
    expect(names(people)).toEqual(['Park Ji-hoon', 'Le Thi Huong'])
    expect(people.map((p) => p.mentions)).toEqual([2, 2])
    expect(names(organizations)).not.toContain('Park')
  })

  it('lets a surname after a capitalised particle stand for its person (“Dela Cruz said”)', () => {
    const text = [
      'Maricel Dela Cruz has cared for an elderly man in Westmarch for six years.',
      '“I have not seen my children in person since 2019,” Dela Cruz said.',
    ].join('\n\n')
    const { people } = extractEntities(text)
    expect(names(people)).toEqual(['Maricel Dela Cruz'])
    expect(people[0]!.mentions).toBe(2)
  })
  it('lets an Arabic surname after a capitalised “Abu” stand for its person', () => {
    const text = [
      'Ahmad Abu Khalil, who coaches the under-14 team, said he has 40 players.',
      '“We need more coaches,” Abu Khalil said.',
    ].join('\n\n')
    const { people } = extractEntities(text)
    expect(names(people)).toEqual(['Ahmad Abu Khalil'])
    expect(people[0]!.mentions).toBe(2)
  })
  it('keeps “Will” capitalised inside a sentence as a given name (“Faith Roe and Will …”)', () => {
    const text = [
      'Two Kelby Lakes parents want a crosswalk near the school.',
      'Faith Olumide and Will Haddad have collected 300 signatures.',
      'Olumide said drivers speed past the school. Haddad said a child was nearly hit in March.',
      '“I watched it happen from my porch,” she said.',
      '“We are asking for paint and a sign, not a bridge,” he said.',
    ].join('\n\n')
    const { people, places, organizations } = extractEntities(text)
    expect(names(people)).toEqual(['Faith Olumide', 'Will Haddad'])
    expect(names(places)).toContain('Kelby Lakes')
    expect(names(organizations)).not.toContain('Haddad')
    const quotes = extractQuotes(text, extractEntities(text))
    expect(quotes.find((q) => q.text.includes('porch'))?.speaker).toBe('Faith Olumide')
    expect(quotes.find((q) => q.text.includes('paint'))?.speaker).toBe('Will Haddad')
  })
  it('lets the two surnames of a Spanish or Portuguese name stand for its person', () => {
    const text = [
      'José Luis Hernández Ortega has worked at the Norfield greenhouse for nine seasons.',
      '“We work 70 hours and they pay us for 50,” Hernández Ortega said.',
      'João Pereira Costa said he had sent money home for 12 years.',
      '“My children grew up without me,” Pereira Costa said.',
    ].join('\n\n')
    const { people } = extractEntities(text)
    expect(names(people)).toEqual(['José Luis Hernández Ortega', 'João Pereira Costa'])
    expect(people.map((p) => p.mentions)).toEqual([2, 2])
  })
  it('takes a title off a name written surname first (“Coun. Park Ji-hoon”)', () => {
    const text = [
      'Coun. Park Ji-hoon, who represents the downtown ward, pushed for the bike lane.',
      '“This is a safety issue,” Park said.',
    ].join('\n\n')
    const { people, organizations } = extractEntities(text)
    expect(names(people)).toEqual(['Park Ji-hoon'])
    expect(people[0]!.mentions).toBe(2)
    expect(names(organizations)).not.toContain('Park')
  })
})
