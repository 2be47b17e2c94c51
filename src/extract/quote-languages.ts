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
  /** Every capitalised run that may be a name. */
  runs: RegExp
  /** "…», soupire Chantal Meunier," / "…», glisse-t-elle": a verb the lexicon lacks, then a name. */
  unknownVerb: RegExp
  female: Set<string>
  male: Set<string>
  pronouns: Map<string, Gender | null>
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|')

/** A capitalised word of a name ("Dupont", "d'Alembert"). */
const CAP = String.raw`(?:[dD]['’])?\p{Lu}[\p{L}\p{M}'’-]*`
/** An abbreviated title before a name ("M.", "Dr.", "Sra.", "Dott.ssa", "Sig.ra"). */
const ABBREVIATION = String.raw`\p{Lu}\p{Ll}{0,3}\.(?:\p{Ll}{2,3}\.?)?`
/** Articles and determiners: a role after them is a description, not a missing subject. */
const DETERMINERS = new Set(`le la les un une l' l’ der die das ein eine einen el los las una il lo gli
  uno o a os as um uma son sa ses sein seine ihr ihre su sus suo sua seu`.split(/\s+/))

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
  // Particles join a given name to its surname ("Heinrich von Stetten", "Maria do Carmo Lopes");
  // after a surname they lead to a place or an organisation ("Keller von der Bahn").
  const name = String.raw`(?:${ABBREVIATION}\s*)?${CAP}(?:\s+(?:(?:${particles})\s+){1,2}${CAP})?(?:\s+${CAP}){0,3}`
  const rules: Rules = {
    lex,
    words,
    pairs: markPairs(words.quoteMarks),
    after: new RegExp(String.raw`^[\s,.;:!?…]*(?:[—–]\s*)?(?:(?:${auxiliary})-t-(?<p1>${pronoun})\s+(?<v1>${verbs})|(?<v2>${verbs})(?:-t)?-(?<p2>${pronoun})(?![\p{L}])|(?:(?:si|se|s['’])\s*)?${aux}(?<v3>${verbs})(?![\p{L}-])(?<rest>[^,;:!?\n—–]{0,120})|(?<v4>${according})\s+(?<rest2>[^,;:!?\n—–]{0,120})|(?<subj>${name})\s+${aux}(?<v5>${verbs})(?![\p{L}]))`, 'u'),
    cue: new RegExp(String.raw`(?<![\p{L}])(?:${aux}(?:${verbs})|${according})(?![\p{L}])`, 'gu'),
    subjectBefore: new RegExp(String.raw`(?<![\p{L}])(${pronoun}|${name})(?:,\s+[^\p{Lu},][^,]{0,80})?,?\s+(?:\p{Ll}+\s+){0,2}$`, 'u'),
    unknownVerb: new RegExp(String.raw`^[\s,]*(?<verb>\p{Ll}[\p{L}-]{2,20}?)(?:-t)?(?:-(?<pron>${pronoun})(?![\p{L}])|\s+(?<name>${name})(?=\s*(?:[,.;:!?]|$)))`, 'u'),
    runs: new RegExp(String.raw`(?<![\p{L}])${name}`, 'gu'),
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
  /** The name as written, a pronoun, or '' for a verb without a subject ("…», añadió."). */
  mention: string
  cue: string
  /** Titles and articles written before the name, lower case ("mme", "la"). */
  markers: string[]
  /** A pronoun or an implied subject: the speaker is found by position and gender. */
  pronoun: boolean
}

interface Speaker {
  name: string
  entity: Quote['speakerEntity']
  gender: Gender | null
}

/** What the quotes of one text share: the rules, the entities and the genders learnt so far. */
interface Context {
  text: string
  rules: Rules
  entities: EntityAnalysis
  genders: Map<string, Gender | null>
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
  const context: Context = { text, rules, entities, genders: new Map() }
  const quotes: Quote[] = []
  let last: Speaker | null = null
  let continued = false
  for (const span of spans) {
    const paraStart = text.lastIndexOf('\n', span.start) + 1
    const dash = dashes.has(span)
    const opener = dash ? span.start : markBefore(text, span.start)
    const sentStart = Math.max(paraStart, lastSentenceEnd(text, paraStart, opener), opener - 300)
    const before = text.slice(sentStart, Math.max(sentStart, opener))
    const nl = text.indexOf('\n', span.end)
    const after = text.slice(span.end, Math.min(span.end + 200, nl < 0 ? text.length : nl))
    const credit = creditAfter(after, rules) ?? creditBefore(before, context)
    let speaker: Speaker | null = null
    let basis = 0
    if (credit?.pronoun) {
      const gender = rules.pronouns.get(credit.mention.toLowerCase()) ?? null
      speaker = nearestPerson(context, opener, paraStart, gender, quotes) ?? last
      basis = 0.85
    } else if (credit) {
      speaker = resolve(credit, span.start, context)
      basis = 0.95
    } else if (continued || (before.trim() === '' && last)) {
      speaker = last
      basis = 0.75
    }
    // Without reporting verbs (Japanese, Chinese) every bracketed passage counts as direct speech.
    const direct = dash || rules.words.reportingVerbs.length === 0 || /[,:]\s*$|^\s*$/.test(before)
    const kind: Quote['kind'] = direct ? 'direct' : 'mixed'
    const words = text.slice(span.start, span.end)
    // Quoted words with no credit inside the reporter's sentence are titles or scare quotes.
    if (kind === 'mixed' && (!credit || !/\S\s+\S+\s+\S/.test(words))) continue
    const marks = dash ? 0 : 1
    quotes.push({
      text: words,
      speaker: speaker?.name ?? null,
      speakerEntity: speaker?.entity ?? null,
      speakerMention: credit?.mention || null,
      cue: credit?.cue ?? null,
      kind,
      start: span.start,
      end: span.end,
      content: { start: span.start - marks, end: Math.min(text.length, span.end + marks) },
      confidence: speaker ? basis : 0,
    })
    if (speaker) last = speaker
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

/** The credit right after a quote: "…», a déclaré X", "…“, sagte sie", "…», selon X", "…», añadió". */
function creditAfter(after: string, rules: Rules): Credit | null {
  const tail = after.replace(/^\s*[»«“”"’‘」』›‹]/u, '')
  const m = rules.after.exec(tail)
  if (!m?.groups) return /^\s*,/.test(tail) ? unknownVerbCredit(tail, rules) : null
  const g = m.groups
  if (g.p1 || g.p2) return { mention: (g.p1 ?? g.p2)!, cue: (g.v1 ?? g.v2)!, markers: [], pronoun: true }
  if (g.subj) return nameCredit(g.subj, g.v5!, [], rules)
  const cue = (g.v3 ?? g.v4)!
  const rest = g.rest ?? g.rest2 ?? ''
  const credit = creditInRest(` ${rest.trimStart()}`, cue, rules)
  const lead = credit?.markers[credit.markers.length - 1] ?? ''
  // "…», ha spiegato il presidente della Regione, Stefano Gallo": after "della", a complement;
  // "…», a dit la porte-parole, Léa Roux": a role, then the name in apposition.
  if (credit?.pronoun || (credit && !rules.lex.connectors.has(lead) && !rules.lex.places.has(credit.mention.toLowerCase()))) return credit
  const named = rules.apposition.exec(tail.slice(tail.indexOf(cue) + cue.length))
  if (named) return nameCredit(named[1]!, cue, rest.toLowerCase().split(/\s+/).filter(Boolean), rules)
  if (credit) return credit
  // A verb without a subject ("…», añadió.", "…», ha raccontato emozionata"): the subject is implied.
  const first = rest.trim().split(/\s+/)[0]?.toLowerCase() ?? ''
  if (g.v3 && !/\p{Lu}/u.test(rest) && !DETERMINERS.has(first)) return { mention: '', cue, markers: [], pronoun: true }
  return null
}

/** A credit by a verb the lexicon lacks: a lower-case word after the comma, then a name ending the clause. */
function unknownVerbCredit(tail: string, rules: Rules): Credit | null {
  const m = rules.unknownVerb.exec(tail)
  if (!m?.groups || rules.lex.functionWords.has(m.groups.verb!)) return null
  if (m.groups.pron) return { mention: m.groups.pron, cue: m.groups.verb!, markers: [], pronoun: true }
  return nameCredit(m.groups.name!, m.groups.verb!, [], rules)
}

/** The speaker after a cue: a pronoun ("sagte sie") or a name behind articles and roles. */
function creditInRest(rest: string, cue: string, rules: Rules): Credit | null {
  const m = rules.nameAfter.exec(rest)
  if (!m?.groups) return null
  if (m.groups.pron) return { mention: m.groups.pron, cue, markers: [], pronoun: true }
  const lead = rest.slice(0, m.index + m[0].length - m.groups.name!.length).toLowerCase().split(/\s+/)
  return nameCredit(m.groups.name!, cue, lead.filter(Boolean), rules)
}

/**
 * The credit in the sentence before a quote: "X a déclaré : « … »", "Laut Weber „…“", "Dann sagte
 * sie: „…“", or the named subject of a sentence that leads into the quote with a colon
 * ("Landrätin Petra Schulte hält dagegen: „…“").
 */
function creditBefore(before: string, context: Context): Credit | null {
  const { rules } = context
  let cue: RegExpExecArray | null = null
  rules.cue.lastIndex = 0
  for (let m = rules.cue.exec(before); m; m = rules.cue.exec(before)) cue = m
  if (!cue) return /:\s*$/.test(before) ? sentenceSubject(before, ':', context) : null
  const right = before.slice(cue.index + cue[0].length)
  if (rules.words.accordingTo.includes(cue[0].toLowerCase())) {
    // "Según la concejala de Urbanismo, Marta Salinas, «…»": the name in apposition to the role.
    const credit = creditInRest(right, cue[0], rules)
    const lead = credit?.markers[credit.markers.length - 1] ?? ''
    const named = !credit || rules.lex.connectors.has(lead) ? rules.apposition.exec(right) : null
    return named ? nameCredit(named[1]!, cue[0], right.toLowerCase().split(/\s+/).filter(Boolean), rules) : credit
  }
  const left = before.slice(Math.max(0, cue.index - 160), cue.index)
  const subject = rules.subjectBefore.exec(left)
  if (subject) {
    const mention = subject[1]!
    if (rules.pronouns.has(mention.toLowerCase())) return { mention, cue: cue[0], markers: [], pronoun: true }
    const lead = left.slice(Math.max(0, subject.index - 12), subject.index).toLowerCase().split(/\s+/)
    const named = nameCredit(mention, cue[0], lead.filter(Boolean), rules)
    if (named) return named
  }
  // Verb first ("Dann sagte Weber: „…“"): the name right after the cue, ending the clause.
  const inverted = /^\s+(?:\S+\s+){0,6}?\S+\s*[:,]?\s*$/.test(right) ? creditInRest(right, cue[0], rules) : null
  return inverted ?? sentenceSubject(before.slice(0, cue.index), cue[0], context)
}

/** The first name in a sentence that is a known person ("Une habitante, Nathalie Roux, se montre…"). */
function sentenceSubject(sentence: string, cue: string, context: Context): Credit | null {
  const { rules, entities } = context
  rules.runs.lastIndex = 0
  let n = 0
  for (let m = rules.runs.exec(sentence); m && n < 8; m = rules.runs.exec(sentence), n++) {
    const credit = nameCredit(m[0], cue, sentence.slice(Math.max(0, m.index - 12), m.index).toLowerCase().split(/\s+/).filter(Boolean), rules)
    if (credit && entities.resolveEntity(credit.mention)?.type === 'person') return credit
  }
  return null
}

/** A credited name without its titles ("Mme Claire Martin" → "Claire Martin"), titles kept as markers. */
function nameCredit(raw: string, cue: string, lead: string[], rules: Rules): Credit | null {
  const words = raw.split(/\s+/)
  const markers = [...lead.slice(-2)]
  const key = (w: string) => w.toLowerCase().replace(/\./g, '')
  while (words.length > 0 && (rules.lex.titles.has(key(words[0]!)) || rules.lex.functionWords.has(key(words[0]!)) ||
    /^\p{Lu}\p{Ll}{0,3}\.(?:\p{Ll}{2,3}\.?)?$/u.test(words[0]!))) {
    markers.push(key(words.shift()!))
  }
  // "Sprecher der Stadtwerke": a role of an organisation, not a name.
  if (words.length === 0 || !/^\P{Ll}/u.test(words[0]!)) return null
  return { mention: words.join(' '), cue, markers, pronoun: false }
}

/**
 * The person a pronoun or an implied subject stands for: the nearest person named before the quote
 * (outside quotation marks) whose gender fits, within this paragraph and the two before it.
 */
function nearestPerson(context: Context, at: number, paraStart: number, gender: Gender | null, quotes: Quote[]): Speaker | null {
  const { text, entities } = context
  let from = paraStart
  for (let k = 0; k < 2 && from > 0; k++) {
    const gap = text.lastIndexOf('\n\n', from - 3)
    from = gap < 0 ? 0 : gap + 2
  }
  let best: Speaker | null = null
  for (const m of entities.mentions) {
    if (m.type !== 'person' || m.start < from || m.start >= at) continue
    if (quotes.some((q) => m.start >= q.start && m.end <= q.end)) continue
    const name = entities.people[m.entity]?.name
    if (!name) continue
    const found = genderOf(name, context, text.slice(Math.max(0, m.start - 24), m.start))
    if (!gender || !found || found === gender) best = { name, entity: { type: 'person', index: m.entity }, gender: found }
  }
  return best
}

/** A person's gender from what was learnt of them, the words before a mention, or their given name. */
function genderOf(name: string, context: Context, before: string): Gender | null {
  const { rules, genders } = context
  const known = genders.get(name)
  if (known) return known
  const lead = before.toLowerCase().split(/[\s,]+/).filter(Boolean).slice(-2).map((w) => w.replace(/\./g, ''))
  const given = name.split(/\s+/)[0]!.toLowerCase()
  let gender: Gender | null = null
  if (lead.some((w) => markerGender(w, rules) === 'female')) gender = 'female'
  else if (lead.some((w) => markerGender(w, rules) === 'male')) gender = 'male'
  else if (rules.female.has(given) || FEMALE_NAMES.has(given)) gender = 'female'
  else if (rules.male.has(given) || MALE_NAMES.has(given)) gender = 'male'
  if (gender) genders.set(name, gender)
  return gender
}

/** The gender a title or article marks ("Mme", "la", "Verkehrsstadträtin"), or null. */
function markerGender(word: string, rules: Rules): Gender | null {
  if (rules.female.has(word)) return 'female'
  if (rules.male.has(word)) return 'male'
  const endings = rules.words.titleEndings
  return endings?.test(word) ? (/in$/.test(word) ? 'female' : 'male') : null
}

/** The entity a credited name stands for, with its gender when a title or given name tells it. */
function resolve(credit: Credit, offset: number, context: Context): Speaker {
  const { entities, rules, genders } = context
  const ref = entities.resolveEntity(credit.mention) ?? entities.addSpeaker(credit.mention, offset)
  const entity = ref ? (ref.type === 'person' ? entities.people : entities.organizations)[ref.index] : undefined
  const name = entity?.name ?? credit.mention
  if (credit.markers.some((w) => markerGender(w, rules) === 'female')) genders.set(name, 'female')
  else if (credit.markers.some((w) => markerGender(w, rules) === 'male')) genders.set(name, 'male')
  return { name, entity: ref, gender: genderOf(name, context, '') }
}
