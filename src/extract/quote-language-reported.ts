/**
 * @module Reported speech in French, German, Spanish, Italian and Portuguese: a reporting verb
 * with its complementiser ("X a déclaré que …", "X sagte, dass …", "X dijo que …", "X ha detto
 * che …", "X disse que …") or a sentence opening on its source ("Selon X, …", "Laut X …",
 * "Según X, …", "Secondo X, …", "Segundo X, …"). Sentences with quotation marks are left to the
 * marked quotes.
 */
import type { QuoteRules } from './quote-language-rules'

/** Reported words and the text that credits them. */
export interface ReportedSpan {
  start: number
  end: number
  /** The words before the reported clause, ending on the cue ("Paul Garnier a déclaré"). */
  credit: string
  /** Where the paragraph starts. */
  paraStart: number
}

/** Sentence ends: stops before a space or the end, or a line break. */
const STOP = /[.!?]+(?=\s|$)|\n/g
/** Marks that make a sentence quoted speech, or a title in quotes. */
const MARKS = /[«»„“”"‹›「」]/u
/** Fewer words than this is a fragment, not a reported statement. */
const MIN_WORDS = 4

/**
 * The reported statements of `text` outside quotation marks.
 *
 * @example
 * findReported('Paul Garnier a déclaré que l’État paierait un tiers des travaux.', rules)
 * // [{ start: 27, end: 63, credit: 'Paul Garnier a déclaré', paraStart: 0 }]
 */
export function findReported(text: string, rules: QuoteRules): ReportedSpan[] {
  const out: ReportedSpan[] = []
  let paraStart = 0
  let from = 0
  STOP.lastIndex = 0
  for (let m = STOP.exec(text); ; m = STOP.exec(text)) {
    const to = m ? m.index : text.length
    const sentence = text.slice(from, to)
    const found =
      sentence.length >= 20 && sentence.length <= 600 && !MARKS.test(sentence)
        ? reportedIn(sentence, rules)
        : null
    const body = found ? sentence.slice(found.from).trimEnd() : ''
    if (found && body.split(/\s+/).length >= MIN_WORDS && out.length < 200) {
      const start = from + found.from
      out.push({ start, end: start + body.length, credit: found.credit, paraStart })
    }
    if (!m) break
    from = m.index + m[0].length
    if (m[0] === '\n') paraStart = from
  }
  return out
}

/** Where the reported words of one sentence start and the words that credit them. */
function reportedIn(sentence: string, rules: QuoteRules): { from: number; credit: string } | null {
  const lead = sentence.length - sentence.trimStart().length
  const source = rules.according.exec(sentence.slice(lead))
  if (source) {
    let end = lead + source[0].length
    // "Según el presidente del club, Tomás Arriaga, el estadio …": the name in apposition
    // belongs to the source, not to the reported words.
    rules.runs.lastIndex = end
    const name = rules.runs.exec(sentence)
    const comma = name?.index === end ? /^\s*,\s*/.exec(sentence.slice(end + name[0].length)) : null
    if (name && comma) end += name[0].length + comma[0].length
    const credit = sentence.slice(lead, end).replace(/,\s*$/, '')
    return { from: end, credit }
  }
  rules.reported.lastIndex = 0
  const cue = rules.reported.exec(sentence)
  if (!cue) return null
  const verbEnd = cue.index + cue.groups!.verb!.length
  return { from: cue.index + cue[0].length, credit: sentence.slice(lead, verbEnd) }
}
