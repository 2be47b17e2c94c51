/**
 * @module Posts embedded in a web story whose copy keeps the embed's text: "Congratulations to
 * the crew. — Ann Roe (@annroe) December 3, 2026". The line is the account holder's words.
 */
import type { Discourse } from './quote-coref'
import type { Quote } from './types'

/**
 * A paragraph of an embedded post: its words (no quotation marks), a dash, the author's name and
 * handle, and the date the post carries. Anchored at a paragraph's start, so each line is tried
 * once and the lazy words stop at the first dash that the credit follows.
 */
const EMBEDDED_POST =
  /(?:^|\n)([^\n"“”]{10,600}?)\s+[—–-]{1,2}\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,3})\s+\(@\w{1,30}\)(?:\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4})?[ \t]*(?=\n|$)/gu

/** The link an embed leaves at the end of the post's words ("pic.twitter.com/…", "https://…"). */
const TRAILING_LINK = /\s+(?:pic\.twitter\.com\/\S+|https?:\/\/\S+)$/

/**
 * The posts embedded in `text` as their authors' statements, resolved through `discourse`.
 *
 * @example
 * embeddedPosts('Proud of our crews. — Ann Roe (@annroe) December 3, 2026', discourse)[0].text
 * // 'Proud of our crews.'
 */
export function embeddedPosts(text: string, discourse: Discourse): Quote[] {
  if (!text.includes('(@')) return []
  const quotes: Quote[] = []
  EMBEDDED_POST.lastIndex = 0
  for (let m = EMBEDDED_POST.exec(text); m && quotes.length < 50; m = EMBEDDED_POST.exec(text)) {
    const words = m[1]!.replace(TRAILING_LINK, '').trim()
    const start = m.index + m[0].indexOf(m[1]!) + (m[1]!.length - m[1]!.trimStart().length)
    const end = start + words.length
    const author = m[2]!
    const speaker = discourse.resolve(author, m.index + m[0].indexOf(author))
    if (speaker) discourse.note(speaker, start)
    quotes.push({
      text: words,
      speaker: speaker?.name ?? null,
      speakerEntity: speaker ? { type: speaker.type, index: speaker.index } : null,
      speakerMention: author,
      cue: 'posted',
      // (Verbatim, but set without quotation marks: not direct speech as a quote mark shows it.)
      kind: 'indirect',
      start,
      end,
      content: { start, end },
      confidence: speaker ? 0.9 : 0,
    })
  }
  return quotes
}
