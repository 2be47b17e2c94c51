import { describe, expect, it } from 'vitest'
import { extractEntities, extractFromText, extractQuotes } from '../../src/extract/index'

describe('organisations named after a place', () => {
  it('keeps the place in the organisation name and also reports the place', () => {
    const text =
      'Ministers meet\n\nThe envoys met on the sidelines of the Harbin Trade Organisation (HTO) summit. Shares on the Lisbon Stock Exchange rose.'
    const { entities } = extractFromText(text)
    const orgs = entities.organizations.map((o) => o.name)
    expect(orgs).toContain('Harbin Trade Organisation')
    expect(orgs).toContain('Lisbon Stock Exchange')
    expect(
      entities.organizations.find((o) => o.name === 'Harbin Trade Organisation')?.aliases
    ).toContain('HTO')
    expect(entities.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Lisbon']))
  })
})

describe('industry words that end an organisation name', () => {
  it('reads “X Railway”, “X Railroad”, “X Transit” as organisations, not people', () => {
    const text =
      'Two crews with Marrow Valley Railway and Tarn Railroad were hurt on Monday. Brisk Harbour ' +
      'Transit said buses would replace the trains.'
    const { entities } = extractFromText(text)
    const orgs = entities.organizations.map((o) => o.name)
    expect(orgs).toEqual(
      expect.arrayContaining(['Marrow Valley Railway', 'Tarn Railroad', 'Brisk Harbour Transit'])
    )
    expect(entities.people.map((p) => p.name)).not.toContain('Marrow Valley Railway')
  })
})

describe('co-operatives', () => {
  it('reads “X Co-operative” and “X Co-op” as organisations, not people', () => {
    const text =
      'Alder Bay Co-operative said members would vote on a merger. Tarn Valley Co-op agreed.'
    const { entities } = extractFromText(text)
    expect(entities.organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Alder Bay Co-operative', 'Tarn Valley Co-op'])
    )
    expect(entities.people).toEqual([])
  })
})

describe('two companies joined by “and”', () => {
  it('splits “X Steel and Y Systems” into two organisations, and keeps “Ministry of Trade and Industry”', () => {
    const text =
      'Glenmore Steel and Torvik Systems did not respond. The Ministry of Trade and Industry agreed.'
    const { entities } = extractFromText(text)
    expect(entities.organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Glenmore Steel', 'Torvik Systems', 'Ministry of Trade and Industry'])
    )
  })

  it('parts a long “X of Place” name from the organisation after its “and”', () => {
    const names = extractEntities(
      'The mill borrowed from the Regional Development Bank of Manitoba and Prairie Harvest Fund. ' +
        'Staff at the Lakeland Institute of Technology and Tarrow State University of the US agreed, ' +
        'as did the Department of Housing and Rural Services and the Department of Water and Natural Resources.'
    ).organizations.map((o) => o.name)
    expect(names).toEqual(
      expect.arrayContaining([
        'Regional Development Bank of Manitoba',
        'Prairie Harvest Fund',
        'Lakeland Institute of Technology',
        'Tarrow State University of the US',
        'Department of Housing and Rural Services',
        'Department of Water and Natural Resources',
      ])
    )
  })
})

describe('union locals', () => {
  it('reads “Unifor Local 2217” with its number as one organisation, also written “Local 2217”', () => {
    const text =
      'Members of Brakeworkers Local 2217 voted to strike, the union said. Local 2217 president ' +
      'Shawna Beaulieu-Tran said members were tired of waiting. CUPE Local 88 sent support.'
    const { entities } = extractFromText(text)
    const orgs = entities.organizations.map((o) => o.name)
    expect(orgs).toEqual(expect.arrayContaining(['Brakeworkers Local 2217', 'CUPE Local 88']))
    expect(orgs).not.toContain('Local 2217')
    expect(entities.people.map((p) => p.name)).toEqual(['Shawna Beaulieu-Tran'])
  })
})

describe('utilities named after a province or a city', () => {
  it('reads “Manitoba Power”, “Alberta Hydro” and “Lisbon Water” as organisations, not people', () => {
    const text =
      'Manitoba Power said crews were out. Alberta Hydro said the outage was over. Lisbon Water ' +
      'said the pipes held.'
    const { entities } = extractFromText(text)
    expect(entities.organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Manitoba Power', 'Alberta Hydro', 'Lisbon Water'])
    )
    expect(entities.people).toEqual([])
  })
})

describe('a name after the kind of organisation it is', () => {
  it('reads “the advocacy group X”, “the union X” as organisations, not people', () => {
    const text =
      'Ona Brevik, a spokesperson for the tenant advocacy group Fair Rent Tarnford, said the ' +
      'rules were overdue. Members of the union Harbour Dock Workers voted on Friday.'
    const { entities } = extractFromText(text)
    expect(entities.organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Fair Rent Tarnford', 'Harbour Dock Workers'])
    )
    expect(entities.people.map((p) => p.name)).toEqual(['Ona Brevik'])
  })

  it('keeps the person who founded or runs the organisation a person', () => {
    const text = 'The company Ansel Korrin founded in 2009 now employs 40 people, Korrin said.'
    const { entities } = extractFromText(text)
    expect(entities.people.map((p) => p.name)).toEqual(['Ansel Korrin'])
  })
})

describe('firms, research houses and newspapers', () => {
  const text =
    'Prices will rise again, said Oren Valde, an analyst at Tarnwick Research. Pia Lusk of ' +
    'Merrow & Quist said rivals would follow. The landlord, Ashgrove Residential, said it ' +
    'would appeal, Lusk told the Dunmore Ledger.'

  it('reads research houses, landlords, partners’ firms and newspapers as organisations', () => {
    const { organizations, people } = extractEntities(text)
    expect(organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'Tarnwick Research',
        'Merrow & Quist',
        'Ashgrove Residential',
        'Dunmore Ledger',
      ])
    )
    expect(people.map((p) => p.name).sort()).toEqual(['Oren Valde', 'Pia Lusk'])
  })

  it('keeps a couple and a photo credit joined by an ampersand as people', () => {
    const { organizations } = extractEntities(
      'Photo: Brannoch & Teague. Ann & Bo Lindqvist opened the shop in 1990.'
    )
    expect(organizations).toEqual([])
  })
})

describe('a name the next sentence calls a utility', () => {
  it('reads “X said … The utility expects …” as an organisation', () => {
    const text =
      'Strong winds cut power to 9,000 homes. Brenmoor Light said crews had reconnected most ' +
      'of them by Friday. The utility expects the rest back on by Sunday.'
    const { organizations, people } = extractEntities(text)
    expect(organizations.map((o) => o.name)).toEqual(['Brenmoor Light'])
    expect(people).toEqual([])
  })

  it('keeps a person who speaks before “The company …” a person', () => {
    const text =
      'Rates fell in May. Tamsin Orrell said the cut was overdue. The company expects more ' +
      'savings next year.'
    expect(extractEntities(text).people.map((p) => p.name)).toEqual(['Tamsin Orrell'])
  })
})

describe('firms named for their trade: markets, advisers, management', () => {
  it('types “Seabright Capital Markets” as an organisation and credits the analyst named with it', () => {
    const text =
      'Battery maker raises money\n\nAnalyst Farid Haddon of Seabright Capital Markets said the company still faced a crowded market.'
    const entities = extractEntities(text)
    expect(entities.organizations.map((o) => o.name)).toContain('Seabright Capital Markets')
    expect(entities.people.map((p) => p.name)).toEqual(['Farid Haddon'])
    expect(extractQuotes(text, entities)[0]?.speaker).toBe('Farid Haddon')
  })
})

describe('a possessive inside a name', () => {
  it('keeps “King’s Bench”, “St. Name’s Hospital” and “Name’s Cove” whole, not a person', () => {
    const { people, organizations, places } = extractEntities(
      "A judge of the Court of King's Bench of Saskatchewan sent the file to St. Odran's Hospital " +
        "and St. Wilfrid's Lutheran Church, near Tessa's Cove. Canada's Parliament was told."
    )
    expect(people).toEqual([])
    expect(organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        "Court of King's Bench of Saskatchewan",
        "St. Odran's Hospital",
        "St. Wilfrid's Lutheran Church",
      ])
    )
    expect(places.map((p) => p.name)).toEqual(expect.arrayContaining(["Tessa's Cove", 'Canada']))
  })
})

describe('firms, tickers and associations', () => {
  it('reads “X Y & Co.”, an exchange’s ticker and “Dairy Farmers of X” as business copy does', () => {
    const { people, organizations } = extractEntities(
      'Pellow Foods Inc. (TSX: PFI) hired Marrow Tate & Co. to advise it. Grain Growers of ' +
        'Saskatchewan said the deal was fair, in a case cited as R. v. Tennby.'
    )
    expect(people.map((p) => p.name)).not.toContain('Marrow Tate')
    expect(people.map((p) => p.name)).not.toContain('Grain Growers')
    const names = organizations.map((o) => o.name)
    expect(names).toEqual(
      expect.arrayContaining(['Marrow Tate & Co', 'Grain Growers of Saskatchewan'])
    )
    expect(names).not.toContain('PFI')
    expect(names).not.toContain('Co')
  })

  it('reads “X Y & Z LLC” and “X Pty Ltd” as one company, not a person and a company', () => {
    const { people, organizations } = extractEntities(
      'Contracts went to Tarrow Tow & Salvage LLC, owned by Vic Amberley. Orebank bought ' +
        'Redcliff Exploration Pty Ltd.'
    )
    expect(people.map((p) => p.name)).toEqual(['Vic Amberley'])
    expect(organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Tarrow Tow & Salvage LLC', 'Redcliff Exploration Pty Ltd'])
    )
  })
})

describe('a party before a name, and a court “for” its district', () => {
  it('reads “Republican Name Surname” as the person and “X Court for the Y District” as a court', () => {
    const { people, organizations, places } = extractEntities(
      'The sheriff is running against Republican Travis Kellom. He was tried in the U.S. ' +
        'District Court for the Eastern District of Tarrowa.'
    )
    expect(people.map((p) => p.name)).toEqual(['Travis Kellom'])
    expect(organizations.map((o) => o.name)).toEqual([
      'U.S. District Court for the Eastern District',
    ])
    expect(places.map((p) => p.name)).not.toContain('U.S. District Court for the Eastern District')
  })
})

describe('parties and titles in capitals', () => {
  it('reads a party as an organisation and “MP” alone as no one', () => {
    const { people, organizations } = extractEntities(
      "Brackwater's MP, Labour's Priya Tennant, spoke first. Liberal Democrat group leader " +
        'Cllr Owen Marsh said the Tories had failed. The MP left early.'
    )
    expect(people.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Priya Tennant', 'Owen Marsh'])
    )
    expect(people).toHaveLength(2)
    const names = organizations.map((o) => o.name)
    expect(names).toEqual(expect.arrayContaining(['Labour', 'Liberal Democrat', 'Tories']))
    expect(names).not.toContain('MP')
  })
})

describe('an institution named after someone with a title', () => {
  it('keeps “Queen Name Hospital”, “Prince Name Collegiate School” whole, not a title and a name', () => {
    const { people, organizations } = extractEntities(
      'She was born at Queen Maudie Hospital and studied at Prince Tolan Collegiate School.'
    )
    expect(people).toEqual([])
    expect(organizations.map((o) => o.name)).toEqual([
      'Queen Maudie Hospital',
      'Prince Tolan Collegiate School',
    ])
  })
})

describe('an institution’s centre', () => {
  it('reads “X Health Centre” as an organisation, parted from the hospital after “and”', () => {
    const { organizations, places } = extractEntities(
      'Patients at Marlow Regional Health Centre and Lake of the Pines District Hospital waited ' +
        'hours, while shoppers filled the Tarrow Centre.'
    )
    expect(organizations.map((o) => o.name)).toEqual([
      'Marlow Regional Health Centre',
      'Lake of the Pines District Hospital',
    ])
    expect(places.map((p) => p.name)).toContain('Tarrow Centre')
  })
})

describe('a programme that speaks', () => {
  it('reads “the X Programme said” as the agency, and credits it with the quote', () => {
    const text =
      'Rations were cut in the camps. The Regional Food Programme said it had run out of money.'
    const entities = extractEntities(text)
    expect(entities.organizations.map((o) => o.name)).toEqual(['Regional Food Programme'])
    expect(extractQuotes(text, entities).map((q) => q.speaker)).toEqual(['Regional Food Programme'])
  })
})

describe('“The” in capitals inside a sentence', () => {
  it('reads “published in The X” as a publication, not a place', () => {
    const { places, organizations } = extractEntities(
      'The team reported in The Marrowvale Review that the test works, and told The Tarrow ' +
        'Ledger so. The review was published in Brask.'
    )
    expect(organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Marrowvale Review', 'Tarrow Ledger'])
    )
    expect(places.map((p) => p.name)).toEqual(['Brask'])
  })
})

describe('qprobe4 a publication named after its kind', () => {
  it('types “in the journal Freshwater Letters” as an organisation, not a person', () => {
    const text =
      'The study, published Wednesday in the journal Freshwater Letters, was led by Dr. Helena Voss.'
    const { organizations, people } = extractEntities(text)
    expect(organizations.map((o) => o.name)).toContain('Freshwater Letters')
    expect(people.map((p) => p.name)).not.toContain('Freshwater Letters')
  })
})

describe('qprobe4 a listener written after “the”', () => {
  it('types “told the Ladner Bay Record” as an organisation, not a person', () => {
    const text = '“She still beats me at cards,” Karen Osk told the Ladner Bay Record on Sunday.'
    const { organizations, people } = extractEntities(text)
    expect(organizations.map((o) => o.name)).toContain('Ladner Bay Record')
    expect(people.map((p) => p.name)).not.toContain('Ladner Bay Record')
  })
})

describe('qprobe4 a chamber of commerce', () => {
  it('keeps “the Brackley Chamber of Commerce said” whole, as an organisation', () => {
    const text =
      'In a statement, the Brackley Chamber of Commerce said it had not endorsed either candidate.'
    const { organizations, people } = extractEntities(text)
    expect(organizations.map((o) => o.name)).toContain('Brackley Chamber of Commerce')
    expect(people).toEqual([])
    expect(extractQuotes(text, extractEntities(text))[0]?.speaker).toBe(
      'Brackley Chamber of Commerce'
    )
  })
})

describe('qprobe4 a shop or a restaurant by its name', () => {
  it('types “the Sunrise Bakery” and “Harbour Light Cafe” as organisations', () => {
    const text =
      'Rosa Delgado has run the Sunrise Bakery for 18 years. Harbour Light Cafe opened next door.'
    const { organizations, people } = extractEntities(text)
    expect(organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Sunrise Bakery', 'Harbour Light Cafe'])
    )
    expect(people.map((p) => p.name)).toEqual(['Rosa Delgado'])
  })
})

describe('qprobe4 companies named by their trade', () => {
  it('types “Tillson Drug Mart said” and “Northfield Hydro told” as organisations', () => {
    const text = [
      'Tillson Drug Mart said Tuesday it would close 12 stores by summer.',
      'Northfield Hydro told customers to expect higher bills this winter.',
      'Harrow Lake Mines said it had found a new vein.',
    ].join('\n\n')
    const { organizations, people } = extractEntities(text)
    expect(organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Tillson Drug Mart', 'Northfield Hydro', 'Harrow Lake Mines'])
    )
    expect(people).toEqual([])
  })
})

describe('qprobe4 a manufacturer by its trade', () => {
  it('types “The company, Kestrel Components, said” as an organisation', () => {
    const text = 'The company, Kestrel Components, said production would resume Monday.'
    const { organizations, people } = extractEntities(text)
    expect(organizations.map((o) => o.name)).toContain('Kestrel Components')
    expect(people).toEqual([])
  })
})

describe('national bodies named by two fields', () => {
  it('keeps “Fisheries and Oceans Canada” whole, and still parts two countries', () => {
    const text = [
      'Fisheries and Oceans Canada said the closure would last two weeks.',
      'Environment and Climate Change Canada issued a snowfall warning for the coast.',
      'Trade between Germany and Canada grew last year.',
    ].join('\n\n')
    const { organizations, places } = extractEntities(text)
    expect(organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'Fisheries and Oceans Canada',
        'Environment and Climate Change Canada',
      ])
    )
    expect(organizations.map((o) => o.name)).not.toContain('Oceans Canada')
    expect(places.map((p) => p.name)).toEqual(expect.arrayContaining(['Germany', 'Canada']))
  })
})

describe('names that end in “General”', () => {
  it('types a hospital by its short name as an organisation, and an office as no one', () => {
    const hospital = extractEntities('Staff at Kestrel Bay General said the patient was stable.')
    expect(hospital.organizations.map((o) => o.name)).toEqual(['Kestrel Bay General'])
    expect(hospital.people).toEqual([])
    const office = extractEntities('The Auditor General said the housing program had failed.')
    expect(office.people).toEqual([])
    expect(extractEntities('Attorney General Ann Roe said the law was clear.').people).toEqual([
      expect.objectContaining({ name: 'Ann Roe' }),
    ])
  })
})

describe('an acronym of a name with lower-case words', () => {
  it('links “The CSN said” to “Confédération des syndicats nationaux (CSN)”', () => {
    const text =
      'The Confédération des syndicats nationaux (CSN) represents 1,200 workers at the plant. The CSN said the offer was an insult.'
    const entities = extractEntities(text)
    expect(entities.organizations.map((o) => o.name)).toEqual([
      'Confédération des syndicats nationaux',
    ])
    expect(extractQuotes(text, entities)[0]?.speaker).toBe('Confédération des syndicats nationaux')
  })
})

describe('“First Nations” as a kind of community', () => {
  it('makes no organisation “Nations” of “three First Nations”', () => {
    const { organizations } = extractEntities(
      'Leaders from three First Nations met with the Lowmere Water Board on Monday.'
    )
    expect(organizations.map((o) => o.name)).toEqual(['Lowmere Water Board'])
  })
})
