/**
 * @module Text helpers shared by every stage: white space, paragraphs, sentences with offsets, word
 * counts and dates. Every regex here is linear-time.
 */
import { ABBREVIATIONS, MONTHS, MONTH_NUMBERS } from './lexicon'

/** Collapses runs of white space (not newlines) and trims. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim()
}

/**
 * Splits raw copy into paragraphs: blank lines separate them; single newlines inside one are kept
 * as spaces.
 */
export function splitParagraphs(text: string): string[] {
  // Soft hyphens, word joiners and byte-order marks pasted from web pages and word processors are
  // invisible, but split a name ("Brenn\u00adick") for every pattern after.
  const normalized = text.replace(/\r\n?/g, '\n').replace(/[\u00ad\u2060\ufeff]/g, '')
  const blocks = normalized.split(/\n[ \t\u00a0]*\n/)
  // Copy with no blank lines at all: every line is a paragraph, unless the copy is hard-wrapped
  // with indented first lines (a typescript's or a wire's plain text), where only an indented
  // line starts one.
  const lines = blocks.length === 1 && normalized.includes('\n') ? normalized.split('\n') : null
  const parts = lines ? (indentedParagraphs(lines) ?? unwrapped(lines)) : blocks
  return parts.map(squash).filter((p) => p.length > 0)
}

/**
 * Paragraphs of hard-wrapped copy whose paragraphs open with an indent: at least two indented
 * lines of words and two flush ones after the first line (a headline stays flush), else null. A
 * flush line continues the line above only when that one is long, as a wrapped line is (a list's
 * short indented items do not swallow the paragraph after them).
 *
 * @example
 * const wrapped = '  A line of the story long enough to be wrapped at the typist’s'
 * indentedParagraphs(['Head', wrapped, 'margin here.', '  B.', 'C'])
 * // ['Head', `${wrapped}\nmargin here.`, '  B.', 'C']
 */
function indentedParagraphs(lines: string[]): string[] | null {
  const indent = /^[ \t\u00a0]+[\p{L}\p{N}"“‘'(]/u
  let indented = 0
  let flush = 0
  for (let i = 1; i < lines.length; i++) {
    if (indent.test(lines[i]!)) indented++
    else if (/^\S/.test(lines[i]!)) flush++
  }
  if (indented < 2 || flush < 2) return null
  const out: string[] = []
  for (const [i, line] of lines.entries()) {
    const above = i > 1 ? lines[i - 1]!.trim() : ''
    if (i > 1 && /^\S/.test(line) && above.length >= 40) out[out.length - 1] += `\n${line}`
    else out.push(line)
  }
  return out
}

/**
 * Lines of copy with no blank lines, with a hard wrap undone: a line that starts in lower case
 * goes on from a long line above that ends with no sentence's punctuation ("… cannot hold them
 * any" then "longer,” said …"); a paragraph never opens so.
 *
 * @example
 * const wrapped = 'We have held prices for six years and cannot hold them any'
 * unwrapped([wrapped, 'longer.', 'Next.']) // [`${wrapped}\nlonger.`, 'Next.']
 */
function unwrapped(lines: string[]): string[] {
  const out: string[] = []
  for (const [i, line] of lines.entries()) {
    const above = i > 0 ? lines[i - 1]!.trim() : ''
    if (above.length >= 50 && !/[.!?:;"”’)\]]$/.test(above) && /^\p{Ll}/u.test(line))
      out[out.length - 1] += `\n${line}`
    else out.push(line)
  }
  return out
}

/** A sentence as a span of some text. */
export interface Span {
  start: number
  end: number
}

/**
 * Sentence spans of `text`: ends at . ! ? (plus closing quotes/brackets) followed by white space
 * and a capital, digit or opening quote, skipping common abbreviations and initials; newlines
 * always end one.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  // The lookbehind makes a run of marks start only once, so "......" stays linear.
  const re = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])|\n+/gu
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length
    if (m[0][0] === '.') {
      const before = text.slice(Math.max(start, m.index - 6), m.index)
      const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? ''
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue
      // "MARROW BAY, N.S. (CP) — The …": a wire's credit and dash after a dateline's
      // abbreviation continue the sentence.
      if (WIRE_CREDIT_AFTER.test(text.slice(end, end + 40))) continue
    }
    pushTrimmed(text, start, end, spans)
    start = end
  }
  pushTrimmed(text, start, text.length, spans)
  return spans
}

/** A wire service's credit in brackets, then a dash: "(CP) —", "(Reuters) -". */
const WIRE_CREDIT_AFTER = /^\s+\([^()\n]{1,24}\)\s*(?:—|–|--?)\s/

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  if (end > start) out.push({ start, end })
}

/** Words as WCXB counts them (`\w+`-like, Unicode aware). */
export function countWords(text: string): number {
  let n = 0
  const re = /[\p{L}\p{N}_]+(?:['’][\p{L}]+)*/gu
  while (re.exec(text)) n++
  return n
}

/**
 * Reads a date the way newsrooms write it and returns `YYYY-MM-DD` (or a full ISO timestamp when
 * one was given). Accepts ISO, "September 15, 2022", "15 September 2022", "2022/09/15", "Sept. 15,
 * 2022", and day-first dates in French, German, Spanish, Italian and Portuguese ("3 décembre
 * 2026").
 */
export function parseDate(raw: string): string | null {
  const text = raw.slice(0, 200)
  const iso =
    /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(
      text
    )
  if (iso) {
    if (iso[4] && iso[7]) {
      // Keep the publisher's own offset: the calendar day is the one the page states.
      const zone =
        iso[7] === 'Z'
          ? 'Z'
          : iso[7].length === 5
            ? `${iso[7].slice(0, 3)}:${iso[7].slice(3)}`
            : iso[7]
      const stamp = `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${zone}`
      if (Number.isFinite(Date.parse(stamp))) return stamp
    }
    return validDay(+iso[1]!, +iso[2]!, +iso[3]!)
  }
  const slash = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(text)
  if (slash) return validDay(+slash[1]!, +slash[2]!, +slash[3]!)
  // Chinese and Japanese "2031年3月4日", Korean "2031년 3월 4일" and "2031. 3. 4.".
  const east =
    /(\d{4}) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일]|\b(\d{4})\. (\d{1,2})\. (\d{1,2})\./.exec(
      text
    )
  if (east) return validDay(+(east[1] ?? east[4])!, +(east[2] ?? east[5])!, +(east[3] ?? east[6])!)
  const mdy = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(text)
  if (mdy) {
    const month = MONTHS.indexOf(mdy[1]!.slice(0, 3).toLowerCase())
    if (month >= 0) return validDay(+mdy[3]!, month + 1, +mdy[2]!)
  }
  // "4 March 2031", "4th of March, 2031", and "04-Mar-2031" (the form of many databases).
  const dmy =
    /\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?([A-Za-z]{3,9})\.?,? (\d{4})\b|\b(\d{1,2})-(\p{L}{3,10})\.?-(\d{4})\b/u.exec(
      text
    )
  if (dmy) {
    const [day, name, year] = dmy[1] ? [dmy[1], dmy[2]!, dmy[3]!] : [dmy[4]!, dmy[5]!, dmy[6]!]
    const month = MONTHS.indexOf(name.slice(0, 3).toLowerCase())
    if (month >= 0) return validDay(+year, month + 1, +day)
    // "04-ago-2031", "04-okt-2031": the dashed form with the month in the page's language.
    const other = MONTH_NUMBERS.get(name.toLowerCase()) ?? NORTHERN_MONTHS.get(name.toLowerCase())
    if (other) return validDay(+year, other, +day)
  }
  return europeanDate(text)
}

/**
 * Day-first dates with the month named in French, German, Spanish, Italian, Portuguese, Dutch or a
 * Scandinavian language: "3 décembre 2026", "1er mai 2026", "3. Dezember 2026", "3 de diciembre de
 * 2026", "3 maart 2026".
 */
const EUROPEAN_DATE =
  /(?<![\p{L}\p{N}])(\d{1,2})(?:\.|er|º|°)?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+|del\s+)?(\d{4})(?!\d)/u

/**
 * Dutch and Scandinavian month names that neither the lexicon's languages nor an English
 * abbreviation ("januari" reads as "jan") cover.
 */
const NORTHERN_MONTHS: ReadonlyMap<string, number> = new Map([
  ['maart', 3],
  ['mrt', 3],
  ['marts', 3],
  ['mei', 5],
  ['maj', 5],
  ['desember', 12],
])

function europeanDate(text: string): string | null {
  const m = EUROPEAN_DATE.exec(text)
  const name = m?.[2]!.toLowerCase() ?? ''
  const month = m ? (MONTH_NUMBERS.get(name) ?? NORTHERN_MONTHS.get(name)) : undefined
  return m && month ? validDay(+m[3]!, month, +m[1]!) : null
}

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

export { wordSet } from './lexicon/word-set'
