/**
 * @module Role words bound to their holders for coreference: titles before a name ("union
 * president Ann Roe"), appositions after it ("Ann Roe, the union's president,"), and documents
 * issued by a subject ("Roe said in a blog post"), so a later "the president" or "the post" names
 * who it stands for.
 */
import type { EntityRef } from './entities'
import {
  CUE_VERBS,
  DEMONYMS,
  DOCUMENTS,
  FUNCTION_WORDS,
  ORG_WORDS,
  PLAYER_ROLES,
  TITLES,
} from './lexicon'

/** Parties a person can be described by ("the Marlow County Democrat"). */
const PARTIES = 'Republican|Democrat|Liberal|Conservative|Tory|Libertarian'
/** A party word, lower case: the head of a description by party. */
export const PARTY_MEMBER = new RegExp(`^(?:${PARTIES.toLowerCase()})$`)
/** "the Marlow County Democrat": a party member named by party, as written. */
export const PARTY_DESCRIPTION = new RegExp(
  String.raw`^[Tt]he\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}(?:${PARTIES})$`,
  'u'
)

/** Words ending in "s" that are no plural noun (adverbs a subject and its verb can hold). */
const NOT_PLURAL = new Set(['always', 'sometimes', 'perhaps', 'nevertheless', 'nonetheless'])

/**
 * Whether a lower-case word is a plural common noun ("residents", "groups"): what makes
 * "Marlow residents" people of a kind rather than a name.
 */
export function isPluralNoun(word: string): boolean {
  return (
    /^\p{Ll}[\p{Ll}-]{2,}[^su]s$/u.test(word) && !FUNCTION_WORDS.has(word) && !NOT_PLURAL.has(word)
  )
}

/** A role word bound to its holder, with the words of title written with it. */
export interface Binding {
  ref: EntityRef
  start: number
  words: string[]
}

/** Role words (lower case, no possessive) to the holders bound to them, in text order. */
export type Roles = Map<string, Binding[]>

/** Businesses named by their trade ("the grocer", "the drugmaker"): a company, not a person. */
export const TRADE_NOUNS = [
  'grocer',
  'carmaker',
  'drugmaker',
  'chipmaker',
  'brewer',
  'distiller',
  'wholesaler',
  'chain',
]

/** Nouns that stand for an organisation or its voice ("the company said", "a statement said"). */
export const ORG_NOUNS = new Set([
  ...ORG_WORDS,
  'firm',
  'company',
  'statement',
  'release',
  'spokesperson-office',
  'agency',
  'department',
  'ministry',
  'team',
  'club',
  'government',
  'province',
  'city',
  'organization',
  'organisation',
  'group',
  'union',
  'board',
  'network',
  'website',
  'account',
  'utility',
  'airline',
  'retailer',
  'insurer',
  'carrier',
  'broadcaster',
  'publisher',
  'charity',
  'automaker',
  'lender',
  'regulator',
  'watchdog',
  'school',
  'hospital',
  'university',
  'district',
  'county',
  'township',
  'association',
  'commission',
  'council',
  'chamber',
  'centre',
  'center',
  'caucus',
  'co-op',
  'cooperative',
  'bank',
  // Businesses by their trade ("The grocer said it would open 30 stores").
  ...TRADE_NOUNS,
])
/** Lower-case role nouns that name one person ("the coach", "the rookie defenceman"). */
export const PERSON_SUFFIX =
  /(?:er|or|ist|man|woman|ian|ant|ent|ee|ive|ary|ess|mate|chief|head|boss|son|daughter|wife|husband|mother|father|brother|sister|friend|owner|doctor|year-old)$/
/** Nouns for a person by their country that are no demonym adjective ("the Swede", "the Finn"). */
const ORIGIN_NOUNS = new Set([
  'swede',
  'finn',
  'dane',
  'brit',
  'scot',
  'pole',
  'turk',
  'czech',
  'slovak',
  'frenchman',
  'frenchwoman',
  'dutchman',
  'englishman',
  'englishwoman',
  'irishman',
  'irishwoman',
  'welshman',
  'scotsman',
  'spaniard',
  'kiwi',
  'aussie',
  'quebecer',
  'newfoundlander',
])

/**
 * Whether a lower-case word names one person by their country ("swede", "canadian", "israeli"):
 * what "the Swede said" describes its speaker by.
 */
export function isOriginNoun(word: string): boolean {
  return ORIGIN_NOUNS.has(word) || (DEMONYMS.has(word) && /(?:an|i)$/.test(word))
}

/** Players named by their position ("the 23-year-old forward", "the rookie"). */
export { PLAYER_ROLES }
/** Heads of plural or vague descriptions ("officials", "police"): no one person. */
export const PLURAL_OR_VAGUE = /(?:s|people|police|staff|officials|crowd|public)$/

/**
 * The holder bound most recently before `offset` to the role whose words are `words` (lower case,
 * head last). When the description has modifiers ("the health minister"), holders bound with
 * those words ("Health Minister Ann Roe") come before the last holder of the head alone.
 *
 * @example
 * boundHolder(roles, ['the', 'health', 'minister'], 420) // { ref, start: 12, words: ['health'] }
 */
export function boundHolder(roles: Roles, words: string[], offset: number): Binding | null {
  const head = words[words.length - 1]!.replace(/['’]s$/, '')
  const list = roles.get(head)
  if (!list) return null
  let best: Binding | null = null
  const modifiers = words.slice(0, -1).filter((w) => !/^(?:the|a|an|his|her|their|former)$/.test(w))
  const fits = (r: Binding) => modifiers.length > 0 && modifiers.every((w) => r.words.includes(w))
  // "The minister" is not the prime minister, nor "the mayor" the deputy mayor: a modifier that
  // makes another office binds only a description that names it.
  const sameOffice = (r: Binding) =>
    !r.words.some((w) => OTHER_OFFICE.test(w) && !modifiers.includes(w))
  const offices = list.filter(sameOffice)
  const pool = offices.some((r) => r.start < offset && fits(r)) ? offices.filter(fits) : offices
  for (const r of pool) if (r.start < offset && (!best || r.start > best.start)) best = r
  return best
}

/** Words that make a different office of the head they modify ("prime minister", "vice president"). */
export const OTHER_OFFICE = /^(?:prime|deputy|vice|assistant|associate|lieutenant|under|sub|co)$/

/**
 * The first holder bound to the head of `words` after `offset` and before `limit`: a description
 * the story names only in its next lines ("the league's commissioner said …" then "…,” league
 * commissioner Ann Roe said").
 */
export function nextHolder(
  roles: Roles,
  words: string[],
  offset: number,
  limit: number
): Binding | null {
  const list = roles.get(words[words.length - 1]!.replace(/['’]s$/, ''))
  // "the mayor said" is not "Deputy Mayor Ann Roe" or "former mayor Bo Lee" named later.
  const other = (w: string) => (OTHER_OFFICE.test(w) || w === 'former') && !words.includes(w)
  return list?.find((r) => r.start > offset && r.start < limit && !r.words.some(other)) ?? null
}

const DOCUMENT_NOUNS = [...DOCUMENTS].join('|')
/** "said in a statement", "wrote in the company's blog post", "issued a news release". */
const ISSUED = new RegExp(
  String.raw`^(?:,[^,]{1,100},)?\s+(?:(?:also|later|then|has|had|\p{Ll}+ly)\s+){0,2}(\p{Ll}+)\s+(?:(?:\p{Ll}+\s+){0,3}?)?(?:in|on|via|through)?\s*(?:a|an|the|his|her|its|their|\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(${DOCUMENT_NOUNS})\b`,
  'u'
)
const ISSUED_BEFORE = new RegExp(
  String.raw`\b[Ii]n\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(${DOCUMENT_NOUNS}),\s+$`,
  'u'
)
const ISSUING = /^(?:issued|released|posted|published|sent|shared|put)$/
/** "thanked the fans in a statement", "confirmed the deal in its release": any verb, then the document. */
const IN_DOCUMENT = new RegExp(
  String.raw`^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\s+(?:[\p{L}'’-]+\s+){0,4}?in\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(${DOCUMENT_NOUNS})\b`,
  'u'
)

/**
 * Binds a document to the subject who issued it ("Roe said in a blog post", "In a statement, the
 * board said"): a later "the post" or "the statement" speaks for them. `before` and `after` are
 * the text around the subject mention of `ref` at `start`.
 *
 * @example
 * bindDocument('', ' said in a blog post that …', ref, 0, roles) // roles.get('post') holds ref
 */
export function bindDocument(
  before: string,
  after: string,
  ref: EntityRef,
  start: number,
  roles: Roles
): void {
  const sentence = after.split(/(?<=[.!?])\s/, 1)[0]!
  const m = ISSUED.exec(sentence)
  const noun =
    m && (CUE_VERBS.has(m[1]!) || ISSUING.test(m[1]!))
      ? m[2]
      : (ISSUED_BEFORE.exec(before)?.[1] ?? IN_DOCUMENT.exec(sentence.slice(0, 120))?.[1])
  if (noun) bindRole(roles, noun, { ref, start, words: [] })
}

/** Adds a holder to a role word's list (at most 50 holders a word keep the work bounded). */
export function bindRole(roles: Roles, word: string, binding: Binding): void {
  const list = roles.get(word) ?? []
  if (list.length < 50) list.push(binding)
  roles.set(word, list)
}

/**
 * Binds role words to a named holder: the title before the name ("union president Ann Roe",
 * "Prime Minister Ann Roe") and the head of an apposition after it ("Ann Roe, the union's
 * president,").
 *
 * @example
 * bindRoles('union president ', ' said …', ref, 16, roles) // roles.get('president') holds ref
 */
export function bindRoles(
  before: string,
  after: string,
  ref: EntityRef,
  start: number,
  roles: Roles
): void {
  const add = (word: string, modifiers: string[] = []) => {
    const w = word.toLowerCase().replace(/['’]s$/, '')
    if ((w.length < 3 && !TITLES.has(w)) || /^(?:the|and|of|for|said|says)$/.test(w)) return
    const lower = modifiers.map((m) => m.toLowerCase())
    bindRole(roles, w, { ref, start, words: lower })
    // "Chief executive Ann Roe", "Ann Roe, the company's chief executive officer,": later "the
    // CEO" is her, and "the chief executive" after "CEO Ann Roe".
    const initials =
      EXECUTIVE_INITIALS[[...lower.slice(-2), w].join(' ')] ??
      EXECUTIVE_INITIALS[[...lower.slice(-1), w].join(' ')]
    if (initials) bindRole(roles, initials, { ref, start, words: [] })
    if (EXECUTIVE_WORDS[w]) bindRole(roles, 'executive', { ref, start, words: ['chief'] })
  }
  // "Conservative Leader Ann Roe", "Prime Minister Ann Roe": a capitalised title binds its head.
  const title =
    /(?<!\p{L})((?:\p{Ll}[\p{Ll}-]*\s+){1,3})$/u.exec(before) ??
    /(?:^|[^\p{L}])((?:\p{Lu}[\p{Ll}-]+\s+){1,3})$/u.exec(before)
  if (title) {
    const words = title[1]!.trim().split(/\s+/)
    const last = words[words.length - 1]!.toLowerCase()
    if (TITLES.has(last) || PERSON_SUFFIX.test(last) || PLAYER_ROLES.test(last)) {
      add(last, words.slice(0, -1))
      // "Rookie forward Ann Roe", "veteran goalie Ann Roe": the player word before the position
      // is how later lines name her too ("the rookie said").
      const lead = /(\p{L}+)\s+$/u.exec(before.slice(0, before.length - title[1]!.length))?.[1]
      for (const w of [...words.slice(0, -1), lead ?? ''])
        if (PLAYER_ROLES.test(w.toLowerCase()) && w.toLowerCase() !== last) add(w)
    }
    // "Justice Ann Roe" (a judge's title in Canada, the UK and Australia) is "the judge" later.
    if (last === 'justice') add('judge')
  }
  const appos =
    /^(?:,\s+\p{N}{1,3})?,\s+(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}.'’-]*['’]s)\s+((?:[\p{L}'’-]+\s+){0,5}?)([\p{Ll}-]+|\p{Lu}{2,4})(?:\s+(?:of|for|at|with|on|in)\s[^,.]{1,60}|\s+(?:that|which|who)\s[^,.;]{1,80})?[,.;]/u.exec(
      after
    )
  // An acronym is a role only when it is a title ("a Liberal MP"), not a party or a team.
  if (appos && (/^\p{Ll}/u.test(appos[2]!) || TITLES.has(appos[2]!.toLowerCase()))) {
    add(appos[2]!, appos[1]!.trim().split(/\s+/))
    // ("Ann Roe, a rookie forward,": "the rookie" later is her too.)
    if (PLAYER_ROLES.test(appos[2]!))
      for (const w of appos[1]!.trim().split(/\s+/)) if (PLAYER_ROLES.test(w)) add(w)
  }
  // "Ann Roe, director of the shelter," and "Ann Roe is the shelter's director.": a bare
  // apposition with its complement, or a copula, binds a role noun too.
  const bare = BARE_APPOSITION.exec(after) ?? COPULA_ROLE.exec(after)
  if (bare && isPersonRole(bare[2]!)) add(bare[2]!, bare[1]!.trim().split(/\s+/))
  // "Ann Roe chairs the board", "Ann Roe coaches the Otters": the verb names the role.
  const acts = ROLE_VERB.exec(after)
  if (acts) add(ROLE_OF_VERB[acts[1]!]!)
  // "Ann Roe, 45, said": a later "the 45-year-old" is her.
  const age = /^,\s+(\p{N}{1,3}),/u.exec(after)
  if (age) add(`${age[1]}-year-old`)
  // "The shelter's director, Ann Roe,": the description before the name in apposition.
  const fronted = after.startsWith(',') ? FRONTED_ROLE.exec(before) : null
  if (fronted && isPersonRole(fronted[2]!)) add(fronted[2]!, fronted[1]!.trim().split(/\s+/))
  // ("The Chief Justice, Maria Lento,": an office in capitals.)
  const office = after.startsWith(',') && !fronted ? FRONTED_OFFICE.exec(before) : null
  if (office && TITLES.has(office[2]!.toLowerCase()))
    add(office[2]!, office[1]!.trim().split(/\s+/))
}

/** Officers' titles written out, to their initials ("chief executive" is the CEO). */
const EXECUTIVE_INITIALS: Record<string, string> = {
  'chief executive': 'ceo',
  'chief executive officer': 'ceo',
  'chief financial officer': 'cfo',
  'chief operating officer': 'coo',
}
/** Initials that stand for the chief executive. */
const EXECUTIVE_WORDS: Record<string, true> = { ceo: true }

/** A role noun naming one person ("director", "spokeswoman", "nurse"), not a thing or a group. */
function isPersonRole(word: string): boolean {
  const w = word.toLowerCase()
  return TITLES.has(w) || PLAYER_ROLES.test(w) || (PERSON_SUFFIX.test(w) && !/s$/.test(w))
}

/** Verbs that say which role their subject holds, and the role noun each names. */
const ROLE_OF_VERB: Record<string, string> = {
  chairs: 'chair',
  chaired: 'chair',
  heads: 'head',
  headed: 'head',
  leads: 'leader',
  led: 'leader',
  coaches: 'coach',
  coached: 'coach',
  manages: 'manager',
  managed: 'manager',
  directs: 'director',
  directed: 'director',
  owns: 'owner',
  owned: 'owner',
  founded: 'founder',
  captains: 'captain',
  captained: 'captain',
}
const ROLE_VERB = new RegExp(
  String.raw`^\s+(${Object.keys(ROLE_OF_VERB).join('|')})\s+(?:the|a|an|his|her|their|its|\p{Lu})`,
  'u'
)
const BARE_APPOSITION =
  /^,\s+((?:[\p{Ll}-]+\s+){0,3}?)([\p{Ll}-]{3,})\s+(?:of|for|at|with)\s[^,.;]{1,60}[,.;]/u
const COPULA_ROLE =
  /^\s+(?:is|was)\s+(?:the|a|an|its|their|his|her|\p{Lu}[\p{L}.'’-]*['’]s)\s+((?:[\p{L}'’-]+\s+){0,4}?)([\p{Ll}-]{3,})(?:\s+(?:of|for|at|with|in)\s[^,.;]{1,60})?[,.;]/u
/** "The Chief Justice, ", "The Auditor General, ": an office in capitals before a name. */
const FRONTED_OFFICE =
  /(?:^|[.!?]["”’)]?\s+|\n\s*)[Tt]he\s+((?:\p{Lu}[\p{Ll}-]+\s+){1,2})(\p{Lu}[\p{Ll}-]{2,}),\s+$/u
const FRONTED_ROLE =
  /(?:^|[.!?]["”’)]?\s+|\n\s*|\s(?:and|with|by)\s+)(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*['’]s)\s+((?:[\p{L}'’-]+\s+){0,3}?)([\p{Ll}-]{3,}),\s+$/u
