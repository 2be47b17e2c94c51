/**
 * @module Slugs for every script: ASCII for Latin, Greek and Cyrillic headlines, Unicode words
 * (sent as percent-encoded IRIs) for scripts without one standard transliteration, never empty.
 */
import { BIDI_CONTROLS, UKRAINIAN_LETTERS, mixesScripts, scriptRuns } from './scripts'
import { transliterate, unspoof } from './scripts'

/** Longest slug anyone may set, in characters (code points). */
export const SLUG_MAX = 120

const SLUG_WORD_SOURCE = '[\\p{Ll}\\p{Lo}\\p{Lm}\\p{N}][\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{N}]*'

/** A slug: lower-case letters (any script, with marks) and digits, words joined by hyphens. */
export const SLUG_RE = new RegExp(`^${SLUG_WORD_SOURCE}(?:-${SLUG_WORD_SOURCE})*$`, 'u')

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu
const SLUG_WORD = new RegExp(SLUG_WORD_SOURCE, 'gu')
// Arabic and Hebrew vowel points and the Arabic tatweel: optional in writing, never in a slug.
const OPTIONAL_MARKS = /[\u0591-\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed]/gu

/**
 * Turns any text into a slug. Latin, Greek and Cyrillic are spelled in ASCII; other scripts
 * keep their letters (lower-cased, NFC). At most `max` characters, never cutting a letter from its
 * marks; when nothing is left (emoji, punctuation) a short stable hash of the text. A word mixing
 * Latin with Cyrillic or Greek lookalikes is read as the Latin word it imitates. Idempotent: a slug
 * it made comes back unchanged.
 *
 * @example
 * slugify('Tromsø and Łódź: Straße') // 'tromso-and-lodz-strasse'
 * slugify('Путин встретился с Си Цзиньпином') // 'putin-vstretilsia-s-si-tszinpinom'
 * slugify('東京で初雪') // '東京で初雪'
 */
export function slugify(text: string, max = 80): string {
  const clean = text.normalize('NFKC').toLowerCase().replace(OPTIONAL_MARKS, '')
  const ukrainian = UKRAINIAN_LETTERS.test(clean)
  const words = (clean.match(WORD) ?? []).flatMap((word) =>
    scriptRuns(transliterate(unspoof(word), ukrainian).toLowerCase())
  )
  const joined = (words.join(' ').normalize('NFC').match(SLUG_WORD) ?? []).join('-')
  const slug = truncate(joined, max).replace(/-+$/, '')
  return slug || hashSlug(text)
}

/**
 * `base` with a suffix that makes it unique, still within the slug length: for a second story with
 * the same headline.
 *
 * @example
 * suffixSlug('東京で初雪', 'a1b2c3') // '東京で初雪-a1b2c3'
 */
export function suffixSlug(base: string, suffix: string, max = 80): string {
  const room = max - [...suffix].length - 1
  return `${truncate(base, room).replace(/-+$/, '')}-${suffix}`
}

/**
 * Why a slug someone chose is refused, or null when it is fine: bidirectional controls, words
 * that mix scripts (a spoofing pattern), upper case, or characters other than letters, digits and
 * hyphens.
 */
export function slugProblem(slug: string): string | null {
  if (BIDI_CONTROLS.test(slug)) return 'must not contain bidirectional control characters'
  if ([...slug].length > SLUG_MAX) return `at most ${SLUG_MAX} characters`
  if (slug !== slug.normalize('NFC')) return 'must be in Unicode normalization form C'
  if (!SLUG_RE.test(slug)) return 'lower-case letters, digits and single hyphens'
  if (slug.split('-').some(mixesScripts)) {
    return 'each word must use a single script (mixed scripts can spoof another slug)'
  }
  return null
}

/** The first `max` characters, backing off so that no letter is split from its combining marks. */
function truncate(text: string, max: number): string {
  const chars = [...text]
  if (chars.length <= max) return text
  let end = max
  while (end > 0 && /\p{M}/u.test(chars[end]!)) end -= 1
  return chars.slice(0, end).join('')
}

/** FNV-1a over the text's UTF-16 units, in base 36: the same text always gives the same slug. */
function hashSlug(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `s-${hash.toString(36).padStart(7, '0')}`
}
