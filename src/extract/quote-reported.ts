/**
 * @module Reported speech: statements without quotation marks. "X said (that) …", "X told Y (that)
 * …", "X argued/warned/added …", "According to X, …", "…, according to X", "…, X said." and
 * "…, said X." Each finds a clause after (or before) a reporting verb from the lexicon's one list.
 * Every regex runs on one sentence of at most 600 characters, or a bounded slice of it.
 */
import {
  DATELINE,
  attributeAfter,
  attributeBefore,
  cleanMention,
  LY_NOUNS,
  plausible,
  PRONOUNS,
} from './quote-attribution'
import {
  IRREGULAR_PAST,
  CUE_VERBS,
  CUE_WITH_CLAUSE,
  CUE_WITH_LISTENER,
  CUE_WITHOUT_CLAUSE,
  DAY_NAME,
  DOCUMENTS,
  FUNCTION_WORDS,
  MONTH_NAME,
  PERSON_NOUNS,
  TITLES,
} from './lexicon'

/** A statement found in one sentence: the speaker as written and the reported clause's offsets. */
export interface Reported {
  mention: string
  /** For "X, who said …": the name the relative pronoun stands for. */
  antecedent?: string
  cue: string
  /** Where the speaker mention is written, relative to the sentence. */
  at: number
  start: number
  end: number
}

/**
 * A clause opens with a subject: a pronoun, a determiner, a name, a number, or "that"/"whether".
 */
/** "that" opening a clause with its subject ("that the vote", "that she", "that Ann Roe"). */
/** The medium or day a post came by, before its "that" clause ("on Facebook", "to social media"). */
const POSTED_ON =
  /^\s+(?:on|to|in)\s+(?:(?:the|its|his|her|their|a|an)\s+)?(?:[\p{L}.'’-]+\s+){0,2}?[\p{L}.'’-]+(?=\s+that\s)/u
const THAT_SUBJECT =
  /^\s+that\s+(?:(?:the|a|an|he|she|it|they|we|i|you|there|his|her|its|their|our|my|this|these|those|some|many|no)\s|[\p{Lu}\p{N}]|\p{Ll}+\s+(?:would|will|could|should|can|may|might|must|had|has|have|was|were|is|are)\s)/u
const CLAUSE_START =
  /^(?:that|whether|if|how|why|what|when|where|who|he|she|it|they|we|i|you|there|this|these|those|the|a|an|his|her|its|their|our|my|your|some|many|most|all|no|any|each|every|several|few|more|both|one|two|three|[\p{Lu}\p{N}])/u
/** An adverb before the clause ("announced recently that …"). */
const ADVERB = /^\s+\p{Ll}{2,}ly(?=\s+(?:that|[\p{Lu}\p{N}]|he|she|it|they|we|the|a|an)\b)/u
const PERIOD = String.raw`(?:week|month|year|night|weekend|morning|afternoon|evening|spring|summer|fall|autumn|winter|${DAY_NAME})`
const CHANNEL = String.raw`(?:statement|interview|email|e-mail|letter|(?:news |press )?release|post|tweet|video|speech|note|report)`
/** Where or after what a statement was made: "said outside court", "said after the game". */
const OCCASION = String.raw`(?:court|courthouse|courtroom|legislature|game|match|meeting|hearing|vote|ceremony|race|debate|sentencing|verdict|funeral|service)`
const NAMED = String.raw`(?:the\s+)?\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+(?:of|and|\p{Lu}[\p{L}\p{M}.'’&-]*)){0,4}`
/**
 * One time or place adjunct between a verb and its clause: "Tuesday", "on Friday", "last week",
 * "earlier this month", "on March 4", "in Ottawa", "on Facebook", "in a statement", "in an interview with the
 * Harbour Wire", "in a social media post", "during a briefing", "outside court", "after the game",
 * and where the channel was put ("posted to social media").
 */
const ADJUNCT_UNIT = new RegExp(
  String.raw`^,?\s+(?:${DAY_NAME}(?:\s+(?:morning|afternoon|evening|night))?|(?:yesterday|today|tonight|earlier|later)(?:\s+(?:this|last|that)\s+${PERIOD}|\s+(?:morning|afternoon|evening|night))?|(?:last|this|next|late|early)\s+${PERIOD}|on\s+(?:${DAY_NAME}|the\s+weekend|${MONTH_NAME}\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+${MONTH_NAME})|in\s+(?:a|an|his|her|its|their|the)\s+(?:[\p{Ll}-]+\s+){0,2}${CHANNEL}(?:\s+(?:with|to|on|from)\s+${NAMED}|\s+to\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:clients|investors|shareholders|members|staff|employees|supporters|customers|residents|parents|students|tenants|voters|donors|subscribers|patients|families|teachers|workers|owners|readers|colleagues|constituents))?|(?:in|at|on)\s+${NAMED}|(?:outside|after)\s+(?:the\s+)?${OCCASION}|during\s+(?:a|an|the|his|her|its|their)\s+(?:\p{Ll}+\s+)?\p{Ll}+|(?:posted|published|shared|uploaded)\s+(?:to|on)\s+(?:social\s+media|${NAMED}|(?:its|his|her|their|the)\s+(?:\p{Ll}+\s+)?(?:website|page|account|channel|feed)))(?=[,\s])`,
  'u'
)

/**
 * How many characters of time and place adjuncts open `s` (" on Friday in Ottawa,"), up to four
 * of them; the clause follows.
 */
export function adjunctLength(s: string): number {
  // "shot back that …", "pointed out that …": the particle belongs to the verb.
  let at = /^\s+(?:back|out)(?=\s+that\b)/.exec(s)?.[0].length ?? ADVERB.exec(s)?.[0].length ?? 0
  for (let n = 0; n < 4; n++) {
    const m = ADJUNCT_UNIT.exec(s.slice(at, at + 120))
    if (!m) break
    at += m[0].length
  }
  const comma = /^,?\s+/.exec(s.slice(at))
  return at + (comma ? comma[0].length : 0)
}

/**
 * The older, looser reading of adjuncts: a preposition or time word and up to three words after
 * it ("at a news conference", "during the briefing"), tried when the precise units leave no clause.
 */
const LOOSE_ADJUNCT =
  /^(?:\s+\p{Ll}{2,}ly(?=\s+(?:that|[\p{Lu}\p{N}]|he|she|it|they|we|the|a|an)\b))?(?:\s+(?:on|last|this|in|at|during|earlier|late|early|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?:\s+(?:a|an|the|his|her|its|their|[\p{Lu}\p{N}][\p{L}\p{N}.]*|(?!(?:that|whether|he|she|it|they|we|there)\b)\p{Ll}+)){0,3})?,?\s+/u

/**
 * True when `clause` can be what `verb` reports: four words or more, not a prepositional phrase
 * ("said in May", "told to leave") unless a fronted clause of time opens the statement ("said as
 * the storm hit, two boats broke loose"), and a clause by its start or its verb.
 */
function statementAt(clause: string, verb: string): boolean {
  // "said a lot about the club", "said nothing", "says much about": an amount, not a statement.
  // ("predicted more reports would come", "said little had changed": the amount opens a clause.)
  if (AMOUNT_SAID.test(clause) && !AMOUNT_CLAUSE.test(clause)) return false
  // "said Fire Chief Ann Roe.": capitalised words and nothing else are a name (an inverted credit's
  // speaker), never a statement.
  if (/^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)+$/u.test(clause.trim())) return false
  // "said Tuesday night in Dunmere.": adjuncts of time and place and nothing else.
  if (adjunctLength(` ${clause} `) > clause.length) return false
  const fronted = /^(?:as|after|before|once|since)\s+[^,;:]{3,80},\s+/.exec(clause)
  if (
    (words(clause) < 4 && !(words(clause) === 3 && isClause(clause))) ||
    // ("argued over who should pay": a question argued about, not a statement.)
    (/^(?:to|for|of|in|on|at(?!\s+(?:least|most)\b)|by|with|as|about(?!\s+\p{N})|into|over(?=\s+(?:who|what|whether|how|why|where|which)\b))\s/u.test(
      clause
    ) &&
      !(fronted && isClause(clause.slice(fronted[0].length))))
  )
    return false
  // "explained the rules to new members", "admitted the offence": a verb that also takes a noun
  // object reports nothing when the words after it have no verb of their own.
  if (OBJECT_VERBS.has(verb) && DETERMINER_START.test(clause) && !isClause(clause)) return false
  return (
    (CUE_WITH_CLAUSE.has(verb) && (CLAUSE_START.test(clause) || pluralSubject(clause))) ||
    isClause(clause)
  )
}

/** Reporting verbs that as often take a noun as their object ("explained the rules"). */
const OBJECT_VERBS = new Set(
  `explained explains admitted admits wrote writes argued argues stressed stresses predicted
  predicts claimed claims alleged alleges maintained maintains`.split(/\s+/)
)
const DETERMINER_START = /^(?:the|a|an|his|her|its|their|our|my|your)\s/

/**
 * "says guests book with her", "said residents want a vote": a bare plural noun, then a word that
 * is no function word (so not "said prayers for …", "says things like …").
 */
function pluralSubject(clause: string): boolean {
  const m = /^(\p{Ll}{3,}s)\s+(\p{Ll}+)\s+\S/u.exec(clause)
  return (
    m !== null &&
    !/(?:ss|ous|ics)$/.test(m[1]!) &&
    !FUNCTION_WORDS.has(m[1]!) &&
    !FUNCTION_WORDS.has(m[2]!) &&
    !/(?:ly|ing)$/.test(m[2]!)
  )
}

const AMOUNT_CLAUSE =
  /^(?:a lot|much|little|nothing|something|anything|more|less|enough)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:would|will|could|should|can|may|might|must|had|has|have|was|were|is|are)\s/u
const AMOUNT_SAID =
  /^(?:a lot|a great deal|a good deal|much|little|nothing|something|anything|plenty|more|less|enough|as much|so much|it all)\b(?!\s+than\s+(?:\d|half\b|a\b|an\b|one\b|two\b|three\b|four\b|five\b|ten\b|twice\b|\$|£|€))/i

const LISTENER = /^\s+(?:the\s+)?[\p{L}\p{N}.'’-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{M}.'’&-]*){0,3}/u
const CLAUSE_AFTER_TOLD =
  /^(?:that\s|(?:he|she|they|it|we|the|his|her|their|its|there|this|these|those)\s)/

/**
 * "told reporters in Ottawa on Friday that …", "told CBC News on Monday the …": the listener, its
 * adjuncts, up to the clause; null when no clause follows.
 */
function listenerThenAdjunct(s: string): number | null {
  const listener = LISTENER.exec(s)
  if (!listener) return null
  const at = listener[0].length + adjunctLength(s.slice(listener[0].length))
  return CLAUSE_AFTER_TOLD.test(s.slice(at)) ? at : null
}

/** "told the hearing the permit …": a listener of one to four words, then the clause. */
const TOLD_OBJECT =
  /^\s+((?:[\p{L}\p{N}.'’-]+\s+){1,4}?)(?=that\s|(?:he|she|they|it|we|the|his|her|their|its|there|this|these|those)\s|\p{Lu}[\p{L}'’-]+\s+(?:\p{Ll}{2,}ed|was|is|had|has|would|will|could|did|knew|took|made|told|said)\s)/u
/** Where a clause with a verb of its own starts right after the verb, with no listener; else null. */
function bareClause(window: string): number | null {
  const at = BARE_CLAUSE.exec(window.slice(0, 80))?.[0].length
  return at !== undefined && isClause(window.slice(at)) ? at : null
}

/** A clause right after the verb, with no listener. */
const BARE_CLAUSE = /^\s+(?=(?:he|she|they|it|we|the|his|her|their|its|there|this|these|those)\s)/u
/**
 * "told the station on Wednesday that …", "told WXYZ’s “Today” show that …": a listener (no subject
 * pronoun in it) up to "that", which the shorter pattern would cut at its article.
 */
const TOLD_THAT =
  /^\s+((?:(?!(?:he|she|they|it|we|i|you|that)\s)[\p{L}\p{N}.'’“”"-]+\s+){1,6}?)(?=that\s)/u
/** "admitted to police that …": a listener after "to", then `TOLD_THAT`'s listener words. */
const TO_LISTENER = /^\s+to(?=\s)/
/**
 * "injuries that police said were not serious", "the fire, which officials said started in a
 * kitchen, …", "what the council says is a shortfall": a relative clause whose own subject
 * reports it. The subject: a name, a pronoun, or a short noun phrase with no verb.
 */
const RELATIVE_REPORTER = new RegExp(
  String.raw`(?:^|\s)(?:that|which|what)\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}|(?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{L}'’-]*)\s+$`,
  'u'
)
/** Where the clause starts past "to" and a listener ("admitted to police that …"), else null. */
function toListener(window: string): number | null {
  const to = TO_LISTENER.exec(window)?.[0].length
  const listener = to === undefined ? undefined : TOLD_THAT.exec(window.slice(to, 90))?.[0].length
  return to === undefined || listener === undefined ? null : to + listener
}

/** What a relative report goes on with: a verb, as the relative clause has no subject of its own. */
const RELATIVE_VERB =
  /^\s+(?:(?:was|were|is|are|will|would|could|can|may|might|had|has|have|did|does|do|should|must|remains|remained)\b|\p{Ll}{3,}ed\b)/u

/**
 * The relative report at `verb` (at `at` in `sentence`), or null: its subject, and the rest of
 * the relative clause (to the next comma, semicolon, colon, dash or bracket, or the end).
 */
function relativeReport(
  sentence: string,
  at: number,
  verb: string
): { mention: string; at: number; start: number; end: number; antecedent?: string } | null {
  if (!/^(?:said|says|say)$/.test(verb)) return null
  const after = at + verb.length
  if (!RELATIVE_VERB.test(sentence.slice(after, after + 20))) return null
  const from = Math.max(0, at - 60)
  const subject = RELATIVE_REPORTER.exec(sentence.slice(from, at))
  if (!subject) return null
  const mention = subject[1]!
  const words = mention.toLowerCase().split(/\s+/)
  const head = words[words.length - 1]!
  // ("that it said was …", "which they say is …": pronouns speak; "that the said …" is no phrase.)
  const neuter = /^(?:it|they)$/i.test(mention)
  const pronoun = neuter || PRONOUNS.test(mention)
  if (
    !pronoun &&
    words.some((w) => FUNCTION_WORDS.has(w) && !/^(?:the|some|many|most|several)$/.test(w))
  )
    return null
  if (/^\p{Ll}/u.test(mention) && (AUXILIARY.test(head) || /(?:ly|ing)$/.test(head))) return null
  const start = after + 1
  const stop = /[,;:—–(]/.exec(sentence.slice(start))
  const end = stop ? start + stop.index : sentence.length
  if (end - start < 8) return null
  const mentionAt = from + subject.index + subject[0].indexOf(mention)
  // "the council is grappling with what it says is …": "it" is the subject of the clause the
  // relative hangs on, named earlier in the sentence.
  const host = neuter
    ? CLAUSE_SUBJECT_BEFORE.exec(sentence.slice(Math.max(0, mentionAt - 120), mentionAt))
    : null
  return { mention, at: mentionAt, start, end, antecedent: host?.[1] }
}

/** The subject of the clause a relative report hangs on: "the council is grappling with …". */
const CLAUSE_SUBJECT_BEFORE =
  /(?:^|[,;]\s+|\b(?:when|while|as|because|and|but)\s+)((?:the|its|their)\s+(?:\p{Ll}[\p{L}'’-]*\s+)?\p{Ll}[\p{L}'’-]*|\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})\s+(?:is|are|was|were|has|have|had|will|would)\s[^,;]*$/u

const CUE_WORD = /\p{L}+/gu
const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|its|their|our|my|this|these|those)\s+$/i
/** A passive auxiliary right before a reporting verb ("were told", "had been asked"). */
const PASSIVE = /\b(?:was|were|been|being|be|is|are|get|got|gets)\s+$/i
/** A negation or a refusal right before a reporting verb. */
const NEGATED = /\b(?:not|never|n['’]t|declined to|refused to|wouldn['’]t|couldn['’]t)\s+$/i
/**
 * Words a verb does not follow ("the visitors", "three times", "a case of measles", "with sales"):
 * the -ed/-es word after a determiner, a number or a preposition is a noun or adjective.
 */
const NOT_BEFORE_VERB =
  /^(?:the|a|an|his|her|its|their|our|my|more|most|two|three|four|five|six|seven|eight|nine|ten|several|many|few|\d+|of|in|at|with|for|from|about|among|against|into|by|per)$/i
const AUXILIARY =
  /^(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|does|did|do|isn['’]t|wasn['’]t|won['’]t|didn['’]t|doesn['’]t|can['’]t|couldn['’]t|wouldn['’]t)$/
const SUBJECT_PRONOUN =
  /^(?:that|whether|if|how|why|what|when|where|he|she|it|they|we|i|you|there)$/i

const PRONOUN_CONTRACTION = /^(?:that|it|there|he|she|they|we|i|you)['’](?:s|re|ll|ve|d|m)$/

/**
 * A finite clause: opens with "that" or a subject pronoun, or has a verb within its first words.
 */
function isClause(clause: string): boolean {
  const list = clause.split(/\s+/, 11)
  if (SUBJECT_PRONOUN.test(list[0]!)) return true
  for (let i = 1; i < list.length; i++) {
    const w = list[i]!.toLowerCase().replace(/[,;:]$/, '')
    if (AUXILIARY.test(w) || (/['’](?:s|re|ll|ve|d)$/.test(list[i - 1]!) && i === 1)) return true
    // "too often, that's not happening": a pronoun with its verb contracted after an adverbial.
    if (PRONOUN_CONTRACTION.test(w)) return true
    // (On the word as written: a capitalised "Weekes" or "Hughes" inside the clause is a name.)
    if (/^\p{Ll}{3,}(?:ed|es)[,;:]?$/u.test(list[i]!) && !NOT_BEFORE_VERB.test(list[i - 1]!))
      return true
    if (IRREGULAR_PAST.test(w) && !NOT_BEFORE_VERB.test(list[i - 1]!)) return true
  }
  return false
}

/**
 * The reported statement of `sentence`, or null. `offset` places the sentence in the text (only for
 * the returned offsets).
 *
 * @example
 * reportedSpeech('Ann Roe said the pier would reopen in May.', 0)
 * // { mention: 'Ann Roe', cue: 'said', at: 0, start: 13, end: 41 }
 */
export function reportedSpeech(sentence: string, offset: number): Reported | null {
  // "OTTAWA (Wire) — The ferry will …, officials said.": the dateline is no part of the statement.
  const dateline = /^\p{Lu}\p{Lu}/u.test(sentence)
    ? (DATELINE_START.exec(sentence)?.[0].length ?? 0)
    : 0
  if (dateline === 0) return reportedIn(sentence, offset)
  const found = reportedIn(sentence.slice(dateline), offset + dateline)
  return found && { ...found, at: found.at + dateline }
}

const DATELINE_START = new RegExp(`^${DATELINE}`, 'u')

function reportedIn(sentence: string, offset: number): Reported | null {
  const trimmed = sentence.replace(/[.!?]+["”’)]*$/, '')
  // "According to Ann Roe, …", and a description as the source: "According to court documents, …".
  // (Both patterns need the words "ccording to" early in the sentence: checked first, cheaply.)
  const mayAccord = trimmed.slice(0, 90).includes('ccording to')
  const according =
    (mayAccord ? ACCORDING_TO_DOCUMENT.exec(trimmed) : null) ??
    (!mayAccord
      ? null
      : /^(?:[^,]{0,60},\s+)?[Aa]ccording to\s+((?:the\s+)?[\p{Lu}][\p{L}\p{M}.'’&-]*(?:\s+(?:of|the|for|and|[\p{Lu}][\p{L}\p{M}.'’&-]*)){0,5}|(?:[\p{L}\p{N}'’.&-]+\s+){0,7}[\p{L}'’-]+),\s+/u.exec(
          trimmed
        ))
  if (according && words(trimmed.slice(according[0].length)) >= 4) {
    const start = according[0].length
    return make(
      according[1]!,
      'according to',
      trimmed.indexOf(according[1]!),
      start,
      trimmed.length
    )
  }
  // "Ann Roe was quoted as saying (by local media) that …": the subject of the passive speaks.
  const quoted = QUOTED_AS.exec(trimmed)
  if (quoted && words(trimmed.slice(quoted.index + quoted[0].length)) >= 4) {
    const subject = attributeBefore(`${trimmed.slice(0, quoted.index)} said`)
    if (
      subject &&
      (!FUNCTION_WORDS.has(subject.mention.toLowerCase()) || PRONOUNS.test(subject.mention))
    )
      return make(
        subject.mention,
        'quoted',
        trimmed.lastIndexOf(subject.mention, quoted.index),
        quoted.index + quoted[0].length,
        trimmed.length
      )
  }
  CUE_WORD.lastIndex = 0
  for (let m = CUE_WORD.exec(trimmed); m; m = CUE_WORD.exec(trimmed)) {
    const verb = m[0]
    // "Police did not say how much was taken", "declined to say whether …": nothing was said.
    if (NEGATED.test(trimmed.slice(Math.max(0, m.index - 24), m.index))) continue
    // "The city is asking residents to conserve water": a request in the progressive.
    const ongoing = progressiveDirective(trimmed, m.index, verb)
    if (ongoing) return make(ongoing.mention, verb, ongoing.at, ongoing.start, trimmed.length)
    // "Residents were told to register …": the passive reports what others said to them.
    if (PASSIVE.test(trimmed.slice(Math.max(0, m.index - 12), m.index))) continue
    // "the alleged victims", "his stated aim": after a determiner the word is an adjective.
    if (DETERMINER_BEFORE.test(trimmed.slice(Math.max(0, m.index - 8), m.index))) continue
    // "A nurse who asked not to be named said …": asking for anonymity says nothing.
    if (ANONYMITY.test(trimmed.slice(m.index + verb.length, m.index + verb.length + 40))) continue
    const asked = directive(trimmed, m.index, verb) ?? characterised(trimmed, m.index, verb)
    if (asked) return make(asked.mention, verb, asked.at, asked.start, trimmed.length)
    const relative = relativeReport(trimmed, m.index, verb)
    if (relative)
      return make(
        relative.mention,
        verb,
        relative.at,
        relative.start,
        relative.end,
        relative.antecedent
      )
    // "tweeted a photo" (or "that photo") is no statement; "tweeted that the vote was rigged" is.
    // Past forms only: "charges that …", "calls that …" are as often nouns.
    // "shot back that …", "pointed out that …": the particle joins the verb, whatever its form.
    const next = trimmed.slice(m.index + verb.length, m.index + verb.length + 46)
    // "posted on Facebook that …", "tweeted on Sunday that …": a short adjunct before the clause.
    const particle =
      /^\s+(?:back|out)(?=\s+that\s)/.exec(next)?.[0].length ??
      (/^(?:posted|tweeted)$/.test(verb)
        ? POSTED_ON.exec(trimmed.slice(m.index + verb.length, m.index + verb.length + 60))?.[0]
            .length
        : undefined) ??
      0
    const thatClause = (/ed$/.test(verb) || particle > 0) && THAT_SUBJECT.test(next.slice(particle))
    // "denied bail", "denies the charges": a refusal or a plea; "denied that …", "denies she …" are
    // statements.
    const denial =
      /^(?:denied|denies)$/.test(verb) &&
      !/^\s+(?:that|he|she|it|they|we|i|there)\s/.test(
        trimmed.slice(m.index + verb.length, m.index + verb.length + 12)
      )
    // "The ministry issued a statement saying …": the document's issuer is the speaker.
    const issued =
      verb === 'saying'
        ? ISSUED_SAYING.exec(trimmed.slice(Math.max(0, m.index - 80), m.index))
        : null
    if (issued) {
      const issuedAt = Math.max(0, m.index - 80) + issued.index
      const issuer = attributeBefore(`${trimmed.slice(0, issuedAt)} said`)
      const start =
        m.index +
        verb.length +
        (/^\s+that\s/.exec(trimmed.slice(m.index + verb.length))?.[0].length ?? 1)
      if (
        issuer &&
        (!FUNCTION_WORDS.has(issuer.mention.toLowerCase()) || PRONOUNS.test(issuer.mention)) &&
        statementAt(trimmed.slice(start), 'said')
      )
        return make(
          issuer.mention,
          verb,
          trimmed.lastIndexOf(issuer.mention, issuedAt),
          start,
          trimmed.length
        )
    }
    if (
      denial ||
      !CUE_VERBS.has(verb) ||
      (CUE_WITHOUT_CLAUSE.has(verb) && !thatClause) ||
      (/ing$/.test(verb) && !/,\s*$/.test(trimmed.slice(0, m.index)))
    )
      continue
    // "agreed but said …", "acknowledged the problem but said …": the statement is the later
    // cue's.
    const coordinated =
      /^\s*,?\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:but|and)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(
        trimmed.slice(m.index + verb.length, m.index + verb.length + 80)
      )
    // ("said Ottawa was watching and urged …": a clause of its own before the conjunction is the
    // first verb's statement.)
    const between = coordinated
      ? coordinated[0].replace(/^\s*,?\s+/, '').replace(/\s+(?:but|and)\s+\S+$/, '')
      : ''
    const second =
      coordinated && CUE_VERBS.has(coordinated[1]!) && !isClause(between)
        ? coordinated[0].length
        : 0
    // "…, said Ann Roe of the harbour police.": a verb right after a comma, with a whole credit
    // after it that ends the sentence and has no verb of its own, is the inverted credit of the
    // clause before the comma ("Roe, who studies tax, said the bill didn't help" is no credit).
    // ("…, who asked not to be named, told Global News the …": after "told" the name is the
    // listener, never an inverted speaker.)
    if (
      /,\s*$/.test(trimmed.slice(Math.max(0, m.index - 4), m.index)) &&
      !CUE_WITH_LISTENER.has(verb) &&
      !isClause(trimmed.slice(m.index + verb.length).trim())
    ) {
      const inverted = trailing(trimmed)
      // (A name, not "said the offer falls short": the present tense has no -ed/-es to show.)
      if (inverted && inverted.at > m.index && /^\p{Lu}/u.test(inverted.mention))
        return make(inverted.mention, inverted.cue, inverted.at, inverted.start, inverted.end)
    }
    const found =
      documentBefore(trimmed, m.index) ?? subjectOf(trimmed.slice(0, m.index + verb.length), verb)
    if (!found) continue
    const after = m.index + verb.length + second
    const window = trimmed.slice(after, after + 400)
    // "The plant will close, the company said Tuesday, as sales fell …": a credit set off by
    // commas mid-sentence reports the clause before it; the subordinate clause after is context.
    const midCredit = midSentenceCredit(trimmed, found.at, window)
    if (midCredit !== null)
      return make(found.mention, verb, found.at, 0, midCredit, found.antecedent)
    // "The boats will be electric, Roe told the Harbour Ledger on Tuesday.": a "told" credit that
    // ends the sentence reports the clause before it, whatever its listener looks like.
    const tail =
      CUE_WITH_LISTENER.has(verb) && /,\s*$/.test(trimmed.slice(0, found.at))
        ? trailing(trimmed)
        : null
    if (tail && tail.at === found.at)
      return make(tail.mention, tail.cue, tail.at, tail.start, tail.end)
    // Where the clause starts: past the listener ("told reporters …") or the adjuncts ("said on
    // Friday in Ottawa …", "said at a news conference …"), the first reading that leaves one.
    const starts = CUE_WITH_LISTENER.has(verb)
      ? [
          // "warned that anyone who stays …": no listener ("told that" is passive: no).
          (/^warn/.test(verb) ? /^\s+that\s+/.exec(window)?.[0].length : undefined) ??
            TOLD_THAT.exec(window.slice(0, 80))?.[0].length ??
            TOLD_OBJECT.exec(window.slice(0, 80))?.[0].length ??
            null,
          // "warned the fleet would be idle": no listener at all (but "warned the ministry about
          // cracks" has no verb of its own: no statement).
          bareClause(window),
          listenerThenAdjunct(window),
        ]
      : [
          adjunctLength(window),
          LOOSE_ADJUNCT.exec(window.slice(0, 60))?.[0].length ?? 0,
          toListener(window),
        ]
    const rest = starts.find((n) => n !== null && statementAt(trimmed.slice(after + n), verb))
    if (rest === undefined || rest === null) continue
    const cue = second ? coordinated![1]! : verb
    return make(found.mention, cue, found.at, after + rest, trimmed.length, found.antecedent)
  }
  const tail = trailing(trimmed)
  return tail ? make(tail.mention, tail.cue, tail.at, tail.start, tail.end) : null

  function make(
    mention: string,
    cue: string,
    at: number,
    start: number,
    end: number,
    antecedent?: string
  ): Reported {
    // "urged both sides to keep talking, according to a statement from his office": the source
    // of the report that ends the sentence is no part of what was said.
    const source =
      end === trimmed.length && cue !== 'according to'
        ? /,\s+according to\s[^,;]{1,80}$/.exec(trimmed.slice(start, end))
        : null
    return {
      mention: cleanMention(mention),
      cue,
      at: Math.max(0, at),
      start: offset + start,
      end: offset + (source ? start + source.index : end),
      antecedent,
    }
  }
}

/**
 * "According to a news release from the Maple Cove Owners Association, …": a document and its
 * source, however many words the source's name has.
 */
const ACCORDING_TO_DOCUMENT = new RegExp(
  String.raw`^(?:[^,]{0,60},\s+)?[Aa]ccording to\s+((?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${[...DOCUMENTS].join('|')})\s+(?:from|by|issued by)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+(?:of|the|for|and|\p{Lu}[\p{L}\p{M}.'’&-]*)){0,7}),\s+`,
  'u'
)

/**
 * "She pointed to a briefing note, obtained through …, that estimates …": a relative pronoun
 * right before the verb whose antecedent is a document; the document speaks, not the sentence's
 * subject. The mention and where it is written, else null.
 */
function documentBefore(
  sentence: string,
  verbAt: number
): { mention: string; at: number; antecedent?: string } | null {
  const from = Math.max(0, verbAt - 140)
  const window = sentence.slice(from, verbAt)
  if (!/\b(?:that|which)\s+(?:also\s+)?$/.test(window)) return null
  const m = DOCUMENT_RELATIVE.exec(window)
  return m ? { mention: m[1]!, at: from + m.index + m[0].indexOf(m[1]!) } : null
}
const DOCUMENT_RELATIVE = new RegExp(
  String.raw`\b((?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${[...DOCUMENTS].join('|')}|study|survey|analysis|audit|review|briefing note))\b(?:,[^,;:.]{1,80},)?\s+(?:that|which)\s+(?:also\s+)?$`,
  'u'
)

/** "issued a statement ", "released a news release ": a document put out, right before "saying". */
const ISSUED_SAYING =
  /\s(?:(?:later|also|then)\s+)?(?:issued|released|put out|sent|posted|published)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|release|note|letter|memo|message|post)\s+$/u

const QUOTED_AS =
  /\s+(?:was|were|is|has been)\s+(?:also\s+)?quoted\s+as\s+saying(?:\s+by\s+[^,;:"“”]{1,50}?)?(?:\s+that)?\s+(?=that\s|[\p{L}\p{N}])/u

const CAPITALISED = String.raw`[\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}.'’-]*){0,3}`
const MIDDLE_VERBS = String.raw`says|said|adds|added|argues|argued|notes|noted|explains|explained|insists|insisted|recalls|recalled|continues|continued|went on|believes|believed|warns|warned|writes|wrote|announced|announces|confirmed|confirms|(?:told|tells)\s+(?:reporters|journalists|the\s+\p{Ll}+|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})`
/**
 * ", X said, " / ", said X, " / ", according to X, " inside a sentence, with an optional time
 * adjunct.
 */
const MIDDLE_CREDIT = new RegExp(
  String.raw`,\s+(?:(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?(he|she|they|it|we|${CAPITALISED})\s+(?:also\s+)?(${MIDDLE_VERBS})|(said|says)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?(${CAPITALISED})|(according to)\s+((?:the\s+)?[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,3}))(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day|\s+in an interview)?,\s+`,
  'u'
)

/** Words that describe the person just named: an age, a relative clause, a closed apposition. */
const APPOSITION =
  /^(?:\d{1,3}\b|(?:who|whose|which)\b|(?:a|an|the|his|her|their|its)\s[^,.;]{1,80},)/

/**
 * "A, X said, B." is two statements by X, the words before the credit and the words after it (one
 * reported sentence interrupted by its attribution). Null unless both sides are there.
 *
 * @example
 * splitCredit('Too often, Roe says, the boats leave late.', 0)?.map((r) => [r.start, r.end]) // [[0, 9], [20, 41]]
 */
export function splitCredit(sentence: string, offset: number): Reported[] | null {
  const trimmed = sentence.replace(/[.!?]+["”’)]*$/, '')
  const m = MIDDLE_CREDIT.exec(trimmed.slice(0, 400))
  if (!m || m.index < 2) return null
  const mention = m[1] ?? m[4] ?? m[6]!
  // ("told reporters": the verb is the cue, the listener is not.)
  const cue = (m[2] ?? m[3] ?? m[5]!).toLowerCase().split(/\s/, 1)[0]!
  const after = m.index + m[0].length
  // "The courts, he says, have been moving that way", "The ferry, she says, is everything": a
  // subject alone before the credit and its verb after it make one statement, the credit inside.
  const whole =
    SUBJECT_ALONE.test(trimmed.slice(0, m.index)) &&
    SUBJECT_VERB_AFTER.test(trimmed.slice(after, after + 30))
  if (
    words(trimmed.slice(after)) < (whole ? 2 : 3) ||
    (FUNCTION_WORDS.has(mention.toLowerCase()) && !PRONOUNS.test(mention) && !/^it$/i.test(mention))
  )
    return null
  // The first part opens the sentence: no other reporting verb of its own ("X said A, he added,
  // B").
  if (/\b(?:said|says|told|according to)\b/.test(trimmed.slice(0, m.index))) return null
  const at = m.index + m[0].indexOf(mention)
  // "He plans to fish, and, he says, not on a ferry": the conjunction before the credit joins
  // the two parts; it ends neither.
  const firstEnd =
    m.index - (/,?\s+(?:and|but|or)\s*,?\s*$/.exec(trimmed.slice(0, m.index))?.[0].length ?? 0)
  const make = (start: number, end: number): Reported => ({
    mention: cleanMention(mention),
    cue,
    at,
    start: offset + start,
    end: offset + end,
  })
  if (whole) return [make(0, trimmed.length)]
  // "A, says Ann Roe, 81, who …", "A, said Ann Roe, the union's president, …": what follows an
  // inverted credit describes the speaker; the statement is the words before it.
  if (m[3] && (APPOSITION.test(trimmed.slice(after)) || appositionEnds(trimmed.slice(after))))
    return [make(0, firstEnd)]
  // "A, Roe said, as the rain fell.": a subordinate clause alone after the credit is context.
  if (contextAfter(trimmed.slice(after))) return [make(0, firstEnd)]
  // "A, according to the agency, which said B.": the source's second statement starts after its
  // own verb.
  const relative = RELATIVE_CUE.exec(trimmed.slice(after))
  if (relative && words(trimmed.slice(after + relative[0].length)) >= 3)
    return [
      make(0, firstEnd),
      { ...make(after + relative[0].length, trimmed.length), cue: relative[1]! },
    ]
  return [make(0, firstEnd), make(after, trimmed.length)]
}

/** A short noun phrase that can only be a subject ("The courts", "Their new boat"). */
const SUBJECT_ALONE =
  /^(?:The|A|An|Our|Their|His|Her|Its|This|That|These|Those|Most|Many|Some)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?$/u
/** A finite verb that opens the words after a mid-sentence credit ("have been", "will not"). */
const SUBJECT_VERB_AFTER =
  /^(?:(?:also|still|now|never|rarely|often|simply|already)\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|won['’]t|can['’]t|don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\b/
const RELATIVE_CUE =
  /^(?:which|who)\s+(?:also\s+)?(said|says|added|adds|warned|warns|noted|notes|estimated|estimates)\s+(?:that\s+)?/

/**
 * "A, said Ann Roe, a welder with the yard.", "A, says Roe, the union's president.": a noun phrase
 * ending the sentence after an inverted credit describes the speaker. An indefinite one always; a
 * definite one when a title or a word for a person heads it ("says Roe, the boats leave late" is a
 * statement).
 */
function appositionEnds(rest: string): boolean {
  const m = /^\s*(a|an|the|his|her|their|its)\s([^,.;:]{1,100})$/.exec(rest)
  if (!m) return false
  if (m[1] === 'a' || m[1] === 'an') return true
  return m[2]!
    .split(/\s+/, 4)
    .some((w) => TITLES.has(w.toLowerCase()) || PERSON_NOUNS.has(w.toLowerCase()))
}

/** "…, X said." / "…, said X." / "…, according to X.": the clause before the attribution. */
function trailing(sentence: string): Reported | null {
  const comma = sentence.lastIndexOf(',')
  if (comma < 10 || sentence.length - comma > 120) return null
  const tail = sentence.slice(comma)
  // "…, according to Ann Roe.", "…, according to shelter director Ann Roe.": words of title may
  // come before the name.
  const according =
    /^,\s+according to\s+(?:(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?=\p{Lu}[\p{L}\p{M}.'’-]*\s+\p{Lu}))?((?:the\s+)?[\p{Lu}][\p{L}\p{M}.'’&-]*(?:\s+(?:of|the|for|[\p{Lu}][\p{L}\p{M}.'’&-]*)){0,5}|(?:[\p{Ll}\p{N}][\p{L}\p{N}'’-]*\s+){0,5}[\p{Ll}][\p{L}'’-]*(?:\s+(?:obtained|released|seen|filed|published|cited)\s+by\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’&-]*){0,4})?)\s*$/u.exec(
      tail
    )
  // "…, police said." / "…, health officials say.": a bare noun phrase credits the clause too
  // ("…, Tarrow fire officials said.": a town's name may say which).
  const group = according ? null : GROUP_CREDIT.exec(tail)
  const credit = according
    ? { mention: according[1]!, cue: 'according to' }
    : (attributeAfter(tail) ??
      // ("…, her family said.", "…, his lawyer said.": a possessive may open the phrase.)
      (group &&
      !group[1]!
        .replace(/^(?:his|her|their|its)\s+(?=\p{L})/u, '')
        .split(/\s+/)
        .some((w) => FUNCTION_WORDS.has(w))
        ? { mention: group[1]!, cue: group[2]! }
        : null))
  if (
    !credit ||
    (!according && !plausible(credit)) ||
    (FUNCTION_WORDS.has(credit.mention.toLowerCase()) && !PRONOUNS.test(credit.mention))
  )
    return null
  // The attribution must end the sentence: nothing but an adjunct after the verb ("…, she said in
  // May").
  const verbAt = tail.search(new RegExp(`\\b${credit.cue}\\b`, 'i'))
  const rest = verbAt < 0 ? '' : tail.slice(verbAt + credit.cue.length)
  if (verbAt < 0 || rest.length > 90 || /\b(?:that|and|but|because|he|she|they|it|we)\b/.test(rest))
    return null
  // "Asked about the game, Roe praised his star forward.": a verb with its object ends no
  // statement (a listener after "told" is no object).
  if (
    /^\s+(?:the|a|an|his|her|their|its|our|my)\s/.test(rest) &&
    (CUE_WITHOUT_CLAUSE.has(credit.cue) || !CUE_VERBS.has(credit.cue)) &&
    credit.cue !== 'according to'
  )
    return null
  // "The pier is safe, Roe said.": a short statement is one when it has a verb of its own.
  const first = sentence.slice(0, comma)
  // "Asked if he would run again, Roe said only: …": the question put to the speaker, not words.
  if (PUT_TO.test(first)) return null
  // "Speaking to reporters, the premier said:": a participle phrase is no statement, and a credit
  // that ends on a colon leads into the words after it.
  if (/:\s*$/.test(rest) || (/^\s*\p{Lu}\p{Ll}{2,}ing\s/u.test(first) && !isClause(first)))
    return null
  if (
    words(first) < 3 ||
    ((comma < 20 || words(first) < 4) && (!isClause(first) || ADVERBIAL_OPENER.test(first)))
  )
    return null
  const at = comma + Math.max(0, tail.indexOf(credit.mention))
  return { mention: cleanMention(credit.mention), cue: credit.cue, at, start: 0, end: comma }
}

/** A subordinate clause or adjunct after a mid-sentence credit ("…, Roe said, as the rain …"). */
const SUBORDINATE_AFTER =
  /^\s+(?:as|while|after|before|because|when|since|though|although|even as|amid|following|despite|citing|during|ahead of|in (?:a|an) (?:bid|effort|attempt) to|in response to|as part of)\s/

/**
 * True when `rest` (what follows a credit and its comma) is one subordinate clause and nothing
 * more: "as sales fell again" is context; "when the boats leave, nobody checks" is a statement.
 */
function contextAfter(rest: string): boolean {
  const lead = ` ${rest.trimStart()}`
  // (A comma inside a number, "31,000", is no clause boundary.)
  if (/[,;:]/.test(rest.replace(/(\d),(?=\d)/g, '$1'))) return false
  // "…, the company said, on sales of $6.1 billion." / "…, up from $350 million.": a phrase
  // with no verb of its own is context too.
  return (
    SUBORDINATE_AFTER.test(lead) ||
    (PHRASE_AFTER.test(lead) && !hasVerb(rest)) ||
    (consequenceAfter(lead) && !hasVerb(rest))
  )
}

/**
 * "…, the union announced Sunday, setting up a strike vote": a participle that is no verb of
 * speech ("adding", "saying" open a second statement) tells what the announcement does. (The
 * caller checks it has no verb of its own: "…, he said, replacing her would be costly" is a gerund
 * subject, and a statement.)
 */
function consequenceAfter(lead: string): boolean {
  const m = /^\s+(\p{Ll}{3,}ing)\s/u.exec(lead)
  return m !== null && !CUE_VERBS.has(m[1]!) && !/^(?:nothing|something|anything)$/.test(m[1]!)
}

/** True when `phrase` holds an auxiliary or a past form ("will fail", "was closed"). */
function hasVerb(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}'’]+/u)
    .some((w) => AUXILIARY.test(w) || IRREGULAR_PAST.test(w) || /^\p{Ll}{3,}ed$/u.test(w))
}

/** A prepositional phrase after a mid-sentence credit ("on sales of …", "up from …", "with a laugh"). */
const PHRASE_AFTER =
  /^\s+(?:on|in|at|with|from|for|by|against|amid|compared (?:with|to)|(?:up|down) (?:from|to)|thanks to|due to)\s/

/**
 * Where the statement ends when the credit starting at `subjectAt` sits between commas and a
 * subordinate clause follows it: the comma before the credit; else null. `afterVerb` is the text
 * after the reporting verb.
 */
function midSentenceCredit(sentence: string, subjectAt: number, afterVerb: string): number | null {
  const comma = sentence.lastIndexOf(',', subjectAt)
  if (comma < 10 || !/^,\s*$/.test(sentence.slice(comma, subjectAt))) return null
  const adjuncts = adjunctLength(afterVerb)
  const upTo = afterVerb.slice(0, adjuncts)
  if (!/,\s*$/.test(upTo) || !contextAfter(afterVerb.slice(adjuncts))) return null
  const first = sentence.slice(0, comma)
  return words(first) >= 4 && isClause(first) && !ADVERBIAL_OPENER.test(first) ? comma : null
}

/** A phrase that opens with a preposition, an infinitive or a subordinator: no statement. */
/** A participle of asking that opens a sentence: the question put to its subject. */
const PUT_TO =
  /^\s*(?:(?:when|if|once|after|before|while)\s+)?(?:asked|pressed|questioned|quizzed|challenged)\b/i

const ADVERBIAL_OPENER =
  /^\s*(?:to|in|on|at|for|with|by|from|after|before|during|as|when|while|if|since|until|although|though|because|once|unless)\s/i

/** Verbs of asking that report what someone was told to do ("urged residents to …"). */
const DIRECTIVE_VERBS =
  /^(?:urged|urges|advised|advises|reminded|reminds|encouraged|encourages|asked|asks|told|tells|warned|warns|called|calls|implored|begged)$/
/** The addressee, then the infinitive: "urged the council not to …", "called on Ottawa to …". */
const DIRECTED =
  /^\s+(on\s+)?((?:(?!(?:he|she|they|we|it|that|who|which|to|and|or|but|was|were|is|are|had|has|have|would|will|for|in|on|at)\s)[\p{L}\p{N}.'’-]+\s+){1,5}?)(?:not\s+|never\s+)?to\s+\p{Ll}/u

/**
 * True when `verb`, with `after` the text after it, asks someone to act ("urged members to vote
 * no", "called on Ottawa to …").
 */
export function asksToAct(verb: string, after: string): boolean {
  return DIRECTIVE_VERBS.test(verb) && DIRECTED.test(after.slice(0, 80))
}

/**
 * "X urged residents to conserve water", "X told staff not to …", "X called on Ottawa to …": a
 * request reported with its addressee and infinitive. The statement runs from the addressee.
 */
function directive(
  sentence: string,
  at: number,
  verb: string
): { mention: string; at: number; start: number } | null {
  if (!DIRECTIVE_VERBS.test(verb)) return null
  const rest = at + verb.length
  const object = DIRECTED.exec(sentence.slice(rest, rest + 80))
  if (!object || (/^call/.test(verb) && !object[1])) return null
  const found = subjectOf(sentence.slice(0, rest), verb)
  if (!found || found.mention === 'who') return null
  const start = rest + object[0].indexOf(object[2]!)
  return words(sentence.slice(start)) < 3 ? null : { mention: found.mention, at: found.at, start }
}

/** The progressive of a verb of asking, and its past form (what `directive` reads). */
const ASKING_PROGRESSIVE: Record<string, string> = {
  urging: 'urged',
  advising: 'advised',
  reminding: 'reminded',
  encouraging: 'encouraged',
  asking: 'asked',
  telling: 'told',
  warning: 'warned',
  calling: 'called',
  imploring: 'implored',
  begging: 'begged',
}
/** The auxiliary of a progressive right before its verb ("is urging", "had been asking"). */
const BE_AUXILIARY = /\b(?:is|are|was|were|(?:has|have|had)\s+been)\s+$/i

/**
 * "The city is asking residents to conserve water", "Police were urging drivers to stay home": a
 * request in the progressive, read as `directive` reads its simple past, from the addressee.
 */
function progressiveDirective(
  sentence: string,
  at: number,
  verb: string
): { mention: string; at: number; start: number } | null {
  const past = Object.hasOwn(ASKING_PROGRESSIVE, verb) ? ASKING_PROGRESSIVE[verb] : undefined
  if (past === undefined) return null
  const be = BE_AUXILIARY.exec(sentence.slice(Math.max(0, at - 16), at))
  if (!be) return null
  const head = sentence.slice(0, at - be[0].length).trimEnd()
  // The subject is read from "<subject> <past>", which keeps every offset of the head.
  const asked = directive(
    `${head} ${past}${sentence.slice(at + verb.length)}`,
    head.length + 1,
    past
  )
  if (!asked) return null
  const shift = at + verb.length - (head.length + 1 + past.length)
  return { ...asked, start: asked.start + shift }
}

const GROUP_CREDIT =
  /^,\s+((?:\p{Lu}[\p{L}'’-]*\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)\s+(said|say|says|added|noted|warned)(?=\s*$|\s+(?:on|in|at|last|this|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)/u

/**
 * "Police described the fire as deliberate", "X characterised the talks as a failure": the
 * characterisation after "as" is the statement.
 */
function characterised(
  sentence: string,
  at: number,
  verb: string
): { mention: string; at: number; start: number } | null {
  if (!/^(?:described|describes|characteri[sz]ed|characteri[sz]es)$/.test(verb)) return null
  const rest = at + verb.length
  const object = /^\s+(?:[^\s,;.:]+\s+){1,8}?as\s+/.exec(sentence.slice(rest, rest + 100))
  if (!object) return null
  const found = subjectOf(sentence.slice(0, rest), verb)
  if (!found || found.mention === 'who') return null
  const start = rest + object[0].length
  return words(sentence.slice(start)) < 2 ? null : { mention: found.mention, at: found.at, start }
}

function subjectOf(
  upToVerb: string,
  verb: string
): { mention: string; at: number; antecedent?: string } | null {
  // "changes that critics say will leave families worse off": the subject of the relative clause
  // speaks, not the sentence's.
  const relative = RELATIVE_SUBJECT.exec(upToVerb.slice(-60))
  if (relative && !FUNCTION_WORDS.has(relative[1]!.split(' ').pop()!))
    return {
      mention: relative[1]!,
      at: upToVerb.length - relative[0].length + relative[0].indexOf(relative[1]!),
    }
  // "A union official has said": the auxiliary is not part of the subject.
  const found = attributeBefore(upToVerb.replace(/\s(?:has|have|had)(\s+\p{Ll}+)$/u, '$1'))
  // "The board decision allowing his release said": the name is the participle's object; the
  // subject is the noun phrase before the participle.
  const object = found ? OBJECT_OF_PARTICIPLE.exec(upToVerb.slice(-120)) : null
  if (object && found && object[2] === found.mention) {
    const head = upToVerb.slice(0, upToVerb.length - object[0].length)
    const np = NOUN_SUBJECT.exec(head.slice(-80) + ' ')
    if (np) return { mention: np[1]!, at: head.lastIndexOf(np[1]!) }
  }
  // "A 16-year-old who capsized off Gull Point said": a name inside a relative clause with no
  // commas is that clause's object or adjunct; the subject is the description it restricts.
  const restricted = !found || !PRONOUNS.test(found.mention) ? RESTRICTED.exec(upToVerb) : null
  if (restricted && (!found || upToVerb.lastIndexOf(found.mention) > restricted[1]!.length))
    return { mention: restricted[2]!, at: restricted[1]!.length - restricted[2]!.length }
  if (found && found.cue === verb.toLowerCase()) {
    const mention = found.mention
    if (
      !FUNCTION_WORDS.has(mention.toLowerCase()) ||
      PRONOUNS.test(mention) ||
      mention === 'who' ||
      /^it$/i.test(mention)
    ) {
      return {
        mention,
        at: upToVerb.lastIndexOf(found.antecedent ?? mention),
        antecedent: found.antecedent,
      }
    }
  }
  // "It said …", "They told …": pronouns the name rules leave out.
  const pronoun =
    /(?:^|[,;]\s+|\b(?:[Aa]nd|[Bb]ut)\s+)(it|they|It|They)\s+(?:(?:also|later|then|\p{Ll}+ly)\s+)?$/u.exec(
      upToVerb.slice(-40, -verb.length)
    )
  if (pronoun)
    return {
      mention: pronoun[1]!,
      at: upToVerb.length - verb.length - pronoun[0].length + pronoun[0].indexOf(pronoun[1]!),
    }
  // A common-noun subject ("some residents say", "officials said"): a short noun phrase from a
  // clause boundary.
  const np = NOUN_SUBJECT.exec(upToVerb.slice(-80, -verb.length))
  if (!np) return null
  // ", and officials said": the conjunction opens the clause, it is not part of the subject.
  const phrase = np[1]!.replace(/^(?:and|but|so|while|as)\s+/i, '')
  const list = phrase.toLowerCase().split(/\s+/)
  const head = list[list.length - 1]!
  if (
    FUNCTION_WORDS.has(head) ||
    (/(?:ly|ed|ing)$/.test(head) && !LY_NOUNS.test(head)) ||
    list.some((w) => AUXILIARY.test(w))
  )
    return null
  return {
    mention: phrase,
    at: upToVerb.length - verb.length - np[0].length + np[0].lastIndexOf(phrase),
  }
}

/** "… that critics say", "… which some residents said": a bare plural noun phrase after "that". */
const RELATIVE_SUBJECT =
  /\s(?:that|which)\s+((?:some|many|most|several)?\s*(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+s)\s+(?:say|says|said)$/u

/** What someone asks for who will not be named ("asked not to be named", "requested anonymity"). */
const ANONYMITY =
  /^\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|that\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?\s+not|to\s+remain\s+anonymous|for\s+anonymity|anonymity)\b/

/**
 * A sentence that opens with a description (and whom it is with: "An official with the Harbour
 * Authority") and its restrictive relative clause, up to the verb.
 */
const RESTRICTED =
  /^(\s*((?:A|An|The)\s+(?:[\p{Ll}\p{N}][\p{Ll}\p{N}'’-]*\s+){0,4}?[\p{Ll}\p{N}][\p{Ll}\p{N}'’-]*(?:\s+(?:with|of|for|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’&-]*){0,4})?))\s+(?:who|that)\s[^,;:"“”]{1,200}$/u
const OBJECT_OF_PARTICIPLE =
  /\s(\p{Ll}{3,}ing)\s+((?:his|her|its|their|the|a|an)\s+\p{Ll}+|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+\p{Ll}+$/u
/** A short noun phrase subject from a clause boundary, without an adverb before the verb. */
const NOUN_SUBJECT =
  /(?:^|[,;—–]\s*|\b(?:and|but|however|so|while|as)\s+)((?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s+){0,3}?[\p{L}][\p{L}'’-]*)\s+(?:(?:also|later|then|again|still|earlier|have|has|had|(?!(?:family|assembly|ally|rally)\s)\p{Ll}+ly)\s+)?$/u

function words(s: string): number {
  let n = 0
  for (let i = 0; i < s.length && n < 10; i++) if (s[i] === ' ') n++
  return n + (s.trim() ? 1 : 0)
}

const REFUSAL_AFTER =
  /,?\s+(?:but|and)\s+(?:(?:then|later|also)\s+)?(?:declined|refused|would not|wouldn['’]t|did not|didn['’]t|gave no|offered no|provided no)\s/
const SECOND_STATEMENT =
  /(?:,?\s+(?:and|but)\s+(?:also\s+|later\s+)?(?:added|adds|noted|notes|said|says|warned|warns|urged|urges|stressed|insisted|argued|acknowledged|admitted|conceded|suggested|explained|alleges|alleged|claims|claimed|maintains|maintained|cautioned|cautions|predicted|predicts)|,\s+(?:saying|noting|adding|arguing|explaining|warning|insisting|stressing))\s+(?:that\s+)?/

/**
 * "…, but Ann Roe says B", "… while Roe said B": a second speaker, named, answering the first in
 * the same sentence.
 */
const CONTRAST_CREDIT = new RegExp(
  String.raw`,?\s+(?:but|while|whereas)\s+(${CAPITALISED})\s+(?:also\s+|later\s+)?(says|said|argues|argued|insists|insisted|counters|countered|notes|noted|maintains|maintained)\s+(?:that\s+)?`,
  'u'
)

/**
 * "X said A, but added (that) B", "X said A, noting B": two statements by X, A and B; "X says A
 * but Roe says B": A by X and B by Roe. The statement as found otherwise. `sentenceStart` places
 * the sentence (a statement's `at` is relative to it).
 *
 * @example
 * secondStatement(text, found, 0) // [A, B] for "Roe said the pier is safe, but added that boats wait."
 */
export function secondStatement(text: string, found: Reported, sentenceStart: number): Reported[] {
  // "X said the review would end by fall but declined to comment further": the speaker's own
  // refusal, joined with no subject, ends the statement.
  const refusal = REFUSAL_AFTER.exec(text.slice(found.start, found.end))
  if (refusal && refusal.index >= 12) found = { ...found, end: found.start + refusal.index }
  const clause = text.slice(found.start, found.end)
  const other = CONTRAST_CREDIT.exec(clause)
  if (
    other &&
    other.index >= 12 &&
    !FUNCTION_WORDS.has(other[1]!.toLowerCase()) &&
    words(clause.slice(other.index + other[0].length)) >= 3
  ) {
    const at = found.start + other.index + other[0].indexOf(other[1]!)
    return [
      { ...found, end: found.start + other.index },
      {
        mention: cleanMention(other[1]!),
        cue: other[2]!,
        at: at - sentenceStart,
        start: found.start + other.index + other[0].length,
        end: found.end,
      },
    ]
  }
  const m = SECOND_STATEMENT.exec(clause)
  // ("…, and warned that costs would rise": after "that", three words make a clause.)
  const least = /that\s+$/.test(m?.[0] ?? '') ? 3 : 4
  if (!m || m.index < 12 || words(clause.slice(m.index + m[0].length)) < least) return [found]
  const second = found.start + m.index + m[0].length
  return [
    { ...found, end: found.start + m.index },
    { ...found, start: second },
  ]
}

const PARTICIPLE_AFTER =
  /^\s*["”’]?\s*,?\s+(?:(?:also|then|later)\s+)?(saying|noting|adding|arguing|explaining|insisting|warning|stressing|suggesting)\s+(?:that\s+)?/

/**
 * "X called it a “…,” noting that B": the reported clause after a participle that follows the last
 * quotation of a sentence, credited to the sentence's speaker. `quoteEnd` is where that quotation
 * closes.
 */
export function participleAfter(
  text: string,
  sentence: { start: number; end: number },
  quoteEnd: number
): Reported | null {
  if (sentence.end - sentence.start > 600) return null
  const m = PARTICIPLE_AFTER.exec(text.slice(quoteEnd, Math.min(sentence.end, quoteEnd + 40)))
  if (!m) return participleAfterCredit(text, sentence, quoteEnd)
  // The comma before the participle, outside the closing mark or inside it ("…,” noting).
  if (!m || !/,/.test(text.slice(quoteEnd - 3, quoteEnd) + m[0])) return null
  const start = quoteEnd + m[0].length
  const end = clauseEnd(text, start, sentence.end)
  if (end === null) return null
  const found = attributeBefore(
    text.slice(sentence.start, start - m[0].length + m[0].indexOf(m[1]!) + m[1]!.length)
  )
  if (!found || (FUNCTION_WORDS.has(found.mention.toLowerCase()) && !PRONOUNS.test(found.mention)))
    return null
  const at = text.lastIndexOf(found.mention, quoteEnd)
  return {
    mention: found.mention,
    antecedent: found.antecedent,
    cue: m[1]!,
    at: Math.max(sentence.start, at),
    start,
    end,
  }
}

const CREDIT_THEN_PARTICIPLE =
  /^([,.!?]?["”’]?[^"“”]{4,140}?),\s+(?:(?:also|then|later)\s+)?(adding|noting|explaining|insisting|warning|stressing|suggesting)\s+(?:that\s+)?/

/**
 * "“…,” spokesperson Ann Roe said in an email, adding that B": the reported clause after a
 * participle that follows the quote's own credit, by that credit's speaker.
 */
function participleAfterCredit(
  text: string,
  sentence: { start: number; end: number },
  quoteEnd: number
): Reported | null {
  const rest = text.slice(quoteEnd, Math.min(sentence.end, quoteEnd + 200))
  const m = CREDIT_THEN_PARTICIPLE.exec(rest)
  if (!m) return null
  const credit = plausible(attributeAfter(m[1]!))
  if (
    !credit ||
    (FUNCTION_WORDS.has(credit.mention.toLowerCase()) && !PRONOUNS.test(credit.mention))
  )
    return null
  const start = quoteEnd + m[0].length
  const end = clauseEnd(text, start, sentence.end)
  if (end === null) return null
  const at = text.indexOf(credit.mention, quoteEnd)
  return { mention: credit.mention, cue: m[2]!, at: at < 0 ? quoteEnd : at, start, end }
}

/**
 * Where the clause from `start` to the sentence's end stops before its closing punctuation, when
 * it is a statement of four words or more with no quotation of its own; else null.
 */
function clauseEnd(text: string, start: number, sentenceEnd: number): number | null {
  const end = start + text.slice(start, sentenceEnd).replace(/[.!?]+["”’)]*\s*$/, '').length
  const clause = text.slice(start, end)
  return words(clause) < 4 ||
    /["“”]/.test(clause) ||
    !(CLAUSE_START.test(clause) || isClause(clause))
    ? null
    : end
}
