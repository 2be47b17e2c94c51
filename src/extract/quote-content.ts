/**
 * @module The reported content a quote belongs to: the words a reporter attributes to the speaker,
 * which for a partial quote include the paraphrase around the quoted words ("said the plan would
 * leave “gaps and doubts”"), and for direct speech are the quotation itself, marks included.
 */
import { adjunctLength } from './quote-reported'
import type { Span } from './text'

/** What `contentSpan` needs to know about one quote. */
export interface ContentClues {
  /** Offsets of the quoted words (inside the marks). */
  start: number
  end: number
  kind: 'direct' | 'mixed'
  /** The sentence (clipped to the paragraph) the quote opens in. */
  sentence: Span
  /** Where the reporting verb before the quote ends, in the same sentence, or null. */
  cueEnd: number | null
  /** The speaker is named after the quote ("“…,” X said"): the content ends with the quote. */
  creditedAfter: boolean
}

const MARK = /["“”«»„‘’]/

/**
 * The span of reported content. Direct speech: the quotation with its marks. A partial quote: from
 * after the reporting verb when one precedes it in the sentence ("Roe says ⟨Hale’s plan was
 * “reckless”⟩"), else from the sentence start; to the end of the sentence, or to the closing mark
 * when the attribution follows the quote ("⟨The plan “is sound,”⟩ Varga said").
 *
 * @example
 * const text = 'Ann said the plan has “gaps” today.'
 * contentSpan(text, { start: 23, end: 27, kind: 'mixed', sentence: { start: 0, end: 35 }, cueEnd: 8, creditedAfter: false })
 * // { start: 9, end: 34 }: 'the plan has “gaps” today'
 */
export function contentSpan(text: string, q: ContentClues): Span {
  const open = MARK.test(text[q.start - 1] ?? '') ? q.start - 1 : q.start
  const close = MARK.test(text[q.end] ?? '') ? q.end + 1 : q.end
  const floor = Math.min(q.sentence.start, open)
  if (q.kind === 'direct') return { start: open, end: close }
  let start = floor
  if (q.cueEnd !== null && q.cueEnd >= floor && q.cueEnd <= open) {
    // After the verb, its time and place words ("said in an email that …", "said Tuesday …") are
    // not what was said, as for reported speech.
    start = Math.min(
      open,
      q.cueEnd + adjunctLength(text.slice(q.cueEnd, Math.min(open, q.cueEnd + 400)))
    )
    while (start < open && /[\s,:]/.test(text[start]!)) start++
  }
  let end = close
  if (!q.creditedAfter && q.sentence.end > close) {
    end = q.sentence.end
    while (end > close && /[\s.]/.test(text[end - 1]!)) end--
  }
  return { start, end }
}
