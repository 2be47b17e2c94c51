/**
 * @module Who a quote belongs to: the reporting verbs ("cues") around a quotation and the subject
 * they credit ("X told Y, “…”", "“…,” said X", "According to X", "he said, adding …"). Every regex
 * here runs on a bounded slice of text around one quote.
 */
import {
  GROUP_NOUNS,
  GROUP_WHERE_WORDS,
  CUE_VERBS,
  DOCUMENTS,
  FUNCTION_WORDS,
  ORG_HEADS,
  ORG_WORDS,
  PERSON_NOUNS,
  QUOTE_CUES,
  TITLES,
} from './lexicon'
import { isOriginNoun, isPluralNoun, PARTY_DESCRIPTION } from './quote-roles'

// Case-sensitive ("the United States" is not "states"); only inverted openers are capitalised
// ("Said Roe: …").
export const CUE = new RegExp(
  String.raw`\b([Aa]ccording to|Said|Added|Asked|Wrote|pointed out|went on|${[...CUE_VERBS, ...QUOTE_CUES].join('|')})\b`,
  'g'
)
/** "a statement from the Harbour Board", "the release by Portavel Transit": a document as speaker. */
const SOURCE = String.raw`(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${[...DOCUMENTS].join('|')})\s+(?:from|by)\s+(?:(?:the\s+)?[\p{Lu}][\p{L}\p{M}.'’&-]*(?:\s+(?:of|the|[\p{Lu}][\p{L}\p{M}.'’&-]*)){0,4}|(?:(?:the|his|her|their|its)\s+(?:[\p{Ll}'’-]+\s+)?|(?:[\p{Lu}][\p{L}\p{M}.-]*\s+){0,2}[\p{Lu}][\p{L}\p{M}.-]*['’]s\s+)[\p{Ll}-]+(?=(?:\s+(?:later|also|\p{Ll}+ly))?\s+(?:said|says|read|reads|stated|states)\b|\s*$))`
const SOURCE_MENTION = new RegExp(`^${SOURCE}$`, 'u')
/**
 * "a document titled …", "a report posted on …": the document alone is the speaker mention; who
 * issued it is read from the words after it.
 */
const DOCUMENT_BEFORE_PARTICIPLE = String.raw`(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${[...DOCUMENTS].join('|')})(?=\s+(?:titled|entitled|called|posted|published|issued|released)\b)`
/** An adverb in "-ly" between a subject and its verb ("family", "assembly" are nouns). */
const ADVERB_LY = String.raw`(?!(?:family|assembly|ally|supply|rally)\s)\p{Ll}+ly`
/** Adverbs that stand between a speaker and the reporting verb ("also said", "later said"). */
const CUE_ADVERBS = String.raw`also|later|then|further|again|once|previously|recently`
/**
 * Adverbs between a subject and its reporting verb that never end a description ("the company also
 * said", "the mayor later said"): the description stops before them. Auxiliaries are left alone:
 * with them, "“A,” a doctor had typed “B”" credited a label.
 */
const NOT_DESCRIPTION_END = String.raw`(?!(?:${CUE_ADVERBS}|earlier)(?![\p{L}\p{M}])|${ADVERB_LY}(?![\p{L}\p{M}]))`
/**
 * Adverbs between a mention after a quote and its cue ("…,” the mayor later said"); not the
 * auxiliaries ("…,” a doctor had typed “…”" introduces the next quotation).
 */
const BEFORE_CUE_AFTER = String.raw`(?:(?:${CUE_ADVERBS}|${ADVERB_LY})\s+){0,2}`
/** A mention: a name, a pronoun or a description; `end` guards the description's last word. */
const mentionPattern = (end: string) =>
  String.raw`(?:${SOURCE}|${DOCUMENT_BEFORE_PARTICIPLE}|(?:[Tt]he\s+(?:elder|younger|older)\s+|the\s+)?(?:(?:al|el)-(?=\p{Lu}))?[\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+(?:of|the|de|van|von|der|den|del|dos|das|bin|(?:al|el)-[\p{Lu}][\p{L}\p{M}.'’-]*|al|[\p{Lu}][\p{L}\p{M}.'’-]*)){0,5}|(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)(?![\p{L}\p{M}])|(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Ii]ts|[Mm]y|[Oo]ur|[Tt]heir|(?!(?:It|That|There|Here|What|He|She|Who|Where|This|Let)['’]s)(?:[\p{Lu}][\p{L}\p{M}.-]*\s+){0,2}[\p{Lu}][\p{L}\p{M}-]*['’]s)\s+(?:(?:\p{N}{1,3}-year-old|[\p{L}][\p{L}.’'-]*)\s+){0,3}(?:\p{N}{1,3}-year-old|${end}[\p{Ll}]+))`
export const NAME = mentionPattern('')
/** A mention right before adverbs and a cue after a quote: the description stops before them. */
const NAME_BEFORE_ADVERB = mentionPattern(NOT_DESCRIPTION_END)
const SUBJECT_BEFORE_CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}’'])(${NAME_BEFORE_ADVERB})(?:\s*\([^()]{1,40}\))?(?:,[^,]{1,80},|,(?=\s+\p{Ll}+s\b))?\s+(?:(?:on|last|this|earlier|in a|in an)(?: this| last)? [\p{L}-]+\s+)?(?:(?:${CUE_ADVERBS}|has|had|have|would|will|${ADVERB_LY})\s+){0,2}$`,
  'u'
)
/**
 * Where the name in an apposition is from, kept out of the mention: "The report's author, Ann Roe
 * of the Harbour Institute, said", "Its president, Bo Li of Local 12, said".
 */
const WHERE_FROM = String.raw`(?:\s+(?:of|from|at|with)\s+(?:the\s+)?[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.'’&-]*(?:\s+(?:of\s+|for\s+)?[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.'’&-]*){0,5})?`
const APPOSITIVE_NAME = new RegExp(
  String.raw`(?:^|[.;:]\s+|\b(?:[Bb]ut|[Aa]nd|[Hh]owever,?)\s+)((?:[\p{L}\p{N}'’.-]+\s+){1,8}?[\p{L}'’-]+),\s+(?:\p{N}{1,3}-year-old\s+)?((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+\p{N}{1,5})?|[\p{Lu}][\p{L}\p{M}'’-]+)${WHERE_FROM},\s+(?:(?:also|later|then|\p{Ll}+ly)\s+)?$`,
  'u'
)
/**
 * "The commissioner, retired judge Ann Roe, said": the name in apposition after lower-case words
 * of title (the last of them a title or a word for a person); [whole, description, name].
 */
function titledAppositive(window: string): RegExpExecArray | null {
  const m = APPOSITIVE_TITLED.exec(window)
  const title = m ? m[2]!.trim().split(/\s+/).pop()! : ''
  if (!m || !(TITLES.has(title) || PERSON_NOUNS.has(title) || PERSON_ROLE.test(title))) return null
  const out = [m[0], m[1]!, m[3]!] as unknown as RegExpExecArray
  out.index = m.index
  return out
}
/**
 * "The regulator, the Financial Services Authority of Laurentia, said": a body's name, with its
 * article and connectors, in apposition to a lower-case description; [whole, description, name].
 */
function namedBodyAppositive(window: string): RegExpExecArray | null {
  if (!window.includes(', the ')) return null
  const m = APPOSITIVE_BODY.exec(window)
  if (!m || !/\p{Lu}[\p{L}\p{M}.'’&-]*$/u.test(m[2]!)) return null
  const out = [m[0], m[1]!, m[2]!] as unknown as RegExpExecArray
  out.index = m.index
  return out
}
const APPOSITIVE_BODY =
  /(?:^|[.;:]\s+|\n\s*)((?:The|the|Its|Their|His|Her)\s+(?:[\p{Ll}\p{N}'’-]+\s+){0,3}?[\p{Ll}'’-]+),\s+the\s+(\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+(?:of|for|and|on|the|\p{Lu}[\p{L}\p{M}.'’&-]*)){1,7}),\s+(?:(?:also|later|then|\p{Ll}+ly)\s+)?$/u
const APPOSITIVE_TITLED =
  /(?:^|[.;:]\s+|\n\s*)((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,5}?[\p{L}'’-]+),\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,3})((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}.'’-]*),\s+(?:(?:also|later|then|\p{Ll}+ly)\s+)?$/u

/**
 * The description a complement hangs on, from the clause's start to the preposition before it ("A
 * person with knowledge of ", "Residents of ", "An official close to ").
 */
const COMPLEMENT_OF =
  /(?:^|[.!?;]["”]?\s+|\n\s*)((?:The|A|An|One|Two|Three|Several|Some|Many|\p{Lu}\p{Ll}+s)\s+(?:(?!(?:who|whose|which|that|where|when)\s)[\p{Ll}-]+\s+){0,5}?(?:of|with|to|for|from|at|in|on|about)\s+)$/u
/** ", Ann Roe" after a description: the name alone (two to four capitalised words). */
const APPOSED_RELATIVE_NAME =
  /^,\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*$/u
/**
 * "Outside the courthouse, the victim's mother, Ann Roe, said": an opening phrase, then a
 * description with its determiner or possessive, then the name set off by commas.
 */
const APPOSITIVE_AFTER_OPENER = new RegExp(
  String.raw`(?:^|[.;:!?]["”’]?\s+|\n\s*)[^,.;:!?\n"“”]{2,50},\s+((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,5}?[\p{L}'’-]+),\s+(?:\p{N}{1,3}-year-old\s+)?((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}.'’-]*|[\p{Lu}][\p{L}\p{M}'’-]+)${WHERE_FROM},\s+(?:(?:also|later|then|\p{Ll}+ly)\s+)?$`,
  'u'
)
// "said Ann Roe, “…”": the inverted subject ends the clause ("said the council's goal …" is not
// one).
const RELATIVE_BEFORE_CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}’'])(${NAME})(,[^,]{1,80})?,\s+who\s+(?:[\p{L}\p{N}]+\s+){0,3}$`,
  'u'
)
const RELATIVE_WHICH = new RegExp(
  String.raw`(?<![\p{L}\p{N}’'])((?:the\s+)?${NAME}|the\s+(?:[\p{Ll}'’-]+\s+){0,3}?[\p{Ll}'’-]+),\s+which\s+(?:(?:also|now|still|has|had|have)\s+)?$`,
  'u'
)
const INNER_PRONOUN_CUE =
  /\b(said|says|told\s+\p{Ll}+|tells\s+\p{Ll}+)\s+(?:that\s+)?(?:he|she|they)\s+(?:had|has|have|would|will)?\s*$/u
const NESTED_CUE =
  /\b((?:said|says|argued|argues|insisted|insists|added|adds|wrote|writes|noted|notes|stressed))\s+(?:that\s+)?(?:even\s+though|even\s+if|although|though|because|while|whereas|unless)\s+[^,;.:“”"]{0,100}$/
const NAME_AFTER_CUE = new RegExp(String.raw`^\s+(${NAME})(?=\s*(?:[,:(]|$))`, 'u')
const CUES = CUE.source.slice(3, -3)
/**
 * Words that open a new clause after a quote ("“…,” but he said …", "“…,” when Ann asked"): not an
 * attribution.
 */
const CLAUSE_OPENERS =
  'but|and|or|while|when|whereas|as|because|after|before|if|though|although|so|since|until|which|who'
// Up to six words may precede the name after the quote ("…,” Portavel police Chief Ann Roe said).
// A dash before a bare name credits it ("“…” — Ann Roe", typed "--" in ASCII copy).
const AFTER = new RegExp(
  String.raw`^[\s,.!?;:]*["”’']?[\s,]*(?!(?:${CLAUSE_OPENERS}|So)\s)(?:(?:(?!(?:${CUES})\b)[\p{L}\p{N}.’'-]+\s+){0,6}?(${NAME_BEFORE_ADVERB})(?:\s*\([^()]{1,40}\))?(?:,[^,]{1,80},)?\s+${BEFORE_CUE_AFTER}(${CUES})\b|(${CUES})\s+(${NAME})|(?:[―—–]|--)\s*(${NAME}))`,
  'u'
)
/**
 * "…,” her brother, Tunde Roe, said", "…,” Vell's lawyer, Dana Pike, said": a description, then the
 * name set off by commas, then the cue.
 */
const DESCRIBED_THEN_NAME = new RegExp(
  String.raw`^[\s,]*["”’']?[\s,]*(?:the|a|an|his|her|their|its|(?:\p{Lu}[\p{L}\p{M}.-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*['’]s)\s+(?:[\p{Ll}\p{N}'’-]+\s+){0,3}?[\p{Ll}'’-]+,\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})${WHERE_FROM},\s+(?:(?:also|later|then|\p{Ll}+ly)\s+)?(${CUES})\b`,
  'u'
)
/**
 * "said Harbour Board chief executive Ann Roe," / "said oil worker Ann Roe.": after an inverted
 * cue, the name is the capitalised run that ends the clause, behind any words of title. A dash
 * ends it too ("said councillor Ann Roe — who …", typed "--" in ASCII copy).
 */
/**
 * A name of capitalised words, with the lower-case particles of Dutch, French, German, Spanish,
 * Italian and Arabic surnames inside it ("Bram de Wit", "Ana da Silva").
 */
const PARTICLED_NAME = String.raw`(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+(?:(?:de|da|di|du|dos|das|van|von|der|den|del|della|le|la|ter|ten|bin|al)\s+){0,2}){0,3}(?:(?:al|el)-)?[\p{Lu}][\p{L}\p{M}.'’-]*`
const INVERTED_TITLED = new RegExp(
  String.raw`^(?:(?:[\p{Lu}][\p{L}\p{N}.'’-]*|\p{N}{1,5})\s+){0,4}(?:[\p{Ll}][\p{L}-]*\s+){1,4}(${PARTICLED_NAME})(?=\s*(?:[,.;:(]|$)|\s+(?:in|on|at|during|before|after|last|this|who|told|when|as|while|from|of)\b)`,
  'u'
)
const INVERTED_ROLE = new RegExp(
  String.raw`^[\s,.!?;:]*["”’']?[\s,]*(${CUES})\s+((?:(?:[\p{Lu}][\p{L}\p{N}.'’-]*|\p{N}{1,5})\s+){0,3}(?:[\p{Ll}][\p{L}-]*\s+){1,4})(${PARTICLED_NAME})(?=\s*(?:[,.;:(—–]|--|$)|\s+(?:of|with|at|from)\s+(?:the\s+)?\p{Lu})`,
  'u'
)
/** An inverted cue, a description that opens with a count ("two", "some"; NAME takes "one"), then the name. */
const INVERTED_DESCRIBED = new RegExp(
  String.raw`^[\s,.!?;:]*["”’']?[\s,]*(${CUES})\s+(?:two|three|some|several)\s+(?:[\p{Ll}\p{N}'’-]+\s+){0,4}?[\p{Ll}\p{N}][\p{Ll}\p{N}'’-]*,\s+((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}.'’-]*)(?=\s*(?:[,.;:(]|$))`,
  'u'
)
/** The sentence's own subject, for cues that are participles ("…, saying …") or sit far from it. */
/** A wire dateline before the sentence ("OTTAWA —", "MARROW BAY, N.S. (AP) --"): no subject. */
export const DATELINE = String.raw`(?:\p{Lu}[\p{Lu}\p{M}.'’ -]{1,30}(?:,\s*[\p{L}.]{2,20}(?:\s[\p{L}.]{2,20})?)?\s*(?:\([^()]{1,20}\)\s*)?(?:--|[—–―])\s*)?`
const SENTENCE_SUBJECT = new RegExp(
  String.raw`^\s*${DATELINE}(?:[\p{L}\s,]{0,80},\s+)?(${NAME})\s`,
  'u'
)
const INVERTING =
  /^(?:according to|said|says|added|adds|asked|asks|wrote|writes|continued|explained|noted|recalled|replied|tweeted|insisted|warned|argued|declared)$/
export const PRONOUNS = /^(?:he|she|they|we|i)$/i
export const CUE_BEFORE = new RegExp(String.raw`\b(?:${CUES})\b`)

/** "the Swede", "the Calgary native", "the Sudbury-born": where a person comes from, as written. */
const ORIGIN =
  /^[Tt]he\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:native|product)|\p{Lu}[\p{L}.'’-]*-born|\p{Lu}\p{Ll}+)$/u

/** A credited speaker as written, and the cue that credits them. */
export interface Attribution {
  mention: string
  cue: string
  /** Where the cue ends in the text searched (attributions found before the quote). */
  cueEnd?: number
  /** For a relative pronoun ("X, who said"), the name it stands for. */
  antecedent?: string
}

/**
 * "heard students shout, ", "saw a man yelling: ", right before a quote: a verb of perception,
 * who was perceived (a few words), and a bare or -ing verb of speech.
 */
const HEARD_SAYING =
  /\b(?:heard|hear|hears|hearing|saw|see|sees|seeing|watched|watch|watches)\s+((?:[\p{L}\p{N}'’.-]+\s+){0,3}?[\p{L}'’-]+)\s+(shout|shouting|say|saying|yell|yelling|chant|chanting|scream|screaming|cry|crying|call|calling|tell|telling|whisper|whispering|sing|singing)(?:\s+out)?\s*[,:]?\s*$/u

const OBJECT_PRONOUN: Record<string, string> = { him: 'he', her: 'she', them: 'they' }

/** Cues that also serve as participles after a noun ("a video posted …", "a report released …"). */
const REDUCED_RELATIVE = /^(?:posted|published|released|issued|shared|reported|tweeted|written)$/

/** Who the words in `before` (up to the quote) credit: the subject of the last cue verb. */
export function attributeBefore(text: string): Attribution | null {
  // A comma inside a number ("1,100 pilots") separates no clause; same length, so offsets hold.
  const before = text.includes(',') ? text.replace(/(\d),(?=\d{3})/g, '$1.') : text
  // "Roe said he heard students shout, “…”": the words are the ones heard, and whoever was heard
  // says them, not the person who heard them.
  const heard = HEARD_SAYING.exec(before.slice(-140))
  if (heard)
    return {
      mention: cleanMention(heard[1]!),
      // ("heard him say": the object form stands for the subject pronoun resolution knows.)
      antecedent: OBJECT_PRONOUN[heard[1]!.toLowerCase()],
      cue: heard[2]!.toLowerCase(),
      cueEnd: before.length - heard[0].length + heard[0].lastIndexOf(heard[2]!) + heard[2]!.length,
    }
  let last: RegExpExecArray | null = null
  CUE.lastIndex = 0
  for (let m = CUE.exec(before); m; m = CUE.exec(before)) last = m
  if (!last) return null
  const cue = last[1]!.toLowerCase()
  const cueEnd = last.index + last[0].length
  // A participle continues an earlier clause ("Ann said, adding …", "Ann left, saying …"): its
  // subject is that clause's speaker, else the sentence's subject.
  // ("Roe said, before adding: “…”": a conjunction may stand between the comma and the participle.)
  if (
    /ing$/.test(cue) &&
    /,\s*(?:(?:before|then|and|while|later|after)\s+)?$/.test(
      before.slice(Math.max(0, last.index - 12), last.index)
    )
  ) {
    const earlier = attributeBefore(before.slice(0, last.index))
    if (earlier) return { ...earlier, cue, cueEnd }
    const subject = sentenceSubject(before) ?? appositiveSubject(before) ?? describedSubject(before)
    if (subject) return { mention: subject, cue, cueEnd }
  }
  // "The airline said A and called the strike “…”": a verb joined with no subject of its own
  // shares the earlier cue's speaker.
  if (
    /\s(?:and|but)\s+(?:(?:also|then|later)\s+)?$/.test(
      before.slice(Math.max(0, last.index - 14), last.index)
    )
  ) {
    const earlier = attributeBefore(before.slice(0, last.index))
    if (earlier && CUE_BEFORE.test(before.slice(0, last.index))) return { ...earlier, cue, cueEnd }
  }
  // "Roe said in a video posted to social media that …": a participle after a noun describes the
  // noun; the cue is the earlier verb.
  if (
    REDUCED_RELATIVE.test(cue) &&
    /\b(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(
      before.slice(Math.max(0, last.index - 40), last.index)
    )
  ) {
    const earlier = attributeBefore(before.slice(0, last.index))
    if (earlier) return earlier
  }
  // "Roe said even though the board believes the fees are fair, “…”": a cue inside an adverbial
  // clause of an earlier statement; the words are the earlier speaker's.
  // "She said he had promised to “look at it”": a cue whose subject is a pronoun opening the clause
  // an earlier "said" reports is that speaker's report of it.
  const inner = INNER_PRONOUN_CUE.exec(before.slice(Math.max(0, last.index - 60), last.index))
  if (inner) {
    const outer = attributeBefore(before.slice(0, last.index - inner[0].length + inner[1]!.length))
    if (outer) return outer
  }
  const from = Math.max(0, last.index - 140)
  const nested = NESTED_CUE.exec(before.slice(from, last.index))
  if (nested) {
    const outer = attributeBefore(before.slice(0, from + nested.index + nested[1]!.length))
    if (outer) return outer
  }
  if (cue !== 'according to') {
    // "Roe, the port chief, who in 2030 said …": the relative pronoun speaks for the name before
    // it.
    const relative = RELATIVE_BEFORE_CUE.exec(
      before.slice(Math.max(0, last.index - 160), last.index)
    )
    if (relative && !FUNCTION_WORDS.has(relative[1]!.toLowerCase())) {
      // "hired a lawyer, Ann Roe, who says": the name in apposition to the description.
      const named = /^(?:an?|the|his|her|their|its)\s/i.test(relative[1]!)
        ? APPOSED_RELATIVE_NAME.exec(relative[2] ?? '')?.[1]
        : undefined
      return { mention: 'who', cue, cueEnd, antecedent: cleanMention(named ?? relative[1]!) }
    }
    // "Council heard from the pilots' association, which says …": the organisation (or document)
    // before "which" speaks, not the sentence's subject.
    const near = before.slice(Math.max(0, last.index - 120), last.index)
    const which =
      /^(?:says|said)$/.test(cue) && near.includes(', which') ? RELATIVE_WHICH.exec(near) : null
    if (which && !FUNCTION_WORDS.has(which[1]!.toLowerCase()))
      return { mention: cleanMention(which[1]!), cue, cueEnd }
    // "His lawyer, Ann Roe, said", "the director of the port, Ann Roe, says": the name in
    // apposition to a description is the speaker.
    const window = before.slice(Math.max(0, last.index - 160), last.index)
    const appositive =
      APPOSITIVE_NAME.exec(window) ??
      APPOSITIVE_AFTER_OPENER.exec(window) ??
      titledAppositive(window) ??
      namedBodyAppositive(window)
    if (
      appositive &&
      describesHolder(appositive[1]!) &&
      !FUNCTION_WORDS.has(appositive[2]!.toLowerCase())
    ) {
      return { mention: cleanMention(appositive[2]!), cue, cueEnd }
    }
    const from = Math.max(0, last.index - 160)
    const subject = SUBJECT_BEFORE_CUE.exec(before.slice(from, last.index))
    const found =
      subject && (!FUNCTION_WORDS.has(subject[1]!.toLowerCase()) || PRONOUNS.test(subject[1]!))
        ? (plausible({ mention: cleanMention(subject[1]!), cue, cueEnd }) ??
          roleOfComplement(subject[1]!, cue, cueEnd))
        : null
    // "A spokeswoman for Roe said", "the lawyer for the board said": the name is the role's
    // complement; the speaker is the role's holder.
    const role =
      found && !PRONOUNS.test(found.mention)
        ? ROLE_OF.exec(before.slice(Math.max(0, from + subject!.index - 60), from + subject!.index))
        : null
    // "Officials in Eastview said", "Police in Lowmere say": a group where the place is, not the
    // place.
    const group =
      found && !PRONOUNS.test(found.mention)
        ? GROUP_IN_PLACE.exec(
            before.slice(Math.max(0, from + subject!.index - 40), from + subject!.index)
          )
        : null
    if (group) return { mention: `${group[1]}${found!.mention}`, cue, cueEnd }
    if (role && holdsRole(role[2]!))
      return {
        mention: `${role[1]!.trim()} ${found!.mention}`.replace(/^(?:The|A|An)\b/, (w) =>
          w.toLowerCase()
        ),
        cue,
        cueEnd,
      }
    // "A person with knowledge of the agreement said", "an official close to the premier said": a
    // description after a preposition is its complement; the whole description speaks.
    const head =
      found && /^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+\p{Ll}/u.test(subject![1]!)
        ? COMPLEMENT_OF.exec(
            before.slice(Math.max(0, from + subject!.index - 120), from + subject!.index)
          )
        : null
    if (head && !/^(?:The|A|An|One)$/.test(head[1]!.trim()))
      return {
        mention: `${head[1]!}${subject![1]!}`.replace(/^(?:The|A|An|One)\b/, (w) =>
          w.toLowerCase()
        ),
        cue,
        cueEnd,
      }
    // "Coach Ann Roe of the Harbour Seals Swim Club said": the person whose affiliation it is.
    const member =
      found && !PRONOUNS.test(found.mention)
        ? MEMBER_OF.exec(
            before.slice(Math.max(0, from + subject!.index - 60), from + subject!.index)
          )
        : null
    // (Words of title before the name are dropped: "Coach Ann Roe".)
    const person = member?.[1]!.split(/\s+/) ?? []
    while (person.length > 0 && TITLES.has(person[0]!.toLowerCase().replace(/\.$/, '')))
      person.shift()
    if (person.length >= 2 && !person.some((w) => ORG_WORDS.has(w.toLowerCase())))
      return { mention: person.join(' '), cue, cueEnd }
    if (found) {
      const head = PRONOUNS.test(found.mention)
        ? null
        : headOfModifiers(before.slice(0, last.index), from + subject!.index)
      // "Officials with the Harbour Board said", "Staff at Kestrel General said": the people who
      // speak for the organisation named after them; its name is the speaker.
      // ("Officials in Port Alden" are the town's or anyone's: only "with", "at", "for", "from".)
      if (
        head &&
        VOICES_OF.test(head) &&
        /^\p{Lu}/u.test(found.mention) &&
        /\s(?:with|at|for|from)\s+(?:the\s+)?$/.test(
          before.slice(Math.max(0, from + subject!.index - 12), from + subject!.index)
        )
      )
        return found
      return head ? { ...found, mention: head } : found
    }
    // "Roe, whose shop closed after two floods, a fire and a strike, said …": a clause too long
    // for the subject pattern still hangs on the name the sentence opens with.
    const opened = /,\s+$/.test(before.slice(Math.max(0, last.index - 3), last.index))
      ? headOfModifiers(before.slice(0, last.index), last.index)
      : null
    if (opened) return { mention: opened, cue, cueEnd }
    // "A senior official in the ministry, who spoke on condition of anonymity because …, said": a
    // description and a relative clause too long for the subject pattern; the description speaks.
    const described = DESCRIBED_WITH_CLAUSE.exec(before.slice(0, last.index))
    if (described)
      return { mention: described[1]!.replace(/^\S+/, (w) => w.toLowerCase()), cue, cueEnd }
    // "Roe praised the plan and said …": the coordinated verb shares the sentence's subject.
    if (
      /\b(?:and|but)\s+(?:(?:also|then|later|\p{Ll}+ly)\s+)?$/u.test(
        before.slice(Math.max(0, last.index - 20), last.index)
      )
    ) {
      const opening = sentenceSubject(before)
      if (opening && !PRONOUNS.test(opening)) return { mention: opening, cue, cueEnd }
      // "The teachers' union welcomed the plan but said …": a description opening the sentence.
      const described = DESCRIPTION_THEN_VERB.exec(before.slice(0, 120))
      if (described) return { mention: described[1]!, cue, cueEnd }
    }
  }
  // Only a verb that can come before its subject ("said Ann", "according to Ann") credits the
  // name after it: after "told" or "blasted" that name is the listener or the target.
  const after = !INVERTING.test(cue)
    ? null
    : NAME_AFTER_CUE.exec(
        before.slice(last.index + last[0].length, last.index + last[0].length + 120)
      )
  const object =
    after && !FUNCTION_WORDS.has(after[1]!.toLowerCase())
      ? plausible({ mention: cleanMention(after[1]!), cue, cueEnd })
      : null
  if (object) return object
  // "As the speakers read their complaints, counter-protesters chanted": a group of people after
  // a fronted clause is the subject, however the sentence opens.
  const group = GROUP_BEFORE_CUE.exec(before.slice(Math.max(0, last.index - 60), last.index))
  if (group) return { mention: group[1]!, cue, cueEnd }
  const subject = sentenceSubject(before)
  if (!subject) return null
  // "Marlow residents say", "Federal and state officials said", "Board members also noted":
  // capitalised words before a plural common noun only say which people; the subject is the whole
  // phrase, a description.
  // ("Federal officials, speaking on background, said": the group's apposition is set aside.)
  const kind = describedGroup(
    before
      .slice(before.indexOf(subject) + subject.length, last.index)
      .replace(/,[^,]{1,160},\s*$/, ' ')
  )
  if (kind) return { mention: `${subject} ${kind}`, cue, cueEnd }
  return { mention: subject, cue, cueEnd }
}

/** A group of people right before the cue, after a clause boundary ("…, protesters chanted"). */
const GROUP_BEFORE_CUE = new RegExp(
  String.raw`(?:,\s+|\b(?:and|but|while|as|when)\s+)((?:(?:the|some|many|several)\s+)?(?:\p{Ll}+-)?${GROUP_NOUNS})\s+(?:(?:also|then|again|\p{Ll}+ly)\s+)?$`,
  'u'
)

/** A description opening the sentence, up to its first past-tense verb ("The union welcomed"). */
const DESCRIPTION_THEN_VERB =
  /^\s*((?:The|A|An)\s+(?:[\p{Ll}\p{N}'’-]+\s+){0,3}?[\p{Ll}'’-]*[\p{Ll}])\s+(?:(?:also|\p{Ll}+ly)\s+)?\p{Ll}{2,}ed\b/u

/**
 * A sentence that opens with a description ("A senior official in the ministry", "The woman")
 * and a relative clause set off by commas, up to the cue.
 */
const DESCRIBED_WITH_CLAUSE = new RegExp(
  String.raw`^\s*${DATELINE}((?:The|A|An)\s+(?:[\p{Ll}\p{N}'’-]+\s+){0,3}?[\p{Ll}'’-]+(?:\s+(?:in|at|with|for|of|from)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,4}?[\p{L}'’-]+)?),\s+(?:who|whose)\s[^;:"“”]{1,240}?,\s+(?:(?:also|\p{Ll}+ly)\s+)?$`,
  'u'
)

/** Adverbs and auxiliaries between a subject and its verb ("also", "had", "repeatedly"). */
const BETWEEN_SUBJECT_AND_VERB =
  /^(?:also|still|later|then|previously|once|often|again|too|never|have|has|had|will|would|could|should|may|might|must|did|do|does|are|were|\p{Ll}+ly)$/u

/**
 * The lower-case rest of a noun phrase between a capitalised word and the verb, when it ends in a
 * plural common noun ("and state officials", "policy analysts", "members" before "also"), else
 * null.
 */
function describedGroup(rest: string): string | null {
  if (!/^\s+\p{Ll}/u.test(rest) || rest.length > 80) return null
  const words = rest.trim().split(/\s+/)
  while (words.length > 0 && BETWEEN_SUBJECT_AND_VERB.test(words[words.length - 1]!)) words.pop()
  const head = words[words.length - 1]
  const inside = words.slice(0, -1)
  return words.length >= 1 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) &&
    inside.every((w) => w === 'and' || !FUNCTION_WORDS.has(w)) &&
    // ("the Roe family said": a family speaks as a group, none of its members named.)
    (isPluralNoun(head!) || head === 'family' || head === 'police')
    ? words.join(' ')
    : null
}

/**
 * "“…,” police said.", "“…,” health officials say.": a bare lower-case noun phrase as the subject
 * after a quote (what it stands for is the resolver's to say).
 */
function groupAfter(after: string): Attribution | null {
  const m = GROUP_AFTER.exec(after.slice(0, 80))
  if (!m) return null
  const words = m[1]!.split(/\s+/)
  if (words.some((w) => FUNCTION_WORDS.has(w) || /ly$/.test(w))) return null
  return { mention: m[1]!, cue: m[2]!.toLowerCase() }
}
const GROUP_AFTER = new RegExp(
  String.raw`^[\s,.!?;:]*["”’']?[\s,]*(?!(?:${CLAUSE_OPENERS}|So)\s)((?:\p{Ll}[\p{Ll}-]*\s+){0,2}${NOT_DESCRIPTION_END}\p{Ll}[\p{Ll}-]*)\s+${BEFORE_CUE_AFTER}(${CUES})\b`,
  'u'
)

/**
 * The name a sentence opens with when the mention found before the cue (at `at`) only sits in that
 * name's modifiers: "Ann Roe, the co-owner of a bakery in Portavel, N.S., says" (not "N.S."), "Ann
 * Roe with the Harbour Board says" (not the board). The modifiers open with a determiner or a party
 * tag.
 */
function headOfModifiers(before: string, at: number): string | null {
  const m = MODIFIED_HEAD.exec(before.slice(0, 200))
  const headEnd = m ? m.index + m[1]!.length + m[2]!.length : 0
  // "Will Young" is a name; "In Portavel" and "The Harbour" are not ("Will" is a function word
  // too).
  const words = m ? m[2]!.split(/\s+/) : []
  if (
    !m ||
    at <= headEnd ||
    (words.length === 1 ? FUNCTION_WORDS.has(words[0]!.toLowerCase()) : NOT_HEAD.test(words[0]!))
  )
    return null
  // An apposition needs its closing comma before the cue; a prepositional tail needs the mention
  // right after it.
  if (
    m[3]!.startsWith(',')
      ? !/,\s+(?:(?:has|had|also|\p{Ll}+ly)\s+)*$/u.test(before)
      : at > m[0].length
  )
    return null
  return cleanMention(m[2]!)
}

/**
 * "A spokeswoman for the premier said", "the lawyer for the family said": a person's role with a
 * lower-case complement is a subject, though its function words fail `plausible`.
 */
function roleOfComplement(mention: string, cue: string, cueEnd: number): Attribution | null {
  const m = ROLE_COMPLEMENT.exec(mention)
  // ("The board of trustees said", "the council of elders says": a body, named by what it is.)
  if (!m || !(holdsRole(m[1]!) || ORG_HEADS.has(m[1]!))) return null
  return { mention: mention.replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase()), cue, cueEnd }
}

const ROLE_COMPLEMENT =
  /^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)\s+(?:for|of|with|at|from|in)\s+(?:the\s+)?[\p{Ll}-]+$/u
const ROLE_OF =
  /(?:^|[^\p{L}])((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:for|of|with|at|from|in)(?:\s+the)?)\s+$/u
/** Plural nouns for the people who speak for an organisation as a body. */
const VOICES_OF = /^(?:officials|staff|representatives|spokespeople|authorities|executives)$/i
const PERSON_ROLE = /.{3}(?:er|or|ist|man|woman|person|ant|ent|arms|hand)$/
/** People named by their place in an organisation, beyond the titles and person nouns. */
const PLACE_HOLDERS = new Set(['guard', 'guards', 'head', 'source', 'sources', 'staff', 'insider'])

/**
 * "A senior official in the ministry", "a former guard at the jail", "the head of the board": the
 * noun names a person holding a place in what follows it (not a document: "a statement from").
 */
function holdsRole(noun: string): boolean {
  if (DOCUMENTS.has(noun)) return false
  const one = noun.replace(/(?<=.{3})s$/, '')
  return (
    TITLES.has(noun) ||
    PERSON_ROLE.test(noun) ||
    PLACE_HOLDERS.has(noun) ||
    PERSON_NOUNS.has(noun) ||
    PERSON_NOUNS.has(one) ||
    TITLES.has(one)
  )
}
const NOT_HEAD =
  /^(?:In|On|At|For|From|To|By|With|After|Before|During|Since|Under|Over|The|A|An|This|That|These|Those|As|When|While|If|But|And|Or|So|Meanwhile|However|Also)$/
const MODIFIED_HEAD =
  /^\s*((?:\p{Lu}\p{Ll}+\s+(?=\p{Ll}))?(?:\p{Ll}[\p{L}-]*\s+){0,3})((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’-]*)(,\s+(?:(?:the|a|an|his|her|their|its|who|whose)\s|\p{Lu}-\p{Lu}[\p{L}.]*,)|\s+(?:with|at|from)\s+(?:the\s+)?)/u

/** The subject a sentence opens with (after an opening phrase: "On Monday, X …"), or null. */
export function sentenceSubject(before: string): string | null {
  const subject = SENTENCE_SUBJECT.exec(before.slice(0, 200))
  // "The Harbour Department expressed …": the article is no part of the organisation's name
  // ("The Republican nominee" is a description: one capitalised word keeps it).
  const name = subject?.[1]!.replace(/^The\s+(?=\p{Lu}[\p{L}.'’-]*\s+\p{Lu})/u, '')
  if (
    !subject ||
    !name ||
    (FUNCTION_WORDS.has(name.toLowerCase().split(' ')[0]!) && !PRONOUNS.test(name))
  )
    return null
  // "Labour mayoral candidate Ann Roe …": the capitalised word only qualifies the title of the
  // name that follows it.
  const titled = TITLED_AFTER.exec(before.slice(subject.index + subject[0].length - 1, 200))
  if (titled && TITLES.has(titled[1]!)) return cleanMention(titled[2]!)
  return plausible({ mention: cleanMention(name), cue: '' })?.mention ?? null
}

/** Lower-case words ending in a title, then a name ("mayoral candidate Ann Roe"). */
const TITLED_AFTER =
  /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*)\s+([\p{Lu}][\p{L}\p{M}'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}.'’-]*){1,3})/u

/**
 * "Ann Roe, the port's chief, left, saying …": a sentence that opens with a name and its
 * apposition.
 */
function appositiveSubject(before: string): string | null {
  const m = APPOSED_SUBJECT.exec(before.slice(0, 200))
  return m && !FUNCTION_WORDS.has(m[1]!.toLowerCase()) ? cleanMention(m[1]!) : null
}

/**
 * "The ministry defended the plan, saying …", "A spokesperson for the ministry declined to
 * comment, saying …", "About 200 nurses rallied …, saying …", "Dozens of parents marched …,
 * saying …": a sentence that opens with a description (or a number of people) and its verb in the
 * past.
 */
function describedSubject(before: string): string | null {
  const m = DESCRIBED_SUBJECT.exec(before.slice(0, 200))
  return m ? m[1]! : null
}

const DESCRIBED_SUBJECT = new RegExp(
  String.raw`^\s*${DATELINE}((?:The|A|An|(?:(?:About|Around|Roughly|Nearly|Almost|Some|More than|Over|Up to)\s+)?\d[\d,.]*|(?:Hundreds|Dozens|Thousands|Scores)\s+of)\s+(?:[\p{Ll}'’-]+\s+){0,3}?[\p{Ll}-]+(?:\s+(?:for|of|at|with|from)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)?)\s+(?:also\s+|later\s+)?\p{Ll}{2,}ed\s`,
  'u'
)

/**
 * "Roe, the port's doctor, is more blunt: “…”": a sentence that opens with a name and leads into
 * the quote with a colon credits that name, with no reporting verb.
 */
export function colonSubject(before: string): string | null {
  const tail = before.slice(-220)
  const m = COLON_SUBJECT.exec(tail) ?? COLON_POSSESSIVE.exec(tail)
  const name = m?.[1] ?? titledColonSubject(tail) ?? wordsOf(tail)
  if (name && /^(?:He|She)$/.test(name)) return PASSIVE_COLON.test(tail) ? null : name
  if (!name || FUNCTION_WORDS.has(name.split(/\s+/)[0]!.toLowerCase())) return null
  return cleanMention(name)
}

/**
 * "In the words of one longtime resident, Ann Roe:", "To quote Ann Roe:": the name credited,
 * the one in apposition when a description comes first.
 */
function wordsOf(tail: string): string | null {
  if (!/\b(?:words of|To quote)\b/.test(tail)) return null
  const np = WORDS_OF.exec(tail)?.[1]
  if (!np) return null
  const named = /,\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)$/u.exec(np)?.[1]
  return named ?? (/^\p{Lu}/u.test(np) ? np : null)
}
const WORDS_OF = /^\s*(?:In the words of|To quote)\s+([^:;!?]{2,120}?):\s*$/

/** "He was told:", "She was asked:": the words that follow are someone else's, put to them. */
const PASSIVE_COLON = /^\s*\S+\s+(?:is|was)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|told|shown|given)\b/u

/**
 * "Transport minister Ann Roe put it bluntly:": lower-case words of title before the name, the
 * last of them a title or a word for a person ("the problem Roe was facing was:" is no title).
 */
function titledColonSubject(tail: string): string | null {
  const m = TITLED_COLON_SUBJECT.exec(tail)
  const title = m ? m[1]!.trim().split(/\s+/).pop()!.toLowerCase() : ''
  return m && (TITLES.has(title) || PERSON_NOUNS.has(title)) ? m[2]! : null
}

const COLON_SUBJECT =
  /^\s*((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’-]*)(?:\s+(?:of|from|at)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,4}[\p{Lu}][\p{L}\p{M}'’-]*)?(?:,[^,:]{1,100},)?\s+(?:is|was|put it|puts it|had this to say|explained|summed it up|went further)\b[^:;.]{0,40}:\s*$/u

/**
 * "For Roe, the answer is simple:", "For Ann Roe, it's that simple:": the named person's view (the
 * caller keeps it only for a person: "For Canada, the answer is …" quotes no country).
 */
export function forNameColon(before: string): string | null {
  const m = FOR_NAME_COLON.exec(before.slice(-160))
  return m && !FUNCTION_WORDS.has(m[1]!.split(/\s+/)[0]!.toLowerCase()) ? m[1]! : null
}
const FOR_NAME_COLON =
  /^\s*For\s+((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’-]*),\s+(?:the\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+\s+(?:is|was)|it\s+(?:is|was)|it['’]s)\b[^:;.]{0,40}:\s*$/u

const TITLED_COLON_SUBJECT =
  /^\s*((?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:\p{Ll}[\p{L}-]*\s+){1,3})((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'’-]*)(?:,[^,:]{1,100},)?\s+(?:put it|puts it|had this to say|summed it up|went further)\b[^:;.]{0,40}:\s*$/u

/** "Roe's message to the council was blunt:", "Roe's answer is simple:": the possessor speaks. */
const COLON_POSSESSIVE =
  /^\s*((?:[\p{Lu}][\p{L}\p{M}.-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}-]*)['’]s?\s+(?:\p{Ll}+\s+)?(?:message|response|reply|answer|advice|verdict|assessment|take|warning|view|point|argument|explanation|conclusion|plea|position|reaction)\b[^:;.]{0,60}?\s(?:is|was|remains|remained)\b[^:;.]{0,40}:\s*$/u

const APPOSED_SUBJECT =
  /^\s*((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}.'’-]*),\s+(?:a|an|the|his|her|their)\s[^,]{1,100},\s/u

/**
 * The name or pronoun that ends `upToVerb` as the subject of the verb that follows it ("Ann Roe
 * earlier this week"), or null.
 */
export function subjectBefore(upToVerb: string): string | null {
  // "Her son, Ronald Roe, remembered her as …": the name in apposition to the description.
  const window = upToVerb.slice(-160)
  const appositive =
    APPOSITIVE_NAME.exec(window) ??
    APPOSITIVE_AFTER_OPENER.exec(window) ??
    titledAppositive(window) ??
    namedBodyAppositive(window)
  if (
    appositive &&
    describesHolder(appositive[1]!) &&
    !FUNCTION_WORDS.has(appositive[2]!.toLowerCase())
  )
    return cleanMention(appositive[2]!)
  const m = SUBJECT_BEFORE_CUE.exec(window)
  if (!m || (FUNCTION_WORDS.has(m[1]!.toLowerCase()) && !PRONOUNS.test(m[1]!))) return null
  return plausible({ mention: cleanMention(m[1]!), cue: '' })?.mention ?? null
}

const APPOSED_NAME = new RegExp(
  String.raw`^(?:\s+(?:of|for|at|in)\s+[^,.;:"“”]{1,40})?,\s+((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’-]*)${WHERE_FROM}(?=\s*(?:[,.;:]|$))`,
  'u'
)

/** A name of two or three capitalised words, then "of (the)", up to where the subject starts. */
const MEMBER_OF =
  /(?:^|[^\p{L}\p{M}.'’-])(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})\s+of\s+(?:the\s+)?$/u

/** After a possessive name: a role and its complement, then the holder's name. */
const POSSESSED_ROLE_NAME = new RegExp(
  String.raw`^\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+(?:\s+(?:of|for|at|in)\s+[^,.;:"“”]{1,40})?,\s+((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’-]*)${WHERE_FROM}(?=\s*(?:[,.;:]|$))`,
  'u'
)

/**
 * People in the plural, then where they are, right before a name ("Officials in ", "Police in ",
 * "Doctors at "): the name is a place or an institution, and the group speaks.
 */
const GROUP_IN_PLACE = new RegExp(
  String.raw`(?:^|[.;:!?]\s+|,\s+|\b(?:and|but)\s+)((?:[Tt]he\s+|[Ss]ome\s+|[Mm]any\s+)?${GROUP_NOUNS}\s+${GROUP_WHERE_WORDS}\s+(?:the\s+)?)$`
)

/**
 * True when the words before a name in apposition describe someone: a lower-case word or a
 * possessive ("His lawyer", "the board's chair"), or an office written in capitals ("The Chief
 * Justice", "The Auditor General").
 */
function describesHolder(words: string): boolean {
  if (/(?:^|\s)(?:\p{Ll}{3,}|[\p{L}]+['’]s)(?:\s|$)/u.test(words)) return true
  const office = words.toLowerCase().split(/\s+/)
  return office[0] === 'the' && office.length > 1 && TITLES.has(office.at(-1)!)
}

/** A role noun that stands before a name ("worker", "spokeswoman", "coach"). */
function roleWord(word: string): boolean {
  return (
    TITLES.has(word) ||
    (/.{3}(?:er|or|ist|man|woman|ant|ent)$/.test(word) && !COMPARATIVES.test(word))
  )
}
/** "the younger Roe": comparatives end like role nouns but describe no role. */
const COMPARATIVES = /^(?:elder|older|younger)$/

/**
 * "said neighbour Ann Roe": any lower-case noun before a full name (two capitalised words or more)
 * is a description of that name, unless it is an adverb or a time word ("said today Ann Roe" is
 * no English).
 */
function describesFullName(words: string, name: string): boolean {
  const last = words.trim().split(/\s+/).pop()!
  return (
    /\s/.test(name.trim()) &&
    !/(?:ly|day|night|week|month|year|morning|evening|afternoon)$/.test(last) &&
    !/^(?:ago|later|earlier|again|once|too|also|then|now)$/.test(last)
  )
}

/**
 * Verbs of manner, and verbs of saying too loose to report a clause ("remembers", "fumed",
 * "deadpanned"), that credit a quote closed by a comma when they end the clause ("“…,” Roe
 * laughs.", "“…,” she shrugged."): the comma leaves nobody else to credit.
 */
const MANNER_AFTER = new RegExp(
  String.raw`^["”’']?\s*(${NAME})\s+(?:\p{Ll}+ly\s+)?((?:laugh|chuckle|smile|sigh|beam|wink|giggle|sniff|scoff|smirk)(?:s|e?d)?|grins|grinned|shrugs|shrugged|nods|nodded|(?:remember|reflect|marvel|marvell|gush|fum|groan|teas|deadpann|enthus|protest|object|vent|rav|grumbl|mutter|exclaim|sob|offer)(?:s|es|e|ed|d)?|cried|chimed\s+in)(?=\s*(?:[.,;!]|$))`,
  'u'
)

/**
 * "“…,” Roe laughs.": the speaker of a quote that ends in a comma (or "?", "!") inside its marks,
 * credited by a verb of manner in place of a reporting verb. `after` starts after the closing mark.
 */
export function mannerCredit(after: string): Attribution | null {
  const m = MANNER_AFTER.exec(after.slice(0, 120))
  return m ? plausible({ mention: cleanMention(m[1]!), cue: m[2]!.toLowerCase() }) : null
}

/** "“…,” was how market manager Ann Roe put it.": the speaker after words of title. */
const HOW_PUT = new RegExp(
  String.raw`^["”’']?[\s,]*(?:was|is|that['’]s|that\s+was)\s+how\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?(${NAME})\s+(?:put|puts|described|describes|summed|sums|explained|explains|saw|sees|phrased|phrases)\s+it\b`,
  'u'
)

/**
 * "“…,” was how Ann Roe put it." / "“…” is how she sees it.": the one who put it so speaks.
 * `after` starts after the closing mark.
 */
export function howPutCredit(after: string): Attribution | null {
  const m = HOW_PUT.exec(after.slice(0, 160))
  return m ? plausible({ mention: cleanMention(m[1]!), cue: 'put it' }) : null
}

/** "“…,” said X" and "“…,” X said" right after the closing mark. */
export function attributeAfter(after: string): Attribution | null {
  // "“…,” her brother, Tunde Roe, said": the name in apposition to the description speaks.
  const described = DESCRIBED_THEN_NAME.exec(after.slice(0, 160))
  if (described) return { mention: cleanMention(described[1]!), cue: described[2]!.toLowerCase() }
  const m = AFTER.exec(after)
  if (!m) {
    // "“…,” said oil worker Ann Roe.": an inverted cue, words of title, then the name.
    const r = INVERTED_ROLE.exec(after.slice(0, 160))
    if (!r) {
      // "“…,” said one of the two, Hollis Roe, 67.": a description, then the name in apposition.
      const one = INVERTED_DESCRIBED.exec(after.slice(0, 160))
      return one
        ? { mention: cleanMention(one[2]!), cue: one[1]!.toLowerCase() }
        : groupAfter(after)
    }
    const role = r[2]!.trim().split(/\s+/).pop()!
    if (FUNCTION_WORDS.has(role) || !(roleWord(role) || describesFullName(r[2]!, r[3]!)))
      return null
    return { mention: cleanMention(r[3]!), cue: r[1]!.toLowerCase() }
  }
  if (m[1]) return { mention: cleanMention(m[1]), cue: m[2]!.toLowerCase() }
  // "said the victim's sister, Holly Tran.": the name in apposition to the description speaks.
  const apposed =
    m[4] && /^(?:the|a|an|one|another|his|her|their)\s/i.test(m[4])
      ? APPOSED_NAME.exec(after.slice(m.index + m[0].length, m.index + m[0].length + 60))
      : null
  if (apposed && !FUNCTION_WORDS.has(apposed[1]!.split(/\s+/)[0]!.toLowerCase()))
    return { mention: cleanMention(apposed[1]!), cue: m[3]!.toLowerCase() }
  // "said Harbour Rail's vice-president of development, Tom Abel.": the organisation's officer.
  const possessed =
    m[4] && /['’]s$/.test(m[4])
      ? POSSESSED_ROLE_NAME.exec(after.slice(m.index + m[0].length, m.index + m[0].length + 120))
      : null
  if (possessed && !FUNCTION_WORDS.has(possessed[1]!.split(/\s+/)[0]!.toLowerCase()))
    return { mention: cleanMention(possessed[1]!), cue: m[3]!.toLowerCase() }
  // "said Harbour Rail's chief executive.": the officer, not the organisation.
  const officer =
    m[4] && /['’]s$/.test(m[4])
      ? /^\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?=\s*(?:[,.;:]|$))/u.exec(
          after.slice(m.index + m[0].length, m.index + m[0].length + 60)
        )
      : null
  if (officer && !officer[1]!.split(/\s+/).some((w) => FUNCTION_WORDS.has(w)))
    return { mention: `${m[4]} ${officer[1]}`, cue: m[3]!.toLowerCase() }
  if (m[5]) return { mention: cleanMention(m[5]), cue: '—' }
  // "said the Winnipeg native": the place's name stops the name pattern before the noun.
  const native = /^the\s+\p{Lu}/u.test(m[4]!)
    ? /^\s+(native|product)\b/.exec(after.slice(m.index + m[0].length, m.index + m[0].length + 12))
    : null
  if (native) return { mention: cleanMention(`${m[4]} ${native[1]}`), cue: m[3]!.toLowerCase() }
  const titled = INVERTED_TITLED.exec(
    after.slice(m.index + m[0].length - m[4]!.length, m.index + m[0].length + 100)
  )
  const role = titled
    ? titled[0]
        .slice(0, titled[0].length - titled[1]!.length)
        .trim()
        .split(/\s+/)
        .pop()!
    : ''
  const named = titled && !FUNCTION_WORDS.has(role) && roleWord(role) ? titled[1]! : m[4]!
  return { mention: cleanMention(named), cue: m[3]!.toLowerCase() }
}

/**
 * A lower-case noun phrase is a speaker only when it is all content words ("the senator", "his
 * doctor"); "the car and", "a metaphor for the" are the middle of a sentence, not its subject.
 */
export const LY_NOUNS = /^(?:family|families|assembly|ally|supply|rally|monopoly)$/

export function plausible(found: Attribution | null): Attribution | null {
  if (!found) return null
  if (SOURCE_MENTION.test(found.mention)) return found
  // A run of capitals is a heading ("COUNCIL HAS QUESTIONED HIM"), not a name.
  if (/^[\p{Lu}\s'’.-]+$/u.test(found.mention) && found.mention.split(/\s+/).length >= 3)
    return null
  // "the North Korean crisis and": a noun phrase that runs into a conjunction is not a subject.
  if (/\s(?:and|or|but|nor)$/.test(found.mention)) return null
  // "Hale’s patience through what she" is a possessive noun phrase running into a clause.
  if (
    /^\p{Lu}/u.test(found.mention) &&
    !/^(?:The|A|An|His|Her|Its)\s|^[\p{Lu}][\p{L}]*['’]s\s/u.test(found.mention)
  )
    return found
  const rest = found.mention.split(/\s+/).slice(1)
  // (An adverb in "-ly" runs into a clause; "family", "assembly", "ally" are nouns.)
  return rest.some((w) => FUNCTION_WORDS.has(w) || (/ly$/.test(w) && !LY_NOUNS.test(w)))
    ? null
    : found
}

export function cleanMention(raw: string): string {
  // "the Swede", "the Winnipeg native": a person described by where they come from, not a name.
  const origin = ORIGIN.exec(raw.trim())
  if (origin && (/\s|-born$/.test(origin[1]!) || isOriginNoun(origin[1]!.toLowerCase())))
    return `the ${origin[1]!}`
  const text = raw
    .replace(/^(?:But|And|So|Yet|Still|Now|Then)\s+(?=\p{Lu}|(?:he|she|they|it|we|I)$)/u, '')
    .replace(/[.,;:]+$/, '')
    .trim()
  // "said Ann Roe of the fishers' association": a name never ends in its connectors.
  const named = !/\s(?:of|the|de|van|von|der|den|del|bin|al)$/.test(text)
    ? text
    : text.replace(
        /^(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)+)(?:\s+(?:of|the|de|van|von|der|den|del|bin|al))+$/u,
        '$1'
      )
  // "the Marlow County Democrat" describes a person by party: it keeps its article (no one's name).
  if (PARTY_DESCRIPTION.test(named)) return named.replace(/^\S+/, 'the')
  return named
    .replace(/^(?:The|A|An|the)\s+(?=\p{Lu})/u, '')
    .replace(/[.,;:]+$/, '')
    .replace(/['’]s$/, '')
    .trim()
}

/** The last sentence of the paragraph before `offset`, when it leads into a quote ("X said:"). */
export function leadIn(text: string, paraStart: number): string {
  if (paraStart < 2) return ''
  const prevEnd = text.lastIndexOf('\n', paraStart - 1)
  let end = prevEnd
  while (end > 0 && /\s/.test(text[end - 1]!)) end--
  if (end <= 0 || !/[:,]$/.test(text.slice(end - 1, end))) return ''
  const from = Math.max(0, end - 300)
  return text.slice(from, end - 1)
}
