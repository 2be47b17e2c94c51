/**
 * @module Coreference for attribution: which person or organisation a speaker mention as written
 * stands for. Names resolve through the entities; "he"/"she" to the most recent person of agreeing
 * gender in a paragraph window, subjects before other mentions; "it", "the company", "a statement"
 * to the most recent organisation; role nouns ("the president") to the person an apposition or a
 * title bound them to ("Ann Roe, the union's president"), else like a pronoun of unknown gender.
 */
import type { EntityAnalysis, EntityRef } from './entities'
import { givenNameGender } from './gazetteer-gender'
import { CUE_VERBS, DOCUMENTS, ORG_WORDS, TITLES } from './lexicon'
import type { Span } from './text'

/** How a speaker was resolved: the evidence a quote's confidence is computed from. */
export type Basis =
  'name' | 'new-name' | 'pronoun' | 'pronoun-far' | 'role' | 'organisation' | 'continued' | 'group'

/** A resolved speaker: the entity, its canonical name and how it was found. */
export interface SpeakerRef extends EntityRef {
  name: string
  basis: Basis
}

type Gender = 'm' | 'f'

/** A role word bound to its holder, with the words of title written with it. */
interface Binding {
  ref: EntityRef
  start: number
  words: string[]
}

interface Mention {
  ref: EntityRef
  start: number
  subject: boolean
  paragraph: number
  /** A resolved attribution (`note`), not a mention in the text. */
  spoke?: boolean
  /** One of two or more coordinated subjects ("Ann Roe and Sam Lee said"). */
  group?: boolean
}

/** The coreference state of one text, queried in text order by the quote extractor. */
export interface Discourse {
  /**
   * The entity `mention` (written at `offset`) stands for, or null (a plural, a place, a stranger).
   * A `topic` ("Roe, he said, …") is who the words are about: never the pronoun's antecedent.
   */
  resolve(mention: string, offset: number, topic?: string): SpeakerRef | null
  /**
   * The person a floating quote at `offset` most likely continues: the last subject before it,
   * within `window` paragraphs.
   */
  lastSubject(offset: number, window?: number): SpeakerRef | null
  /** Records that `ref` spoke at `offset` (a resolved attribution is a subject mention too). */
  note(ref: SpeakerRef, offset: number): void
}

/** Nouns that stand for an organisation or its voice ("the company said", "a statement said"). */
const ORG_NOUNS = new Set([
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
  'association',
  'commission',
  'council',
])
/** Lower-case role nouns that name one person ("the coach", "the rookie defenceman"). */
const PERSON_SUFFIX =
  /(?:er|or|ist|man|woman|ian|ant|ent|ee|ive|ary|ess|mate|chief|head|boss|son|daughter|wife|husband|mother|father|brother|sister|friend|owner|doctor|year-old)$/
/** Players named by their position ("the 23-year-old forward", "the rookie"). */
const PLAYER_ROLES =
  /^(?:forward|winger|goalie|netminder|quarterback|shortstop|guard|rookie|veteran|skip)$/
const PLURAL_OR_VAGUE = /(?:s|people|police|staff|officials|crowd|public)$/
const GENDERED_ROLES = String.raw`(?:husband|wife|father|mother|son|daughter|brother|sister|uncle|aunt|grandfather|grandmother|boyfriend|girlfriend|spokesman|spokeswoman|chairman|chairwoman|businessman|businesswoman|congressman|congresswoman|actor|actress|king|queen|prince|princess|widow|widower|councilman|councilwoman|alderman|alderwoman|sir|dame|lady|lord|nephew|niece)`
const MALE_ROLES =
  /^(?:husband|father|son|brother|uncle|grandfather|boyfriend|spokesman|chairman|businessman|congressman|actor|king|prince|widower|councilman|alderman|sir|lord|nephew)$/i
const ROLE_BEFORE = new RegExp(String.raw`\b(${GENDERED_ROLES})\s+$`, 'i')
const SAID_PRONOUN = /^(?:,[^,]{1,80},)?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s+(?:that\s+)?(he|she)\b/u
/** How far back (in paragraphs) a pronoun or description looks for its antecedent. */
const WINDOW_PARAGRAPHS = 8
/**
 * An organisation speaking as "it" or "the company" is named less often than a person is: its last
 * subject mention counts from farther back.
 */
const ORG_WINDOW_PARAGRAPHS = 16

/**
 * Builds the discourse of `text`: entity mentions outside quotation marks (`quoted`), with subject
 * position, paragraph and each person's gender from titles and the pronouns that follow them.
 *
 * @example
 * const d = buildDiscourse(text, extractEntities(text), [])
 * d.resolve('she', offset) // { type: 'person', index: 0, name: 'Ann Roe' }
 */
export function buildDiscourse(text: string, entities: EntityAnalysis, quoted: Span[]): Discourse {
  const breaks: number[] = []
  for (let i = text.indexOf('\n'); i >= 0 && breaks.length < 5000; i = text.indexOf('\n', i + 1))
    breaks.push(i)
  const paragraphOf = (offset: number) => upperBound(breaks, offset)
  const mentions: Mention[] = []
  const gender = new Map<string, { m: number; f: number }>()
  const roles = new Map<string, Binding[]>()
  let q = 0
  for (const m of entities.mentions) {
    if (m.entity < 0 || m.type === 'place') continue
    while (q < quoted.length && quoted[q]!.end <= m.start) q++
    if (q < quoted.length && quoted[q]!.start <= m.start) continue
    const ref: EntityRef = { type: m.type, index: m.entity }
    const before = text.slice(Math.max(0, m.start - 40), m.start)
    // Rubric lines ("WATCH: …", "READ MORE: …") point to other stories: nobody there speaks here.
    const lineStart = breaks[paragraphOf(m.start) - 1] ?? -1
    if (/^\s*\p{Lu}[\p{Lu} ]{1,30}:/u.test(text.slice(lineStart + 1, lineStart + 34))) continue
    // Photo captions with their credit ("Ann Roe / Harbour Press Two ferries at the pier.") name
    // who is pictured or who took the picture, not who speaks next.
    if (/^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\/\s/u.test(text.slice(lineStart + 1, lineStart + 60)))
      continue
    const after = text.slice(m.end, Math.min(text.length, m.end + 200))
    // A pull quote's credit line ("… a major job. Ann Roe, Marrow Bay mayor") ends its paragraph
    // with the name and a role and no full stop: it repeats words from the story, nobody speaks.
    if (
      /[.!?]["”]?\s+$/.test(before) &&
      /^,\s+[^.!?\n,;:]{2,60}(?:\n|$)/.test(after) &&
      !/^,\s+[^\n]*\b(?:said|says|told|added)\b/.test(after)
    )
      continue
    if (/^['’]s\b/.test(after)) continue
    // "Union rep Sam Lee said", "Otters coach Ben Kowal said": the organisation only modifies the
    // person who is the subject.
    const subject =
      isSubject(before, after) &&
      !(m.type === 'organization' && /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}\p{Lu}\p{Ll}/u.test(after))
    const group =
      subject && (/\p{Lu}[\p{L}.'’-]*\s+and\s+$/u.test(before) || /^\s+and\s+\p{Lu}/u.test(after))
    mentions.push({ ref, start: m.start, subject, paragraph: paragraphOf(m.start), group })
    if (m.type === 'person') {
      const key = keyOf(ref)
      const votes = gender.get(key) ?? { m: 0, f: 0 }
      if (/\b(?:Mr)\.?\s+$/.test(before)) votes.m += 3
      if (/\b(?:Ms|Mrs|Miss)\.?\s+$/.test(before)) votes.f += 3
      // "Roe said she …", "Roe, a lawyer, says he …": the subject of the reported clause is the
      // speaker.
      const pronoun = SAID_PRONOUN.exec(after)
      if (pronoun && CUE_VERBS.has(pronoun[1]!))
        pronoun[2] === 'he' ? (votes.m += 2) : (votes.f += 2)
      // A gendered role before or in apposition to the name ("husband Sam Roe", "Ann Roe, a
      // spokeswoman").
      const role = ROLE_BEFORE.exec(before)?.[1]
      if (role) MALE_ROLES.test(role) ? (votes.m += 2) : (votes.f += 2)
      gender.set(key, votes)
    }
    // A title written inside the name at a sentence's start ("Goalie Sam Lee made 30 saves").
    const written = text.slice(m.start, m.end).split(/\s+/)
    const first = written.length > 2 ? written[0]!.toLowerCase() : ''
    bindRoles(
      TITLES.has(first) || PLAYER_ROLES.test(first) ? `${first} ` : before,
      after,
      ref,
      m.start,
      roles
    )
    if (subject)
      bindDocument(text.slice(Math.max(0, m.start - 80), m.start), after, ref, m.start, roles)
  }
  const noted: Mention[] = []
  // The text's own cues decide; a common given name only breaks a tie ("Wanda Roe" with no title).
  const genderOf = (ref: EntityRef): Gender | null => {
    const v = gender.get(keyOf(ref))
    if (v && v.m !== v.f) return v.m > v.f ? 'm' : 'f'
    return ref.type === 'person' ? givenNameGender(entities.people[ref.index]!.name) : null
  }
  const named = (ref: EntityRef, basis: Basis): SpeakerRef => {
    const list = ref.type === 'person' ? entities.people : entities.organizations
    return { type: ref.type, index: ref.index, name: list[ref.index]!.name, basis }
  }
  /**
   * The most recent fitting subject mention before `offset` in the window, else the most recent
   * one.
   */
  const search = (
    offset: number,
    fits: (m: Mention) => boolean,
    window = WINDOW_PARAGRAPHS
  ): Mention | null => {
    const from = Math.max(0, paragraphOf(offset) - window)
    let subject: Mention | null = null
    let any: Mention | null = null
    for (const list of [mentions, noted]) {
      for (let i = upperBoundStart(list, offset) - 1; i >= 0 && list[i]!.paragraph >= from; i--) {
        const m = list[i]!
        if (!fits(m)) continue
        if (!any || m.start > any.start) any = m
        if (m.subject) {
          if (!subject || m.start > subject.start) subject = m
          break
        }
      }
    }
    return subject ?? any
  }
  const person = (offset: number, want: Gender | null, avoid: EntityRef | null = null) =>
    search(offset, (m) => {
      // A group's words ("…,” they said) are no antecedent for "he" or "she".
      if (m.ref.type !== 'person' || (m.spoke && m.group)) return false
      if (avoid && m.ref.type === avoid.type && m.ref.index === avoid.index) return false
      const g = genderOf(m.ref)
      return !want || !g || g === want
    })
  // An organisation is rarely re-named as a subject: the nearest one in this or the last paragraph
  // ("a readout from the Ministry … It said") before an older subject.
  const organisation = (offset: number) => {
    const near = search(offset, (m) => m.ref.type === 'organization' && !m.subject)
    const subject = search(
      offset,
      (m) => m.ref.type === 'organization' && m.subject,
      ORG_WINDOW_PARAGRAPHS
    )
    if (
      near &&
      paragraphOf(offset) - near.paragraph <= 1 &&
      (!subject || near.start > subject.start)
    )
      return near
    return subject ?? near
  }
  return {
    resolve(mention, offset, topic) {
      const word = mention.toLowerCase()
      if (/^(?:he|she)$/.test(word)) {
        const want: Gender = word === 'he' ? 'm' : 'f'
        const found = person(offset, want, topic ? entities.resolveEntity(topic) : null)
        if (!found) return null
        // The resolution teaches the person's gender for the next pronoun.
        const votes = gender.get(keyOf(found.ref)) ?? { m: 0, f: 0 }
        votes[want] += 1
        // Near (this or the last paragraph) with a known gender is good evidence; farther is
        // weaker.
        const near = paragraphOf(offset) - found.paragraph <= 1 && genderOf(found.ref) === want
        gender.set(keyOf(found.ref), votes)
        return named(found.ref, near ? 'pronoun' : 'pronoun-far')
      }
      if (word === 'it') return ref(organisation(offset), 'organisation')
      // "Ann Roe and Sam Lee said …" or an organisation's words, then "…,” they said": the group
      // that spoke in this or the last paragraph (its last-named member stands for it).
      if (word === 'they') {
        const found = search(
          offset,
          (m) =>
            m.subject && (m.group === true || (m.ref.type === 'organization' && m.spoke === true)),
          2
        )
        return found ? named(found.ref, 'group') : null
      }
      if (/^(?:we|i|you|who|which|that|this|there)$/.test(word)) return null
      // "the Conservative leader said" (written as "Conservative leader"): a description.
      const tail = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(\p{Ll}[\p{Ll}-]{2,})$/u.exec(mention)?.[1]
      const holder =
        tail && (TITLES.has(tail) || PLAYER_ROLES.test(tail)) ? bound([tail], offset) : null
      if (holder) return holder
      // "Sam Lee’s lawyer" is a description of someone else, not a name to add.
      if (
        /^\p{Lu}/u.test(mention) &&
        !/^(?:The|A|An|His|Her|Its|Their)\s/u.test(mention) &&
        !/['’]s\s+\p{Ll}/u.test(mention)
      ) {
        const known = entities.resolveEntity(mention)
        if (known) return named(known, 'name')
        const added = entities.addSpeaker(mention, offset)
        if (added) return named(added, 'new-name')
      }
      return describe(mention, offset)
    },
    lastSubject(offset, window = WINDOW_PARAGRAPHS) {
      // An organisation that spoke last ("…,” it said.) keeps the floor like a person would.
      const found = search(
        offset,
        (m) => m.subject && (m.ref.type === 'person' || m.spoke === true),
        window
      )
      return found ? named(found.ref, 'continued') : null
    },
    note(spoke, offset) {
      if (noted.length >= 5000) return
      noted.splice(upperBoundStart(noted, offset), 0, {
        ref: spoke,
        start: offset,
        subject: true,
        paragraph: paragraphOf(offset),
        spoke: true,
        group: spoke.basis === 'group',
      })
    },
  }

  function ref(found: Mention | null, basis: Basis): SpeakerRef | null {
    return found ? named(found.ref, basis) : null
  }

  /** A description ("the agency", "the rookie defenceman", "Roe's lawyer"): its head decides. */
  function describe(mention: string, offset: number): SpeakerRef | null {
    const head = mention.toLowerCase().split(/\s+/).pop()!
    // "the post", "the statement": the voice of whoever issued it ("Roe said in a blog post").
    // "a statement from the Harbour Board": the voice of its source.
    const source = /^(?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:from|by)\s+(.+)$/iu.exec(
      mention
    )
    if (source && DOCUMENTS.has(source[1]!)) {
      const from = source[2]!.replace(/^the\s+(?=\p{Lu})/u, '')
      const known = /^\p{Lu}/u.test(from) ? entities.resolveEntity(from) : null
      return known ? named(known, 'name') : describe(from, offset)
    }
    if (DOCUMENTS.has(head) && !/\s(?:for|of|from|by)\s/.test(mention)) {
      const issuer = bound([head], offset)
      if (issuer) return issuer
    }
    // "the spokeswoman for the board": the role before the complement is the speaker; only a
    // holder bound to that role names them (the complement is someone else).
    const complement = /^(?:the|a|an|his|her|their)\s+(.+?)\s+(?:for|of|with|at|from)\s/i.exec(
      mention
    )
    if (complement)
      return (
        bound(complement[1]!.toLowerCase().split(/\s+/), offset) ??
        known(mention, complement[1]!, offset)
      )
    const words = mention.toLowerCase().split(/\s+/)
    // "Roe's office", "Roe's campaign": the voice of the named possessor.
    const voice =
      /^([\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}.'’-]*){0,3})['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:office|campaign|administration|government|unit|division|team|department|ministry|spokesperson)$/u.exec(
        mention
      )
    // Only an organisation has a unit or a division ("Harbour Foods’ security unit").
    const owner = voice
      ? (entities.resolveEntity(voice[1]!) ??
        surnameOf(voice[1]!) ??
        (/(?:unit|division|department|ministry)$/.test(mention)
          ? entities.addOrganization(voice[1]!, offset)
          : null))
      : null
    if (owner) return named(owner, 'role')
    // "Roe's lawyer", "the union's president": someone else than the named possessor.
    if (
      words.some(
        (w, i) => i < words.length - 1 && /['’]s$/.test(w) && !/^(?:the|a|an)$/.test(words[0]!)
      )
    ) {
      return bound(words, offset)
    }

    // "the ministry", "police", "the university": an organisation whose name has that head word.
    const headed = search(
      offset,
      (m) => m.ref.type === 'organization' && nameWords(m.ref).includes(head),
      ORG_WINDOW_PARAGRAPHS
    )
    if (headed) return named(headed.ref, 'organisation')
    if (DOCUMENTS.has(head) || ORG_NOUNS.has(head)) {
      // "The company said": the organisation the story has as a subject ("Harbour Mutual laid off
      // 40 workers"), before one only named in passing ("union rep Sam Lee").
      const subject = DOCUMENTS.has(head)
        ? null
        : search(offset, (m) => m.ref.type === 'organization' && m.subject, 4)
      // "A statement from the ministry": the organisation named in it.
      return ref(subject ?? organisation(offset), 'organisation')
    }
    const role = bound(words, offset)
    if (role) return role
    if (words.length < 2 || (PLURAL_OR_VAGUE.test(head) && !TITLES.has(head))) return null
    if (!TITLES.has(head) && !PERSON_SUFFIX.test(head) && !PLAYER_ROLES.test(head)) return null
    return ref(person(offset, null), 'role')
  }

  /**
   * "The former sergeant-at-arms of the House said": a definite role of an institution, with no
   * holder bound to it, is the person the story is about (the news lede's second reference), not
   * someone new; never the complement itself ("the lawyer for Roe" is not Roe).
   */
  function known(mention: string, role: string, offset: number): SpeakerRef | null {
    const head = role.toLowerCase().split(/\s+/).pop()!.split('-')[0]!
    if (!/^the\s/i.test(mention) || /^spokes/.test(head)) return null
    if (!TITLES.has(head) && !PERSON_SUFFIX.test(head)) return null
    const found = person(offset, null)
    if (!found) return null
    const holder = named(found.ref, 'role')
    const complement = mention.slice(mention.indexOf(role) + role.length)
    const surname = holder.name.split(/\s+/).pop()!
    return complement.includes(surname) ? null : holder
  }

  function nameWords(ref: EntityRef): string[] {
    const list = ref.type === 'person' ? entities.people : entities.organizations
    return list[ref.index]!.name.toLowerCase().split(/\s+/)
  }

  /** The one person whose name ends with `surname` (a possessive is not always an alias). */
  function surnameOf(surname: string): EntityRef | null {
    const found = entities.people.flatMap((p, index) =>
      p.name.endsWith(` ${surname}`) ? [index] : []
    )
    return found.length === 1 ? { type: 'person', index: found[0]! } : null
  }

  function bound(words: string[], offset: number): SpeakerRef | null {
    const head = words[words.length - 1]!.replace(/['’]s$/, '')
    const list = roles.get(head)
    if (!list) return null
    let best: Binding | null = null
    // "the health minister" is the holder bound as "Health Minister", not the last minister named.
    const modifiers = words
      .slice(0, -1)
      .filter((w) => !/^(?:the|a|an|his|her|their|former)$/.test(w))
    const fits = (r: Binding) => modifiers.length > 0 && modifiers.every((w) => r.words.includes(w))
    const pool = list.some((r) => r.start < offset && fits(r)) ? list.filter(fits) : list
    for (const r of pool) if (r.start < offset && (!best || r.start > best.start)) best = r
    return best ? named(best.ref, 'role') : null
  }
}

/**
 * A mention is a subject when it opens its clause or a reporting verb follows it (or precedes it,
 * inverted).
 */
function isSubject(before: string, after: string): boolean {
  if (/(?:^|[.!?]["”’)]?\s+|\n\s*|\s[—–]\s+|^\s*["“]?)$/.test(before) && !/^\s*[.!?]/.test(after))
    return true
  if (/,\s*$/.test(before) && !/\b(?:and|or|with|of)\b[^,]*,\s*$/.test(before.slice(-30))) {
    // "On Monday, Roe said …": an opener phrase before the subject.
    if (
      /^(?:\s*\([^()]{0,40}\))?(?:,[^,]{1,80},)?\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+(?:s|ed)\b/u.test(
        after
      )
    )
      return true
  }
  // "Her rival, Sam Lee, disagreed": a name in apposition to the subject, its verb after it.
  if (
    /\p{Ll},\s*$/u.test(before) &&
    /^,\s+(?:(?:also|later|then|\p{Ll}+ly)\s+)?\p{Ll}{3,}(?:ed|s)\b/u.test(after)
  )
    return true
  const next =
    /^(?:\s*\([^()]{0,40}\))?(?:,[^,]{1,100},)?\s+(?:(?:also|later|then|has|had|would|will|\p{Ll}+ly)\s+){0,2}(\p{Ll}+)/u.exec(
      after
    )
  if (next && CUE_VERBS.has(next[1]!)) return true
  const prev = /\b(\p{Ll}+)\s+((?:\p{Ll}+\s+){0,3})$/u.exec(before)
  // "said oil worker Ann Roe." names the speaker; "said of Ann Roe." names who is spoken about.
  const between = prev?.[1] === 'according' ? prev[2]!.replace(/^to\s+/, '') : (prev?.[2] ?? '')
  return (
    prev !== null &&
    /^(?:said|says|added|asked|wrote|explained|noted|continued|according)$/.test(prev[1]!) &&
    !/\b(?:of|about|to|with|for|at|in|on|by|from|after|before)\s/.test(between) &&
    /^\s*(?:[.,;:]|$)/.test(after)
  )
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

/**
 * A document bound to the subject who issued it ("Roe said in a blog post", "In a statement, the
 * board said"): a later "the post" or "the statement" speaks for them.
 */
function bindDocument(
  before: string,
  after: string,
  ref: EntityRef,
  start: number,
  roles: Map<string, Binding[]>
): void {
  const sentence = after.split(/(?<=[.!?])\s/, 1)[0]!
  const m = ISSUED.exec(sentence)
  const noun =
    m && (CUE_VERBS.has(m[1]!) || ISSUING.test(m[1]!)) ? m[2] : ISSUED_BEFORE.exec(before)?.[1]
  if (!noun) return
  const list = roles.get(noun) ?? []
  if (list.length < 50) list.push({ ref, start, words: [] })
  roles.set(noun, list)
}

const ISSUING = /^(?:issued|released|posted|published|sent|shared|put)$/

/**
 * Role words bound to a named holder: the lower-case title before the name ("union president Ann
 * Roe") and the head of an apposition after it ("Ann Roe, the union's president,").
 */
function bindRoles(
  before: string,
  after: string,
  ref: EntityRef,
  start: number,
  roles: Map<string, Binding[]>
): void {
  const add = (word: string, modifiers: string[] = []) => {
    const w = word.toLowerCase().replace(/['’]s$/, '')
    if ((w.length < 3 && !TITLES.has(w)) || /^(?:the|and|of|for|said|says)$/.test(w)) return
    const list = roles.get(w) ?? []
    const words = modifiers.map((m) => m.toLowerCase())
    if (list.length < 50) list.push({ ref, start, words })
    roles.set(w, list)
  }
  // "Conservative Leader Ann Roe", "Prime Minister Ann Roe": a capitalised title binds its head.
  const title =
    /(?<!\p{L})((?:\p{Ll}[\p{Ll}-]*\s+){1,3})$/u.exec(before) ??
    /(?:^|[^\p{L}])((?:\p{Lu}[\p{Ll}-]+\s+){1,3})$/u.exec(before)
  if (title) {
    const words = title[1]!.trim().split(/\s+/)
    const last = words[words.length - 1]!.toLowerCase()
    if (TITLES.has(last) || PERSON_SUFFIX.test(last) || PLAYER_ROLES.test(last))
      add(last, words.slice(0, -1))
  }
  const appos =
    /^(?:,\s+\p{N}{1,3})?,\s+(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}.'’-]*['’]s)\s+((?:[\p{L}'’-]+\s+){0,5}?)([\p{Ll}-]+|\p{Lu}{2,4})(?:\s+(?:of|for|at|with|on|in)\s[^,.]{1,60})?[,.;]/u.exec(
      after
    )
  // An acronym is a role only when it is a title ("a Liberal MP"), not a party or a team.
  if (appos && (/^\p{Ll}/u.test(appos[2]!) || TITLES.has(appos[2]!.toLowerCase())))
    add(appos[2]!, appos[1]!.trim().split(/\s+/))
}

function keyOf(ref: EntityRef): string {
  return `${ref.type}:${ref.index}`
}

/** How many of the sorted `values` are below `x`. */
function upperBound(values: number[], x: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (values[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

function upperBoundStart(list: Mention[], x: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]!.start < x) lo = mid + 1
    else hi = mid
  }
  return lo
}
