/**
 * @module Sanitizing HTML by construction: tokenize, build a bounded tree of allowlisted elements,
 * and write only that tree back out, every text and attribute value escaped.
 */
import { decodeAttribute, escapeHtml, tokenize, type HtmlAttribute } from './html-tokenizer'

/** Elements written to the output (`h1` becomes `h2`: the page owns the only `h1`). */
export const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'q',
  'cite',
  'ul',
  'ol',
  'li',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'abbr',
  'code',
  'pre',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'caption',
  'span',
  'div',
  'time',
  'dl',
  'dt',
  'dd',
])
/**
 * Elements dropped together with everything inside them: scripts, styles, embedded documents and
 * plugins, foreign content (SVG, MathML), document metadata, form controls, and the raw-text
 * fallbacks (`noscript`, `noembed`, `noframes`) a browser never shows. Any other element is
 * unwrapped: its text is kept (so `xmp` and `plaintext` content survives as escaped text).
 */
export const DROPPED_WITH_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'svg',
  'math',
  'frame',
  'frameset',
  'applet',
  'base',
  'link',
  'meta',
  'title',
  'head',
  'form',
  'textarea',
  'select',
  'button',
  'input',
  'datalist',
  'keygen',
  'param',
  'portal',
  'fencedframe',
])
const ALLOWED_ATTRS: Record<string, readonly string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  time: ['datetime'],
  abbr: ['title'],
  blockquote: ['cite'],
  q: ['cite'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
}
const URL_ATTRS = new Set(['href', 'src', 'cite'])
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'frame',
])
/** Start tags that close an open `p`, as in a browser (so the output re-parses to the same tree) */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'dd',
  'dt',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'plaintext',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'ul',
  'xmp',
])
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])
/** Table parts ranked by how deep they sit: sections (and caption), rows, cells. */
const TABLE_RANK: Record<string, number> = {
  caption: 1,
  thead: 1,
  tbody: 1,
  tfoot: 1,
  tr: 2,
  td: 3,
  th: 3,
}
/** Elements that end the search for an open `li`, `dt` or `dd` (HTML's "special" elements). */
const LIST_BOUNDARY = new Set([
  'ul',
  'ol',
  'dl',
  'table',
  'td',
  'th',
  'caption',
  'blockquote',
  'figure',
])

const TABLE_HOLDERS = new Set(['td', 'th', 'caption'])

/** Deeper elements are flattened (their text kept): output depth and memory stay bounded. */
export const MAX_DEPTH = 200

/**
 * True when an already decoded URL is safe to keep: relative, or http(s)/mailto/tel. ASCII white
 * space and control characters are removed first, as a URL parser ignores them around and inside
 * a scheme, so `java\tscript:` is caught.
 */
export function isSafeDecodedUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const squeezed = value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').toLowerCase()
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squeezed)
  return !scheme || ['http', 'https', 'mailto', 'tel'].includes(scheme[1] as string)
}

/**
 * True when a URL attribute value as written in HTML is safe to keep: character references are
 * decoded first (any zero padding, any case), so `&#0000000106;avascript:` is caught.
 *
 * @example
 * isSafeUrl('jav&#x000000009;ascript:alert(1)') // false
 */
export function isSafeUrl(raw: string): boolean {
  return isSafeDecodedUrl(decodeAttribute(raw))
}

/** The allowed attributes of an element, written out; null when the element must go. */
function attributesOf(name: string, attributes: HtmlAttribute[]): string | null {
  const allowed = ALLOWED_ATTRS[name]
  let out = ''
  let hasUrl = false
  if (allowed) {
    for (const { name: attr, value } of attributes) {
      if (!allowed.includes(attr)) continue
      if (URL_ATTRS.has(attr)) {
        if (!isSafeDecodedUrl(value)) continue
        hasUrl = true
      }
      out += ` ${attr}="${escapeHtml(value)}"`
    }
  }
  if (name === 'img' && !hasUrl) return null
  // `rel` is never taken from the input: a kept link gets the one the site wants
  if (name === 'a' && hasUrl) out += ' rel="noopener nofollow ugc"'
  return out
}

/**
 * Sanitizes HTML to the allowlist: parses it as a browser's tokenizer would, keeps allowlisted
 * elements and attributes (URLs checked after full decoding), drops scripts, embeds, foreign
 * content and their text, unwraps anything else, and writes a tree with every element closed and
 * every text escaped. Linear in time, bounded in depth, and idempotent:
 * `sanitizeHtml(sanitizeHtml(x))` equals `sanitizeHtml(x)`.
 *
 * @example
 * sanitizeHtml('<p onclick="x()">Hi<script>alert(1)</script></p>') // '<p>Hi</p>'
 */
export function sanitizeHtml(html: string): string {
  let out = ''
  const stack: string[] = []
  const open = new Map<string, number>()
  let drop: string | null = null // the dropped element whose content is being skipped
  let dropNest = 0
  let preLf = false // the next token follows <pre>: a leading LF is not content
  let preEmpty = false // the current element is a <pre> with nothing written in it yet
  const isOpen = (name: string) => (open.get(name) ?? 0) > 0
  const emit = (s: string) => {
    out += s
    preEmpty = false
  }
  const pop = () => {
    const name = stack.pop() as string
    open.set(name, (open.get(name) as number) - 1)
    emit(`</${name}>`)
  }
  const popThrough = (name: string) => {
    while (stack.length > 0 && stack[stack.length - 1] !== name) pop()
    if (stack.length > 0) pop()
  }
  const popToIndex = (index: number) => {
    while (stack.length > index) pop()
  }
  // Index of the nearest open element in `names` above the nearest `boundary`, or -1.
  const findInScope = (match: (name: string) => boolean, boundary: Set<string>) => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const name = stack[k] as string
      if (match(name)) return k
      if (boundary.has(name)) return -1
    }
    return -1
  }
  // Closes what a new table part closes, and opens the row a cell needs, as a browser does.
  // False when the part cannot be placed (the depth cap). The scan stops at the nearest table.
  const openTablePart = (name: string): boolean => {
    let table = -1
    let caption = -1
    let section = -1
    let row = -1
    let cell = -1
    for (let k = stack.length - 1; k >= 0; k--) {
      const part = stack[k] as string
      if (part === 'table') {
        table = k
        break
      }
      if (part === 'caption') caption = k
      else if (TABLE_RANK[part] === 1) section = k
      else if (part === 'tr') row = k
      else if (part === 'td' || part === 'th') cell = k
    }
    if (table < 0) return false
    if (caption >= 0) {
      popToIndex(caption)
      section = row = cell = -1
    }
    const rank = TABLE_RANK[name] as number
    if (rank === 1) {
      popToIndex(table + 1)
      return true
    }
    if (rank === 3 && cell >= 0) popToIndex(cell)
    if (rank === 2 && row >= 0) popToIndex(row)
    if (rank === 3 && row >= 0 && row < stack.length) {
      popToIndex(row + 1)
      return true
    }
    popToIndex((section >= 0 && section < stack.length ? section : table) + 1)
    if (rank === 3) {
      if (stack.length + 1 >= MAX_DEPTH) return false
      emit('<tr>')
      stack.push('tr')
      open.set('tr', (open.get('tr') ?? 0) + 1)
    }
    return true
  }
  tokenize(html, {
    start(raw, attributes, selfClosing) {
      preLf = false
      const name = raw === 'h1' ? 'h2' : raw
      if (drop !== null) {
        if (name === drop && !selfClosing) dropNest++
        return
      }
      if (DROPPED_WITH_CONTENT.has(name)) {
        if (VOID.has(name) || (selfClosing && (name === 'svg' || name === 'math'))) return
        drop = name
        dropNest = 1
        return
      }
      if (CLOSES_P.has(name) && isOpen('p')) popThrough('p')
      if (!ALLOWED_TAGS.has(name)) return
      const attrs = attributesOf(name, attributes)
      if (attrs === null) return
      if (VOID.has(name)) return emit(`<${name}${attrs}>`)
      if (name === 'li' || name === 'dt' || name === 'dd') {
        const names = name === 'li' ? ['li'] : ['dt', 'dd']
        const at = findInScope((n) => names.includes(n), LIST_BOUNDARY)
        if (at >= 0) popToIndex(at)
      } else if (HEADINGS.has(name) && HEADINGS.has(stack[stack.length - 1] ?? '')) {
        pop()
      } else if (name === 'a' && isOpen('a')) {
        popThrough('a')
      } else if (name === 'table') {
        // a table directly in a table (not in a cell or caption) ends the first one
        const at = findInScope((n) => n === 'table', TABLE_HOLDERS)
        if (at >= 0) popToIndex(at)
      } else if (TABLE_RANK[name] !== undefined) {
        if (!isOpen('table') || !openTablePart(name)) return
      }
      if (stack.length >= MAX_DEPTH) return
      emit(`<${name}${attrs}>`)
      stack.push(name)
      open.set(name, (open.get(name) ?? 0) + 1)
      if (name === 'pre') preLf = preEmpty = true
    },
    end(raw) {
      preLf = false
      const name = raw === 'h1' ? 'h2' : raw
      if (drop !== null) {
        if (name === drop && --dropNest === 0) drop = null
        return
      }
      // a browser reads </br> as <br>
      if (name === 'br') return emit('<br>')
      if (isOpen(name)) popThrough(name)
    },
    text(raw) {
      if (drop !== null) return
      const text = preLf && raw.charCodeAt(0) === 10 ? raw.slice(1) : raw
      preLf = false
      if (text === '') return
      // a parser drops one LF right after <pre>: write one more so the text survives a round trip
      emit(preEmpty && text.charCodeAt(0) === 10 ? `\n${escapeHtml(text)}` : escapeHtml(text))
    },
  })
  popToIndex(0)
  return trimAscii(out)
}

/** Trims ASCII white space only (a no-break space is content), with no backtracking regex. */
export function trimAscii(s: string): string {
  const ws = (c: number) => c === 9 || c === 10 || c === 12 || c === 13 || c === 32
  let a = 0
  let b = s.length
  while (a < b && ws(s.charCodeAt(a))) a++
  while (b > a && ws(s.charCodeAt(b - 1))) b--
  return a === 0 && b === s.length ? s : s.slice(a, b)
}
