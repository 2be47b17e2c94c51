/**
 * @module The extraction lexicon, one place for every word list the extractors read: the English
 * lists (named sets, as the English stages always read them) and, per language, what the language
 * adds (`lexiconFor`). A language's lexicon joins its own lists to the English ones, so names and
 * places known in English stay known.
 */
import {
  CONNECTORS,
  CUE_VERBS,
  FUNCTION_WORDS,
  GIVEN_NAMES,
  LOCATIVE,
  ORG_WORDS,
  PLACES,
  TITLES,
} from './en'
import { CHINESE, JAPANESE } from './cjk'
import { GERMAN } from './de'
import { SPANISH } from './es'
import { FRENCH } from './fr'
import { ITALIAN } from './it'
import { PORTUGUESE } from './pt'
import type { LanguageWords, Lexicon } from './types'

export * from './en'
export type { EntityWords, LanguageWords, Lexicon } from './types'

/** The English lexicon: the very sets the English stages read, so English results never move. */
export const ENGLISH: Lexicon = {
  language: 'en',
  words: null,
  functionWords: FUNCTION_WORDS,
  titles: TITLES,
  givenNames: GIVEN_NAMES,
  connectors: CONNECTORS,
  places: PLACES,
  orgWords: ORG_WORDS,
  locatives: LOCATIVE,
  cueVerbs: CUE_VERBS,
}

const LANGUAGES: Record<string, LanguageWords> = {
  fr: FRENCH,
  de: GERMAN,
  es: SPANISH,
  it: ITALIAN,
  pt: PORTUGUESE,
  ja: JAPANESE,
  zh: CHINESE,
}

/** Languages with their own extraction rules (quotation marks, cues, titles, dates). */
export const EXTRACTION_LANGUAGES: readonly string[] = Object.keys(LANGUAGES)

const joined = (english: ReadonlySet<string>, ...lists: (readonly string[])[]) =>
  new Set([...english, ...lists.flat()])

/** A set of titles that also holds every word with one of `endings` ("Verkehrsstadträtin"). */
class TitleSet extends Set<string> {
  constructor(
    words: Iterable<string>,
    private readonly endings: RegExp
  ) {
    super(words)
  }

  override has(word: string): boolean {
    return super.has(word) || this.endings.test(word)
  }
}

const cache = new Map<string, Lexicon>()

/**
 * The lexicon for a language code (`fr`, `de-AT` …): English for English, unknown or missing codes.
 *
 * @example
 * lexiconFor('fr').titles.has('mme') // true
 * lexiconFor('en') === ENGLISH // true
 */
export function lexiconFor(language: string | null | undefined): Lexicon {
  const code = (language ?? '').toLowerCase().split(/[-_]/)[0]!
  const words = LANGUAGES[code]
  if (!words) return ENGLISH
  let lexicon = cache.get(code)
  if (!lexicon) {
    const names = [...words.femaleNames, ...words.maleNames]
    lexicon = {
      language: code,
      words,
      functionWords: joined(FUNCTION_WORDS, words.functionWords),
      titles: words.titleEndings
        ? new TitleSet(joined(TITLES, words.titles), words.titleEndings)
        : joined(TITLES, words.titles),
      givenNames: joined(GIVEN_NAMES, names),
      connectors: joined(CONNECTORS, words.particles),
      places: joined(PLACES, words.places),
      orgWords: joined(ORG_WORDS, words.orgWords),
      locatives: joined(LOCATIVE, words.locatives),
      cueVerbs: joined(CUE_VERBS, words.reportingVerbs),
    }
    cache.set(code, lexicon)
  }
  return lexicon
}

/** Month numbers (1–12) by every language's month names and abbreviations, lower case. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  Object.values(LANGUAGES).flatMap((w) =>
    w.months.flatMap((names, i) => names.map((n) => [n, i + 1] as const))
  )
)
