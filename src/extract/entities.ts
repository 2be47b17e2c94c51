/**
 * @module People, organisations and places by rule: capitalised phrases are typed by titles, given
 * names, organisation and place words, acronyms and reporting verbs; shorter forms ("Xi",
 * "Jinping", "SCO") merge into the entity whose full name contains them. Linear in the length of
 * the text.
 */
import {
  COUNTRIES,
  DEMONYMS,
  DOCUMENTS,
  NAME_HOMOGRAPHS,
  NOT_NAME_FIRST,
  ORG_ENDINGS,
  PERSON_NOUNS,
  QUANTITY,
  lexiconFor,
  type Lexicon,
} from './lexicon'
import { classify, isTitleOnly } from './entity-classify'
import { nestedMentions } from './entity-nested'
import {
  ACTS,
  PLACE_PREFIX,
  clubAfterPlace,
  PREPOSITIONS,
  PRONOUNS,
  isCap,
  lower,
  phrases,
  phraseText,
  surnameFirst,
  tokenize,
} from './entity-phrases'
import { KIN, elderAndYounger, sentenceBefore } from './entity-kin'
import { joinPlaces, partSurnames } from './entity-joins'
import { findTeams } from './entity-teams'
import type { Entity, EntityMention, EntityType } from './types'

/**
 * Lower-case nouns after a country that make "country + noun" an organisation ("Japan's
 * government").
 */
const INSTITUTION =
  /^[ \u00a0]+(?:government|administration|army|military|navy|police|team|squad|authorities|embassy|parliament|cabinet)\b/u

/** "Lynx coach …", "Lynx defenceman …": a club's last word before a coach or a position. */
const CLUB_ROLE_AFTER = (word: string) =>
  new RegExp(
    String.raw`(?<![\p{L}-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s+(?:head\s+)?(?:coach|captain|goaltender|goalie|defenceman|defenseman|forward|striker|midfielder|quarterback|pitcher|manager)\b`,
    'u'
  )

/** Words a game story uses and other stories hardly do ("coach", "overtime", "power play"). */
const SPORT =
  /\b(?:coach|coached|goaltender|goalie|overtime|playoffs?|power play|home opener|innings|touchdown|hat trick|penalty kick|free throw|halftime|half-time|striker|midfielder|defenceman|defenseman|quarterback|goalkeeper|scored (?:twice|three times|the winner|the winning))\b/

/** The last words of a street's name ("Avenue" of "Weller Avenue"). */
const STREET_WORDS = new Set(
  'street st avenue ave road rd boulevard blvd drive lane crescent terrace parkway'.split(' ')
)

/** Generational suffixes after a surname ("Ann Roe Jr.", "Tom Roe III"). */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])
/** The index of a name's surname among its words: the last, or the one before a suffix. */
const surnameAt = (words: readonly string[]) =>
  words.length > 2 && SUFFIXES.has(words[words.length - 1]!.toLowerCase().replace(/\.$/, ''))
    ? words.length - 2
    : words.length - 1
/** A person's name without its generational suffix ("Tennant" of "Tennant Jr."). */
const withoutSuffix = (words: string[]) =>
  words.length > 1 && SUFFIXES.has(words[words.length - 1]!.toLowerCase().replace(/\.$/, ''))
    ? words.slice(0, -1)
    : words
/** Surname particles written with a capital ("Dela Cruz", "Van Horne", "Abu Khalil"). */
const CAPITAL_PARTICLES = new Set([
  ...'De Del Dela Della Da Di Du Van Von Der Den Le La Dos Das St. Ste. San Santa'.split(' '),
  ...'Abu Bin Ibn El Al'.split(' '),
])
/** Initials standing for given names ("J.", "J.R."). */
const INITIALS = /^(?:\p{Lu}\.)+$/u

/** Legal forms that end a company's name ("Inc.", "Ltd"). */
const COMPANY_SUFFIXES = new Set(
  'inc corp corporation co ltd llc plc pty ag gmbh sa nv company group holdings'.split(' ')
)

/**
 * Records the short forms of an organisation's name: its leading words when the rest are only
 * industry words and legal forms ("Harbour Link" of "Harbour Link Ferries", "Keel" of "Keel
 * Logistics Inc."). A short form two organisations share stands for neither (null).
 */
function noteShortForms(shortForms: Map<string, Cluster | null>, org: Cluster, lex: Lexicon): void {
  const words = org.name.split(/\s+/)
  const note = (key: string) => {
    const known = shortForms.get(key)
    shortForms.set(key, known === undefined || known === org ? org : null)
  }
  for (let n = words.length - 1; n >= 1; n--) {
    const tail = words[n]!.toLowerCase().replace(/\./g, '')
    if (!COMPANY_SUFFIXES.has(tail) && !ORG_ENDINGS.has(tail)) break
    note(words.slice(0, n).join(' ').toLowerCase())
  }
  // "Kestrel" of "Kestrel Dairy Ltd.": the first word of a three-word company name with a legal
  // form, when it is a name of its own (no given name, place or adjective).
  const first = words[0]!.toLowerCase()
  if (
    words.length === 3 &&
    LEGAL_FORMS.has(words[2]!.toLowerCase().replace(/\./g, '')) &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0]!) &&
    !lex.givenNames.has(first) &&
    !lex.places.has(first) &&
    !NOT_NAME_FIRST.has(first) &&
    !lex.functionWords.has(first)
  )
    note(first)
}

/** Legal forms that end a company's name and name nothing else ("Ltd.", "GmbH"). */
/**
 * A company's legal form, "the company", "a Tarrow-based firm", "shareholders", "shares of": the
 * story speaks of companies.
 */
const COMPANY_TALK = new RegExp(
  String.raw`\b(?:Corp|Inc|Ltd|Limited|LLC)\b|\bshares (?:of|in)\b|` +
    String.raw`\b(?:compan(?:y|ies)|firms?|utilit(?:y|ies)|corporation|shareholders)\b`
)

const LEGAL_FORMS = new Set('inc corp ltd llc llp plc pty ag gmbh sa nv'.split(' '))

/** The entities of a text, every mention with offsets, and a resolver for speaker mentions. */
export interface EntityAnalysis {
  people: Entity[]
  organizations: Entity[]
  places: Entity[]
  mentions: EntityMention[]
  /** Canonical person name for a mention as written ("Putin" → "Vladimir Putin"), or null. */
  resolvePerson(mention: string): string | null
  /**
   * The person or organisation a name as written stands for, by its place in `people` or
   * `organizations` ("Putin" → person 0), or null when the name is no such entity.
   */
  resolveEntity(mention: string): EntityRef | null
  /**
   * The entity a credited speaker's name stands for, adding it when the name is a proper name the
   * recogniser missed ("…,” said Ann Roe"): a person for two or more words or a known given name,
   * an organisation for one word or a country that speaks. Null for anything that is not a name.
   */
  addSpeaker(mention: string, offset: number): EntityRef | null
  /**
   * The organisation named `name` ("Reuters" of "(With input from Reuters)"), added when missing.
   */
  addOrganization(name: string, offset: number): EntityRef | null
}

/** A person or organisation by its index in the extraction's list of its type. */
export interface EntityRef {
  type: 'person' | 'organization'
  index: number
}

interface Cluster {
  type: EntityType
  name: string
  aliases: Set<string>
  count: number
  first: number
}

/**
 * Finds the people, organisations and places in `text`; `headline` mentions raise salience.
 * `language` picks the lexicon (titles, particles, function words, names and places of that
 * language joined to the English ones); English when absent.
 *
 * @example
 * extractEntities('Russian President Vladimir Putin met Xi Jinping. Putin said…').people[0].name // 'Vladimir Putin'
 */
export function extractEntities(
  text: string,
  headline = '',
  language?: string | null
): EntityAnalysis {
  const lex = lexiconFor(language)
  const tokens = tokenize(text, 200_000, lex)
  const found = partSurnames(phrases(tokens, text, lex), lex)
  const clusters: Cluster[] = []
  const index = new Map<string, Cluster>()
  const add = (key: string, c: Cluster) => {
    if (!index.has(key)) index.set(key, c)
  }
  // Acronyms in brackets after a name, "Shanghai Cooperation Organisation (SCO)", alias that name.
  const acronyms = new Map<string, string>()
  for (const m of text.matchAll(
    /([\p{Lu}][\p{L}]{0,30}(?:\s+(?:of|for|and|the|[\p{Lu}][\p{L}]{0,30})){1,8})\s*\(\s*([\p{Lu}]{2,8})\s*\)/gu
  )) {
    if (acronyms.size < 200)
      acronyms.set(m[2]!.toLowerCase(), m[1]!.replace(/^(?:The|A)\s+/, '').toLowerCase())
  }
  // "Confédération des syndicats nationaux (CSN)": a name with lower-case words whose initials,
  // small joining words left out, spell the letters in brackets.
  for (let at = text.indexOf('('); at >= 0 && acronyms.size < 200; at = text.indexOf('(', at + 1)) {
    const letters = /^\(\s*(\p{Lu}{2,6})\s*\)/u.exec(text.slice(at, at + 12))?.[1]
    if (!letters || acronyms.has(letters.toLowerCase())) continue
    const words = text
      .slice(Math.max(0, at - 120), at)
      .trim()
      .split(/\s+/)
      .slice(-7)
    const name = initialsSpell(words, letters)
    if (name) acronyms.set(letters.toLowerCase(), name.toLowerCase())
  }
  // Pass 1: typed multi-word names (and typed singles) found clusters, longest first.
  // A one-word name that recurs mid-sentence and is no one's surname is most often an organisation
  // ("Microsoft", "NASA said"): people are introduced by full name and then go by its last word.
  const seen = new Map<string, number>()
  const surnames = new Set<string>()
  // First words of multi-word names ("oliver" of "Oliver Kemp"): a given name the story uses.
  const givens = new Set<string>()
  for (const p of found) {
    if (p.tokens.length > 1 && !p.tokens.some((t) => lex.connectors.has(t.text))) {
      surnames.add(lower(p.tokens[surnameAt(p.tokens.map((t) => t.text))]!.text))
      givens.add(lower(p.tokens[0]!.text))
    } else if (!p.tokens[0]!.initial)
      seen.set(lower(p.tokens[0]!.text), (seen.get(lower(p.tokens[0]!.text)) ?? 0) + 1)
  }
  // One-word names that speak ("Park said"): surnames, whatever a place's name ends in.
  const spokeAlone = new Set(
    found.filter((p) => p.tokens.length === 1 && p.speaker).map((p) => lower(p.tokens[0]!.text))
  )
  // Words also written in lower case ("internet", "match") are common nouns capitalised for effect.
  const common = new Set(tokens.filter((t) => !isCap(t.text)).map((t) => t.text))
  const repeated = new Set(
    [...seen]
      .filter(([w, n]) => n >= 2 && !surnames.has(w) && !common.has(w) && !/\d/.test(w))
      .map(([w]) => w)
  )
  // Names followed by a number somewhere ("Navigator 6") are products and models.
  const things = new Set<string>()
  for (const p of found) {
    if (
      !/^ \d/.test(
        text.slice(p.tokens[p.tokens.length - 1]!.end, p.tokens[p.tokens.length - 1]!.end + 2)
      )
    )
      continue
    const from = p.tokens.findLastIndex((t) => lex.connectors.has(t.text)) + 1
    things.add(
      p.tokens
        .slice(from)
        .map((t) => t.text)
        .join(' ')
        .toLowerCase()
    )
  }
  // A name an apposition, its shares or its officers call an organisation once is one everywhere.
  const organisations = new Set(
    found.filter((p) => p.organisationCue).map((p) => phraseText(p).toLowerCase())
  )
  // So does a name the words around it call a place once ("the Glenmoor subdivision").
  const places = new Set(
    found
      .filter((p) => p.placeCue && !p.organisationCue && !p.speaker)
      .map((p) => phraseText(p).toLowerCase())
  )
  // In a game story a plural name written after "the" is a club's ("the Harbour Hawks").
  const definite = new Set(
    SPORT.test(text)
      ? found.filter((p) => p.before === 'the').map((p) => phraseText(p).toLowerCase())
      : []
  )
  // One-word names written after "in", "near" … at least half the times they recur.
  const located = new Map<string, number>()
  for (const p of found)
    if (p.tokens.length === 1 && lex.locatives.has(p.before) && !p.tokens[0]!.initial)
      located.set(lower(p.tokens[0]!.text), (located.get(lower(p.tokens[0]!.text)) ?? 0) + 1)
  const placed = new Set(
    [...located].filter(([w, n]) => n * 2 >= (seen.get(w) ?? 0)).map(([w]) => w)
  )
  // "Weller Avenue … a store on Weller": the first word of a street's name, after "on", is the
  // street.
  const streets = new Set(
    found
      .filter(
        (p) =>
          p.tokens.length === 2 &&
          STREET_WORDS.has(lower(p.tokens[1]!.text).replace(/\.$/, '')) &&
          !lex.givenNames.has(lower(p.tokens[0]!.text))
      )
      .map((p) => lower(p.tokens[0]!.text))
  )
  // One look at the whole story: does it speak of companies?
  const companies = COMPANY_TALK.test(text)
  const typed = found.map((p) => ({
    p,
    type: classify(
      p,
      {
        repeated,
        common,
        things,
        surnames,
        givens,
        organisations,
        places,
        definite,
        placed,
        streets,
        spokeAlone,
        companies,
      },
      lex
    ),
  }))
  joinPlaces(typed, text, lex)
  const sorted = typed.filter((x) => x.type).sort((a, b) => b.p.tokens.length - a.p.tokens.length)
  // Short forms of company names, filled as organisations are found (longest names come first).
  const shortForms = new Map<string, Cluster | null>()
  /**
   * The one person named in full with `key` between the given name and the surname ("Singh" of
   * "Harjit Singh Dhaliwal", "Kaur" of "Gurpreet Kaur Sandhu"), who goes by it alone too.
   */
  // (The middle names of the people found so far, kept up as clusters are added: one look-up per
  // phrase, not a pass over every cluster. null: two or more people bear it.)
  const middles = new Map<string, Cluster | null>()
  let indexed = 0
  const middleNameOf = (key: string): Cluster | undefined => {
    if (lex.connectors.has(key)) return undefined
    for (; indexed < clusters.length; indexed++) {
      const c = clusters[indexed]!
      if (c.type !== 'person') continue
      const words = c.name.toLowerCase().split(' ')
      for (const w of new Set(words.slice(1, -1)))
        middles.set(w, middles.has(w) && middles.get(w) !== c ? null : c)
    }
    return middles.get(key) ?? undefined
  }
  for (const { p, type } of sorted) {
    const name = phraseText(p)
    const key = name.toLowerCase()
    if (index.has(key)) continue
    const long = acronyms.get(key)
    const expanded = long
      ? (index.get(long) ??
        [...index.entries()].find(([k]) => k.endsWith(long) || long.endsWith(k))?.[1])
      : undefined
    if (expanded) {
      add(key, expanded)
      continue
    }
    // "Harbour Link" after "Harbour Link Ferries", "Keel" after "Keel Logistics Inc.": the leading
    // words of the one organisation whose name goes on with nothing but company words.
    const company = type === 'place' ? null : shortForms.get(key)
    if (company) {
      add(key, company)
      continue
    }
    // "Weller" of "Weller Avenue": the one street named with it.
    if (type === 'place' && p.tokens.length === 1 && streets.has(key)) {
      const street = clusters.filter(
        (c) => c.type === 'place' && c.name.toLowerCase().startsWith(`${key} `)
      )
      if (street.length === 1) {
        add(key, street[0]!)
        continue
      }
    }
    // "Jones" typed a person on its own, after "Oli Jones": the surname of the one person named in
    // full with it (a given name the lists do not know kept it from being an alias above).
    if (type === 'person' && p.tokens.length === 1) {
      const bearers = clusters.filter(
        (c) =>
          c.type === 'person' && c.name.includes(' ') && c.name.toLowerCase().endsWith(` ${key}`)
      )
      if (bearers.length === 1) {
        add(key, bearers[0]!)
        continue
      }
      const middle = middleNameOf(key)
      if (middle) {
        add(key, middle)
        continue
      }
    }
    const cluster: Cluster = {
      type: type!,
      name,
      aliases: new Set([name]),
      count: 0,
      first: Infinity,
    }
    clusters.push(cluster)
    if (type === 'organization') noteShortForms(shortForms, cluster, lex)
    // "the Oilers" after "Edmonton Oilers": a club by its name without its place.
    if (type === 'organization' && clubAfterPlace(p.tokens, lex))
      add(key.slice(key.indexOf(' ') + 1), cluster)
    // "Local 2217" after "Unifor Local 2217": the local by its number alone.
    const local = type === 'organization' ? /\s(local \d+)$/.exec(key)?.[1] : undefined
    if (local) add(local, cluster)
    add(key, cluster)
    // Short forms ("Xi", "Jinping") stand for a person only when the full name is surely a
    // person's.
    // ("J.R. Tennant Jr." goes by "Tennant": initials stand for given names, and the surname is
    // the word before a generational suffix.)
    if (
      type === 'person' &&
      p.tokens.length >= 2 &&
      (p.titled ||
        p.speaker ||
        lex.givenNames.has(p.tokens[0]!.text.toLowerCase()) ||
        INITIALS.test(p.tokens[0]!.text) ||
        surnameFirst(p.tokens.map((t) => t.text)))
    ) {
      // "Park Ji-hoon", "Le Thi Huong" go by "Park" and "Le": the surname is written first.
      if (surnameFirst(p.tokens.map((t) => t.text))) add(p.tokens[0]!.text.toLowerCase(), cluster)
      const at = surnameAt(p.tokens.map((t) => t.text))
      add(p.tokens[at]!.text.toLowerCase(), cluster)
      // "Bram de Wit" is "De Wit" at the start of a sentence: the particle and the surname.
      // ("Maricel Dela Cruz" is "Dela Cruz": a particle written with a capital stays on too.)
      const particle = at >= 2 ? p.tokens[at - 1]!.text : ''
      if (/^\p{Ll}{1,4}$/u.test(particle) || CAPITAL_PARTICLES.has(particle))
        add(`${particle} ${p.tokens[at]!.text}`.toLowerCase(), cluster)
      // "Maria dos Santos Ferreira" is "dos Santos Ferreira" later: a double surname after a
      // particle goes whole, and reads "Santos Ferreira" when the particle opens the sentence.
      const words = p.tokens.map((t) => t.text)
      const from = words.findIndex((w, n) => n > 0 && n < at - 1 && /^\p{Ll}{1,4}$/u.test(w))
      if (from > 0 && words.slice(from + 1, at + 1).every((w) => isCap(w))) {
        const surname = (n: number) => words.slice(n, at + 1).join(' ')
        add(surname(from + 1).toLowerCase(), cluster)
        add(surname(from).toLowerCase(), cluster)
      }
      // "José Luis Hernández Ortega" is "Hernández Ortega" later: a Spanish or Portuguese name
      // ends in two surnames, which go together.
      if (words.length >= 3 && from < 0 && words.slice(at - 1, at + 1).every((w) => isCap(w)))
        add(
          words
            .slice(at - 1, at + 1)
            .join(' ')
            .toLowerCase(),
          cluster
        )
      // The first word alone names the person only behind a title or as a known given name: the
      // "Meridian" of a "Meridian Tide Tracker" typed as a speaker stays itself.
      const first = p.tokens[0]!.text
      if ((p.titled || lex.givenNames.has(first.toLowerCase())) && !/^\p{Lu}{2,}$/u.test(first))
        add(first.toLowerCase(), cluster)
    }
  }
  // "Lakeshore, founded in 1952, has struggled": the short form of a company name opening a
  // sentence, which alone the rules leave untyped, is that company.
  for (const { p, type } of typed) {
    const key = phraseText(p).toLowerCase()
    const company = type === null && p.tokens.length === 1 ? shortForms.get(key) : undefined
    if (company && !index.has(key)) add(key, company)
    // ("Singh said" after "Harjit Singh Dhaliwal": the middle name of the one person who bears it.)
    const middle = type === null && p.tokens.length === 1 && !index.has(key) && middleNameOf(key)
    if (middle) add(key, middle)
  }
  // In a match report the countries beside a score are teams ("Ghana 2 – 1 Peru"), and so are their
  // short forms ("Korea" of "South Korea") and their plural demonyms ("the Ghanaians").
  const teams = findTeams(text)
  const team = (name: string) =>
    teams.has(name) ||
    // ("Calgary" of "Calgary Flames 4-3" stays the city: only a team named after a country alone.)
    [...teams].some(
      (t) =>
        t.split(' ').includes(name) &&
        lex.places.has(name) &&
        t.split(' ').every((w) => lex.places.has(w) || PLACE_PREFIX.has(w))
    ) ||
    (/(?:ians|ans)$/.test(name) && [...teams].some((t) => t.startsWith(name.slice(0, 4))))
  /**
   * Names the person a given name alone stands for with `surname` ("Mark" → "Mark Sorensen"): the
   * given name's own person takes the full name, or a new person is made; nothing when the full
   * name is known already or the given name is someone else's.
   */
  const withSurname = (given: string, surname: string): void => {
    const full = `${given} ${surname}`
    const alone = index.get(given.toLowerCase())
    if (
      index.has(full.toLowerCase()) ||
      (alone && (alone.type !== 'person' || alone.name !== given))
    )
      return
    if (alone) {
      alone.name = full
      alone.aliases.add(full)
      add(full.toLowerCase(), alone)
      return
    }
    const cluster: Cluster = {
      type: 'person',
      name: full,
      aliases: new Set([full]),
      count: 0,
      first: Infinity,
    }
    clusters.push(cluster)
    add(full.toLowerCase(), cluster)
    add(given.toLowerCase(), cluster)
  }
  // "Mark and Elena Sorensen": two given names share the surname after the second; the first one
  // alone is "Mark Sorensen", not a person called Mark.
  let pairs = 0
  for (const m of text.matchAll(
    /\b(\p{Lu}\p{Ll}+)\s+(?:and|&)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{Ll}'’-]+)\b/gu
  )) {
    if (++pairs > 50) break
    const [, first, second, surname] = m
    if (!lex.givenNames.has(first!.toLowerCase()) || !lex.givenNames.has(second!.toLowerCase()))
      continue
    withSurname(first!, surname!)
  }
  // "Claire Lavoie runs the kitchen. Her sister Nadia handles the books": a relative named by a
  // given name alone shares the surname of the one person the sentence before named in full. An
  // obituary's "He was 91." names nobody: the nearest of the three sentences before that names
  // someone in full does.
  let kin = 0
  for (const m of text.matchAll(KIN)) {
    if (++kin > 50) break
    const given = m[3]!
    // "Beck's mother, Anne": the surname of the person named before the possessive.
    const owner = m[1] ? index.get(m[1].toLowerCase()) : undefined
    if (m[1]) {
      if (owner?.type === 'person' && owner.name.endsWith(` ${m[1]}`) && m[1] !== given)
        withSurname(given, m[1])
      continue
    }
    const named = new Set<Cluster>()
    for (let back = 1; back <= 3 && named.size === 0; back++) {
      const from = sentenceBefore(text, m.index, back)
      for (const { p } of typed) {
        const at = p.tokens[0]!.start
        if (at < from || at >= m.index) continue
        const c = index.get(phraseText(p).toLowerCase())
        if (c?.type === 'person' && c.name.includes(' ')) named.add(c)
      }
    }
    if (named.size !== 1) continue
    const surname = [...named][0]!.name.split(' ').pop()!
    if (surname !== given) withSurname(given, surname)
  }
  // In a match report, a plural name is a club, not a person, when it sits beside a score or goes
  // by its last word after "the" ("the Marrow Comets 4-3", "The Otters host …").
  const clubWord = (c: Cluster) => {
    const last = c.name.split(' ').pop()!
    if (c.type !== 'person' || !c.name.includes(' ')) return false
    // "the Harlow Lynx" … "Lynx coach Terry Banks": a club with a name in the singular goes by
    // its last word before a coach or a player's position.
    if (!/^\p{Lu}\p{Ll}+[^s\W]s$/u.test(last))
      return text.includes(`the ${c.name}`) && CLUB_ROLE_AFTER(last).test(text)
    if (team(c.name.toLowerCase())) return true
    const at = (from: string) => {
      const i = text.indexOf(`${from} ${last}`)
      return i >= 0 && !/\p{L}/u.test(text[i + from.length + 1 + last.length] ?? '')
    }
    return at('the') || at('The')
  }
  if (teams.size > 0)
    for (const c of clusters)
      if (
        ((c.type === 'place' || c.name.endsWith('ans')) && team(c.name.toLowerCase())) ||
        clubWord(c)
      )
        c.type = 'organization'
  // "the President" stands for the one person the story named with that title ("President Ann
  // Roe").
  const holders = new Map<string, Cluster | null>()
  for (const { p } of typed) {
    const holder = p.title ? index.get(phraseText(p).toLowerCase()) : undefined
    if (holder?.type === 'person')
      holders.set(p.title, holders.has(p.title) && holders.get(p.title) !== holder ? null : holder)
  }
  // "the elder Sorensen", "the younger Roe": one of the people the story names with that surname.
  for (const { p } of typed) {
    if (p.tokens.length !== 1 || (p.before !== 'elder' && p.before !== 'younger')) continue
    const surname = p.tokens[0]!.text.toLowerCase()
    if (index.has(`${p.before} ${surname}`)) continue
    const bearers = clusters.filter(
      (c) => c.type === 'person' && c.name.toLowerCase().endsWith(` ${surname}`)
    )
    const ranked =
      bearers.length >= 2
        ? elderAndYounger(
            text,
            bearers.map((c) => c.name)
          )
        : null
    if (!ranked) continue
    add(`elder ${surname}`, bearers[ranked.elder]!)
    add(`younger ${surname}`, bearers[ranked.younger]!)
  }
  // Pass 2: every phrase is a mention of the cluster its name or alias points to.
  const mentions: EntityMention[] = []
  // The cluster of each mention whose words alone do not tell it ("the younger Roe").
  const owners = new Map<EntityMention, Cluster>()
  const lookup = (key: string) => index.get(key)?.type
  for (const { p } of typed) {
    const name = phraseText(p)
    // A longer phrase falls back to its last word only as a person's surname ("Ann Roe" → Roe).
    const surname =
      p.tokens.length === 1
        ? undefined
        : index.get(p.tokens[p.tokens.length - 1]!.text.toLowerCase())
    const cluster = isTitleOnly(p, lex)
      ? holders.get(lower(p.tokens[p.tokens.length - 1]!.text))
      : (index.get(`${p.before} ${name.toLowerCase()}`) ??
        index.get(name.toLowerCase()) ??
        (surname?.type === 'person' ? surname : null))
    if (!cluster) {
      mentions.push(...nestedMentions(p.tokens, null, lookup))
      continue
    }
    cluster.count++
    cluster.aliases.add(name)
    const start = p.tokens[0]!.start
    cluster.first = Math.min(cluster.first, start)
    // A country that acts ("Japan said", "Belgium beat England") is its government or its team; a
    // city that "has played a role" and a country "in" a clause ("in the UK expected") stay places.
    const acts =
      ACTS.test(p.after) &&
      /^\s+\p{L}/u.test(
        text.slice(p.tokens[p.tokens.length - 1]!.end, p.tokens[p.tokens.length - 1]!.end + 2)
      ) &&
      !lex.locatives.has(p.before) &&
      !PREPOSITIONS.has(p.before)
    const type =
      cluster.type === 'place' &&
      acts &&
      p.tokens.every(
        (t) => COUNTRIES.has(lower(t.text).replace(/\./g, '')) || PLACE_PREFIX.has(lower(t.text))
      )
        ? 'organization'
        : cluster.type
    const mention = { type, text: name, start, end: p.tokens[p.tokens.length - 1]!.end, entity: -1 }
    mentions.push(mention)
    owners.set(mention, cluster)
    mentions.push(...nestedMentions(p.tokens, type, lookup))
    // "the New Zealand government", "the US team": a country's institution is an organisation.
    const institution =
      type === 'place'
        ? INSTITUTION.exec(
            text.slice(p.tokens[p.tokens.length - 1]!.end, p.tokens[p.tokens.length - 1]!.end + 16)
          )
        : null
    if (institution)
      mentions.push({
        type: 'organization',
        text: text.slice(start, p.tokens[p.tokens.length - 1]!.end + institution[0].length),
        start,
        end: p.tokens[p.tokens.length - 1]!.end + institution[0].length,
        entity: -1,
      })
  }
  return finish(clusters, mentions, owners, text.length, headline.toLowerCase(), index, lex)
}

function finish(
  clusters: Cluster[],
  mentions: EntityMention[],
  owners: Map<EntityMention, Cluster>,
  length: number,
  headline: string,
  index: Map<string, Cluster>,
  lex: Lexicon
): EntityAnalysis {
  const live = clusters.filter((c) => c.count > 0)
  // "CALGARY —" on a dateline: the name as the story writes it elsewhere ("Calgary").
  for (const c of live)
    if (/^[\p{Lu}\s.'’-]{4,}$/u.test(c.name) && /\p{Lu}{4}/u.test(c.name)) {
      const key = c.name.toLowerCase()
      const written = [...c.aliases].find((a) => a !== c.name && a.toLowerCase() === key)
      if (written) c.name = written
    }
  const score = (c: Cluster) =>
    c.count +
    (headline && [...c.aliases].some((a) => headline.includes(a.toLowerCase())) ? 3 : 0) +
    (1 - c.first / Math.max(1, length))
  const top = Math.max(1, ...live.map(score))
  const byType: Record<EntityType, Cluster[]> = { person: [], organization: [], place: [] }
  for (const c of live.sort((a, b) => score(b) - score(a))) byType[c.type].push(c)
  const position = new Map<Cluster, number>()
  for (const list of Object.values(byType)) list.forEach((c, i) => position.set(c, i))
  const toEntity = (c: Cluster): Entity => ({
    name: c.name,
    aliases: [...c.aliases].filter((a) => a !== c.name).slice(0, 20),
    mentions: c.count,
    firstOffset: c.first,
    salience: Math.round((score(c) / top) * 100) / 100,
  })
  for (const m of mentions) {
    const c =
      owners.get(m) ??
      index.get(m.text.toLowerCase()) ??
      index.get(m.text.split(' ').pop()!.toLowerCase())
    m.entity = c && c.type === m.type ? (position.get(c) ?? -1) : -1
  }
  const people = byType.person.slice(0, 100).map(toEntity)
  const organizations = byType.organization.slice(0, 100).map(toEntity)
  const plain = (mention: string) => mention.replace(/['’]s$/, '').replace(/^the\s+/i, '')
  const nameWords = (mention: string) =>
    withoutSuffix(
      plain(mention)
        .split(/\s+/)
        .filter((w) => !lex.titles.has(w.toLowerCase().replace(/\.$/, '')))
    )
  const added = new Map<string, EntityRef>()
  const resolveEntity = (mention: string): EntityRef | null => {
    const words = nameWords(mention)
    if (words.length === 0) return titleSurname(plain(mention))
    const key = words.join(' ').toLowerCase()
    const surname = index.get(words[words.length - 1]!.toLowerCase())
    // A name with a title word inside it ("General Motors") before the name without its titles.
    const cluster =
      index.get(plain(mention).toLowerCase()) ??
      index.get(key) ??
      (surname?.type === 'person' ? surname : undefined)
    if (!cluster || cluster.type === 'place') return ofPerson(mention) ?? tailOf(key, words)
    const at = position.get(cluster)
    return at !== undefined && at < 100 ? { type: cluster.type, index: at } : null
  }
  /**
   * "Skills Development" of "Ministry of Labour and Skills Development": the words after the last
   * "and" or "of" of one organisation's name stand for it.
   */
  const tailOf = (key: string, words: string[]): EntityRef | null => {
    if (words.length < 2) return null
    const owners = byType.organization.filter((c) =>
      [...c.aliases].some((a) => {
        const name = a.toLowerCase()
        return name.endsWith(` and ${key}`) || name.endsWith(` of ${key}`)
      })
    )
    const at = owners.length === 1 ? position.get(owners[0]!) : undefined
    return at !== undefined && at < 100 ? { type: 'organization', index: at } : null
  }
  /**
   * "Larocque of the Harbourtown Police Service": a person named before where they belong stands
   * for the mention.
   */
  const ofPerson = (mention: string): EntityRef | null => {
    const head = /^(.{1,60}?)\s+(?:of|for|from|at|with)\s+(?:the\s+)?\p{Lu}/u.exec(mention)?.[1]
    const found = head ? resolveEntity(head) : null
    return found?.type === 'person' ? found : null
  }
  /**
   * "Major said" after "Ann Major": a surname that is also a title word stands for the person the
   * text names with it in full.
   */
  function titleSurname(word: string): EntityRef | null {
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null
    const cluster = index.get(word.toLowerCase())
    const at = cluster ? position.get(cluster) : undefined
    return cluster?.type === 'person' &&
      cluster.name.toLowerCase().endsWith(` ${word.toLowerCase()}`) &&
      at !== undefined &&
      at < 100
      ? { type: 'person', index: at }
      : null
  }
  return {
    people,
    organizations,
    places: byType.place.slice(0, 100).map(toEntity),
    // A nested mention can repeat one found on its own (the place of "US State Department").
    mentions: mentions
      .sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type))
      .filter(
        (m, i, all) =>
          i === 0 ||
          m.start !== all[i - 1]!.start ||
          m.end !== all[i - 1]!.end ||
          m.type !== all[i - 1]!.type
      ),
    resolvePerson(mention: string) {
      const words = mention
        .replace(/['’]s$/, '')
        .split(/\s+/)
        .filter((w) => !lex.titles.has(w.toLowerCase().replace(/\.$/, '')))
      const key = words.join(' ').toLowerCase()
      const cluster =
        index.get(key) ??
        (words.length ? index.get(words[words.length - 1]!.toLowerCase()) : undefined)
      if (cluster && cluster.type === 'person') return cluster.name
      if (PRONOUNS.has(key)) return null
      return words.length ? words.join(' ') : null
    },
    resolveEntity,
    addOrganization(name: string, offset: number): EntityRef | null {
      const key = name.toLowerCase()
      const known = index.get(key)
      const at = known && known.type === 'organization' ? position.get(known) : undefined
      if (at !== undefined && at < 100) return { type: 'organization', index: at }
      const again = added.get(key)
      if (again?.type === 'organization') return again
      if (organizations.length >= 100) return null
      organizations.push({ name, aliases: [], mentions: 1, firstOffset: offset, salience: 0 })
      const ref: EntityRef = { type: 'organization', index: organizations.length - 1 }
      added.set(key, ref)
      return ref
    },
    addSpeaker(mention: string, offset: number): EntityRef | null {
      const found = resolveEntity(mention)
      if (found) return found
      const words = nameWords(mention)
      const again = added.get(words.join(' ').toLowerCase())
      if (again) return again
      // "Teel" after "deckhand Oro Teel": the surname of a person already named.
      if (words.length === 1) {
        const last = words[0]!.toLowerCase()
        const i = people.findIndex(
          (p) => p.name.toLowerCase().split(' ').pop() === last && p.name.includes(' ')
        )
        if (i >= 0) return { type: 'person', index: i }
      }
      // "I'd", "Now'": a function word with a contraction or a stray apostrophe; "Twenty-seven":
      // a number.
      const first = (words[0]?.toLowerCase() ?? '').replace(/['’]\p{L}{0,2}$/u, '')
      if (words.length === 1 && QUANTITY.test(first)) return null
      // A given name that is also a word ("Will", "May", "Bill") opens a credited name of two or
      // more words.
      const homograph = words.length > 1 && NAME_HOMOGRAPHS.has(first)
      if (
        words.length === 0 ||
        words.length > 4 ||
        (lex.functionWords.has(first) && !homograph) ||
        DEMONYMS.has(first)
      )
        return null
      // "Nearly", "Still": a capitalised adverb opening a sentence is no one; "Officials",
      // "Experts", "Judges": people of a kind, not a name.
      if (words.length === 1 && (/ly$/.test(first) || peopleOfAKind(first, lex))) return null
      if (!words.every((w) => /^[\p{Lu}][\p{L}\p{M}.'’-]*$/u.test(w) || lex.connectors.has(w)))
        return null
      const name = words.join(' ')
      const existing = index.get(name.toLowerCase())
      const type: 'person' | 'organization' =
        existing?.type === 'place' ||
        (words.length === 1 && !lex.givenNames.has(first)) ||
        lex.orgWords.has(words[words.length - 1]!.toLowerCase())
          ? 'organization'
          : 'person'
      const list = type === 'person' ? people : organizations
      if (list.length >= 100) return null
      const cluster: Cluster = { type, name, aliases: new Set([name]), count: 1, first: offset }
      position.set(cluster, list.length)
      list.push({ name, aliases: [], mentions: 1, firstOffset: offset, salience: 0 })
      if (!existing) index.set(name.toLowerCase(), cluster)
      const last = words[words.length - 1]!.toLowerCase()
      if (type === 'person' && words.length > 1 && !index.has(last)) index.set(last, cluster)
      const ref: EntityRef = { type, index: list.length - 1 }
      added.set(name.toLowerCase(), ref)
      return ref
    },
  }
}

/** Plurals that stand for people in general rather than for anyone named. */
const PEOPLE = new Set(['people', 'others', 'authorities'])

/**
 * Whether a lower-case word is the plural of a role, of a noun for a person or of a document
 * ("officials", "critics", "judges", "witnesses", "reports"): a capitalised sentence opener like
 * that names no one. A surname that looks plural ("Sanders", "Hughes") is none of these and stays a
 * name.
 */
function peopleOfAKind(word: string, lex: Lexicon): boolean {
  if (PEOPLE.has(word)) return true
  if (!/s$/.test(word)) return false
  const singulars = [word.slice(0, -1), word.replace(/es$/, ''), word.replace(/ies$/, 'y')]
  return singulars.some(
    (w) => w !== word && (PERSON_NOUNS.has(w) || lex.titles.has(w) || DOCUMENTS.has(w))
  )
}

/** Joining words left out of an acronym ("of", "des", "de la", "für"). */
const ACRONYM_JOINS = new Set(
  'of for and the on in to at des de du la le les et d of y del der die und für van von'.split(' ')
)

/**
 * The shortest run of `words` ending the list, opening with a capital, whose initials spell
 * `letters` once the joining words are left out ("Confédération des syndicats nationaux" for
 * "CSN"), else null.
 *
 * @example
 * initialsSpell(['the', 'Conseil', 'du', 'statut', 'de', 'la', 'femme'], 'CSF') // 'Conseil du statut de la femme'
 */
export function initialsSpell(words: string[], letters: string): string | null {
  for (let from = words.length - 1; from >= 0; from--) {
    if (!/^\p{Lu}/u.test(words[from]!)) continue
    const run = words.slice(from)
    const initials = run
      .filter((w) => !ACRONYM_JOINS.has(w.toLowerCase().replace(/['’]$/, '')))
      .map((w) => w[0]!.toUpperCase())
      .join('')
    if (initials === letters) return run.join(' ')
    if (initials.length > letters.length) return null
  }
  return null
}
