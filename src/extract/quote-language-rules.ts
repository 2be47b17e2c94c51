/**
 * @module The quotation rules of one language, built once from its lexicon: which marks pair, and
 * the regexes that find a credit after a quote ("…», a déclaré X", "…“, sagte sie", "…», selon X")
 * or before it ("X a déclaré : « … »"). Each regex is anchored or runs on a bounded slice.
 */
import { lexiconFor, type LanguageWords, type Lexicon } from './lexicon'
import { markPairs, type MarkPairs } from './quote-marks'

export type Gender = 'female' | 'male'

/** A language's quotation rules. */
export interface QuoteRules {
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
  /** "…», soupire Chantal Meunier", "…», glisse-t-elle": a verb the lexicon lacks, then a name. */
  unknownVerb: RegExp
  /** A reporting verb opening reported speech ("a déclaré que", "sagte, dass", "ha detto che"). */
  reported: RegExp
  /** A sentence opening on a source ("Selon Mme Dubois, …", "Secondo il sindaco, …"). */
  according: RegExp
  /** A sentence opening on whose view follows ("Pour la maire, Claire Dubois, « … »"). */
  viewpoint: RegExp
  female: Set<string>
  male: Set<string>
  pronouns: Map<string, Gender | null>
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const NEVER = '(?!)'
const alternation = (words: readonly string[]) =>
  words.length === 0
    ? NEVER
    : [...words]
        .sort((a, b) => b.length - a.length)
        .map(escape)
        .join('|')
const withCapitals = (words: readonly string[]) => [
  ...words,
  ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
]

/** A capitalised word of a name ("Dupont", "d'Alembert"). */
const CAP = String.raw`(?:[dD]['’])?\p{Lu}[\p{L}\p{M}'’-]*`
/** An abbreviated title before a name ("M.", "Dr.", "Sra.", "Dott.ssa", "Sig.ra"). */
export const ABBREVIATION = String.raw`\p{Lu}\p{Ll}{0,3}\.(?:\p{Ll}{2,3}\.?)?`
/** What may follow a cue in the same clause. */
const CLAUSE = String.raw`[^,;:!?\n—–]{0,120}`

const cache = new Map<string, QuoteRules | null>()

/**
 * The quotation rules for `language`, or null for English and languages without rules of their own.
 *
 * @example
 * quoteRulesFor('fr')?.pairs.get('«') // ['»']
 */
export function quoteRulesFor(language: string | null | undefined): QuoteRules | null {
  const lex = lexiconFor(language)
  const words = lex.words
  if (!words) return null
  const cached = cache.get(lex.language)
  if (cached !== undefined) return cached
  const verbs = alternation(words.reportingVerbs)
  const auxiliary = alternation(words.auxiliaries)
  const aux = words.auxiliaries.length > 0 ? `(?:(?:${auxiliary})\\s+)?` : ''
  const according = alternation(withCapitals(words.accordingTo))
  const pronoun = alternation(
    withCapitals([...words.pronouns.male, ...words.pronouns.female, ...words.pronouns.plural])
  )
  const particles = alternation(words.particles.filter((p) => !/['’]$/.test(p)))
  // Particles join a given name to its surname ("Heinrich von Stetten", "Maria do Carmo Lopes");
  // after a surname they lead to a place or an organisation ("Keller von der Bahn").
  const name =
    String.raw`(?:${ABBREVIATION}\s*)?${CAP}(?:\s+(?:(?:${particles})\s+){1,2}${CAP})?` +
    String.raw`(?:\s+${CAP}){0,3}`
  const after = [
    String.raw`(?:${auxiliary})-t-(?<p1>${pronoun})\s+(?<v1>${verbs})`,
    String.raw`(?<v2>${verbs})(?:-t)?-(?<p2>${pronoun})(?![\p{L}])`,
    String.raw`(?:(?:si|se|s['’])\s*)?${aux}(?<v3>${verbs})(?![\p{L}-])(?<rest>${CLAUSE})`,
    String.raw`(?<v4>${according})\s+(?<rest2>${CLAUSE})`,
    String.raw`(?<subj>${name})\s+${aux}(?<v5>${verbs})(?![\p{L}])`,
  ]
  const thatWords = words.complementisers ?? []
  const that = thatWords.length
    ? thatWords.map((w) => (/['’]$/.test(w) ? escape(w) : `${escape(w)}(?![\\p{L}])`)).join('|')
    : NEVER
  // "so" opens too many German sentences to stand for a source there.
  const sources = alternation(withCapitals(words.accordingTo.filter((w) => w !== 'so')))
  const rules: QuoteRules = {
    lex,
    words,
    pairs: markPairs(words.quoteMarks),
    after: new RegExp(String.raw`^[\s,.;:!?…]*(?:[—–]\s*)?(?:${after.join('|')})`, 'u'),
    cue: new RegExp(String.raw`(?<![\p{L}])(?:${aux}(?:${verbs})|${according})(?![\p{L}])`, 'gu'),
    subjectBefore: new RegExp(
      String.raw`(?<![\p{L}])(${pronoun}|${name})` +
        String.raw`(?:,\s+[^\p{Lu},][^,]{0,80})?,?\s+(?:\p{Ll}+\s+){0,2}$`,
      'u'
    ),
    unknownVerb: new RegExp(
      String.raw`^[\s,]*(?<verb>\p{Ll}[\p{L}-]{2,20}?)(?:-t)?` +
        String.raw`(?:-(?<pron>${pronoun})(?![\p{L}])|\s+(?<name>${name})(?=\s*(?:[,.;:!?]|$)))`,
      'u'
    ),
    reported: new RegExp(
      // One word may come between: an adverb ("a déclaré hier que", "dijo ayer que") or a
      // separable particle ("kündigte an, dass", "teilte mit, dass").
      String.raw`(?<![\p{L}])(?<verb>${aux}(?:${verbs}))(?:\s+\p{Ll}{2,8})?(?:\s*,)?\s+(?:${that})\s*`,
      'gu'
    ),
    according: new RegExp(String.raw`^(?:${sources})\s+[^,.;:!?\n]{2,80},\s*`, 'u'),
    viewpoint: new RegExp(
      String.raw`^\s*(${alternation(withCapitals(words.viewpoint ?? []))})\s+` +
        String.raw`([^,.;:!?\n«»“”„"]{2,80},(?:\s*[^,.;:!?\n«»“”„"]{2,40},)?)\s*$`,
      'u'
    ),
    runs: new RegExp(String.raw`(?<![\p{L}])${name}`, 'gu'),
    // "—dijo el jefe de bomberos, Marcos Ibarra—.": a dash may close the incise.
    apposition: new RegExp(String.raw`^[^,.;:!?\n]{0,120},\s*(${name})(?=\s*[,.;:!?\n—–]|$)`, 'u'),
    nameAfter: new RegExp(
      String.raw`^\s+(?:(?<pron>${pronoun})(?![\p{L}])|` +
        String.raw`(?:[\p{Ll}'’-]+\s+){0,5}?(?<name>${name}))`,
      'u'
    ),
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

/** The gender a title or article marks ("Mme", "la", "Verkehrsstadträtin"), or null. */
export function markerGender(word: string, rules: QuoteRules): Gender | null {
  if (rules.female.has(word)) return 'female'
  if (rules.male.has(word)) return 'male'
  const endings = rules.words.titleEndings
  return endings?.test(word) ? (/in$/.test(word) ? 'female' : 'male') : null
}
