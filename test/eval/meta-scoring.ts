/**
 * @module Scoring of page metadata against WCXB gold, shared by the extraction evaluation and the
 * metadata diagnostic: headline equal after folding case and white space, byline equal as a set of
 * names, date equal to the day (or to the month when the gold gives only a month).
 */
import { parseDate } from '../../src/extract/text'

/** One WCXB dev page's gold. */
export interface Gold {
  id: string
  url: string
  title: string
  author: string | null
  publish_date: string | null
  main_content: string
  with: string[]
  without: string[]
}

/** Accents folded, lower-cased, white space collapsed. */
export const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

/** Post-nominal letters ("MD", "E-RYT 200", "Ph.D.", "VTS (Behavior)"): capitals, digits, dots. */
const LETTERS = String.raw`\p{Lu}[\p{Lu}\d.-]*|\d+|\(.*\)`
const CREDENTIAL = new RegExp(
  String.raw`^(?:${LETTERS}|\p{Lu}\p{Ll}\.\p{Lu}\.?)(?:\s+(?:${LETTERS}))*$`,
  'u'
)
/**
 * A byline as a set of names: split on `,` `;` `&` `and`, "By " dropped, accents folded.
 * Post-nominal letters after a name ("Jane Roe, MD", "Jane Roe, MS, RD") credit the same person, so
 * they are not counted as further names (when a name remains). Recognised by their shape alone
 * (capitals, digits, dots): no list of job titles, which could only be a list of the titles some
 * pages happen to use.
 */
export function nameSet(text: string, strict = false): Set<string> {
  const parts = text
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|;|&|\band\b)\s*/)
    .map((s) => s.replace(/^by\s+/i, '').trim())
    .filter(Boolean)
  const names = strict ? parts : parts.filter((p) => !CREDENTIAL.test(p))
  return new Set((names.length > 0 ? names : parts).map(fold))
}

const sameSet = (a: Set<string>, b: Set<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x))

/**
 * Typography folded as well: curly and straight quote marks, dashes and a double hyphen are one
 * mark each, and Markdown emphasis (`*…*`) left in the gold is not part of the title. The same
 * headline set with other quote marks is the same headline (the gold uses both spellings for pages
 * that show one).
 */
export const foldTypography = (text: string) =>
  fold(text)
    .replace(/[‘’‛′`´]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s*(?:--|[–—―])\s*/g, (m) => (m.trim() === m ? '-' : ' - '))
    .replace(/(^|\s)\*+([^*]+?)\*+(?=\s|$)/g, '$1$2')

/** Whether the extracted headline matches the gold title (case, white space, typography folded). */
export const headlineMatches = (ours: string | null, gold: string, strict = false) =>
  !!ours && (strict ? fold(ours) === fold(gold) : foldTypography(ours) === foldTypography(gold))

/** Whether the bylines match the gold author as a set of names (`strict`: credentials count). */
export const bylineMatches = (ours: string[], gold: string, strict = false) =>
  sameSet(nameSet(ours.join(', '), strict), nameSet(gold, strict))

/**
 * Whether the extracted date matches the gold date: the same day, or the same month when the gold
 * states only a month ("2031-03"), which no day can equal.
 */
export function dateMatches(ours: string | null, gold: string): boolean {
  const day = ours ? parseDate(ours)?.slice(0, 10) : undefined
  if (!day) return false
  const precision = /^\d{4}-\d{2}$/.test(gold.trim()) ? 7 : 10
  return day.slice(0, precision) === gold.trim().slice(0, precision)
}

/**
 * The half of WCXB dev a page belongs to: FNV-1a of its file name, even → A (rules are tuned on
 * A's errors), odd → B (the check that a rule carries to pages nobody looked at).
 */
export function halfOf(id: string): 'A' | 'B' {
  const file = `${id}.html.gz`
  let h = 0x811c9dc5
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193) >>> 0
  return h % 2 === 0 ? 'A' : 'B'
}
