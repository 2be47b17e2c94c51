/**
 * @module The mentions coreference for attribution works from: each person or organisation named
 * outside quotation marks, with its paragraph, whether it is a subject, the gender cues around it
 * and the role words bound to it.
 */
import { COURTESY_BEFORE, elderOrYounger, firstOfSurname, kinByTitle } from './quote-elders'
import type { EntityAnalysis, EntityRef } from './entities'
import { CUE_VERBS, FUNCTION_WORDS, IRREGULAR_PAST, PERSON_NOUNS, TITLES } from './lexicon'
import {
  bindDocument,
  bindRole,
  boundHolder,
  bindRoles,
  PERSON_SUFFIX,
  isOriginNoun,
  PLAYER_ROLES,
  type Roles,
} from './quote-roles'
import { surnameMentions } from './quote-surnames'
import type { Span } from './text'

/** A mention of an entity (or a resolved attribution) in text order. */
export interface Mention {
  ref: EntityRef
  start: number
  subject: boolean
  paragraph: number
  /** A resolved attribution (`note`), not a mention in the text. */
  spoke?: boolean
  /** One of two or more coordinated subjects ("Ann Roe and Sam Lee said"). */
  group?: boolean
}

/** Votes for a person's gender from titles, gendered roles and the pronouns after the name. */
export interface GenderVotes {
  m: number
  f: number
}

/** What `collectMentions` finds in a text. */
export interface MentionIndex {
  mentions: Mention[]
  /** Gender votes by `keyOf(ref)`. */
  gender: Map<string, GenderVotes>
  roles: Roles
  /** The paragraph (0-based, by line breaks) of a character offset. */
  paragraphOf: (offset: number) => number
}

const GENDERED_ROLES = String.raw`(?:husband|wife|father|mother|son|daughter|brother|sister|uncle|aunt|grandfather|grandmother|boyfriend|girlfriend|spokesman|spokeswoman|chairman|chairwoman|businessman|businesswoman|congressman|congresswoman|actor|actress|king|queen|prince|princess|widow|widower|councilman|councilwoman|alderman|alderwoman|sir|dame|lady|lord|nephew|niece)`
const MALE_ROLES =
  /^(?:husband|father|son|brother|uncle|grandfather|boyfriend|spokesman|chairman|businessman|congressman|actor|king|prince|widower|councilman|alderman|sir|lord|nephew)$/i
// ("His daughter, Abena Roe": the role set off before the name counts too.)
const ROLE_BEFORE = new RegExp(String.raw`\b(${GENDERED_ROLES}),?\s+$`, 'i')
const TIME_ZONE = /^(?:[ECMPAN][SD]?T|GMT|UTC|BST|CES?T|HST|AKST)$/
const OWN_PRONOUN =
  /^[^\p{Lu}.!?;:"“”\n]{0,80}?\b(he|she|his|himself|herself|her(?=\s+(?!(?:to|that|the|a|an|and|or|in|on|at|for|with|about|of|as|by|from|if|when|what|how)\b)\p{Ll}))\b/u
const OBJECT_PREPOSITION =
  /\b(?:with|about|to|of|for|against|on|at|by|from|over|into|toward|towards|despite)\s+$/
const CONTRASTED =
  /(?:^|[.!?]["”’)]?\s+|\n\s*)(?:Unlike|Like|Besides|Apart from|Except for|Compared (?:with|to))\s+$/
const SAID_PRONOUN = /^(?:,[^,]{1,80},)?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s+(?:that\s+)?(he|she)\b/u

/**
 * Collects the entity mentions of `text` outside the `quoted` spans (sorted), skipping rubric
 * lines, photo credits and pull-quote credit lines, with subject position, gender votes and role
 * bindings.
 *
 * @example
 * collectMentions(text, extractEntities(text), []).mentions[0] // { ref, start, subject: true, … }
 */
export function collectMentions(
  text: string,
  entities: EntityAnalysis,
  quoted: Span[]
): MentionIndex {
  const breaks: number[] = []
  for (let i = text.indexOf('\n'); i >= 0 && breaks.length < 5000; i = text.indexOf('\n', i + 1))
    breaks.push(i)
  const paragraphOf = (offset: number) => upperBound(breaks, offset)
  const mentions: Mention[] = []
  const gender = new Map<string, GenderVotes>()
  const roles: Roles = new Map()
  let q = 0
  const extra = surnameMentions(text, entities)
  const all = extra.length
    ? [...entities.mentions, ...extra].sort((a, b) => a.start - b.start)
    : entities.mentions
  for (const m of all) {
    // A single letter ("-20 C", "Plan B") or a time zone ("7 p.m. ET") is no one who speaks.
    if (m.entity < 0 || m.type === 'place' || m.end - m.start < 2) continue
    if (TIME_ZONE.test(m.text)) continue
    // The entity lists are capped (a page of links can name hundreds): a mention of an entity
    // left out of its list has no name to give.
    if (m.entity >= (m.type === 'person' ? entities.people : entities.organizations).length)
      continue
    while (q < quoted.length && quoted[q]!.end <= m.start) q++
    if (q < quoted.length && quoted[q]!.start <= m.start) continue
    let ref: EntityRef = { type: m.type, index: m.entity }
    const before = text.slice(Math.max(0, m.start - 40), m.start)
    // "the Canadian", "the Calgary-born": a description by origin the recogniser took for a name;
    // the description is resolved where it speaks, and names nobody here.
    if (
      m.type === 'person' &&
      /\b[Tt]he\s+$/.test(before) &&
      (isOriginNoun(m.text.toLowerCase()) || /^\p{Lu}[\p{L}.'’]*-born$/u.test(m.text))
    )
      continue
    // "The younger Roe" is the younger of the Roes, whoever the surname alone stands for.
    const comparative =
      m.type === 'person' && !/\s/.test(m.text)
        ? /\b[Tt]he\s+(elder|older|younger)\s+$/.exec(before)
        : null
    const ranked = comparative
      ? elderOrYounger(text, entities, m.text, comparative[1] !== 'younger')
      : null
    if (ranked !== null) ref = { type: 'person', index: ranked }
    else if (m.type === 'person' && /^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(m.text)) {
      // "Ms. Roe", when the story names several Roes in full, is the one woman of them; "Roe"
      // alone is the first of them named.
      const title = COURTESY_BEFORE.exec(before)
      const first =
        (title ? kinByTitle(text, entities, m.text, title[1] ? 'm' : 'f') : null) ??
        firstOfSurname(entities, m.text)
      if (first !== null) ref = { type: 'person', index: first }
    }
    // Rubric lines ("WATCH: …", "READ MORE: …") point to other stories: nobody there speaks here.
    const lineStart = breaks[paragraphOf(m.start) - 1] ?? -1
    if (/^\s*\p{Lu}[\p{Lu} ]{1,30}[:|]/u.test(text.slice(lineStart + 1, lineStart + 34))) continue
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
    // "OTTAWA (Harbour Press) —": the agency that filed the story, in its dateline, speaks in none
    // of it.
    if (/\(\s*$/.test(before) && /^\s*\)\s*(?:--|[—–―])/.test(after) && m.start - lineStart < 60)
      continue
    // "Unlike Roe, he …": a name set against the sentence's subject is nobody's antecedent.
    if (CONTRASTED.test(before) && /^\s*,/.test(after)) continue
    // "Union rep Sam Lee said", "Otters coach Ben Kowal said": the organisation only modifies the
    // person who is the subject.
    // "Analysts at Beacon Securities said": the firm the commentators work for does not speak.
    // (The window starts at the text's start: that opens a sentence too, "Critic Ann Roe was …".)
    const opened = m.start <= 40 ? `\n${before}` : before
    const subject =
      isSubject(opened, after) &&
      !(m.type === 'organization' && /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}\p{Lu}\p{Ll}/u.test(after)) &&
      !(m.type === 'organization' && COMMENTATORS_AT.test(before)) &&
      // "Analyst Derek Huang of Tidewater Securities said": the person speaks, the firm is theirs.
      !(m.type === 'organization' && PERSON_OF.test(before))
    const group =
      subject && (/\p{Lu}[\p{L}.'’-]*\s+and\s+$/u.test(before) || /^\s+and\s+\p{Lu}/u.test(after))
    mentions.push({ ref, start: m.start, subject, paragraph: paragraphOf(m.start), group })
    // "A spokesperson for the Harbour Board said …" with no name given: a later "the spokesperson"
    // is the board's voice too. (After a name, "Ann Roe, a spokesperson for …", the role is hers.)
    const voice = m.type === 'organization' ? SPOKESPERSON_FOR.exec(before)?.[1] : undefined
    if (voice) bindRole(roles, voice.toLowerCase(), { ref, start: m.start, words: [] })
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
      // "Roe kept her coat on": the first pronoun of the clause after a name
      // that is no verb's object, with no other name in between, is hers ("Lee told Roe she …"
      // is not). One vote: weaker than a title or "Roe said she".
      // A possessive after a preposition ("disagreed with his account") is as often someone
      // else's: no vote.
      const own = subject || !/\p{Ll}\s+$/u.test(before) ? OWN_PRONOUN.exec(after) : null
      const afterPreposition =
        own !== null &&
        /^(?:his|her)$/i.test(own[1]!) &&
        OBJECT_PREPOSITION.test(after.slice(0, own.index + own[0].length - own[1]!.length))
      if (own && !afterPreposition)
        /^(?:he|his|himself)$/i.test(own[1]!) ? (votes.m += 1) : (votes.f += 1)
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
  const described = roleSubjects(text, roles, paragraphOf)
  if (described.length > 0) {
    mentions.push(...described)
    mentions.sort((a, b) => a.start - b.start)
  }
  return { mentions, gender, roles, paragraphOf }
}

/**
 * "Judge Ann Roe …" then "The judge disagreed. She noted …": a sentence that opens with a role
 * bound to a person has that person as its subject, the antecedent of the pronouns after it.
 */
function roleSubjects(
  text: string,
  roles: Roles,
  paragraphOf: (offset: number) => number
): Mention[] {
  const out: Mention[] = []
  if (roles.size === 0) return out
  ROLE_SUBJECT.lastIndex = 0
  for (let m = ROLE_SUBJECT.exec(text); m && out.length < 500; m = ROLE_SUBJECT.exec(text)) {
    const head = m[2]!
    if (!roles.has(head) || !(TITLES.has(head) || PLAYER_ROLES.test(head))) continue
    const start = m.index + m[0].search(/The[ \t]/)
    const words = ['the', ...m[1]!.trim().split(/\s+/).filter(Boolean), head]
    const holder = boundHolder(roles, words, start)
    if (holder?.ref.type === 'person')
      out.push({ ref: holder.ref, start, subject: true, paragraph: paragraphOf(start) })
  }
  return out
}

const ROLE_SUBJECT =
  /(?:^|[.!?]["”’]?[ \t]+|\n[ \t]*)The[ \t]+((?:\p{Ll}[\p{Ll}-]*[ \t]+){0,2}?)(\p{Ll}[\p{Ll}-]+)[ \t]+(?=(?:(?:also|then|later|\p{Ll}+ly)[ \t]+)?(?:\p{Ll}{2,}(?:ed|s)|has|had|was|is|said|told|ruled|wrote|made|sat|gave|took|went|spoke|stood|left|came|put|set)\b)/gu

/** A person's name, then where they work ("Ann Roe of ", "Bo Li at the "). */
const PERSON_OF = /\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+\s+(?:of|at|with|from)\s+(?:the\s+)?$/u

/** Commentators named by their firm ("analysts at", "economists with"): the firm is no subject. */
const COMMENTATORS_AT =
  /\b(?:analysts?|economists?|strategists?|researchers?|experts?|scientists?|traders?)\s+(?:at|with|from)\s+(?:the\s+)?$/i

/**
 * A mention is a subject when it opens its clause or a reporting verb follows it (or precedes it,
 * inverted). `before` and `after` are the text around the mention.
 *
 * @example
 * isSubject('. ', ' said the plan') // true
 */
export function isSubject(before: string, after: string): boolean {
  if (/(?:^|[.!?]["”’)]?\s+|\n\s*|\s[—–]\s+|^\s*["“]?)$/.test(before) && !/^\s*[.!?]/.test(after))
    return true
  if (titledOpener(before) && !/^\s*[.!?]/.test(after)) return true
  // The window may cut a word ("f|or"): only whole words count.
  const tail = before.slice(-31).replace(/^\S*\s/, '')
  if (/,\s*$/.test(before) && !/\b(?:and|or|with|of)\b[^,]*,\s*$/.test(tail)) {
    // "On Monday, Roe said …", "Back at the wharf, Roe isn't hopeful": an opener phrase before
    // the subject.
    if (
      /^(?:\s*\([^()]{0,40}\))?(?:,[^,]{1,80},)?\s+(?:\p{Ll}+\s+){0,2}(?:\p{Ll}+(?:s|ed)|\p{Ll}+n['’]t|had|will|would|can|could|did|may|might|must|should)\b/u.test(
        after
      )
    )
      return true
    // "Down the street, Ann Roe stood by her chimney": an irregular past verb right after.
    const past = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(after)?.[1]
    if (past && IRREGULAR_PAST.test(past)) return true
  }
  // "After the vote, Council Leader Ann Roe blamed …": a titled name after an opener clause.
  const titled = /,\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,4})$/u.exec(before)?.[1]
  if (
    titled &&
    TITLES.has(titled.trim().split(/\s+/).pop()!.toLowerCase().replace(/\.$/, '')) &&
    /^(?:\s*\([^()]{0,40}\))?\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:s|ed)\b/u.test(after)
  )
    return true
  // "Residents like Ada Roe, 68, were among the first": a name with its age, then the verb.
  if (
    /\b(?:like|such as|including)\s+$/.test(before) &&
    /^,\s+\d{1,3},\s+(?:(?:also|now|still|both)\s+)?(?:\p{Ll}{3,}(?:ed|s)|is|was|are|were|has|had|have|will|would)\b/u.test(
      after
    )
  )
    return true
  // "Her rival, Sam Lee, disagreed": a name in apposition to the subject, its verb after it.
  if (
    /\p{Ll},\s*$/u.test(before) &&
    /^,\s+(?:(?:also|later|then|\p{Ll}+ly)\s+)?(?:\p{Ll}{3,}(?:ed|s)|has|had|is|was|will|would|can)\b/u.test(
      after
    )
  )
    return true
  // ("His daughter, Abena Roe, sat in the front row", "Roe's mother, Ada Roe, sat …": an
  // irregular past verb, after a description that opens the sentence.)
  const verb =
    /(?:^|[.!?]["”]?\s+|\n\s*)(?:His|Her|Their|The|A|An|\p{Lu}[\p{L}-]*['’]s?)\s[^,.;\n]{1,40}\p{Ll},\s*$/u.test(
      before
    )
      ? /^,\s+(\p{Ll}+)\b/u.exec(after)?.[1]
      : undefined
  if (verb && IRREGULAR_PAST.test(verb)) return true
  // "Then there's Ann Roe.", "There is also Ann Roe, who …": the person a sentence brings in.
  if (
    /(?:^|[.!?]["”’)]?\s+|\n\s*)(?:(?:And|But|Then|Now)\s+)?(?:[Tt]here['’]s|[Tt]here\s+(?:is|was))\s+(?:also\s+)?$/.test(
      before
    ) &&
    /^\s*(?:[,.]|$)/.test(after)
  )
    return true
  // "It's a view shared by Ann Roe, who …", "That worry is echoed by Ann Roe.": the agent of a
  // view or feeling at the end of its clause is who the sentence brings in.
  if (
    /\b(?:shared|echoed|repeated|voiced|felt)\s+by\s+$/u.test(before) &&
    /^\s*(?:[,.]|$)/.test(after)
  )
    return true
  const next =
    /^(?:\s*\([^()]{0,40}\))?(?:,[^,]{1,100},)?\s+(?:(?:also|later|then|has|had|would|will|\p{Ll}+ly)\s+){0,2}(\p{Ll}+)/u.exec(
      after
    )
  if (next && CUE_VERBS.has(next[1]!)) return true
  // "For Ann Roe, the ruling is a relief": a fronted topic is who the sentence is about.
  if (/(?:^|[.!?]["”’)]?\s+|\n\s*)(?:For|To)\s+$/.test(before) && /^,\s/.test(after)) return true
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

// An opening phrase may come first ("Across town, shop owner Ann Roe …"). Only a sentence end or
// a line break opens the sentence: the caller's window of text may start mid-sentence.
const TITLED_OPENER =
  /(?:[.!?]["”’)]?\s+|\n\s*)(?:[^,.!?\n]{1,40},\s+)?((?:[\p{L}][\p{L}'’.-]*\s+|\p{N}{1,3}-year-old\s+){1,4})$/u

/**
 * "Councillor Rick Vance defended the vote.", "Otters coach Dale Fenton was blunt": a sentence
 * that opens with the words of a title before the name has that name as its subject, whatever
 * verb follows. Only a title word right before the name, after capitalised words or possessives
 * ("The club's general manager"), counts: "Later the mayor met Sam Lee" has a verb in between.
 */
const ADJECTIVES_IN_ED =
  /^(?:retired|registered|licensed|qualified|certified|trained|experienced|unemployed|self-employed|married|widowed|divorced|disabled|elected|renowned|acclaimed|award-winning)$/

function titledOpener(before: string): boolean {
  const m = TITLED_OPENER.exec(before.slice(-60))
  if (!m) return false
  const words = m[1]!.trim().split(/\s+/)
  const last = words[words.length - 1]!.toLowerCase()
  // ("Neighbour Edith Roe watched", "Critic Sam Lee was blunt": a noun that describes a person
  // stands in front of a name as a title does.)
  const described = TITLES.has(last) || PLAYER_ROLES.test(last) || PERSON_SUFFIX.test(last)
  if (!described && !PERSON_NOUNS.has(last)) return false
  // "She told shop owner Ann Roe", "Police arrested shop owner Ann Roe": a verb before the title
  // makes the name its object.
  if (/^(?:he|she|they|we|i|it|you)$/i.test(words[0]!)) return false
  return words.slice(0, -1).every(
    (w) =>
      /^\p{Lu}/u.test(w) ||
      /['’]s$/.test(w) ||
      TITLES.has(w.toLowerCase()) ||
      /^(?:the|a|an|his|her|their|its)$/i.test(w) ||
      // "retired teacher", "registered nurse": adjectives in -ed, not a verb before the title.
      ADJECTIVES_IN_ED.test(w) ||
      (/^\p{Ll}[\p{Ll}-]+$/u.test(w) &&
        !/(?:ed|ing|s)$/.test(w) &&
        !FUNCTION_WORDS.has(w) &&
        !CUE_VERBS.has(w))
  )
}

/** A map key for an entity reference. */
export function keyOf(ref: EntityRef): string {
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

/** How many mentions of the list (sorted by start) start before `x`. */
export function upperBoundStart(list: Mention[], x: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]!.start < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** "… said. A spokeswoman for the " before an organisation's name: the role that speaks for it. */
const SPOKESPERSON_FOR =
  /(?:^|\n|[.!?"”]\s+|\b(?:said|says|according\s+to)\s+)(?:an?|the)\s+(spokes\p{L}*)\s+for\s+(?:the\s+)?$/iu
