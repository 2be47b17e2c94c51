/**
 * @module Finding the main content of a page by structure (Readability-style): score elements by
 * the paragraphs of prose they hold, pick the best container (and its strong siblings), then read
 * its text blocks as paragraphs, leaving link lists, captions and boilerplate out. No site-specific
 * rules.
 */
import { classAndId, textOf, walk, type El } from './html-dom'
import { dropRepeatedRuns } from './html-body-repeats'
import { isFurnitureLine, listInProse, textFigures } from './html-body-rules'
import type { ExtractedImage } from './types'

const DROP_TAGS = new Set(['nav', 'footer', 'aside', 'dialog', 'menu'])
const UNLIKELY =
  /(?:^|[\s_-])(?:share|sharing|social|related|sidebar|footer|nav|navbar|menu|promo|advert|ads?|newsletter|subscribe|subscription|breadcrumbs?|cookie|popup|modal|recommended|recirc|outbrain|taboola|signup|masthead|sponsor|most-popular|trending|author-bio|paywall|toolbar|pagination|tag-list)(?:$|[\s_-])/
/** Reader comments are dropped whatever their size. */
const COMMENTS = /(?:^|[\s_-])(?:comments?|disqus|respond|replies)(?:$|[\s_-])/
/**
 * Classes of social-media posts embedded as a <blockquote> ('twitter-tweet', 'instagram-media', …).
 */
const EMBED = /tweet|instagram|tiktok|embed/i
/** A subtree with this much non-link text is never dropped on a class hint alone. */
const PROSE_GUARD = 1200
const LIKELY = /article|body|content|main|story|post|entry|text|prose/
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'td',
  'th',
  'dd',
  'dt',
  'section',
  'article',
  'main',
  'ul',
  'ol',
  'table',
  'tr',
  'figure',
  'figcaption',
  'header',
  'dl',
  'body',
  'html',
  '#root',
  'br',
  'hr',
  'center',
  'address',
  'details',
  'summary',
  'caption',
  'tbody',
  'thead',
])

const PARAGRAPH_LIKE = new Set([
  'p',
  'pre',
  'li',
  'blockquote',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dd',
  'dt',
  'br',
  'hr',
])

/** A run of inline text under one block element. */
interface Block {
  el: El
  text: string
  linkChars: number
}

/** Non-link text characters under each element, computed bottom-up without recursion. */
function proseChars(root: El): Map<El, number> {
  const order: El[] = []
  walk(root, (el) => order.push(el))
  const chars = new Map<El, number>()
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!
    let n = 0
    for (const child of el.children)
      n +=
        typeof child === 'string'
          ? child.trim().length
          : el.tag === 'a'
            ? 0
            : (chars.get(child) ?? 0)
    chars.set(el, el.tag === 'a' ? 0 : n)
  }
  return chars
}

function isUnlikely(el: El, prose: Map<El, number>): boolean {
  // Unclosed markup can leave a whole page inside an <aside> or <nav>: a subtree with this much
  // prose is kept.
  if (DROP_TAGS.has(el.tag)) return (prose.get(el) ?? 0) < 8 * PROSE_GUARD
  // Some frameworks wrap the whole page in one <form>: only small forms are boilerplate.
  if (el.tag === 'form') return (prose.get(el) ?? 0) < PROSE_GUARD
  // React's streaming renderer sends content in hidden `<div hidden id="S:0">` segments that a
  // script moves into place: those are the page, not hidden boilerplate.
  if (el.attrs.hidden !== undefined) return !/^S:\d+$/.test(el.attrs.id ?? '')
  if (el.attrs['aria-hidden'] === 'true') return true
  if (/display:\s*none|visibility:\s*hidden/i.test(el.attrs.style ?? '')) return true
  // Social posts embedded as quotations (a script turns them into cards) are not the story's text.
  if (el.tag === 'blockquote' && EMBED.test(el.attrs.class ?? '')) return true
  if (el.tag === 'body' || el.tag === 'article' || el.tag === 'main' || el.tag === 'html')
    return false
  const hint = classAndId(el)
  if (!hint.trim() || el.attrs.itemprop === 'articleBody') return false
  if (COMMENTS.test(hint)) return true
  return (
    (prose.get(el) ?? 0) < PROSE_GUARD &&
    UNLIKELY.test(hint) &&
    !/(?:^|[\s_-])(?:article|story|post|entry)[-_]?(?:body|content|text)/.test(hint)
  )
}

/** Splits the tree under `root` into text blocks, skipping unlikely subtrees and figures. */
function collectBlocks(root: El, images: ExtractedImage[]): Block[] {
  const prose = proseChars(root)
  const holdsText = textFigures(root)
  const blocks: Block[] = []
  let text = ''
  let linkChars = 0
  let owner: El = root
  const flush = () => {
    const clean = text.replace(/\s+/g, ' ').trim()
    if (clean) blocks.push({ el: owner, text: clean, linkChars })
    text = ''
    linkChars = 0
  }
  // Iterative pre/post order: 'leave' entries flush the block an element closes.
  const todo: (El | string | { leave: El })[] = [root]
  let inLink = 0
  let inQuote = 0
  while (todo.length > 0) {
    const node = todo.pop()!
    if (typeof node === 'string') {
      text += node
      if (inLink > 0) linkChars += node.replace(/\s+/g, '').length
      continue
    }
    if ('leave' in node) {
      if (node.leave.tag === 'a') inLink--
      else if (BLOCKS.has(node.leave.tag) || (node.leave.tag === 'footer' && inQuote > 0)) flush()
      if (node.leave.tag === 'blockquote') inQuote--
      if (node.leave.tag === 'q') text += '”'
      continue
    }
    const el = node
    // A quotation's own <footer> or <cite> ("— Ann Roe, resident") credits it: it is kept, as a
    // line of its own.
    const credit = inQuote > 0 && (el.tag === 'footer' || el.tag === 'cite')
    if (el !== root && !credit && isUnlikely(el, prose)) continue
    if (el.tag === 'blockquote') inQuote++
    // A <figure> that wraps a table or a pull quote is text of the story, not a picture.
    if ((el.tag === 'figure' && !holdsText.has(el)) || el.tag === 'figcaption') {
      collectFigure(el, images)
      continue
    }
    if (el.tag === 'img' && el.attrs.src && images.length < 50)
      images.push({ url: el.attrs.src, caption: el.attrs.alt?.trim() || null, credit: null })
    if (BLOCKS.has(el.tag) || (credit && el.tag === 'footer')) {
      flush()
      owner = el
    } else if (el.tag === 'a') inLink++
    // An inline quotation shows its marks: the words are someone's speech.
    else if (el.tag === 'q') text += '“'
    todo.push({ leave: el })
    for (let i = el.children.length - 1; i >= 0; i--) todo.push(el.children[i]!)
  }
  flush()
  // A block that closes returns ownership to its parent block for the text that follows.
  return blocks
}

const CREDIT = /\b(?:photo|image|picture|credit|file)s?\b[^.]{0,40}$|\((?:[^()]{1,40})\)$/i

function collectFigure(el: El, images: ExtractedImage[]): void {
  if (images.length >= 50) return
  let url: string | null = null
  let caption: string | null = null
  walk(el, (node) => {
    if (node.tag === 'img' && !url) url = node.attrs.src ?? node.attrs['data-src'] ?? null
    if (node.tag === 'figcaption' && !caption) caption = textOf(node) || null
  })
  if (el.tag === 'figcaption') caption = textOf(el) || null
  const credit = caption ? (CREDIT.exec(caption)?.[0] ?? null) : null
  if (url || caption) images.push({ url, caption, credit })
}

/** Container scores: each prose block feeds its parent, grandparent and great-grandparent. */
function scoreContainers(blocks: Block[]): Map<El, number> {
  const scores = new Map<El, number>()
  for (const block of blocks) {
    if (block.text.length < 25 || block.linkChars / block.text.length > 0.5) continue
    const points =
      1 +
      (block.text.match(/[,，]/g)?.length ?? 0) +
      Math.min(3, Math.floor(block.text.length / 100))
    // A paragraph's container is its parent; text sitting directly in a div or cell is its own
    // container.
    let el: El | null = PARAGRAPH_LIKE.has(block.el.tag) ? block.el.parent : block.el
    for (let level = 0; el && level < 3; level++, el = el.parent) {
      scores.set(
        el,
        (scores.get(el) ?? 0) + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3)
      )
    }
  }
  return scores
}

/** Prose and other text under each element: prose is blocks of real sentences with few links. */
function textTotals(blocks: Block[]): Map<El, { prose: number; other: number }> {
  const totals = new Map<El, { prose: number; other: number }>()
  for (const block of blocks) {
    const prose =
      block.text.length >= 60 &&
      block.linkChars / block.text.length < 0.3 &&
      /[.!?:,;]/.test(block.text)
    for (let el: El | null = block.el; el; el = el.parent) {
      const t = totals.get(el) ?? { prose: 0, other: 0 }
      if (prose) t.prose += block.text.length
      else t.other += block.text.length
      totals.set(el, t)
    }
  }
  return totals
}

/**
 * Climbs from the best-scored container while its parent adds mostly prose: stories split into
 * sections or columns are read whole, but a parent that adds menus, lists of links or comments is
 * not.
 */
function widen(best: El, totals: Map<El, { prose: number; other: number }>): El {
  let current = best
  for (
    let parent = current.parent;
    parent && parent.tag !== 'body' && parent.tag !== 'html' && parent.tag !== '#root';
    parent = parent.parent
  ) {
    const here = totals.get(current) ?? { prose: 0, other: 0 }
    const there = totals.get(parent) ?? { prose: 0, other: 0 }
    const addedProse = there.prose - here.prose
    const addedOther = there.other - here.other
    if (addedProse <= 0) {
      if (addedOther > 0) break
      current = parent
      continue
    }
    if (addedProse < 2 * addedOther || addedProse < 0.15 * here.prose) break
    current = parent
  }
  return current
}

const LAYOUT_CLASS = /^\s*(?:w-|h-|flex|grid|col|row|container|wrapper|inner|section|block|page)/
const signature = (el: El) => `${el.tag}.${(el.attrs.class ?? '').trim().split(/\s+/)[0] ?? ''}`

/**
 * Listicles and reviews repeat one structure per item (a product card with its own prose): when an
 * ancestor of the chosen container has siblings of the same tag and class that also carry real
 * prose, the story is their common parent, not the one item that scored best.
 */
function joinRepeatedItems(best: El, totals: Map<El, { prose: number; other: number }>): El {
  let node = best
  for (let level = 0; level < 7; level++) {
    const parent = node.parent
    if (
      !parent ||
      parent.tag === 'body' ||
      parent.tag === 'html' ||
      parent.tag === '#root' ||
      parent.tag === 'main'
    )
      break
    // Page-level sections and layout utility classes repeat on every page: they are not story
    // items.
    if (LAYOUT_CLASS.test(node.attrs.class ?? '')) {
      node = parent
      continue
    }
    const own = totals.get(node)?.prose ?? 0
    const sig = signature(node)
    let similar = 0
    for (const sibling of parent.children) {
      if (typeof sibling === 'string' || sibling === node || signature(sibling) !== sig) continue
      if ((totals.get(sibling)?.prose ?? 0) >= Math.max(300, 0.2 * own)) similar++
    }
    if (similar > 0) return parent
    node = parent
  }
  return best
}

/**
 * Page builders put one story in several page sections: siblings of the container (and of its
 * ancestors, a few levels up) that are mostly prose belong to it.
 */
function proseSiblings(best: El, totals: Map<El, { prose: number; other: number }>): El[] {
  const found: El[] = []
  let node = best
  for (let level = 0; level < 5; level++) {
    const parent = node.parent
    if (!parent || parent.tag === 'html' || parent.tag === '#root') break
    for (const sibling of parent.children) {
      if (typeof sibling === 'string' || sibling === node) continue
      const t = totals.get(sibling)
      if (t && t.prose >= 400 && t.prose >= 2 * t.other) found.push(sibling)
    }
    if (parent.tag === 'body') break
    node = parent
  }
  return found
}

function isInside(el: El, container: El): boolean {
  for (let node: El | null = el; node; node = node.parent) if (node === container) return true
  return false
}

/**
 * The main content of a page as paragraphs, and the images it carries.
 *
 * @example
 * const { paragraphs } = findMainContent(parsePage(html).root)
 */
export function findMainContent(root: El): { paragraphs: string[]; images: ExtractedImage[] } {
  const images: ExtractedImage[] = []
  const blocks = collectBlocks(root, images)
  const scores = scoreContainers(blocks)
  let best: El | null = null
  let bestScore = 0
  for (const [el, score] of scores) {
    const hint = classAndId(el)
    const adjusted =
      score *
      (LIKELY.test(hint) || el.tag === 'article' || el.attrs.itemprop === 'articleBody' ? 1.25 : 1)
    if (adjusted > bestScore) [best, bestScore] = [el, adjusted]
  }
  if (!best)
    return { paragraphs: blocks.filter((b) => b.text.length >= 25).map((b) => b.text), images }
  const totals = textTotals(blocks)
  best = widen(joinRepeatedItems(widen(best, totals), totals), totals)
  // Strong siblings belong to the story too (articles split across several containers).
  const containers = [best]
  for (const sibling of best.parent?.children ?? []) {
    if (typeof sibling === 'string' || sibling === best) continue
    if ((scores.get(sibling) ?? 0) >= Math.max(10, bestScore * 0.2)) containers.push(sibling)
  }
  // Only when the container holds under half the page's prose: a story found whole has no missing
  // parts.
  if ((totals.get(best)?.prose ?? 0) < 0.5 * (totals.get(root)?.prose ?? 0))
    containers.push(...proseSiblings(best, totals))
  const inside = blocks.filter((block) => containers.some((c) => isInside(block.el, c)))
  const isProse = (b: Block) =>
    b.text.length >= 60 && b.linkChars / b.text.length < 0.3 && /[.!?:,;]/.test(b.text)
  const firstProse = inside.findIndex(isProse)
  const lastProse = inside.findLastIndex(isProse)
  const proseParents = new Set<El>()
  for (const b of inside)
    if (b.el.tag === 'p' && isProse(b) && b.el.parent) proseParents.add(b.el.parent)
  const paragraphs: string[] = []
  const lastTags: string[] = []
  for (let i = 0; i < inside.length; i++) {
    const block = inside[i]!
    const density = block.linkChars / block.text.length
    // Link lists are dropped unless they sit between the story's first and last paragraphs, inside
    // it.
    if (density > 0.5 && block.text.length < 200) {
      const between =
        block.el.tag === 'li' &&
        i > firstProse &&
        i < lastProse &&
        listInProse(block.el, proseParents)
      if (!between) continue
    }
    if (isFurnitureLine(block.text)) continue
    paragraphs.push(block.text)
    lastTags.push(block.el.tag)
  }
  // A short heading with nothing of the story after it titles what the page shows next (related
  // links, a sign-up form): up to two such trailing headings are dropped.
  for (let n = 0; n < 2 && paragraphs.length > 1; n++) {
    const last = paragraphs[paragraphs.length - 1]!
    if (!/^h[1-6]$/.test(lastTags[lastTags.length - 1] ?? '') || last.length >= 80) break
    paragraphs.pop()
    lastTags.pop()
  }
  return {
    paragraphs: dropRepeatedRuns(paragraphs),
    images: images.filter((img) => img.url || img.caption),
  }
}
