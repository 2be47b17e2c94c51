/**
 * @module The HTML toolkit the rest of the code imports: sanitizing stored bodies, plain text,
 * escaping, URL checks, and telling HTML from plain text. The work is done in html-tokenizer.ts
 * (one linear HTML5 tokenizer), html-sanitize.ts (allowlist tree, re-serialized) and html-text.ts.
 */
import { ALLOWED_TAGS, DROPPED_WITH_CONTENT } from './html-sanitize'
import { BLOCK_TAGS } from './html-text'
import { escapeHtml } from './html-tokenizer'

export { decodeEntities, escapeHtml } from './html-tokenizer'
export { isSafeUrl, sanitizeHtml } from './html-sanitize'
export { htmlToText } from './html-text'

/**
 * Turns plain text into HTML paragraphs: blank lines separate paragraphs, single newlines become
 * `<br>`.
 */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
    .join('\n')
}

/**
 * Tag names that make a string HTML: anything else in angle brackets is text ("<Harbour Co.>",
 * "<HBR.L>").
 */
const HTML_TAG_NAMES = new Set([
  ...ALLOWED_TAGS,
  ...DROPPED_WITH_CONTENT,
  ...BLOCK_TAGS,
  'html',
  'body',
  'nav',
  'picture',
  'source',
  'video',
  'audio',
  'del',
  'ins',
  'kbd',
  'var',
  'wbr',
  'font',
  'center',
])

/**
 * True when the string holds at least one real HTML tag (`<p>`, `</em>`, `<br/>`, `<a href=…>`).
 * Wire copy puts company names and tickers in angle brackets ("<Harbour Co.>", "<HBR.L>"): those
 * stay plain text.
 *
 * @example
 * looksLikeHtml('Shares of <Harbour Co.> rose') // false
 */
export function looksLikeHtml(text: string): boolean {
  for (const match of text.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]{0,11})(?=[\s/>])[^<>]*>/g)) {
    if (HTML_TAG_NAMES.has(match[1]!.toLowerCase())) return true
  }
  return false
}
