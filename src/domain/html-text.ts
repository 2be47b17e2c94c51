/**
 * @module Plain text of an HTML fragment, read with the same linear tokenizer as the sanitizer.
 */
import { tokenize } from './html-tokenizer'

/** Elements whose start and end make a paragraph break in the plain text. */
export const BLOCK_TAGS = new Set([
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'pre',
  'figure',
  'figcaption',
  'table',
  'tr',
  'div',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'caption',
])
/** Elements whose text a reader never sees: scripts, styles, templates and raw-text fallbacks. */
const HIDDEN = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'title',
])

/**
 * Plain text of an HTML fragment: block elements become paragraph breaks, character references are
 * decoded, runs of white space are folded; text outside any element is kept, and the text of
 * scripts, styles and templates is skipped. Linear time; memory is the text itself.
 *
 * @example
 * htmlToText('Ferries <b>run</b>.<p>Caf&eacute; open.</p>') // 'Ferries run.\n\nCafé open.'
 */
export function htmlToText(html: string): string {
  const parts: string[] = []
  let hidden = 0
  tokenize(html, {
    start(name) {
      if (HIDDEN.has(name)) hidden++
      else if (BLOCK_TAGS.has(name)) parts.push('\n\n')
      // An inline quotation shows its marks: the words are someone's speech.
      else if (name === 'q' && hidden === 0) parts.push('“')
    },
    end(name) {
      if (HIDDEN.has(name)) {
        if (hidden > 0) hidden--
      } else if (BLOCK_TAGS.has(name)) parts.push('\n\n')
      else if (name === 'q' && hidden === 0) parts.push('”')
    },
    text(text) {
      if (hidden === 0) parts.push(text)
    },
  })
  return parts
    .join('')
    .split(/\n{2,}/)
    .map((para) => para.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n')
}
