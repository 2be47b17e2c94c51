/**
 * @module Quotes in French, German, Spanish, Italian and Portuguese (and corner-bracket quotes in
 * Japanese and Chinese): the language's quotation marks and dialogue dashes, each credited through
 * the language's reporting verbs ("a déclaré X", "sagte sie", "dijo X", "ha detto X", "disse X"),
 * its cues ("selon X", "laut X", "según X", "secondo X", "segundo X") or the sentence before it
 * ("X a déclaré : « … »"); pronouns go to the last speaker of their gender. Every regex runs on a
 * bounded slice around one quote.
 */
import type { EntityAnalysis } from './entities'
import { FEMALE_NAMES, MALE_NAMES } from './gazetteer-gender'
import { lexiconFor, type LanguageWords, type Lexicon } from './lexicon'
import { findDashSpans, findMarkedSpans, markPairs, type MarkPairs } from './quote-marks'
import type { QuoteSpan } from './quote-spans'
import type { Quote } from './types'

type Gender = 'female' | 'male'

interface Rules {
  lex: Lexicon
  words: LanguageWords
  pairs: MarkPairs
  /** After a quote: punctuation, then a credit. */
  after: RegExp
  /** A cue (verb or "selon") anywhere in the words before a quote. */
  cue: RegExp
  /** A name or pronoun ending the words before a cue. */
  subjectBefore: RegExp
  /** A pronoun or name right after a cue. */
  nameAfter: RegExp
  /** A name in apposition after a role (", Tobias Ernst"). */
  apposition: RegExp
  female: Set<string>
  male: Set<string>
  pronouns: Map<string, Gender | null>
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|')

/** A capitalised word of a name ("Dupont", "d'Alembert", "Dott.ssa", "M."). */
const CAP = String.raw`(?:[dD]['’])?\p{Lu}[\p{L}\p{M}'’-]*\.?(?:\p{Ll}+)?`

const withCapitals = (words: readonly string[]) =>
  [...words, ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))]

const cache = new Map<string, Rules | null>()

function rulesFor(language: string | null | undefined): Rules | null {
  const lex = lexiconFor(language)
  const words = lex.words
  if (!words) return null
  const cached = cache.get(lex.language)
  if (cached !== undefined) return cached
  const verbs = words.reportingVerbs.length > 0 ? alternation(words.reportingVerbs) : '(?!)'
  const auxiliary = words.auxiliaries.length > 0 ? alternation(words.auxiliaries) : '(?!)'
  const aux = words.auxiliaries.length > 0 ? `(?:(?:${auxiliary})\\s+)?` : ''
  const according = words.accordingTo.length > 0 ? alternation(withCapitals(words.accordingTo)) : '(?!)'
  const pronounList = [...words.pronouns.male, ...words.pronouns.female, ...words.pronouns.plural]
  const pronoun = pronounList.length > 0 ? alternation(withCapitals(pronounList)) : '(?!)'
  const particles = alternation(words.particles.filter((p) => !/['’]$/.test(p)))
  const name = String.raw`${CAP}(?:\s+(?:(?:${particles})\s+){0,2}${CAP}){0,4}`
  const rules: Rules = {
    lex,
    words,
    pairs: markPairs(words.quoteMarks),
    after: new RegExp(String.raw`^[\s,.;:!?…]*(?:[—–]\s*)?(?:(?:${auxiliary})-t-(?<p1>${pronoun})\s+(?<v1>${verbs})|(?<v2>${verbs})(?:-t)?-(?<p2>${pronoun})(?![\p{L}])|${aux}(?<v3>${verbs})(?![\p{L}-])(?<rest>[^.,;:!?\n—–]{0,120})|(?<v4>${according})\s+(?<rest2>[^.,;:!?\n—–]{0,120})|(?<subj>${name})\s+${aux}(?<v5>${verbs})(?![\p{L}]))`, 'u'),
    cue: new RegExp(String.raw`(?<![\p{L}])(?:${aux}(?:${verbs})|${according})(?![\p{L}])`, 'gu'),
    subjectBefore: new RegExp(String.raw`(?<![\p{L}])(${pronoun}|${name})(?:,[^,]{1,80},)?\s+(?:\p{Ll}+\s+){0,2}$`, 'u'),
    apposition: new RegExp(String.raw`^[^,.;:!?\n]{0,120},\s*(${name})(?=\s*[,.;:!?\n]|$)`, 'u'),
    nameAfter: new RegExp(String.raw`^\s+(?:(?<pron>${pronoun})(?![\p{L}])|(?:[\p{Ll}'’-]+\s+){0,5}?(?<name>${name}))`, 'u'),
    female: new Set([...words.femaleMarkers, ...words.femaleNames]),
    male: new Set([...words.maleMarkers, ...words.maleNames]),
    pronouns: new Map([
      ...words.pronouns.female.map((p) => [p, 'female'] as const),
      ...words.pronouns.male.map((p) => [p, 'male'] as const),
      ...words.pronouns.plural.map((p) => [p, null] as const),
    ]),
  }
  cache.set(lex.language, rules)
  return rules
}

/** True when `language` has quotation rules of its own (fr, de, es, it, pt, ja, zh). */
export function hasQuoteRules(language: string | null | undefined): boolean {
  return rulesFor(language) !== null
}

interface Credit {
  mention: string
  cue: string
  /** Titles and articles written before the name, lower case ("mme", "la"). */
  markers: string[]
  pronoun: boolean
}

interface Speaker {
  name: string
  entity: Quote['speakerEntity']
  gender: Gender | null
}

/**
 * Quotes of `text` in `language` with their speakers, or null when the language has no rules of
 * its own (the English stages apply).
 *
 * @example
 * extractLanguageQuotes('« Je pars », a déclaré Jean Dupont.', entities, 'fr')![0].speaker // 'Jean Dupont'
 */
export function extractLanguageQuotes(text: string, entities: EntityAnalysis, language: string | null | undefined): Quote[] | null {
  const rules = rulesFor(language)
  if (!rules) return null
  const marked = findMarkedSpans(text, rules.pairs)
  const dashed = rules.words.dialogueDash ? findDashSpans(text, (a) => creditAfter(a, rules) !== null) : []
  const spans = mergeSpans(marked, dashed)
  const dashes = new Set(dashed)
  const quotes: Quote[] = []
  const genders = new Map<string, Gender | null>()
  let last: Speaker | null = null
  const lastOf: Record<Gender, Speaker | null> = { female: null, male: null }
  let continued = false
  for (const span of spans) {
    const paraStart = text.lastIndexOf('\n', span.start) + 1
    const dash = dashes.has(span)
    const opener = dash ? span.start : markBefore(text, span.start)
    const sentStart = Math.max(paraStart, lastSentenceEnd(text, paraStart, opener), opener - 300)
    const before = text.slice(sentStart, Math.max(sentStart, opener))
    const nl = text.indexOf('\n', span.end)
    const after = text.slice(span.end, Math.min(span.end + 200, nl < 0 ? text.length : nl))
    const credit = creditAfter(after, rules) ?? creditBefore(before, rules)
    let speaker: Speaker | null = null
    let basis = 0
    if (credit?.pronoun) {
      const gender = rules.pronouns.get(credit.mention.toLowerCase()) ?? null
      speaker = (gender ? lastOf[gender] : null) ?? last
      basis = 0.85
    } else if (credit) {
      speaker = resolve(credit, span.start, entities, rules, genders)
      basis = 0.95
    } else if (continued || (before.trim() === '' && last)) {
      speaker = last
      basis = 0.75
    }
    const kind: Quote['kind'] = /[,:]\s*$|^\s*$/.test(before) || dash ? 'direct' : 'mixed'
    const words = text.slice(span.start, span.end)
    // Quoted words with no credit inside the reporter's sentence are titles or scare quotes.
    if (kind === 'mixed' && (!credit || !/\S\s+\S+\s+\S/.test(words))) continue
    const marks = dash ? 0 : 1
    quotes.push({
      text: words,
      speaker: speaker?.name ?? null,
      speakerEntity: speaker?.entity ?? null,
      speakerMention: credit?.mention ?? null,
      cue: credit?.cue ?? null,
      kind,
      start: span.start,
      end: span.end,
      content: { start: span.start - marks, end: Math.min(text.length, span.end + marks) },
      confidence: speaker ? basis : 0,
    })
    if (speaker) {
      last = speaker
      if (speaker.gender) lastOf[speaker.gender] = speaker
    }
    continued = span.continues
  }
  return quotes
}

/** The offset of the opening mark of a quote whose words start at `start`. */
function markBefore(text: string, start: number): number {
  let i = start - 1
  while (i > 0 && start - i < 8 && /\s/.test(text[i]!)) i--
  return Math.max(0, i)
}

/** Where the last sentence before `at` starts (after ". " or "? "), at `from` at the earliest. */
function lastSentenceEnd(text: string, from: number, at: number): number {
  // One character past `at`, so the lookahead sees the opening mark.
  const window = text.slice(Math.max(from, at - 300), at + 1)
  const re = /[.!?…]["»“”]?\s+(?=[\p{Lu}«„“"])/gu
  let end = -1
  for (let m = re.exec(window); m; m = re.exec(window)) end = m.index + m[0].length
  return end < 0 ? from : Math.max(from, at - 300) + end
}

/** Marked and dashed spans in text order, without overlaps (a marked span inside a dash line wins). */
function mergeSpans(marked: QuoteSpan[], dashed: QuoteSpan[]): QuoteSpan[] {
  if (dashed.length === 0) return marked
  const out = [...marked]
  for (const d of dashed) if (!marked.some((m) => m.start < d.end && d.start < m.end)) out.push(d)
  return out.sort((a, b) => a.start - b.start)
}

/** The credit right after a quote: "…», a déclaré X", "…“, sagte sie", "…», selon X". */
function creditAfter(after: string, rules: Rules): Credit | null {
  const m = rules.after.exec(after.replace(/^\s*[»«“”"’‘」』›‹]/u, ''))
  if (!m?.groups) return null
  const g = m.groups
  if (g.p1 || g.p2) return { mention: (g.p1 ?? g.p2)!, cue: (g.v1 ?? g.v2)!, markers: [], pronoun: true }
  if (g.subj) return nameCredit(g.subj, g.v5!, [], rules)
  const cue = (g.v3 ?? g.v4)!
  const rest = g.rest ?? g.rest2 ?? ''
  const credit = creditInRest(` ${rest.trimStart()}`, cue, rules)
  if (credit?.pronoun || (credit && !rules.lex.places.has(credit.mention.toLowerCase()))) return credit
  // "…», a dit la porte-parole de la mairie, Léa Roux": the name in apposition after the role.
  const named = rules.apposition.exec(after.slice(after.indexOf(cue) + cue.length))
  return named ? nameCredit(named[1]!, cue, rest.toLowerCase().split(/\s+/).filter(Boolean), rules) : credit
}

/** The speaker after a cue: a pronoun ("sagte sie") or a name behind articles and roles. */
function creditInRest(rest: string, cue: string, rules: Rules): Credit | null {
  const m = rules.nameAfter.exec(rest)
  if (!m?.groups) return null
  if (m.groups.pron) return { mention: m.groups.pron, cue, markers: [], pronoun: true }
  const lead = rest.slice(0, m.index + m[0].length - m.groups.name!.length).toLowerCase().split(/\s+/)
  return nameCredit(m.groups.name!, cue, lead.filter(Boolean), rules)
}

/** "X a déclaré : « … »", "Laut Weber „…“", "Dann sagte sie: „…“": the last cue before a quote. */
function creditBefore(before: string, rules: Rules): Credit | null {
  let cue: RegExpExecArray | null = null
  rules.cue.lastIndex = 0
  for (let m = rules.cue.exec(before); m; m = rules.cue.exec(before)) cue = m
  if (!cue) return null
  const right = before.slice(cue.index + cue[0].length)
  const inverted = creditInRest(right, cue[0], rules)
  const according = rules.words.accordingTo.includes(cue[0].toLowerCase())
  if (according || (inverted && /^\s+(?:\S+\s+){0,6}?\S+\s*[:,]?\s*$/.test(right))) return inverted
  const left = before.slice(Math.max(0, cue.index - 160), cue.index)
  const subject = rules.subjectBefore.exec(left)
  if (!subject) return null
  const mention = subject[1]!
  if (rules.pronouns.has(mention.toLowerCase())) return { mention, cue: cue[0], markers: [], pronoun: true }
  const lead = left.slice(Math.max(0, subject.index - 12), subject.index).toLowerCase().split(/\s+/)
  return nameCredit(mention, cue[0], lead.filter(Boolean), rules)
}

/** A credited name without its titles ("Mme Claire Martin" → "Claire Martin"), titles kept as markers. */
function nameCredit(raw: string, cue: string, lead: string[], rules: Rules): Credit | null {
  const words = raw.split(/\s+/)
  const markers = [...lead.slice(-2)]
  const key = (w: string) => w.toLowerCase().replace(/\./g, '')
  while (words.length > 0 && (rules.lex.titles.has(key(words[0]!)) || rules.lex.functionWords.has(key(words[0]!)))) {
    markers.push(key(words.shift()!))
  }
  // "Sprecher der Stadtwerke": a role of an organisation, not a name.
  if (words.length === 0 || !/^\P{Ll}/u.test(words[0]!)) return null
  words[words.length - 1] = words[words.length - 1]!.replace(/\.$/, '')
  return { mention: words.join(' '), cue, markers, pronoun: false }
}

/** The entity a credited name stands for, with its gender when a title or given name tells it. */
function resolve(credit: Credit, offset: number, entities: EntityAnalysis, rules: Rules, genders: Map<string, Gender | null>): Speaker {
  const ref = entities.resolveEntity(credit.mention) ?? entities.addSpeaker(credit.mention, offset)
  const entity = ref ? (ref.type === 'person' ? entities.people : entities.organizations)[ref.index] : undefined
  const name = entity?.name ?? credit.mention
  const given = name.split(/\s+/)[0]!.toLowerCase()
  let gender = genders.get(name) ?? null
  if (credit.markers.some((w) => rules.female.has(w))) gender = 'female'
  else if (credit.markers.some((w) => rules.male.has(w))) gender = 'male'
  else if (!gender && (rules.female.has(given) || FEMALE_NAMES.has(given))) gender = 'female'
  else if (!gender && (rules.male.has(given) || MALE_NAMES.has(given))) gender = 'male'
  genders.set(name, gender)
  return { name, entity: ref, gender }
}
