/**
 * @module Quotes with their speakers: direct and partial quotes from quotation marks, indirect ones
 * from "X said (that) …" sentences, each attributed through the cue verb around it ("X told Y,
 * “…”", "“…,” said X", "According to X"), pronouns resolved to the last speaker ("He added, …").
 */
import type { EntityAnalysis } from './entities'
import { FUNCTION_WORDS } from './lexicon'
import {
  CUE,
  CUE_BEFORE,
  NAME,
  PRONOUNS,
  attributeAfter,
  mannerCredit,
  howPutCredit,
  colonSubject,
  forNameColon,
  attributeBefore,
  cleanMention,
  leadIn,
  plausible,
  sentenceSubject,
  subjectBefore,
  type Attribution,
} from './quote-attribution'
import { contentSpan } from './quote-content'
import { expressedBy } from './quote-expressed'
import { isQuotedTerm } from './quote-terms'
import { buildDiscourse, type Basis, type Discourse, type SpeakerRef } from './quote-coref'
import {
  asksToAct,
  participleAfter,
  reportedSpeech,
  secondStatement,
  splitCredit,
  type Reported,
} from './quote-reported'
import { interviewAnswers, interviewLines } from './quote-interviews'
import { embeddedPosts } from './quote-embeds'
import { extractLanguageQuotes } from './quote-languages'
import { findQuoteSpans, plainMarks, type QuoteSpan } from './quote-spans'
import { sentenceSpans, type Span } from './text'
import type { Quote } from './types'

/** An indefinite description as a speaker ("a senior official", "A resident"): nobody named. */
const UNNAMED = /^(?:a|an|another|one)\s+\p{L}/iu
const RUBRIC = /^\s*\p{Lu}[\p{Lu} ]{1,30}[:|]/u
const TRANSCRIPT = /^(?:\p{Lu}[\p{Lu}.'’ -]{1,30}:|\([^()]{1,60}\)[.]?$)/u

/**
 * A verb of naming or branding shortly before a quote: "called him a “…”", "described it as “…”";
 * not a phrasal verb ("calling out his “errors”", "called on them to “…”") nor a noun ("chants of
 * “…”").
 */
const NAMING =
  /(?<![-\p{L}])(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?|label(?:s|ed|led|ing)?|dub(?:s|bed|bing)?|term(?:s|ed|ing)|accus(?:e|es|ed|ing)|blast(?:s|ed|ing)?|chant(?:s|ed|ing)?|hail(?:s|ed|ing)?|liken(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|(?:remember|recall)(?:s|ed|ing)?(?=\s[^,;.“”"]{0,50}\sas\s))\b(?!\s+(?:out|on|off|for|up|in|back|of)\b)[^,;.“”"]{0,60}$/iu

const TITLE_WORD =
  /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.:-]*|of|the|a|an|and|or|in|on|to|for|at|by|with|from|it|is)$/u

/** Up to eight words, each capitalised (bar short function words), without a full stop: a title. */
function isTitle(words: string): boolean {
  const bare = words.replace(/[,;]$/, '')
  const list = bare.split(/\s+/)
  return (
    list.length <= 8 &&
    !/[.!?]/.test(bare) &&
    /^[\p{Lu}\p{N}]/u.test(bare) &&
    list.every((w) => TITLE_WORD.test(w))
  )
}

/**
 * Reporting verbs in `gap`, leaving out the nouns they double as ("before Hale’s comments", "the
 * claims").
 */
function countCues(gap: string): number {
  let n = 0
  CUE.lastIndex = 0
  for (let m = CUE.exec(gap); m; m = CUE.exec(gap)) {
    if (
      !/(?:['’]s|\b(?:the|a|an|his|her|its|their|our|these|those))\s+$/i.test(
        gap.slice(Math.max(0, m.index - 8), m.index)
      )
    )
      n++
  }
  return n
}

/** A second reporting act in an interruption: "“…,” X said, suggesting …", ", going on to say". */
const SECOND_VERB =
  /,\s+(?:\p{Ll}+ly\s+)?(?:adding|saying|suggesting|noting|arguing|explaining|continuing|insisting|warning|telling|asking|going on)\b/u

/**
 * "admires Roe as a “safe pair of hands”", "went after Hale as a “dreamer”": the subject's
 * characterisation.
 */
const CHARACTERISED = /(?<!\bsuch|\bknown|\bso)\s+as\s+(?:an?\s+|the\s+)?$/
/**
 * "He was described as “…”": the subject of a passive naming verb is described, not speaking ("the
 * arrest, which was described as “…”" leaves the sentence's subject the speaker).
 */
const DESCRIBED =
  /(?<!\b(?:which|that|who)\s+)\b(?:was|were|is|are|been|being|be)\s+(?:(?:also|later|then|often|\p{Ll}+ly)\s+)?(?:described|characteri[sz]ed|portrayed|depicted|labell?ed|branded|dubbed|called)\s+(?:as\s+)?(?:an?\s+|the\s+)?$/u

/**
 * "Roe is more blunt: “…”": the named subject of a sentence that leads into the quote with a colon.
 */
function colonCredit(before: string): Attribution | null {
  if (!/:\s*$/.test(before)) return null
  const mention = colonSubject(before)
  if (mention) return { mention, cue: ':' }
  const owner = forNameColon(before)
  return owner ? { mention: owner, cue: 'for' } : null
}

/**
 * "“…,” read a note taped to the door", "“…,” reads the sign": the words are a document's, not
 * the last speaker's running on.
 */
function documentReads(after: string): Attribution | null {
  const m = DOCUMENT_READS.exec(after.slice(0, 80))
  return m ? { mention: m[1]!, cue: 'read' } : null
}
const DOCUMENT_READS =
  /^["”’]?\s*,?\s*(?:read|reads)\s+((?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:note|sign|letter|message|banner|placard|poster|card|plaque|statement|post|notice|headline|caption|inscription|email|text|memo))\b/u

/**
 * "She remembered the winter of 1953 most clearly:" before a quoted paragraph: a verb of memory or
 * account (not a verb of speech) leads the quote in, and its subject speaks.
 */
function memoryLeadIn(lead: string): Attribution | null {
  const m = MEMORY_LEAD_IN.exec(lead.slice(-200))
  return m ? { mention: m[1]!, cue: m[2]!.toLowerCase() } : null
}
const MEMORY_LEAD_IN =
  /(?:^|[.!?]["”]?\s+|\n\s*)((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*|[Hh]e|[Ss]he|[Tt]hey)\s+(?:\p{Ll}+ly\s+)?(remembered|remembers|recalled|recalls|described|describes|recounted|recounts|reflected|reflects|wrote|writes)\b[^.!?:;"“”]{0,100}$/u

/**
 * A quotation set as a paragraph of its own with a credit line under it ("“…”" then "— Ann Roe,
 * Marrow Island resident"), as a blockquote's footer is: the name on the dash line (a dash typed
 * "--" in ASCII copy).
 */
function dashCreditBelow(text: string, end: number): Attribution | null {
  const m = DASH_CREDIT_BELOW.exec(text.slice(end, end + 160))
  return m ? { mention: m[1]!, cue: '—' } : null
}
const DASH_CREDIT_BELOW =
  /^["”’]?[ \t]*\n\s*(?:--|[—―–-])[ \t]*(\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){1,3})(?:,[^\n]{1,100})?[ \t]*(?:\n|$)/u

/**
 * "— Calgary MP Ann Roe earlier this week called the minister a “…”": the subject right before the
 * verb of naming, which need not open the sentence.
 */
function namedBy(before: string): Attribution | null {
  const tail = before.slice(-90)
  const m = NAMING.exec(tail)
  const upToVerb = m ? before.slice(0, before.length - tail.length + m.index) : ''
  // "authority to call a “…”": an infinitive has no subject of its own.
  if (!m || /\bto\s+$/.test(upToVerb)) return null
  const mention = subjectBefore(upToVerb)
  const cue = m[0].split(/\s/, 1)[0]!
  // The statement starts after the verb ("remembered her as “…”"), as after any cue before it.
  return mention ? { mention, cue: cue.toLowerCase(), cueEnd: upToVerb.length + cue.length } : null
}

/** The sentence subject credited with a characterisation in quotation marks. */
function characterisedBy(before: string): Attribution | null {
  const mention = sentenceSubject(before)
  return mention ? { mention, cue: 'as' } : null
}

const TOPIC_BEFORE =
  /(?:^|[.!?]\s+|[.!?]["”]\s+)((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]*),\s+(?:he|she)\s+(?:said|says|added|adds|noted|notes|argued|argues),\s*$/u

/** A short first paragraph without a full stop inside it is the headline, not copy. */
function isHeadline(text: string): boolean {
  const nl = text.indexOf('\n')
  const first = nl < 0 ? text : text.slice(0, nl)
  // "“It is the best night,” said Ann Roe, who …", "“We wait,” Ann Roe told …": a first line that
  // opens with a quote and credits it is the story's first paragraph, not a headline (a headline
  // never closes a quotation on a comma).
  if (
    /^\s*["“‘'][^\n]{2,160}?(?:,["”’']\s|[,.!?]["”’']\s*(?:\p{Ll}|[\p{Lu}][^\n]*\b(?:said|says)\b))/u.test(
      first
    )
  )
    return false
  return nl > 0 && first.length <= 160 && !/[.!?]\s+\p{Lu}/u.test(first)
}

function sentenceAt(
  sentences: Span[],
  offset: number,
  from: number
): { span: Span | undefined; index: number } {
  let i = from
  while (i < sentences.length - 1 && sentences[i]!.end <= offset) i++
  return { span: sentences[i], index: i }
}

/** How quotes are cut. */
export interface QuoteOptions {
  /**
   * Split an interrupted quotation at a full stop after its credit ("“A,” she said. “B.”" gives two
   * quotes, A and B, by the same speaker) instead of returning one quote from A to B.
   */
  sentences?: boolean
  /**
   * The text's language (`fr`, `de`, `es`, `it`, `pt`, `ja`, `zh` have rules of their own: the
   * language's quotation marks and reporting verbs); English rules otherwise.
   */
  language?: string | null
  /**
   * The text is story copy with its headline already parsed off (what `analyse` hands over): a
   * short first line is the story's first paragraph, whose quotes count, not a headline.
   */
  bodyOnly?: boolean
}

/**
 * Every quote in `text` with its speaker. `entities` resolves mentions to canonical names.
 *
 * @example
 * extractQuotes('Putin told Xi, “We understand.”', entities)[0].speaker // 'Putin'
 */
export function extractQuotes(
  text: string,
  entities: EntityAnalysis,
  options: QuoteOptions = {}
): Quote[] {
  const own = extractLanguageQuotes(text, entities, options.language)
  if (own) return own
  // Zero-width characters pasted from the web ("Roe\u200b said") break words apart for the
  // patterns below; a space of the same length keeps every offset.
  const pasted = text
  // Typewriter and continental marks become curly ones, too; the quotes' words are cut from the
  // copy as pasted at the end.
  text = plainMarks(text.replace(/[\u200b-\u200d\u2060\ufeff]/g, ' '))
  const sentences = sentenceSpans(text)
  const spans = findQuoteSpans(text)
  // A closing mark typed the wrong way round ("“Nobody asked us,“ said Roe") reads as ” for the
  // credit patterns after it.
  const backwards = spans.filter((span) => text[span.end] === '“')
  if (backwards.length > 0) {
    const chars = text.split('')
    for (const span of backwards) chars[span.end] = '”'
    text = chars.join('')
  }
  const discourse = buildDiscourse(text, entities, spans)
  // An interview set as questions and answers: each answer is the interviewee's, and the reported
  // speech inside a question or an answer is part of those words, not a statement of its own.
  const interview = interviewLines(text, (label) =>
    entities.people.some((p) => p.name === label || p.name.split(' ').includes(label))
  )
  const answers = interviewAnswers(text, interview, discourse)
  const inInterview = (at: number) => interview.some((l) => l.line <= at && at < l.end)
  const quotes: Quote[] = []
  let lastSpeaker: SpeakerRef | null = null
  let lastMention: string | null = null
  // Reported speech is resolved in text order with the quotes, so each statement is an antecedent
  // for what follows it ("Roe says the pier is safe." then a floating quote).
  const reported = reportedStatements(text, sentences, spans).filter(
    (r) => interview.length === 0 || !inInterview(r.start)
  )
  const indirect: Quote[] = []
  let nextReported = 0
  const flushReported = (until: number) => {
    for (
      ;
      nextReported < reported.length && reported[nextReported]!.start < until;
      nextReported++
    ) {
      const found = reported[nextReported]!
      // "The city said it would review the signal. It said changes could come within weeks.": "it"
      // right after an unnamed organisation's statement in the same paragraph is that organisation
      // again, not an earlier named one.
      const previous = indirect[indirect.length - 1]
      const unnamed =
        /^it$/i.test(found.mention) &&
        previous !== undefined &&
        previous.speaker === null &&
        /^the\s+\p{L}/iu.test(previous.speakerMention ?? '') &&
        !text.slice(previous.end, found.start).includes('\n') &&
        found.start - previous.end < 300
      const q = resolveReported(found, text, unnamed ? null : discourse)
      indirect.push(q.quote)
      if (q.speaker) ((lastSpeaker = q.speaker), (lastMention = q.quote.speakerMention))
      else if (UNNAMED.test(found.mention))
        (discourse.noteUnnamed(found.at), (lastSpeaker = null), (lastMention = null))
    }
  }
  let continued = false
  let cursor = 0
  let fragment = { sentence: -1, creditedAfter: false }
  const labels = new Set<Quote>()
  // Uncredited paragraphs of a quotation that runs on into the next paragraph.
  const runningOn = new Set<Quote>()
  for (const span of spans) {
    flushReported(span.start)
    // An interrupted quotation ("“A,” she said, “B.”") is one quote: its span runs from A to B.
    const previous = quotes[quotes.length - 1]
    const interruptible =
      previous && previous.cue && (previous.kind === 'direct' || fragment.creditedAfter)
    if (previous && interruptible && span.start - previous.end <= 350) {
      const gap = text.slice(previous.end, span.start)
      // A reporting verb is the interruption; a second one ("he said, adding that “…”") or a credit
      // after the second part ("“A,” X said. “B,” Y said", "“B” for …, she said") opens a new
      // statement.
      const cues = countCues(gap)
      const creditedAgain = () => {
        const after = text
          .slice(span.end, Math.min(text.length, span.end + 160))
          .split(/\n|(?<=[.!?])\s/)[0]!
        const comma = after.indexOf(',')
        return (
          attributeAfter(after) !== null ||
          (comma > 0 && attributeAfter(after.slice(comma)) !== null)
        )
      }
      const secondVerb = SECOND_VERB.test(gap)
      // "“A,” she said. “B.”" is one interrupted quotation by default (PolNeAR's convention); with
      // `sentences` (GenderGapTracker's), the full stop after the credit makes B a quote of its
      // own.
      const newSentence = options.sentences === true && /[.!?]\s*["“]?\s*$/.test(gap)
      if (
        !gap.includes('\n') &&
        !newSentence &&
        (/[,?!]['’"]*$/.test(
          text.slice(Math.max(previous.start, previous.end - 4), previous.end)
        ) ||
          /^\W*[,?!]/.test(gap)) &&
        cues === 1 &&
        !secondVerb &&
        !creditedAgain()
      ) {
        previous.end = span.end
        previous.content.end = Math.max(
          previous.content.end,
          contentSpan(text, {
            ...span,
            kind: 'direct',
            sentence: span,
            cueEnd: null,
            creditedAfter: true,
          }).end
        )
        continued = span.continues
        continue
      }
    }
    const { span: sentence, index } = sentenceAt(sentences, span.start, cursor)
    cursor = index
    const paraStart = text.lastIndexOf('\n', span.start) + 1
    // Rubric lines ("WATCH: …", "READ MORE: …") are headlines of other stories: nobody speaks here.
    if (RUBRIC.test(text.slice(paraStart, paraStart + 34))) continue
    const sentStart = Math.max(
      paraStart,
      sentence && sentence.start <= span.start ? sentence.start : paraStart,
      span.start - 300
    )
    const before = text.slice(sentStart, Math.max(sentStart, span.start - 1))
    const nl = text.indexOf('\n', span.end)
    const after = text.slice(span.end, Math.min(span.end + 160, nl < 0 ? text.length : nl))
    // A quote that ends its sentence is credited by its own sentence; "“…,” X said" by what
    // follows.
    const closed = /[.]$/.test(text.slice(span.start, span.end)) || /^\s*["”]?\s*\./.test(after)
    // Bounded slices keep the end-anchored tests linear however long the sentence is.
    // "voiced her “…”", "in her words, “…”": the words are someone's, however short.
    const expressed = expressedBy(before)
    const named = NAMING.test(before.slice(-90)) || expressed !== null
    const fromBefore = attributeBefore(before)
    const credited = plausible(
      documentReads(after) ??
        attributeAfter(after) ??
        (before.trim() === '' ? tailCredit(after) : null) ??
        (/[,?!]["”’]?$/.test(text.slice(span.start, span.end))
          ? (mannerCredit(after) ?? howPutCredit(after))
          : null)
    )
    // "…an insult.” It urged members to vote no.": after a quote that ends its sentence, a verb
    // asking someone to act opens a new statement; it credits nothing.
    const cueAt = credited ? after.indexOf(credited.cue) : -1
    const fromAfter =
      credited &&
      closed &&
      cueAt >= 0 &&
      asksToAct(credited.cue, after.slice(cueAt + credited.cue.length))
        ? null
        : credited
    let naming: Attribution | null = null
    const found =
      (closed ? (fromBefore ?? fromAfter) : (fromAfter ?? fromBefore)) ??
      (before.trim() === '' ? attributeBefore(leadIn(text, paraStart)) : null) ??
      (before.trim() === '' ? memoryLeadIn(leadIn(text, paraStart)) : null) ??
      expressed ??
      (named ? (naming = namedBy(before)) : null) ??
      (named || CHARACTERISED.test(before.slice(-40)) ? characterisedBy(before) : null) ??
      colonCredit(before) ??
      (before.trim() === '' ? dashCreditBelow(text, span.end) : null)
    let mention = found?.mention ?? null
    let speaker: SpeakerRef | null = null
    let ahead: { mention: string; at: number } | null = null
    // Where the mention is written: before the quote for an attribution found there, else after it.
    const at = (m: string) =>
      found === fromAfter
        ? Math.max(span.end, text.indexOf(m, span.end))
        : Math.min(span.start, Math.max(sentStart, text.lastIndexOf(m, span.start)))
    if (DESCRIBED.test(before.slice(-80))) mention = null
    else if (mention === 'who' && found?.antecedent)
      speaker = discourse.resolve(found.antecedent, at(found.antecedent))
    // "heard him say": resolved as the subject pronoun would be.
    else if (mention && found?.antecedent && PRONOUNS.test(found.antecedent))
      speaker = discourse.resolve(found.antecedent, at(mention))
    else if (
      mention &&
      PRONOUNS.test(mention) &&
      found === fromAfter &&
      fromBefore &&
      !PRONOUNS.test(fromBefore.mention) &&
      !/^it$/i.test(fromBefore.mention)
    ) {
      // "X scolded him: “…,” she said": the pronoun after the quote is the subject named before it.
      speaker =
        discourse.resolve(fromBefore.mention, at(fromBefore.mention)) ??
        discourse.resolve(mention, at(mention))
    } else if (mention && PRONOUNS.test(mention)) {
      // "Roe, he said, “knows the file”": the name is the topic of the quoted words, not the speaker.
      const topic = TOPIC_BEFORE.exec(before.slice(-80))?.[1]
      const subject = topic ? null : namedSubject(before)
      speaker =
        (subject ? discourse.resolve(subject, sentStart) : null) ??
        discourse.resolve(mention, at(mention), topic)
      // "I" or "we" credited outside quotation marks are mostly words of a quote running on.
      if (!speaker && /^(?:i|we)$/i.test(mention)) speaker = withBasis(lastSpeaker, 'continued')
    } else if (mention) speaker = discourse.resolve(mention, at(mention))
    else if (!continued && before.trim() === '' && (ahead = creditAhead(text, span.end))) {
      // "“It was chaos.”" then "That's how Ann Roe described the scene …": credited after.
      speaker = discourse.resolve(ahead.mention, ahead.at)
      mention = ahead.mention
    } else if (continued || ((before.trim() === '' || CUE_BEFORE.test(before)) && lastSpeaker)) {
      // A quote with no cue continues the last speaker, unless a new subject took the floor since.
      const subject = continued ? null : discourse.lastSubject(span.start)
      speaker = subject ?? withBasis(lastSpeaker, continued ? 'name' : 'continued')
      mention = subject && subject.name !== lastSpeaker?.name ? null : lastMention
    } else if (before.trim() === '' && span.start - paraStart <= 1) {
      // A quoted paragraph before anyone has spoken belongs to the person the paragraph before it
      // is about ("Ann Roe has run the shelter since 2019." then "“We turn people away.”").
      speaker = discourse.lastSubject(span.start, 2)
      // "“I've never hauled water in July.”" then "Brandt runs 300 head of cattle …": a feature
      // opens with the words, then the paragraph about the person who said them.
      const next = speaker ? null : subjectAhead(text, span.end)
      const found = next ? discourse.resolve(next.mention, next.at) : null
      if (found?.type === 'person') ((speaker = { ...found, basis: 'continued' }), (mention = null))
    }
    // "For Canada, the answer is …": only a person's view is a quote of theirs.
    if (found?.cue === 'for' && speaker?.type !== 'person') ((speaker = null), (mention = null))
    const words = text.slice(span.start, span.end)
    // Transcript lines ("WALLACE: …", "(CROSSTALK.)") and quoted titles in a headline are not
    // quotes.
    if (TRANSCRIPT.test(words) || (paraStart === 0 && !options.bodyOnly && isHeadline(text)))
      continue
    // Direct speech stands on its own after a comma or colon (or opens the paragraph); quoted words
    // woven into the reporter's sentence ("said he appreciated “…”") are a partial quote.
    const directLead =
      /[,:]\s*$|^\s*$/.test(before) || /\b(?:said|says|asked|added|told)\s*$/i.test(before)
    const kind: Quote['kind'] = directLead ? 'direct' : 'mixed'
    const cueEnd =
      found && (found === fromBefore || found === naming) && found.cueEnd !== undefined
        ? sentStart + found.cueEnd
        : null
    // Quoted words with no reporting verb around them are titles or scare quotes, not speech; so
    // are a few words qualifying a noun ("October’s “harbour fever” season").
    if (kind === 'mixed' && !found && !CUE_BEFORE.test(before)) continue
    if (kind === 'mixed' && !named && isQuotedTerm(text, span.start, span.end)) {
      if (speaker) ((lastSpeaker = speaker), (lastMention = mention))
      continue
    }
    // One or two quoted words inside the reporter's sentence are labels and nicknames, not speech,
    // unless a verb of naming makes them someone's words ("called the plan “reckless”").
    // Kept aside until the sentence ends: later fragments of the same statement may join it.
    // A short quote that closes its sentence is the point of the statement ("said the fleet is
    // “ready.”").
    const label = kind === 'mixed' && !/\S\s+\S+\s+\S/.test(words) && !named && !closed
    // Capitalised words with no sentence in them are a title ("on “Harbour Talk Tonight,”", "the
    // film “Tides”"). The sentence's speaker still speaks on ("On “Harbour Talk,” X said …" then
    // "“…”").
    // A word or two that open the sentence, end on their own punctuation and are credited after
    // ("“No,” Roe said, “…”", "“Never!” she said") are an answer, not a title.
    const answer =
      before.trim() === '' && found !== null && found === fromAfter && /[,.!?]$/.test(words)
    if (isTitle(words) && !named && !answer) {
      if (speaker) ((lastSpeaker = speaker), (lastMention = mention))
      continue
    }
    const sentenceSpan = {
      start: sentStart,
      end: Math.max(span.end, Math.min(sentence?.end ?? span.end, nl < 0 ? text.length : nl)),
    }
    const content = contentSpan(text, {
      start: span.start,
      end: span.end,
      kind,
      sentence: sentenceSpan,
      cueEnd,
      creditedAfter: found !== null && found === fromAfter,
    })
    const quote: Quote = {
      text: words,
      speaker: speaker?.name ?? null,
      speakerEntity: entityOf(speaker),
      speakerMention: mention,
      cue: found?.cue ?? null,
      kind,
      start: span.start,
      end: span.end,
      content,
      confidence: confidenceOf(speaker, kind),
    }
    if (!joinsFragment(text, quotes[quotes.length - 1], quote, fragment, index)) {
      quotes.push(quote)
      if (label) labels.add(quote)
      if (span.continues && !found) runningOn.add(quote)
    }
    fragment = { sentence: index, creditedAfter: found !== null && found === fromAfter }
    if (speaker)
      ((lastSpeaker = speaker), (lastMention = mention), discourse.note(speaker, span.start))
    else if (mention && UNNAMED.test(mention))
      (discourse.noteUnnamed(span.start), (lastSpeaker = null), (lastMention = null))
    continued = span.continues
  }
  creditRunningOn(text, quotes, runningOn)
  // Joined quotes only moved their ends: their text is cut once here, not at every join.
  for (const q of quotes) q.text = text.slice(q.start, q.end)
  // A label stays a label unless later fragments of the same statement joined it ("was “late” and
  // “a shambles”").
  const spoken = quotes.filter((q) => !labels.has(q) || /\S\s+\S+\s+\S/.test(q.text))
  flushReported(Infinity)
  // "X said the ships would be back “within weeks.”": a short partial quote closing the statement
  // is read both as its point (mixed) and as reported speech around a label; one statement is
  // one quote, the mixed one. (A statement whose partial quote belongs to a later clause, "X says
  // A, calling B “inhumane”", starts elsewhere and stays.)
  const mixedAt = new Set(spoken.filter((q) => q.kind === 'mixed').map((q) => q.content.start))
  const statements = indirect.filter((q) => !mixedAt.has(q.content.start))
  // A post embedded with its author's credit ("… — Ann Roe (@annroe) December 3, 2026").
  const posts = embeddedPosts(text, discourse)
  const all = [...spoken, ...statements, ...answers, ...posts].sort((a, b) => a.start - b.start)
  if (pasted !== text) for (const q of all) q.text = pasted.slice(q.start, q.end)
  return all
}

/**
 * A statement quoted in fragments ("called him a “nasty guy,” an “anchor baby” and “unstable”") is
 * one quote: a partial quote joins the one before it in the same sentence when no new reporting
 * verb stands between them (the earlier fragment's own credit, "“…,” X wrote, and “…”", may).
 */
function joinsFragment(
  text: string,
  previous: Quote | undefined,
  quote: Quote,
  before: { sentence: number; creditedAfter: boolean },
  sentence: number
): boolean {
  if (
    !previous ||
    previous.kind !== 'mixed' ||
    quote.kind !== 'mixed' ||
    before.sentence !== sentence
  )
    return false
  if (quote.start - previous.end > 200) return false
  const gap = text.slice(previous.end, quote.start)
  if (gap.includes('\n') || (gap.match(CUE)?.length ?? 0) > (before.creditedAfter ? 1 : 0))
    return false
  previous.end = quote.end
  previous.content.end = Math.max(previous.content.end, quote.content.end)
  return true
}

/**
 * "“…” including the coast, it said.": a quote that opens its sentence, which runs on unquoted to a
 * credit at its end, is that credit's words. Only a short run with no other quotation or sentence
 * end in it.
 */
/**
 * "“The board knew.\n\n“It chose not to look,” said Ann Roe.": a quotation that runs over
 * paragraphs is credited once, here in its last paragraph; the paragraphs before it, credited by
 * nobody, are the same speaker's (last to first, so a run of three takes the credit back).
 */
function creditRunningOn(text: string, quotes: Quote[], runningOn: Set<Quote>): void {
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i]!
    const next = quotes[i + 1]!
    if (!runningOn.has(q) || !next.speaker || (!next.cue && !runningOn.has(next))) continue
    // The next quote re-opens the quotation at the start of the next paragraph.
    const gap = text.slice(q.end, next.start)
    if (!/^[^\n]{0,3}\n\s*["“«„]?$/.test(gap)) continue
    q.speaker = next.speaker
    q.speakerEntity = next.speakerEntity
    q.speakerMention = next.speakerMention
    q.confidence = next.confidence
  }
}

/**
 * "That's how Ann Roe described it", "Those were the words of Ann Roe", "So says Ann Roe": the
 * paragraph after a quoted paragraph credits it. Reads only the next paragraph's first words.
 */
const CREDIT_AHEAD =
  /^\s*(?:(?:That|This|Those|Such)(?:['’]s|\s+is|\s+was|\s+were|\s+are)\s+(?:how|what|the\s+(?:\p{Ll}+\s+){0,2}?of)|So\s+(?:says|said)|The\s+(?:\p{Ll}+\s+)?words\s+(?:came|come)\s+from)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}?\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})/u

function creditAhead(text: string, end: number): { mention: string; at: number } | null {
  const rest = text.slice(end, end + 200)
  // The credit opens the next paragraph, or the next sentence when the quote ends one ("“….” Those
  // were the words of Ann Roe").
  const close =
    /^["”’»]?[ \t]*\n\s*/.exec(rest) ??
    (/[.!?]["”’»]?$/.test(text.slice(Math.max(0, end - 3), end))
      ? /^["”’»]?[ \t]+/.exec(rest)
      : null)
  if (!close) return null
  const m = CREDIT_AHEAD.exec(rest.slice(close[0].length))
  if (!m) return null
  // A full stop after the name ends the sentence ("… the words of Ann Roe.").
  const name = m[1]!.replace(/^(?:\p{Ll}[\p{Ll}-]*\s+)+/u, '').replace(/(?<=\p{Ll}{2})\.$/u, '')
  return { mention: name, at: end + close[0].length + m[0].length - name.length }
}

/**
 * The name that opens the paragraph right after a quoted paragraph as its subject ("Brandt runs
 * …", "Willa Brandt, 58, has …"), or null.
 */
function subjectAhead(text: string, end: number): { mention: string; at: number } | null {
  const rest = text.slice(end, end + 200)
  const close = /^["”’»]?[ \t]*\n\s*/.exec(rest)
  if (!close) return null
  const m = SUBJECT_AHEAD.exec(rest.slice(close[0].length))
  if (!m || FUNCTION_WORDS.has(m[1]!.split(/\s+/)[0]!.toLowerCase())) return null
  return { mention: m[1]!, at: end + close[0].length }
}

const SUBJECT_AHEAD =
  /^(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})(?:,\s+\d{1,3},)?\s+(?:has|had|is|was|runs|lives|works|owns|\p{Ll}{3,}(?:s|ed))\b/u

function tailCredit(after: string): Attribution | null {
  const m = /^["”’]?[^.!?"“”;:]{1,80}?(,\s+[^.!?"“”,;:]{1,50}[.!?])/.exec(after)
  if (!m || /^\s*[,.!?]/.test(after)) return null
  return attributeAfter(m[1]!)
}

/**
 * The name a sentence opens with ("Clinton says she …"): a pronoun in it most likely means them.
 */
function namedSubject(before: string): string | null {
  const m = /^\s*([\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*){0,3})\s+\p{Ll}/u.exec(before)
  // "Trump’s lawyer said he …": the possessor is not the subject.
  if (!m || FUNCTION_WORDS.has(m[1]!.toLowerCase()) || /['’]s$/.test(m[1]!)) return null
  return m[1]!
}

/**
 * How likely the speaker is right, by the evidence that named them. Calibrated on the dev sets
 * (PolNeAR and GenderGapTracker; `npm run eval -- quotes` prints the table): of the quotes at 0.9
 * and above, at least 95% have the right speaker.
 */
const CONFIDENCE: Record<Basis, number> = {
  name: 0.95,
  'new-name': 0.8,
  pronoun: 0.85,
  'pronoun-far': 0.8,
  role: 0.6,
  organisation: 0.5,
  continued: 0.75,
  group: 0.6,
}

/**
 * Reported speech is found by a looser clause test than quotation marks, and quoted words with no
 * cue of their own continue a speaker less reliably than a whole quoted paragraph: both count less.
 */
function confidenceOf(ref: SpeakerRef | null, kind: Quote['kind']): number {
  if (!ref) return 0
  const base = CONFIDENCE[ref.basis]
  if (kind === 'indirect' && ref.basis === 'name') return 0.88
  if (kind === 'mixed' && ref.basis === 'continued') return 0.3
  return kind === 'indirect' ? Math.min(base, 0.85) : base
}

function withBasis(ref: SpeakerRef | null, basis: Basis): SpeakerRef | null {
  return ref ? { ...ref, basis } : null
}

function entityOf(ref: SpeakerRef | null): Quote['speakerEntity'] {
  return ref ? { type: ref.type, index: ref.index } : null
}

/** Reported statements ("X said (that) …") in sentences without quotation marks, in text order. */
function reportedStatements(text: string, sentences: Span[], spans: QuoteSpan[]): Reported[] {
  const out: Reported[] = []
  let d = 0
  for (const s of sentences) {
    if (out.length >= 1000) break
    while (d < spans.length && spans[d]!.end < s.start) d++
    // Quoted speech in the sentence makes it a direct or mixed quote; a quoted label or title does
    // not.
    let speech = false
    let lastEnd = -1
    for (let i = d; i < spans.length && spans[i]!.start - 1 < s.end; i++) {
      const { start, end } = spans[i]!
      // A quoted term ("October’s “harbour fever” season") is no speech unless a verb of naming
      // gives it, as the quote loop decides.
      const term =
        isQuotedTerm(text, start, end) &&
        !NAMING.test(text.slice(Math.max(s.start, start - 91), Math.max(s.start, start - 1)))
      speech ||= /\S\s+\S+\s+\S/.test(text.slice(start, end)) && !term
      lastEnd = spans[i]!.end
    }
    if (speech) {
      const tail = lastEnd < s.end ? participleAfter(text, s, lastEnd) : null
      if (tail) out.push(tail)
      continue
    }
    if (s.end - s.start > 600) continue
    const paraStart = text.lastIndexOf('\n', s.start) + 1
    if (RUBRIC.test(text.slice(paraStart, paraStart + 34))) continue
    const split = splitCredit(text.slice(s.start, s.end), s.start)
    if (split) {
      for (const r of split) out.push({ ...r, at: s.start + r.at })
      continue
    }
    const reported = reportedSpeech(text.slice(s.start, s.end), s.start)
    const found = reported && beforeOpenQuote(text, reported)
    if (found && found.end - found.start >= 12)
      for (const r of secondStatement(text, found, s.start)) out.push({ ...r, at: s.start + r.at })
  }
  return out
}

/**
 * "Roe said she heard Bale say, “Never again.”": a statement that runs into a quotation mark it
 * does not close (an opening curly mark; straight ones do not say which way they face) ends before
 * it: the quoted words are a quote of their own.
 */
function beforeOpenQuote(text: string, found: Reported): Reported {
  const words = text.slice(found.start, found.end)
  const open = words.lastIndexOf('“')
  if (open < 0 || words.indexOf('”', open) >= 0) return found
  const end = found.start + words.slice(0, open).replace(/[\s,:;—–-]+$/, '').length
  return { ...found, end }
}

/** A reported statement as a quote, its speaker resolved through `discourse` (null: left unresolved). */
function resolveReported(
  found: Reported,
  text: string,
  discourse: Discourse | null
): { quote: Quote; speaker: SpeakerRef | null } {
  const topic = PRONOUNS.test(found.mention) ? creditedTopic(text, found.at) : undefined
  const speaker = discourse?.resolve(found.antecedent ?? found.mention, found.at, topic) ?? null
  if (speaker) discourse?.note(speaker, found.at)
  const { start, end } = found
  const quote: Quote = {
    text: text.slice(start, end),
    speaker: speaker?.name ?? null,
    speakerEntity: entityOf(speaker),
    speakerMention: found.mention,
    cue: found.cue,
    kind: 'indirect',
    start,
    end,
    content: { start, end },
    confidence: confidenceOf(speaker, 'indirect'),
  }
  return { quote, speaker }
}

/**
 * "Roe and two colleagues hid under desks, he said": a name opening the sentence of a pronoun
 * credited after a comma is who the words are about; the pronoun is someone else (a writer would
 * have put "she hid …, Roe said").
 */
function creditedTopic(text: string, at: number): string | undefined {
  const head = text.slice(Math.max(0, at - 300), at)
  if (!/,\s*$/.test(head)) return undefined
  const sentence = head.slice(head.search(/[^.!?\n]*$/))
  return /^\s*((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]+)(?!['’]s)\b/u.exec(
    sentence
  )?.[1]
}
