/**
 * @module Quotes with their speakers: direct and partial quotes from quotation marks, indirect ones
 * from "X said (that) …" sentences, each attributed through the cue verb around it ("X told Y, “…”",
 * "“…,” said X", "According to X"), pronouns resolved to the last speaker ("He added, …").
 */
import type { EntityAnalysis } from './entities'
import { FUNCTION_WORDS } from './lexicon'
import { findQuoteSpans } from './quote-spans'
import { sentenceSpans, type Span } from './text'
import type { EntityMention, Quote } from './types'

const CUE = /\b(according to|said|says|told|tells|added|adds|asked|stated|explained|noted|wrote|writes|tweeted|posted|declared|insisted|argued|claimed|warned|replied|continued|recalled|announced|admitted|acknowledged|suggested|urged|reported|remarked|observed|conceded|stressed|emphasi[sz]ed|maintained|predicted|vowed|promised|responded|testified|quipped|joked|countered|complained|confirmed|denied|alleged|cautioned|reiterated|pointed out|went on|answered|commented|assured|lamented|boasted|estimated|revealed|argues|says|notes|adds|believes|thinks|describes|described|called|accused|charged|agreed|pledged|write|say|tell)\b/gi
const NAME = String.raw`(?:[\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+(?:of|the|de|van|von|bin|al|[\p{Lu}][\p{L}\p{M}.'’-]*)){0,5}|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|the [\p{Ll}]+(?: [\p{Ll}]+)?)`
const SUBJECT_BEFORE_CUE = new RegExp(String.raw`(${NAME})(?:,[^,]{1,80},)?\s+(?:(?:on|last|this|earlier|in a|in an) [\p{L}-]+\s+)?(?:(?:also|later|then|has|had|have|would|will|again|once|further|previously|recently|\p{Ll}+ly)\s+){0,2}$`, 'u')
const NAME_AFTER_CUE = new RegExp(String.raw`^\s+(${NAME})`, 'u')
const AFTER = new RegExp(String.raw`^[\s,.!?;:—–-]*["”’]?[\s,—–-]*(?:(${NAME})\s+(?:(?:also|later|then|\p{Ll}+ly)\s+)?(${CUE.source.slice(3, -3)})\b|(${CUE.source.slice(3, -3)})\s+(${NAME}))`, 'iu')
const PRONOUNS = /^(?:he|she|they|we|i)$/i

interface Attribution {
  mention: string
  cue: string
}

/** Who the words in `before` (up to the quote) credit: the subject of the last cue verb. */
function attributeBefore(before: string): Attribution | null {
  let last: RegExpExecArray | null = null
  CUE.lastIndex = 0
  for (let m = CUE.exec(before); m; m = CUE.exec(before)) last = m
  if (!last) return null
  const cue = last[1]!.toLowerCase()
  if (cue !== 'according to') {
    const subject = SUBJECT_BEFORE_CUE.exec(before.slice(Math.max(0, last.index - 160), last.index))
    if (subject && !FUNCTION_WORDS.has(subject[1]!.toLowerCase()) || (subject && PRONOUNS.test(subject[1]!))) return { mention: cleanMention(subject![1]!), cue }
  }
  const after = NAME_AFTER_CUE.exec(before.slice(last.index + last[0].length, last.index + last[0].length + 120))
  return after ? { mention: cleanMention(after[1]!), cue } : null
}

/** "“…,” said X" and "“…,” X said" right after the closing mark. */
function attributeAfter(after: string): Attribution | null {
  const m = AFTER.exec(after)
  if (!m) return null
  if (m[1]) return { mention: cleanMention(m[1]), cue: m[2]!.toLowerCase() }
  return { mention: cleanMention(m[4]!), cue: m[3]!.toLowerCase() }
}

function cleanMention(raw: string): string {
  return raw.replace(/^(?:The|A|An)\s+(?=\p{Lu})/u, '').replace(/['’]s$/, '').trim()
}

function sentenceAt(sentences: Span[], offset: number, from: number): { span: Span | undefined; index: number } {
  let i = from
  while (i < sentences.length - 1 && sentences[i]!.end <= offset) i++
  return { span: sentences[i], index: i }
}

/**
 * Every quote in `text` with its speaker. `entities` resolves mentions to canonical names.
 *
 * @example
 * extractQuotes('Putin told Xi, “We understand.”', entities)[0].speaker // 'Putin'
 */
export function extractQuotes(text: string, entities: EntityAnalysis): Quote[] {
  const sentences = sentenceSpans(text)
  const people = entities.mentions.filter((m) => m.type === 'person')
  const quotes: Quote[] = []
  let lastSpeaker: string | null = null
  let lastMention: string | null = null
  let continued = false
  let cursor = 0
  for (const span of findQuoteSpans(text)) {
    const { span: sentence, index } = sentenceAt(sentences, span.start, cursor)
    cursor = index
    const paraStart = text.lastIndexOf('\n', span.start) + 1
    const sentStart = Math.max(paraStart, sentence && sentence.start <= span.start ? sentence.start : paraStart, span.start - 300)
    const before = text.slice(sentStart, Math.max(sentStart, span.start - 1))
    const nl = text.indexOf('\n', span.end)
    const after = text.slice(span.end, Math.min(span.end + 160, nl < 0 ? text.length : nl))
    const found = attributeAfter(after) ?? attributeBefore(before)
    let mention = found?.mention ?? null
    let speaker: string | null = null
    if (mention && PRONOUNS.test(mention)) speaker = lastSpeaker ?? nearestPerson(entities, people, span.start)
    else if (mention) speaker = entities.resolvePerson(mention) ?? mention
    else if (continued || (before.trim() === '' && lastSpeaker)) {
      speaker = lastSpeaker
      mention = lastMention
    }
    const words = text.slice(span.start, span.end)
    const directLead = /[,:]\s*$|^\s*$/.test(before) || /^[\s,.!?]*["”]?\s*$/.test(after.slice(0, 3))
    const kind: Quote['kind'] = /^\p{Ll}/u.test(words) && !directLead ? 'partial' : directLead || words.split(/\s+/).length > 12 ? 'direct' : 'partial'
    quotes.push({ text: words, speaker, speakerMention: mention, cue: found?.cue ?? null, kind, start: span.start, end: span.end })
    if (speaker) (lastSpeaker = speaker), (lastMention = mention)
    continued = span.continues
  }
  return [...quotes, ...indirectQuotes(text, sentences, quotes, entities, people)].sort((a, b) => a.start - b.start)
}

/** The last person mentioned before `offset` (binary search: mentions are sorted by start). */
function nearestPerson(entities: EntityAnalysis, people: EntityMention[], offset: number): string | null {
  let lo = 0
  let hi = people.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (people[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo > 0 ? entities.resolvePerson(people[lo - 1]!.text) : null
}

const INDIRECT = new RegExp(String.raw`^(?:[^,]{0,60},\s+)?(${NAME})\s+(?:(?:also|later|then|\p{Ll}+ly)\s+)?(said|says|told [\p{L} ]{1,40}?|added|warned|argued|claimed|insisted|noted|stated|announced|explained|admitted|believes|thinks)(?:\s+(?:on|last|this)\s+\p{L}+)?,?\s+(?:that\s+)?(.{12,})$`, 'u')

/** "X said (that) …" sentences without quotation marks. */
function indirectQuotes(text: string, sentences: Span[], direct: Quote[], entities: EntityAnalysis, people: EntityMention[]): Quote[] {
  const out: Quote[] = []
  let d = 0
  for (const s of sentences) {
    if (out.length >= 1000) break
    while (d < direct.length && direct[d]!.end < s.start) d++
    if (d < direct.length && direct[d]!.start < s.end) continue
    if (s.end - s.start > 600) continue
    const sentence = text.slice(s.start, s.end)
    const m = INDIRECT.exec(sentence)
    if (!m || FUNCTION_WORDS.has(m[1]!.toLowerCase()) && !PRONOUNS.test(m[1]!)) continue
    const claim = m[3]!.replace(/[.!?]+$/, '')
    const start = s.start + sentence.lastIndexOf(m[3]!)
    const mention = cleanMention(m[1]!)
    const speaker = PRONOUNS.test(mention) ? nearestPerson(entities, people, s.start) : entities.resolvePerson(mention)
    out.push({ text: claim, speaker, speakerMention: mention, cue: m[2]!.split(' ')[0]!.toLowerCase(), kind: 'indirect', start, end: start + claim.length })
  }
  return out
}
