/**
 * @module A small, tolerant HTML tree built with htmlparser2's streaming parser (no DOM library).
 * Scripts, styles and other non-content elements are not kept (JSON-LD text is collected on the
 * side), and nesting deeper than MAX_DEPTH is flattened, so every later walk is bounded and
 * iterative. A linear pre-pass (`capNesting`) first removes the tags htmlparser2's Parser would
 * spend quadratic time on, so parsing is linear in the input whatever its nesting.
 */
import { Parser, Tokenizer } from 'htmlparser2'
import { repairMisreadUtf8 } from './html-encoding'

/** An element of the light tree. Text children are strings. */
export interface El {
  tag: string
  attrs: Record<string, string>
  children: (El | string)[]
  parent: El | null
}

/** The parsed page: its tree plus what the metadata stage needs. */
export interface Page {
  root: El
  title: string
  /** `<meta>` contents by lower-cased name/property/itemprop (first one wins). */
  meta: Map<string, string>
  /** Raw text of every `application/ld+json` script. */
  jsonLd: string[]
  /** `datetime` attributes of `<time>` elements, in order. */
  times: string[]
  /** Raw text of a Next.js page's `<script id="__NEXT_DATA__">`: the props it was rendered from. */
  appData?: string
  /**
   * Raw text of a Next.js app-router page's `self.__next_f.push([1,"…"])` scripts, in order: the
   * React Server Components payload it was rendered from (bounded).
   */
  flightData?: string[]
  /**
   * The writer a WordPress page names in its tag manager's data layer (the GTM4WP plugin's
   * `"pagePostAuthor":"Jane Roe"`), the display name of the post's author.
   */
  dataLayerAuthor?: string
}

/** The post's author in GTM4WP's data layer script. */
const DATA_LAYER_AUTHOR = /"pagePostAuthor":"([^"\\]{2,80})"/

/** Most characters of app-router payload kept: props beyond that are rarely the story's. */
const MAX_FLIGHT = 2_000_000

const MAX_DEPTH = 150
/** Elements whose content is never article text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'textarea',
  'button',
  'input',
  'option',
  'title',
  'audio',
  'video',
  'map',
])
const VOID = new Set([
  'br',
  'hr',
  'img',
  'meta',
  'link',
  'input',
  'source',
  'wbr',
  'area',
  'base',
  'col',
  'track',
  'embed',
  'param',
])

/**
 * Parses HTML into a light tree.
 *
 * @example
 * const page = parsePage('<html><head><title>T</title></head><body><p>Hi</p></body></html>')
 */
export function parsePage(html: string): Page {
  const root: El = { tag: '#root', attrs: {}, children: [], parent: null }
  const page: Page = { root, title: '', meta: new Map(), jsonLd: [], times: [] }
  // One entry per open tag: the element it created, or null when it was skipped or flattened.
  const stack: (El | null)[] = []
  let current = root
  let depth = 0
  let skipping = 0
  let capture: 'title' | 'ldjson' | 'app' | 'flight' | null = null
  let flightSize = 0
  let captured = ''

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') collectMeta(page, attrs)
        if (name === 'time' && attrs.datetime) page.times.push(attrs.datetime)
        if (skipping > 0 || SKIP.has(name)) {
          skipping++
          stack.push(null)
          if (skipping === 1 && name === 'script' && /ld\+json/i.test(attrs.type ?? ''))
            ((capture = 'ldjson'), (captured = ''))
          if (skipping === 1 && name === 'script' && attrs.id === '__NEXT_DATA__')
            ((capture = 'app'), (captured = ''))
          // Any other inline script may be an app-router payload: kept only if it starts as one.
          else if (
            skipping === 1 &&
            name === 'script' &&
            !attrs.src &&
            !attrs.type &&
            flightSize < MAX_FLIGHT
          )
            ((capture = 'flight'), (captured = ''))
          if (skipping === 1 && name === 'title' && !page.title)
            ((capture = 'title'), (captured = ''))
          return
        }
        if (depth >= MAX_DEPTH && !VOID.has(name)) {
          stack.push(null)
          return
        }
        const el: El = { tag: name, attrs, children: [], parent: current }
        current.children.push(el)
        stack.push(el)
        current = el
        depth++
      },
      ontext(text) {
        if (capture === 'flight' && !captured && !/^\s*self\.__next_f\.push\(/.test(text)) {
          // A small inline script may be the data layer WordPress's tag manager plugin writes.
          if (text.length <= 4000 && !page.dataLayerAuthor && text.includes('pagePostAuthor'))
            page.dataLayerAuthor = DATA_LAYER_AUTHOR.exec(text)?.[1]
          capture = null
        }
        if (capture) captured += text
        if (skipping === 0) current.children.push(text)
      },
      onclosetag(name) {
        const el = stack.pop()
        if (el === undefined) return
        if (el === null) {
          if (skipping > 0 && --skipping === 0 && capture) {
            if (capture === 'ldjson') page.jsonLd.push(captured)
            else if (capture === 'app') page.appData ??= captured
            else if (capture === 'flight') {
              ;(page.flightData ??= []).push(captured)
              flightSize += captured.length
            } else page.title = captured.replace(/\s+/g, ' ').trim()
            capture = null
          }
          return
        }
        current = el.parent ?? root
        depth--
      },
    },
    {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      recognizeSelfClosing: true,
    }
  )
  // A page saved after a wrong decode still reads right (one test when it is clean).
  parser.write(capNesting(repairMisreadUtf8(html)))
  parser.end()
  return page
}

/**
 * Open elements the Parser may hold at once. Its stack costs O(depth) per tag (`unshift`,
 * `indexOf`), so bounding the depth makes it linear. Above MAX_DEPTH (the tree's own flattening),
 * so the tree is the same as without the cap.
 */
export const PARSER_MAX_DEPTH = 256
/** Elements whose content the tokenizer reads as raw text: their tags are never removed. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'title',
  'textarea',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
])

/**
 * Removes from `html` the open tags that would nest deeper than `PARSER_MAX_DEPTH` (with their end
 * tags) and end tags that close nothing open: in one tokenizer pass, O(1) per tag (open elements
 * are counted by name). Text is untouched, so content below the cap lands in the deepest kept
 * element, as the tree's own flattening puts it. Returns `html` itself when nothing needs removing.
 *
 * @example
 * capNesting('<div>'.repeat(300_000) + 'x') // 256 `<div>`s, then 'x'
 */
export function capNesting(html: string): string {
  const names: string[] = []
  const kept: boolean[] = []
  const openCount = new Map<string, number>()
  let keptDepth = 0
  let foreign = 0
  const cut: number[] = [] // start, end pairs of removed tags, in order
  let pending: { name: string; start: number } | null = null
  const lower = (start: number, end: number) => html.slice(start, end).toLowerCase()
  const pop = () => {
    const name = names.pop() as string
    if (kept.pop()) keptDepth--
    openCount.set(name, (openCount.get(name) ?? 1) - 1)
    if (name === 'svg' || name === 'math') foreign--
  }
  const tokenizer = new Tokenizer(
    { decodeEntities: false, recognizeSelfClosing: true },
    {
      onopentagname(start, end) {
        pending = { name: lower(start, end), start: start - 1 }
      },
      onopentagend(end) {
        const tag = pending
        pending = null
        if (!tag || VOID.has(tag.name)) return
        const keep = keptDepth < PARSER_MAX_DEPTH || RAW_TEXT.has(tag.name)
        if (!keep) cut.push(tag.start, end + 1)
        names.push(tag.name)
        kept.push(keep)
        if (keep) keptDepth++
        openCount.set(tag.name, (openCount.get(tag.name) ?? 0) + 1)
        if (tag.name === 'svg' || tag.name === 'math') foreign++
      },
      onselfclosingtag() {
        pending = null
      },
      onclosetag(start, end) {
        const name = lower(start, end)
        if (VOID.has(name)) return
        const close = html.indexOf('>', end)
        const tagEnd = close < 0 ? html.length : close + 1
        if (!openCount.get(name)) {
          cut.push(start - 2, tagEnd)
          return
        }
        let matchedKept = true
        while (names.length > 0) {
          const top = names[names.length - 1]
          matchedKept = kept[kept.length - 1] as boolean
          pop()
          if (top === name) break
        }
        if (!matchedKept) cut.push(start - 2, tagEnd)
      },
      isInForeignContext: () => foreign > 0,
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onprocessinginstruction() {},
      ontext() {},
      ontextentity() {},
    }
  )
  tokenizer.write(html)
  tokenizer.end()
  if (cut.length === 0) return html
  const parts: string[] = []
  let from = 0
  for (let i = 0; i < cut.length; i += 2) {
    parts.push(html.slice(from, cut[i]))
    from = cut[i + 1] as number
  }
  parts.push(html.slice(from))
  return parts.join('')
}

function collectMeta(page: Page, attrs: Record<string, string>): void {
  const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase()
  const value = attrs.content
  if (!key || value === undefined) return
  // JSON-LD put in a <meta name="script:ld+json"> (a Next.js app's metadata `other` field, which
  // renders every entry as a <meta>): the same structured data as a script's.
  if (key === 'script:ld+json') {
    if (page.jsonLd.length < 20) page.jsonLd.push(value)
    return
  }
  // Papers name every author in a tag of their own, often "Roe, Jane" (older pages use
  // citation_authors, one tag each or one list "Roe, Jane; Doe, John"), and so does Dublin Core
  // (dc.creator, dcterms.creator, one tag per creator, by convention surname first): kept as "Jane
  // Roe; John Doe".
  const listed =
    key === 'citation_author' || key === 'citation_authors'
      ? 'citation_author'
      : key === 'dc.creator' || key === 'dcterms.creator'
        ? 'dc.creator'
        : null
  if (listed) {
    const names = value
      .split(';')
      .map((n) => n.trim().replace(/^([^,]{1,60}),\s*([^,]{1,60})$/, '$2 $1'))
      .filter(Boolean)
      .join('; ')
    const before = page.meta.get(listed)
    if (names) page.meta.set(listed, (before ? `${before}; ${names}` : names).slice(0, 1000))
  } else if (!page.meta.has(key)) page.meta.set(key, value.trim())
  else if (key === 'author' || key === 'article:author') {
    // One tag per writer (multi-author plugins): "Jane Roe; Kit Ambrose", addresses left alone.
    const before = page.meta.get(key)!
    const more = value.trim()
    const listed = before.split('; ')
    if (more && !/^https?:/.test(more) && !/^https?:/.test(before) && listed.length < 10)
      if (!listed.includes(more)) page.meta.set(key, `${before}; ${more}`)
  }
}

/** Visits every element below `root` in document order without recursion. */
export function walk(root: El, visit: (el: El) => void): void {
  const todo: El[] = [root]
  while (todo.length > 0) {
    const el = todo.pop()!
    visit(el)
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i]!
      if (typeof child !== 'string') todo.push(child)
    }
  }
}

/** All text below an element, white space collapsed. */
export function textOf(root: El): string {
  const parts: string[] = []
  const todo: (El | string)[] = [root]
  while (todo.length > 0) {
    const node = todo.pop()!
    if (typeof node === 'string') parts.push(node)
    else {
      if (node.tag === 'br') parts.push(' ')
      // An inline quotation (<q>) shows its quotation marks: the words are someone's speech.
      if (node.tag === 'q') todo.push('”')
      for (let i = node.children.length - 1; i >= 0; i--) todo.push(node.children[i]!)
      if (node.tag === 'q') todo.push('“')
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim()
}

/** Class and id of an element, lower-cased, for structural hints. */
export function classAndId(el: El): string {
  return `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`.toLowerCase()
}

/**
 * `el`'s own texts, adjacent ones joined: parsers split text at character references
 * ("Dec.&nbsp;3,&nbsp;2031" arrives as five texts).
 */
export function textRuns(el: El): string[] {
  const runs: string[] = []
  let joined = false
  for (const child of el.children) {
    if (typeof child !== 'string') joined = false
    else if (joined) runs[runs.length - 1] += child
    else {
      runs.push(child)
      joined = true
    }
  }
  return runs
}

/** The heading a block of other stories opens on ("More stories", "Related", "Read next"). */
const OTHER_HEADING =
  /^(?:more\s+(?:stories|news|from|articles|in)|related|also\s+read|read\s+(?:more|next)|recommended|you\s+(?:may|might)\s+(?:also\s+)?like|most\s+(?:read|popular)|popular|latest|trending|further\s+reading)\b/i

/**
 * Whether the first element inside `node` is a heading (h2 to h4) that announces other stories: a
 * block of cards with no class to say what it is.
 *
 * @example
 * headedAsOtherStories(section) // true for <section><h2>More stories</h2>…</section>
 */
export function headedAsOtherStories(node: El): boolean {
  const first = node.children.find((c): c is El => typeof c !== 'string')
  return (
    !!first &&
    /^h[2-4]$/.test(first.tag) &&
    OTHER_HEADING.test(textOf(first).replace(/\s+/g, ' ').trim()) &&
    // A block that holds an h1 holds the story itself ("Latest" over a column with the story).
    !holdsH1(node)
  )
}

const h1Held = new WeakMap<El, boolean>()

/** Whether an h1 sits inside `root` (a bounded search, remembered per element). */
function holdsH1(root: El): boolean {
  const known = h1Held.get(root)
  if (known !== undefined) return known
  let found = false
  const todo: El[] = [root]
  for (let seen = 0; todo.length > 0 && seen < 3000 && !found; seen++) {
    const node = todo.pop()!
    if (node.tag === 'h1') found = true
    for (const child of node.children) if (typeof child !== 'string') todo.push(child)
  }
  h1Held.set(root, found)
  return found
}

/**
 * Whether `el` sits in an `<article>` of another story: one that does not hold the page's
 * headline (`headlineBlocks`, the headline's ancestors) but has an h1 of its own, as the next
 * story an endless-scroll page appends below the first.
 *
 * @example
 * inAnotherArticle(bylineOfSecondStory, ancestorsOfFirstH1) // true
 */
export function inAnotherArticle(el: El, headlineBlocks: Set<El> | undefined): boolean {
  // Only when the headline itself stands in an <article>: a first h1 outside one is often the
  // site's name, and the story's own article holds the story's h1.
  if (!headlineBlocks || ![...headlineBlocks].some((b) => b.tag === 'article')) return false
  let node: El | null = el
  for (let level = 0; node && level < 12; level++, node = node.parent)
    if (node.tag === 'article' && !headlineBlocks.has(node)) return holdsH1(node)
  return false
}
