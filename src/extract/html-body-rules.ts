/**
 * @module Small structural rules the body reader applies inside the chosen container: figures that
 * hold text, link lists that belong to the story, and lines that are page furniture or metadata.
 */
import { walk, type El } from './html-dom'
import { MONTH_NAME } from './lexicon'

/** Whole lines that are page furniture, not story text: ad labels, share and sign-up prompts. */
const FURNITURE_LINE =
  /^(?:advertisement|advertising|ad|sponsored|share|share this(?: article| post| story)?|like this:?|subscribe|subscribe now|sign up|log ?in|sign in|register|(?:join|sign up for) our (?:newsletter|mailing list)|newsletters?|article continues below|continue reading|read more|jump to (?:the )?(?:list|recipe)|pin (?:this|it) for later|print)[.!:]?$/i
/**
 * A line that only dates the page ('Last updated: May 2, 2031', 'Published 03/04/2031'): metadata,
 * not story.
 */
const DATELINE =
  /^(?:last )?(?:updated|published|posted|modified)(?: on)?\s?:?\s?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d{1,4}[-/. ]\d)/i
/**
 * A line that only credits the writer ('By Ada Quill', 'Written by Lowmere Staff', 'By Ada Quill ·
 * March 4, 2031'): the byline and the date are read apart.
 */
const BYLINE_LINE = new RegExp(
  String.raw`^(?:[Ww]ritten )?[Bb]y:? \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}(?: ?[·•|,–—-] ?(?:${MONTH_NAME} \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} ${MONTH_NAME} \d{4}|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}))?$`,
  'u'
)

/**
 * Whether a text block is only page furniture or metadata: an ad label or sign-up prompt, a line
 * that dates the page, or a line that names the writer. Only lines of 60 characters or less are
 * tested, so every pattern runs on bounded input.
 *
 * @example
 * isFurnitureLine('Advertisement') // → true
 * isFurnitureLine('By Thursday the pier was closed.') // → false
 */
export function isFurnitureLine(text: string): boolean {
  return (
    text.length <= 60 &&
    (FURNITURE_LINE.test(text) || DATELINE.test(text) || BYLINE_LINE.test(text))
  )
}

/**
 * Figures that hold a table or a quotation with paragraphs (block editors wrap both in <figure>):
 * their text is read like any other block. Computed bottom-up in one pass.
 */
export function textFigures(root: El): Set<El> {
  const order: El[] = []
  walk(root, (el) => order.push(el))
  // Bits: 1 = holds a table, 2 = holds a paragraph, 4 = holds a blockquote with a paragraph.
  const flags = new Map<El, number>()
  const found = new Set<El>()
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!
    if (el.tag === 'figcaption') continue
    let f = el.tag === 'table' ? 1 : el.tag === 'p' ? 2 : 0
    for (const child of el.children) if (typeof child !== 'string') f |= flags.get(child) ?? 0
    if (el.tag === 'blockquote' && f & 2) f |= 4
    if (el.tag === 'figure' && f & 5) found.add(el)
    if (f) flags.set(el, f)
  }
  return found
}

/**
 * A list item of links that belongs to the story (products named, steps, sources): its list sits
 * with the story's paragraphs (its parent or grandparent holds them), is not a submenu inside
 * another list item, and does not point into the page itself (a table of contents).
 */
export function listInProse(li: El, proseParents: Set<El>): boolean {
  let list = li.parent
  while (list && list.tag !== 'ul' && list.tag !== 'ol') list = list.parent
  if (!list) return false
  let anchor = false
  walk(li, (el) => {
    if (el.tag === 'a' && (el.attrs.href ?? '').startsWith('#')) anchor = true
  })
  if (anchor) return false
  for (let n = list.parent; n; n = n.parent) if (n.tag === 'li') return false
  const up = list.parent
  return !!up && (proseParents.has(up) || (!!up.parent && proseParents.has(up.parent)))
}
