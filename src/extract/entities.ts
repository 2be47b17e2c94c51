/**
 * @module People, organisations and places by rule: capitalised phrases are typed by titles, given
 * names, organisation and place words, acronyms and reporting verbs; shorter forms ("Xi", "Jinping",
 * "SCO") merge into the entity whose full name contains them. Linear in the length of the text.
 */
import { COUNTRIES, CUE_VERBS, DEMONYMS, ORG_ENDINGS, NOT_NAME_FIRST, THING_WORDS, FUNCTION_WORDS, GIVEN_NAMES, ORG_HEADS, ORG_WORDS, OUTLETS, PLACE_WORDS, PLACES, TITLES } from './lexicon'
import { describesPerson } from './entity-cues'
import { nestedMentions } from './entity-nested'
import { findTeams } from './entity-teams'
import type { Entity, EntityMention, EntityType } from './types'

interface Token {
  text: string
  start: number
  end: number
  /** First word of a sentence or heading: capitalised by position, not by name. */
  initial: boolean
}

interface Phrase {
  tokens: Token[]
  /** Tokens that are titles before the name ("Russian President"). */
  titled: boolean
  /** The phrase is the subject of a reporting verb ("Putin said", "said Putin"). */
  speaker: boolean
  /** Lower-case word before the phrase ("in", "minister"). */
  before: string
  /** Lower-case word after the phrase ("said", "beat"). */
  after: string
  /** The last title word before the name ("president" of "US President Ann Roe"), or ''. */
  title: string
  /** Written after "the" ("the President", "The Home Secretary"). */
  definite: boolean
}

const CONNECTORS = new Set(['of', 'for', 'de', 'van', 'von', 'bin', 'al', 'del', 'da', 'du', 'la', 'le', 'der', 'the', 'and', '&'])
const PLACE_PREFIX = new Set(['new', 'north', 'south', 'east', 'west', 'united', 'saudi', 'sri', 'el', 'san', 'los', 'las', 'st', 'st.', 'upper', 'lower', 'central', 'northern', 'southern', 'eastern', 'western', 'great', 'hong', 'tel', 'abu', 'cape', 'kuala', 'addis', 'buenos', 'rhode', 'costa', 'puerto', 'sierra', 'papua', 'ivory', 'czech', 'dominican', 'gulf', 'middle'])
/** Connectors inside a place's own name ("Rio de Janeiro", "Isle of Man"). */
const PLACE_JOINS = new Set(['of', 'the', 'de', 'del', 'da', 'do', 'dos', 'la', 'le', 'al', 'el'])
const LOCATIVE = new Set(['in', 'near', 'outside', 'across', 'throughout'])
const PREPOSITIONS = new Set(['in', 'of', 'from', 'to', 'at', 'for', 'by', 'with', 'into', 'the'])
const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'i', 'we'])

const ACTS = /^(?:said|says|beat|beats|won|wins|lost|loses|drew|scored|scores|faced|plays|played|will|would|has|have|had|\p{Ll}+ed)$/u
const isCap = (t: string) => /^[\p{Lu}]/u.test(t)
const lower = (t: string) => t.toLowerCase().replace(/['’]s$/, '')

function tokenize(text: string, limit: number): Token[] {
  const tokens: Token[] = []
  const re = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.&-]*/gu
  let last = 0
  let endsSentence = false
  for (let m = re.exec(text); m && tokens.length < limit; m = re.exec(text)) {
    let word = m[0]
    // Keep the dot of initials and abbreviations ("U.S.", "J."), drop a sentence's full stop.
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word) && !TITLES.has(word.slice(0, -1).toLowerCase())) word = word.replace(/\.+$/, '')
    word = word.replace(/['’]s?$/, '').replace(/-+$/, '')
    if (!word) continue
    const gap = text.slice(last, m.index)
    const initial = tokens.length === 0 || /[.!?:;"“”\n•|(]|^\s*[-–—]/.test(gap) || endsSentence
    // A word that ends with a full stop ends the sentence unless it is an initial or an abbreviation.
    endsSentence = m[0].endsWith('.') && !/^(?:\p{L}\.)+$/u.test(m[0]) && !TITLES.has(m[0].slice(0, -1).toLowerCase())
    tokens.push({ text: word, start: m.index, end: m.index + word.length, initial })
    last = m.index + m[0].length
  }
  return tokens
}

/** Capitalised phrases, with connectors kept inside ("Bank of England") and titles noted. */
function phrases(tokens: Token[], text: string): Phrase[] {
  const out: Phrase[] = []
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]!
    if (!isCap(t.text) || (t.initial && t.text !== t.text.toUpperCase() && FUNCTION_WORDS.has(t.text.toLowerCase()) && !(tokens[i + 1] && isCap(tokens[i + 1]!.text) && !tokens[i + 1]!.initial && t.text !== 'The'))) {
      i++
      continue
    }
    const run: Token[] = [t]
    let j = i + 1
    while (j < tokens.length && run.length < 8) {
      const next = tokens[j]!
      const adjacent = /^[ \t\u00a0-]{0,2}$/.test(text.slice(tokens[j - 1]!.end, next.start))
      if (!adjacent || next.initial) break
      if (isCap(next.text)) run.push(next)
      else if (CONNECTORS.has(next.text) && next.text !== 'the' && tokens[j + 1] && isCap(tokens[j + 1]!.text) && !tokens[j + 1]!.initial && /^\s$/.test(text.slice(next.end, tokens[j + 1]!.start))) run.push(next)
      // "Foundation for the Visual Arts", "Daughters of the American Revolution".
      else if ((next.text === 'of' || next.text === 'for') && tokens[j + 1]?.text === 'the' && tokens[j + 2] && isCap(tokens[j + 2]!.text) && !tokens[j + 2]!.initial && /^\s$/.test(text.slice(next.end, tokens[j + 1]!.start)) && /^\s$/.test(text.slice(tokens[j + 1]!.end, tokens[j + 2]!.start))) {
        run.push(next, tokens[j + 1]!)
        j++
      } else break
      j++
    }
    // "Refugee Council Enver Solomon": an organisation's name ends where a given name begins.
    const cut = run.findIndex((x, n) => n > 0 && n < run.length - 1 && ORG_WORDS.has(lower(x.text)) && GIVEN_NAMES.has(lower(run[n + 1]!.text)))
    if (cut > 0) {
      run.length = cut + 1
      j = i + cut + 1
    }
    // "Matthew Ingram of The Globe", "Gov. Ann Roe of Ohio": a name, then where it belongs.
    const of = run.findIndex((x) => x.text === 'of' || x.text === 'for')
    if (of >= 2 && personBeforeOf(run.slice(0, of))) {
      run.length = of
      j = i + of
    }
    // "Google and Ann Roe" are two names; "Ministry of Trade and Industry" is one.
    const and = run.findIndex((x) => x.text === 'and')
    if (and > 0 && !run.slice(0, and).some((x) => x.text === 'of') && (!ORG_WORDS.has(lower(run[run.length - 1]!.text)) || run.slice(0, and).every((x) => PLACES.has(lower(x.text))))) {
      run.length = and
      j = i + and
    }
    while (run.length > 0 && !isCap(run[run.length - 1]!.text)) run.pop()
    // Drop sentence-initial function words ("The", "In") from the front.
    while (run.length > 1 && (FUNCTION_WORDS.has(run[0]!.text.toLowerCase()) || !isCap(run[0]!.text))) run.shift()
    let k = 0
    for (let x = 0; x < run.length - 1; x++) if (TITLES.has(run[x]!.text.toLowerCase().replace(/\.$/, ''))) k = x + 1
    const before = tokens[i - 1]?.text.toLowerCase() ?? ''
    const after = tokens[j]?.text.toLowerCase() ?? ''
    let name = run.slice(k)
    // "Co-founder of Google", "Secretary of State": what follows the title's "of" is not the person.
    // An apposition that describes a person ("Ann Roe, 19,", "Ann Roe, a nurse,") counts as a title.
    let titled = k > 0 || TITLES.has(before) || describesPerson(text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 80))
    if (k > 0 && CONNECTORS.has(run[k]!.text)) {
      name = run.slice(k + 1)
      while (name.length > 0 && !isCap(name[0]!.text)) name = name.slice(1)
      titled = false
    }
    // A country before a title or a name ("US President …", "US State Department") is a place of its own.
    const head = lower(run[0]!.text).replace(/\./g, '')
    const placeOnly = run.every((x) => PLACES.has(lower(x.text)) || PLACE_PREFIX.has(lower(x.text)) || PLACE_JOINS.has(x.text))
    if (run.length > 1 && PLACES.has(head) && !PLACE_PREFIX.has(head) && !placeOnly && !PLACES.has(lower(run[1]!.text)) && !PLACE_WORDS.has(lower(run[run.length - 1]!.text))) {
      out.push({ tokens: [run[0]!], titled: false, speaker: false, before: '', after: '', title: '', definite: false })
      // ...unless the run names an organisation after its place ("Shanghai Cooperation Organisation",
      // "Tokyo Stock Exchange"): then the place stays in the name and is also a nested mention.
      const last = lower(run[run.length - 1]!.text)
      if (k === 0 && (!ORG_WORDS.has(last) || CONNECTORS.has(run[1]!.text))) name = run.slice(1)
      // "Oslo for Aarhus": the rest after a connector is a name of its own.
      while (name.length > 0 && !isCap(name[0]!.text)) name = name.slice(1)
    }
    const speaker = CUE_VERBS.has(after) || ((before === 'said' || before === 'says') && !tokens[i - 1]!.initial && !t.initial)
    if (name.length > 0 && !(name.length === 1 && name[0]!.text !== name[0]!.text.toUpperCase() && FUNCTION_WORDS.has(name[0]!.text.toLowerCase()))) {
      const title = k > 0 && titled ? lower(run[k - 1]!.text).replace(/\.$/, '') : ''
      out.push({ tokens: name, titled, speaker, before, after, title, definite: before === 'the' || t.text === 'The' })
    }
    i = j
  }
  return out
}

/** Not a given name, place, title, demonym ("Australian", "Afghans") or other common capitalised word. */
const standalone = (w: string) => !GIVEN_NAMES.has(w) && !PLACES.has(w) && !TITLES.has(w) && !FUNCTION_WORDS.has(w) && !/(?:ans?|ese|ish|ic|is|s)$/.test(w)

/** Two or more capitalised words that read as a name rather than an institution's head ("Bank"). */
function personBeforeOf(left: Token[]): boolean {
  const words = left.map((t) => lower(t.text).replace(/\.$/, ''))
  const name = words.filter((w) => !TITLES.has(w))
  return name.length >= 2 && name.length <= 4 && !ORG_HEADS.has(words[0]!) && !/^\p{Lu}{2,}$/u.test(left[0]!.text) &&
    !words.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w) || PLACES.has(w) || FUNCTION_WORDS.has(w) || CONNECTORS.has(w))
}

/** "the President", "The Home Secretary": a title standing for the person who holds it. */
const isTitleOnly = (p: Phrase) => p.definite && p.tokens.length <= 3 && TITLES.has(lower(p.tokens[p.tokens.length - 1]!.text)) && !p.tokens.some((t) => PLACES.has(lower(t.text)))

const phraseText = (p: Phrase) => p.tokens.map((t) => t.text).join(' ')

function classify(p: Phrase, repeated: Set<string>, common: Set<string>, things: Set<string>, surnames: Set<string>): EntityType | null {
  const words = p.tokens.map((t) => lower(t.text).replace(/\.$/, ''))
  const last = words[words.length - 1]!
  const text = phraseText(p)
  if (words.length === 1 && /^[\p{Lu}]{2,6}$/u.test(text)) return PLACES.has(last) ? 'place' : 'organization'
  if (/^(?:\p{Lu}\.){2,}$/u.test(text)) return PLACES.has(text.replace(/\./g, '').toLowerCase()) ? 'place' : 'organization'
  if (ORG_WORDS.has(last) || OUTLETS.has(last) || (words.length > 1 && ORG_ENDINGS.has(last)) || (words.length > 2 && ORG_HEADS.has(words[0]!) && words[1] === 'of')) return 'organization'
  if (words.every((w) => PLACES.has(w) || PLACE_PREFIX.has(w) || PLACE_JOINS.has(w)) && words.some((w) => PLACES.has(w))) return 'place'
  if (words.length > 1 && PLACE_WORDS.has(last)) return 'place'
  if (isTitleOnly(p)) return null
  if (p.titled && words.length <= 4) return 'person'
  // Peoples named by their plural demonym ("Afghans", "Muslims", "Texans") count as people.
  if (words.length === 1 && ((/(?:ans|ists)$/.test(last) && !p.tokens[0]!.initial) || DEMONYMS.has(last.slice(0, -1))) && !common.has(last)) return 'person'
  if (words.length <= 2 && !p.speaker && !p.tokens[0]!.initial && LOCATIVE.has(p.before) && !GIVEN_NAMES.has(words[0]!) && !/(?:an|ish|ese)$/.test(last)) return 'place'
  if (words.length <= 4 && GIVEN_NAMES.has(words[0]!) && (words.length > 1 || !p.tokens[0]!.initial)) return 'person'
  // A name written with a version or a letter ("Navigator 6", "Group F") is a thing, not a person.
  // So is one that ends in a thing's head word or opens with an adjective ("World Cup", "Global Offensive").
  const thing = things.has(text.toLowerCase()) || (words.length > 1 && (/^\p{Lu}$/u.test(p.tokens[p.tokens.length - 1]!.text) ||
    THING_WORDS.has(last) || NOT_NAME_FIRST.has(words[0]!) || DEMONYMS.has(words[0]!)))
  // A lone word that speaks is a person only where it can be a surname: "Partners said" opening a
  // sentence, or "Wikinews observed" recurring alone and never after a first name, is not one.
  const lone = words.length === 1 && (common.has(last) || repeated.has(last) || (p.tokens[0]!.initial && !surnames.has(last)))
  if (p.speaker && !thing && words.length <= 4 && !lone) return 'person'
  if (words.length === 1 && repeated.has(last) && standalone(last)) return 'organization'
  // "the Church", "the House": an institution named by its head word.
  if (words.length === 1 && p.before === 'the' && ORG_HEADS.has(last) && !p.tokens[0]!.initial) return 'organization'
  const acronym = p.tokens.some((t) => /^\p{Lu}{2,}$/u.test(t.text))
  // Untyped two- and three-word names are people unless a word of them is also used in lower case in
  // the text: "Space Shuttle", "World Cup", "Internet Explorer" are things.
  if (words.length >= 2 && words.length <= 3 && !acronym && !thing && !words.some((w) => CONNECTORS.has(w) || FUNCTION_WORDS.has(w) || PLACES.has(w) || TITLES.has(w) || OUTLETS.has(w) || common.has(w))) return 'person'
  if (words.length >= 3 && !p.tokens[0]!.initial && words.some((w) => w === 'of' || w === 'for')) return 'organization'
  return null
}

/** The entities of a text, every mention with offsets, and a resolver for speaker mentions. */
export interface EntityAnalysis {
  people: Entity[]
  organizations: Entity[]
  places: Entity[]
  mentions: EntityMention[]
  /** Canonical person name for a mention as written ("Putin" → "Vladimir Putin"), or null. */
  resolvePerson(mention: string): string | null
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
 *
 * @example
 * extractEntities('Russian President Vladimir Putin met Xi Jinping. Putin said…').people[0].name // 'Vladimir Putin'
 */
export function extractEntities(text: string, headline = ''): EntityAnalysis {
  const tokens = tokenize(text, 200_000)
  const found = phrases(tokens, text)
  const clusters: Cluster[] = []
  const index = new Map<string, Cluster>()
  const add = (key: string, c: Cluster) => {
    if (!index.has(key)) index.set(key, c)
  }
  // Acronyms in brackets after a name, "Shanghai Cooperation Organisation (SCO)", alias that name.
  const acronyms = new Map<string, string>()
  for (const m of text.matchAll(/([\p{Lu}][\p{L}]{0,30}(?:\s+(?:of|for|and|the|[\p{Lu}][\p{L}]{0,30})){1,8})\s*\(\s*([\p{Lu}]{2,8})\s*\)/gu)) {
    if (acronyms.size < 200) acronyms.set(m[2]!.toLowerCase(), m[1]!.replace(/^(?:The|A)\s+/, '').toLowerCase())
  }
  // Pass 1: typed multi-word names (and typed singles) found clusters, longest first.
  // A one-word name that recurs mid-sentence and is no one's surname is most often an organisation
  // ("Microsoft", "NASA said"): people are introduced by full name and then go by its last word.
  const seen = new Map<string, number>()
  const surnames = new Set<string>()
  for (const p of found) {
    if (p.tokens.length > 1 && !p.tokens.some((t) => CONNECTORS.has(t.text))) surnames.add(lower(p.tokens[p.tokens.length - 1]!.text))
    else if (!p.tokens[0]!.initial) seen.set(lower(p.tokens[0]!.text), (seen.get(lower(p.tokens[0]!.text)) ?? 0) + 1)
  }
  // Words also written in lower case ("internet", "match") are common nouns capitalised for effect.
  const common = new Set(tokens.filter((t) => !isCap(t.text)).map((t) => t.text))
  const repeated = new Set([...seen].filter(([w, n]) => n >= 2 && !surnames.has(w) && !common.has(w) && !/\d/.test(w)).map(([w]) => w))
  // Names followed by a number somewhere ("Navigator 6") are products and models.
  const things = new Set<string>()
  for (const p of found) {
    if (!/^ \d/.test(text.slice(p.tokens[p.tokens.length - 1]!.end, p.tokens[p.tokens.length - 1]!.end + 2))) continue
    const from = p.tokens.findLastIndex((t) => CONNECTORS.has(t.text)) + 1
    things.add(p.tokens.slice(from).map((t) => t.text).join(' ').toLowerCase())
  }
  const typed = found.map((p) => ({ p, type: classify(p, repeated, common, things, surnames) }))
  const sorted = typed.filter((x) => x.type).sort((a, b) => b.p.tokens.length - a.p.tokens.length)
  for (const { p, type } of sorted) {
    const name = phraseText(p)
    const key = name.toLowerCase()
    if (index.has(key)) continue
    const long = acronyms.get(key)
    const expanded = long ? index.get(long) ?? [...index.entries()].find(([k]) => k.endsWith(long) || long.endsWith(k))?.[1] : undefined
    if (expanded) {
      add(key, expanded)
      continue
    }
    const cluster: Cluster = { type: type!, name, aliases: new Set([name]), count: 0, first: Infinity }
    clusters.push(cluster)
    add(key, cluster)
    // Short forms ("Xi", "Jinping") stand for a person only when the full name is surely a person's.
    if (type === 'person' && p.tokens.length >= 2 && (p.titled || p.speaker || GIVEN_NAMES.has(p.tokens[0]!.text.toLowerCase()))) {
      add(p.tokens[p.tokens.length - 1]!.text.toLowerCase(), cluster)
      // The first word alone names the person only behind a title or as a known given name: the
      // "Microsoft" of a "Microsoft Internet Explorer" typed as a speaker stays itself.
      const first = p.tokens[0]!.text
      if ((p.titled || GIVEN_NAMES.has(first.toLowerCase())) && !/^\p{Lu}{2,}$/u.test(first)) add(first.toLowerCase(), cluster)
    }
  }
  // In a match report the countries beside a score are teams ("Ghana 2 – 1 Peru"), and so are their
  // short forms ("Korea" of "South Korea") and their plural demonyms ("the Ghanaians").
  const teams = findTeams(text)
  const team = (name: string) => teams.has(name) || [...teams].some((t) => t.split(' ').includes(name) && PLACES.has(name)) ||
    (/(?:ians|ans)$/.test(name) && [...teams].some((t) => t.startsWith(name.slice(0, 4))))
  if (teams.size > 0) for (const c of clusters) if ((c.type === 'place' || c.name.endsWith('ans')) && team(c.name.toLowerCase())) c.type = 'organization'
  // "the President" stands for the one person the story named with that title ("President Ann Roe").
  const holders = new Map<string, Cluster | null>()
  for (const { p } of typed) {
    const holder = p.title ? index.get(phraseText(p).toLowerCase()) : undefined
    if (holder?.type === 'person') holders.set(p.title, holders.has(p.title) && holders.get(p.title) !== holder ? null : holder)
  }
  // Pass 2: every phrase is a mention of the cluster its name or alias points to.
  const mentions: EntityMention[] = []
  const lookup = (key: string) => index.get(key)?.type
  for (const { p } of typed) {
    const name = phraseText(p)
    // A longer phrase falls back to its last word only as a person's surname ("Ann Roe" → Roe).
    const surname = p.tokens.length === 1 ? undefined : index.get(p.tokens[p.tokens.length - 1]!.text.toLowerCase())
    const cluster = isTitleOnly(p) ? holders.get(lower(p.tokens[p.tokens.length - 1]!.text)) : index.get(name.toLowerCase()) ?? (surname?.type === 'person' ? surname : null)
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
    const acts = ACTS.test(p.after) && /^\s+\p{L}/u.test(text.slice(p.tokens[p.tokens.length - 1]!.end, p.tokens[p.tokens.length - 1]!.end + 2)) && !LOCATIVE.has(p.before) && !PREPOSITIONS.has(p.before)
    const type = cluster.type === 'place' && acts && p.tokens.every((t) => COUNTRIES.has(lower(t.text).replace(/\./g, '')) || PLACE_PREFIX.has(lower(t.text))) ? 'organization' : cluster.type
    mentions.push({ type, text: name, start, end: p.tokens[p.tokens.length - 1]!.end, entity: -1 })
    mentions.push(...nestedMentions(p.tokens, type, lookup))
  }
  return finish(clusters, mentions, text.length, headline.toLowerCase(), index)
}

function finish(clusters: Cluster[], mentions: EntityMention[], length: number, headline: string, index: Map<string, Cluster>): EntityAnalysis {
  const live = clusters.filter((c) => c.count > 0)
  const score = (c: Cluster) => c.count + (headline && [...c.aliases].some((a) => headline.includes(a.toLowerCase())) ? 3 : 0) + (1 - c.first / Math.max(1, length))
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
    const c = index.get(m.text.toLowerCase()) ?? index.get(m.text.split(' ').pop()!.toLowerCase())
    m.entity = c && c.type === m.type ? (position.get(c) ?? -1) : -1
  }
  return {
    people: byType.person.slice(0, 100).map(toEntity),
    organizations: byType.organization.slice(0, 100).map(toEntity),
    places: byType.place.slice(0, 100).map(toEntity),
    // A nested mention can repeat one found on its own (the place of "US State Department").
    mentions: mentions.sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type)).filter((m, i, all) => i === 0 || m.start !== all[i - 1]!.start || m.end !== all[i - 1]!.end || m.type !== all[i - 1]!.type),
    resolvePerson(mention: string) {
      const words = mention.replace(/['’]s$/, '').split(/\s+/).filter((w) => !TITLES.has(w.toLowerCase().replace(/\.$/, '')))
      const key = words.join(' ').toLowerCase()
      const cluster = index.get(key) ?? (words.length ? index.get(words[words.length - 1]!.toLowerCase()) : undefined)
      if (cluster && cluster.type === 'person') return cluster.name
      if (PRONOUNS.has(key)) return null
      return words.length ? words.join(' ') : null
    },
  }
}
