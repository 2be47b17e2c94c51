/**
 * @module Language detection on text: the script of the letters decides for most languages
 * (Arabic, Hebrew, Greek, Chinese, Japanese, Korean, Thai...), profiles of frequent function words
 * (and a few telltale letters) decide between the Latin-script and Cyrillic-script languages.
 */

export { RTL_LANGUAGES, languageDirection } from '../domain/scripts'

// Frequent function words (and a few reporting verbs) per language, chosen for this module. A word
// may sit in several lists; the telltale letters below break ties between close neighbours.
const WORDS: Record<string, string> = {
  en: `the of and to in is that for it was on with he she as at by said his her from have has be
    are were this they but not an or will which their who its been had would we more after also
    than about over into when there what says told our new all can out first`,
  fr: `le la les de des du un une et est en que qui dans pour pas sur au aux avec par ce cette il
    elle ils elles ne se sont été plus ont mais ou son sa ses nous vous je leur selon aussi
    comme fait être déclaré dit était très encore sans sous entre vers leurs depuis`,
  de: `der die das und ist nicht mit den dem des ein eine einen einem zu sich auf für von im sind
    wird werden wurde hat haben auch als nach bei aus wir ich er sie es noch nur sagte oder aber
    wie über vor dass sei war am an um zum zur beim vom neue neuen mehr kein keine heute bleiben
    bleibt`,
  es: `el la los las de del y en que por una un para con es se no su sus al lo como más pero fue ha
    han dijo este esta según sobre también entre cuando muy ya desde hasta fueron está le nos
    otro otra porque sin hay durante`,
  it: `il lo la gli le di del della dei delle che e è per una un con non sono nel nella al alla da
    anche come ma più ha hanno si questo questa detto secondo dopo stato essere degli sulla nei
    sul ancora senza perché tra anni durante`,
  pt: `o a os as de do da dos das e em no na nos nas um uma para com não que por se mais foi são ao
    à como mas seu sua também disse pelo pela ele ela está já foram seus suas sem há pelos
    durante`,
  nl: `de het een en van is dat op te niet met zijn voor ook er aan in die als bij door maar om nog
    naar dan wordt werd heeft hebben zei ze hij wij we deze meer wel geen nieuwe moet kan al of
    tot uit`,
  sv: `och att det som en är av för på med till den har inte om ett var de jag sade men från`,
  pl: `i w na z się nie że do to jest jak o po ale od przez był jego już oraz powiedział`,
  tr: `ve bir bu da de için ile çok olarak daha ama gibi olan en ki değil dedi`,
  ru: `и в не на что с по как это он она они из за от к но о так для его бы же было был уже или
    сказал заявил также`,
  uk: `і в не на що з по як це він вона вони із за від до але так для його був вже або сказав
    також`,
}

// Letters and letter groups that occur in one or two of the languages above, rarely in others.
const LETTERS: Record<string, RegExp> = {
  en: /\b(?:\w+ing|th\w*|\w+ly)\b/gu,
  de: /[äöüß]|sch|\w+(?:ung|keit|lich)\b/gu,
  fr: /[èêàùçœëî«»]|\w+(?:eau|aux)\b|\b[ldjqs]['’]/gu,
  es: /[ñ¿¡]|\w+(?:ción|ciones|ía)\b|ll/gu,
  pt: /[ãõ]|\w+(?:ção|ções)\b|nh|lh/gu,
  it: /[òì]|\w+(?:zione|zioni|tt[aeio]|ch[ei])\b|gli\b/gu,
  pl: /[łąęśźżćń]|cz|sz|rz/gu,
  sv: /[åäö]/gu,
  tr: /[şğı]/gu,
  nl: /ij|aa|uu|oe\w|\bvan de\b/gu,
  ru: /[ыэъё]/gu,
  uk: /[іїєґ]/gu,
}

const INDEX = new Map<string, string[]>()
for (const [lang, list] of Object.entries(WORDS)) {
  for (const word of new Set(list.split(/\s+/))) {
    if (word) INDEX.set(word, [...(INDEX.get(word) ?? []), lang])
  }
}

// Scripts that name one language on their own (the first match in text order of this list wins).
const SCRIPT_LANGUAGE: [RegExp, string][] = [
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Tamil}/u, 'ta'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Ethiopic}/u, 'am'],
  [/\p{Script=Khmer}/u, 'km'],
  [/\p{Script=Lao}/u, 'lo'],
  [/\p{Script=Myanmar}/u, 'my'],
]

/** How far into a text detection reads (characters): plenty for any language signal. */
// Bounded and anchored, so text without spaces (Chinese, Japanese) cannot make it backtrack.
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,63}/giu
const SAMPLE = 20_000

/**
 * The primary language of a text (a BCP 47 primary subtag), or `fallback` when the text gives no
 * clear signal. Covers en, fr, de, es, it, pt, nl, sv, pl, tr, ru, uk, ar, fa, ur, he, el, zh, ja,
 * ko, th, hi and a few more scripts.
 *
 * @example
 * detectLanguage('„Wir werden das prüfen“, sagte Angela Weber') // 'de'
 * detectLanguage('東京で初雪が観測された') // 'ja'
 */
export function detectLanguage(text: string, fallback = 'en'): string {
  // Addresses are not prose: a story full of links is still in its own language.
  const sample = text.slice(0, SAMPLE).normalize('NFC').replace(ADDRESS, ' ')
  const counts = countScripts(sample)
  if (Object.values(counts).every((n) => n === 0)) return fallback
  const [script] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!
  switch (script) {
    case 'kana':
      return 'ja'
    case 'cjk':
      // Japanese mixes kana into kanji text; even a headline has a particle or two.
      return counts.kana >= Math.max(0.5, counts.cjk * 0.05) ? 'ja' : 'zh'
    case 'arabic':
      return arabicLanguage(sample)
    case 'other':
      for (const [re, lang] of SCRIPT_LANGUAGE) if (re.test(sample)) return lang
      return fallback
    default:
      const candidates = script === 'cyrillic' ? ['ru', 'uk'] : LATIN_LANGUAGES
      return byWords(sample.toLowerCase(), candidates, fallback)
  }
}

const LATIN_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'sv', 'pl', 'tr']

type ScriptCounts = Record<'latin' | 'cyrillic' | 'arabic' | 'cjk' | 'kana' | 'other', number>

const LETTER_RUN = /\p{L}+/gu
const KANA_OR_HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u
const HAN = /\p{Script=Han}/u
const LATIN = /\p{Script=Latin}/u
const CYRILLIC = /\p{Script=Cyrillic}/u
const ARABIC = /\p{Script=Arabic}/u

/** Letters all below U+0250 (Basic Latin to Latin Extended-B, bar the micro sign): Latin script. */
function plainLatin(run: string): boolean {
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i)
    if (c >= 0x250 || c === 0xb5) return false
  }
  return true
}

// Weighs scripts by words, not letters: a word of a spaced script counts 1, a character of Chinese
// or Japanese (written without spaces) half, so one unbroken word cannot outvote a whole story.
function countScripts(text: string): ScriptCounts {
  const counts = { latin: 0, cyrillic: 0, arabic: 0, cjk: 0, kana: 0, other: 0 }
  LETTER_RUN.lastIndex = 0
  for (let m = LETTER_RUN.exec(text); m; m = LETTER_RUN.exec(text)) {
    const run = m[0]
    // Most words of most stories: no Unicode property lookups needed.
    if (plainLatin(run)) counts.latin += 1
    else if (KANA_OR_HAN.test(run)) {
      for (const ch of run) {
        if (KANA.test(ch)) counts.kana += 0.5
        else if (HAN.test(ch)) counts.cjk += 0.5
      }
    } else if (LATIN.test(run)) counts.latin += 1
    else if (CYRILLIC.test(run)) counts.cyrillic += 1
    else if (ARABIC.test(run)) counts.arabic += 1
    else counts.other += 1
  }
  return counts
}

/** Arabic, Persian or Urdu, from the letters each adds to the Arabic alphabet. */
function arabicLanguage(text: string): string {
  const urdu = text.match(/[\u0679\u0688\u0691\u06ba\u06be\u06d2]/gu)?.length ?? 0
  const persian = text.match(/[\u067e\u0686\u0698\u06af\u06a9\u06cc]/gu)?.length ?? 0
  const arabic = text.match(/[\u0629\u064a\u0643\u0649]/gu)?.length ?? 0
  if (urdu >= 2 && urdu * 2 >= arabic) return 'ur'
  if (persian > arabic) return 'fa'
  return 'ar'
}

/** The language whose function words (and telltale letters) the text uses most. */
function byWords(text: string, candidates: readonly string[], fallback: string): string {
  const scores = new Map<string, number>(candidates.map((lang) => [lang, 0]))
  let seen = 0
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    for (const lang of INDEX.get(word) ?? []) {
      const score = scores.get(lang)
      if (score !== undefined) scores.set(lang, score + 1)
    }
    if (++seen >= 3000) break
  }
  const head = text.slice(0, 2000)
  for (const lang of candidates) {
    // Telltale letters settle short texts; in long ones the function words have long decided.
    const hits = LETTERS[lang] ? (head.match(LETTERS[lang]!)?.length ?? 0) : 0
    scores.set(lang, scores.get(lang)! + Math.min(hits, 6) * 0.5)
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1])
  const [best, second] = ranked
  if (!best || best[1] < 1) return candidates.includes(fallback) ? fallback : candidates[0]!
  if (second && second[1] === best[1]) {
    return best[0] === fallback || second[0] === fallback ? fallback : best[0]
  }
  return best[0]
}
