/** @module Japanese and Chinese: corner-bracket quotation marks (speakers are not credited yet). */
import type { LanguageWords } from './types'

const NONE: readonly string[] = []

function cornerBrackets(language: string): LanguageWords {
  return {
    language,
    quoteMarks: [
      ['「', '」'],
      ['『', '』'],
      ['“', '”'],
    ],
    dialogueDash: false,
    reportingVerbs: NONE,
    auxiliaries: NONE,
    accordingTo: NONE,
    pronouns: { male: NONE, female: NONE, plural: NONE },
    titles: NONE,
    femaleMarkers: NONE,
    maleMarkers: NONE,
    particles: NONE,
    functionWords: NONE,
    femaleNames: NONE,
    maleNames: NONE,
    places: NONE,
    locatives: NONE,
    orgWords: NONE,
    months: [],
  }
}

/** Japanese: 「…」 and 『…』 (a quote inside a quote). */
export const JAPANESE = cornerBrackets('ja')
/** Chinese: 「…」 and 『…』 (Taiwan, Hong Kong) and “…” (mainland). */
export const CHINESE = cornerBrackets('zh')
