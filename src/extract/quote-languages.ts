/**
 * @module Quotes in French, German, Spanish, Italian and Portuguese (and corner-bracket quotes in
 * Japanese and Chinese): the language's quotation marks and dialogue dashes, each credited through
 * the language's reporting verbs ("a déclaré X", "sagte sie", "dijo X", "ha detto X", "disse X"),
 * its cues ("selon X", "laut X", "según X", "secondo X", "segundo X") or the sentence before it;
 * a pronoun or an implied subject goes to the nearest person of its gender named before the quote.
 */
import type { EntityAnalysis } from './entities'
import { FEMALE_NAMES, MALE_NAMES } from './gazetteer-gender'
import { creditAfter, creditBefore, type Credit } from './quote-language-credits'
import { markerGender, quoteRulesFor, type Gender, type QuoteRules } from './quote-language-rules'
import { bindLanguageRoles, roleLookup } from './quote-language-roles'
import { findReported } from './quote-language-reported'
import { findDashSpans, findMarkedSpans } from './quote-marks'
import { boundHolder, type Roles } from './quote-roles'
import type { QuoteSpan } from './quote-spans'
import type { EntityMention, Quote } from './types'

interface Speaker {
  name: string
  entity: Quote['speakerEntity']
  gender: Gender | null
}

/** What the quotes of one text share: the rules, the entities and the genders learnt so far. */
interface Context {
  text: string
  rules: QuoteRules
  entities: EntityAnalysis
  /** Person mentions in text order. */
  persons: EntityMention[]
  genders: Map<string, Gender | null>
  /** Role words bound to the people named with them ("La maire de Lowmere, Claire Dubois,"). */
  roles: Roles
}

/** True when `language` has quotation rules of its own (fr, de, es, it, pt, ja, zh). */
export function hasQuoteRules(language: string | null | undefined): boolean {
  return quoteRulesFor(language) !== null
}

/**
 * Quotes of `text` in `language` with their speakers, or null when the language has no rules of
 * its own (the English stages apply).
 *
 * @example
 * const quotes = extractLanguageQuotes('« Je pars », a déclaré Jean Dupont.', entities, 'fr')
 * quotes![0].speaker // 'Jean Dupont'
 */
export function extractLanguageQuotes(
  text: string,
  entities: EntityAnalysis,
  language: string | null | undefined
): Quote[] | null {
  const rules = quoteRulesFor(language)
  if (!rules) return null
  const marked = findMarkedSpans(text, rules.pairs)
  const dashed = rules.words.dialogueDash
    ? findDashSpans(text, (a) => creditAfter(a, rules) !== null)
    : []
  const spans = mergeSpans(marked, dashed)
  const dashes = new Set(dashed)
  const persons = entities.mentions
    .filter((m) => m.type === 'person')
    .sort((a, b) => a.start - b.start)
  const context: Context = { text, rules, entities, persons, genders: new Map(), roles: new Map() }
  for (const m of persons) {
    const before = text.slice(Math.max(0, m.start - 120), m.start)
    const after = text.slice(m.end, m.end + 80)
    const ref = { type: 'person' as const, index: m.entity }
    bindLanguageRoles(before, after, ref, m.start, context.roles, rules)
  }
  const isPerson = (name: string) => entities.resolveEntity(name)?.type === 'person'
  const quotes: Quote[] = []
  /** Quotes whose paragraph ends open, the next paragraph re-opening the quote. */
  const openEnded = new Set<Quote>()
  let last: Speaker | null = null
  let continued = false
  for (const span of spans) {
    const paraStart = text.lastIndexOf('\n', span.start) + 1
    const dash = dashes.has(span)
    const opener = dash ? span.start : markBefore(text, span.start)
    const sentStart = Math.max(
      paraStart,
      lastSentenceEnd(text, paraStart, opener, rules),
      opener - 300
    )
    const before = text.slice(sentStart, Math.max(sentStart, opener))
    const nl = text.indexOf('\n', span.end)
    const after = text.slice(span.end, Math.min(span.end + 200, nl < 0 ? text.length : nl))
    let credit = creditAfter(after, rules) ?? creditBefore(before, rules, isPerson)
    // "…», afirmou.": a verb without a subject goes on with the subject of the sentence before.
    if (!continued && (!credit || (credit.pronoun && credit.mention === '')))
      credit = priorCredit(text, paraStart, sentStart, before, quotes, rules, isPerson) ?? credit
    let { speaker, basis } = credit
      ? creditedSpeaker(credit, opener, span.start, paraStart, context, quotes)
      : { speaker: null as Speaker | null, basis: 0 }
    // No one of the pronoun's gender named nearby: the last speaker, unless of the other gender.
    const wanted = credit?.pronoun
      ? (rules.pronouns.get(credit.mention.toLowerCase()) ?? null)
      : null
    if (credit?.pronoun && !speaker && !(wanted && last?.gender && last.gender !== wanted))
      speaker = last
    if (!credit && (continued || (before.trim() === '' && last))) {
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
    if (span.continues) openEnded.add(quotes[quotes.length - 1]!)
    continued = span.continues
  }
  creditBackwards(quotes, openEnded)
  const reported = reportedQuotes(context, quotes, isPerson)
  return reported.length === 0 ? quotes : [...quotes, ...reported].sort((a, b) => a.start - b.start)
}

/**
 * A quote running over paragraphs ("« Nous avions demandé … / « Aujourd'hui … », a-t-il
 * expliqué.") is credited at its end: an opening paragraph credited to no one takes the speaker
 * of the paragraph that goes on with it.
 */
function creditBackwards(quotes: Quote[], openEnded: Set<Quote>): void {
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i]!
    const next = quotes[i + 1]!
    if (!openEnded.has(q) || q.speaker || !next.speaker || q.kind !== 'direct') continue
    quotes[i] = {
      ...q,
      speaker: next.speaker,
      speakerEntity: next.speakerEntity,
      confidence: next.confidence * 0.9,
    }
  }
}

/**
 * Reported speech outside quotation marks ("Paul Garnier a déclaré que …", "Según el alcalde,
 * …"), kept only when its credit names someone.
 */
function reportedQuotes(
  context: Context,
  quotes: Quote[],
  isPerson: (name: string) => boolean
): Quote[] {
  const out: Quote[] = []
  for (const r of findReported(context.text, context.rules)) {
    const credit = creditBefore(r.credit, context.rules, isPerson)
    if (!credit || !standsAlone(credit, r.credit, context.entities)) continue
    const { speaker, basis } = creditedSpeaker(
      credit,
      r.start,
      r.start,
      r.paraStart,
      context,
      quotes
    )
    if (!speaker) continue
    out.push({
      text: context.text.slice(r.start, r.end),
      speaker: speaker.name,
      speakerEntity: speaker.entity,
      speakerMention: credit.mention || null,
      cue: credit.cue,
      kind: 'indirect',
      start: r.start,
      end: r.end,
      content: { start: r.start, end: r.end },
      confidence: basis * 0.9,
    })
  }
  return out
}

/**
 * Whether a credit of reported speech is safe to take: a pronoun right before its verb ("Elle a
 * déclaré que", not the impersonal "Il a été annoncé que"), a description, or a name the story
 * already knows (a source the recogniser missed is no one to invent).
 */
function standsAlone(credit: Credit, words: string, entities: EntityAnalysis): boolean {
  const flat = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim()
  // "Selon elle, …": a source pronoun follows its preposition.
  const said = flat(words)
  if (credit.pronoun)
    return [`${credit.mention} ${credit.cue}`, `${credit.cue} ${credit.mention}`].some((w) =>
      said.endsWith(flat(w))
    )
  return credit.role !== undefined || entities.resolveEntity(credit.mention) !== null
}

/**
 * The speaker a credit names and how sure that is: a pronoun's nearest person of its gender, a
 * description's bound holder, or a name's entity. `opener` is where the quote's words are
 * introduced, `at` where they start.
 */
function creditedSpeaker(
  credit: Credit,
  opener: number,
  at: number,
  paraStart: number,
  context: Context,
  quotes: Quote[]
): { speaker: Speaker | null; basis: number } {
  if (credit.anonymous) return { speaker: null, basis: 0 }
  if (credit.pronoun) {
    const gender = context.rules.pronouns.get(credit.mention.toLowerCase()) ?? null
    return { speaker: nearestPerson(context, opener, paraStart, gender, quotes), basis: 0.85 }
  }
  if (credit.role) {
    const { role, of, descriptive, mention, organisation } = credit.role
    if (organisation) return { speaker: organisationOf(role, context), basis: 0.85 }
    const held = holderOf(role, of, opener, context)
    if (held || !descriptive) return { speaker: held, basis: 0.9 }
    // "…», a poursuivi le dirigeant": a description no one was named with stands, like a
    // pronoun, for the nearest person of its article's gender.
    const article = mention.split(/\s+/, 1)[0]!.toLowerCase()
    const gender = markerGender(article, context.rules)
    return { speaker: nearestPerson(context, opener, paraStart, gender, quotes), basis: 0.8 }
  }
  return { speaker: resolve(credit, at, context), basis: 0.95 }
}

/** The offset of the opening mark of a quote whose words start at `start`. */
function markBefore(text: string, start: number): number {
  let i = start - 1
  while (i > 0 && start - i < 8 && /\s/.test(text[i]!)) i--
  return Math.max(0, i)
}

/** Where the last sentence before `at` starts (after ". " or "? "), at `from` at the earliest. */
function lastSentenceEnd(text: string, from: number, at: number, rules: QuoteRules): number {
  // One character past `at`, so the lookahead sees the opening mark.
  const window = text.slice(Math.max(from, at - 300), at + 1)
  const re = sentenceEnd(rules)
  let end = -1
  for (let m = re.exec(window); m; m = re.exec(window)) end = m.index + m[0].length
  return end < 0 ? from : Math.max(from, at - 300) + end
}

/**
 * The credit of the sentence before a quote that opens a sentence of its own, mid-paragraph:
 * "Finanzvorstand Carsten Ulbrich erklärte, der Umsatz sei eingebrochen. „Wir müssen handeln.“",
 * "Ottavio Serra ha replicato che i costi sono raddoppiati. «Avete nascosto le cifre», ha
 * attaccato.": the speaker of reported words goes on quoting. Only a sentence outside quotation
 * marks, after the last quote, counts.
 */
function priorCredit(
  text: string,
  paraStart: number,
  sentStart: number,
  before: string,
  quotes: Quote[],
  rules: QuoteRules,
  isPerson: (name: string) => boolean
): Credit | null {
  if (before.trim() !== '' || sentStart <= paraStart) return null
  const prior = text.slice(paraStart, sentStart).trimEnd()
  // At most 300 characters back, like the sentence before a quote: a long line costs O(length).
  const end = paraStart + prior.length
  const from = Math.max(lastSentenceEnd(text, paraStart, end - 2, rules), end - 300)
  const last = quotes[quotes.length - 1]
  if ((last && last.end > from) || /[«»„“”"‹›]/.test(text.slice(from, sentStart))) return null
  return creditBefore(text.slice(from, end), rules, isPerson)
}

const sentenceEnds = new Map<QuoteRules, RegExp>()
/** A sentence's end before a capital or one of the language's opening marks (German "»"). */
function sentenceEnd(rules: QuoteRules): RegExp {
  let re = sentenceEnds.get(rules)
  if (!re) {
    const opens = [...new Set(['«', '„', '“', '"', ...rules.pairs.keys()])].join('')
    const escaped = opens.replace(/[\]\\^-]/g, '\\$&')
    re = new RegExp(String.raw`[.!?…]["»“”]?\s+(?=[\p{Lu}${escaped}])`, 'gu')
    sentenceEnds.set(rules, re)
  }
  re.lastIndex = 0
  return re
}

/** Marked and dashed spans in text order, without overlaps (a marked span in a dash line wins). */
function mergeSpans(marked: QuoteSpan[], dashed: QuoteSpan[]): QuoteSpan[] {
  if (dashed.length === 0) return marked
  const out = [...marked]
  for (const d of dashed) if (!marked.some((m) => m.start < d.end && d.start < m.end)) out.push(d)
  return out.sort((a, b) => a.start - b.start)
}

/** How far back a pronoun looks for its antecedent: this paragraph and two before, at most. */
const PRONOUN_WINDOW = 2000

/**
 * The person a pronoun or an implied subject stands for: the nearest person named before the quote
 * (outside quotation marks) whose gender fits, within this paragraph and the two before it.
 */
function nearestPerson(
  context: Context,
  at: number,
  paraStart: number,
  gender: Gender | null,
  quotes: Quote[]
): Speaker | null {
  const { text, entities, persons } = context
  let from = paraStart
  for (let k = 0; k < 2 && from > 0; k++) {
    const gap = text.lastIndexOf('\n\n', from - 3)
    from = gap < 0 ? 0 : gap + 2
  }
  from = Math.max(from, at - PRONOUN_WINDOW)
  let lo = 0
  let hi = persons.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (persons[mid]!.start < at) lo = mid + 1
    else hi = mid
  }
  let q = quotes.length - 1
  for (let i = lo - 1; i >= 0 && persons[i]!.start >= from; i--) {
    const m = persons[i]!
    while (q >= 0 && quotes[q]!.start > m.start) q--
    if (q >= 0 && m.end <= quotes[q]!.end) continue
    const name = entities.people[m.entity]?.name
    if (!name) continue
    const found = genderOf(name, context, text.slice(Math.max(0, m.start - 24), m.start))
    if (gender && found && found !== gender) continue
    return { name, entity: { type: 'person', index: m.entity }, gender: found }
  }
  return null
}

/** A person's gender from what was learnt of them, the words before a mention, or a given name. */
function genderOf(name: string, context: Context, before: string): Gender | null {
  const { rules, genders } = context
  const known = genders.get(name)
  if (known) return known
  // "Le préfet de la Marne, Gilles Aubertin": an article before the comma is another noun's.
  const lead = before
    .slice(before.lastIndexOf(',') + 1)
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
    .slice(-2)
    .map((w) => w.replace(/\./g, ''))
  const given = name.split(/\s+/)[0]!.toLowerCase()
  let gender: Gender | null = null
  if (lead.some((w) => markerGender(w, rules) === 'female')) gender = 'female'
  else if (lead.some((w) => markerGender(w, rules) === 'male')) gender = 'male'
  else if (rules.female.has(given) || FEMALE_NAMES.has(given)) gender = 'female'
  else if (rules.male.has(given) || MALE_NAMES.has(given)) gender = 'male'
  if (gender) genders.set(name, gender)
  return gender
}

/**
 * The person a description stands for ("a ajouté la maire"): the holder bound last to its role
 * before the quote; else the organisation its complement names ("le porte-parole de Transalp");
 * else no one, rather than a guess.
 */
function holderOf(role: string, of: string, at: number, context: Context): Speaker | null {
  const { entities } = context
  // The holder bound last, under the role word or a word it stands for ("regidor", "alcalde").
  let best: ReturnType<typeof boundHolder> = null
  for (const key of roleLookup(role, context.rules)) {
    const bound = boundHolder(context.roles, [key], at)
    if (bound && (!best || bound.start > best.start)) best = bound
  }
  const held = best && entities.people[best.ref.index]?.name
  if (best && held) return { name: held, entity: best.ref, gender: genderOf(held, context, '') }
  const org = of ? entities.resolveEntity(of) : null
  const name = org?.type === 'organization' ? entities.organizations[org.index]?.name : undefined
  return org && name ? { name, entity: org, gender: null } : null
}

/**
 * The organisation a lower-case description stands for ("a répondu la mairie" after "La Mairie
 * de Lowmere"): the one organisation of the story named with that word; else no one.
 */
function organisationOf(noun: string, context: Context): Speaker | null {
  const { organizations } = context.entities
  const escaped = noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const word = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'iu')
  const found = organizations.map((o, index) => ({ o, index })).filter((x) => word.test(x.o.name))
  if (found.length !== 1) return null
  const { o, index } = found[0]!
  return { name: o.name, entity: { type: 'organization', index }, gender: null }
}

/** The entity a credited name stands for, with its gender when a title or given name tells it. */
function resolve(credit: Credit, offset: number, context: Context): Speaker {
  const { entities, rules, genders } = context
  // "…», explicó la empresa Obras del Sur": named after its kind, an organisation.
  const kind = credit.markers.some((w) => rules.words.orgWords.includes(w))
  const ref =
    entities.resolveEntity(credit.mention) ??
    (kind
      ? entities.addOrganization(credit.mention, offset)
      : entities.addSpeaker(credit.mention, offset))
  const list = ref?.type === 'person' ? entities.people : entities.organizations
  const name = (ref ? list[ref.index]?.name : undefined) ?? credit.mention
  if (credit.markers.some((w) => markerGender(w, rules) === 'female')) genders.set(name, 'female')
  else if (credit.markers.some((w) => markerGender(w, rules) === 'male')) genders.set(name, 'male')
  return { name, entity: ref, gender: genderOf(name, context, '') }
}
