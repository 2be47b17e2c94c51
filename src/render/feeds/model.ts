/**
 * @module The format-neutral feed model every renderer takes, and the mapping from articles to it.
 * Ids, URLs and dates are decided here once, so RSS, Atom and JSON Feed always agree.
 */
import type { Article } from '../../domain/article'
import { cutText } from '../../domain/scripts'
import { articleUrl } from '../../domain/site'
import { cleanText, escapeXml } from './xml'

export type FeedFormat = 'rss' | 'atom' | 'json'

export interface FeedAuthor {
  name: string
  url: string
}

export interface FeedCategory {
  /** Machine term (the slug). */
  term: string
  /** Human label (the name). */
  label: string
  /** Absolute URL of the taxonomy the term belongs to. */
  scheme: string
}

export interface FeedImage {
  url: string
  /** MIME type guessed from the file name; null when unknown. */
  type: string | null
  caption: string | null
  credit: string | null
}

export interface FeedItem {
  /** A tag URI (RFC 4151): stable across slug changes and identical in every format. */
  id: string
  url: string
  title: string
  /** Plain text. */
  summary: string
  /**
   * Full HTML with absolute URLs; null for summary-only feeds. Not yet cleaned of characters XML
   * forbids: each renderer cleans it in the pass it makes anyway (the XML escaper, or `cleanText`
   * for JSON).
   */
  contentHtml: string | null
  published: string
  updated: string
  authors: FeedAuthor[]
  categories: FeedCategory[]
  image: FeedImage | null
  language: string
}

export interface FeedModel {
  id: string
  title: string
  description: string
  language: string
  /** The HTML page the feed mirrors. */
  homeUrl: string
  selfUrl: string
  /** RFC 5005 paging: the newest page, and the next (older) page when there is one. */
  firstUrl: string
  nextUrl: string | null
  /** WebSub hub, when one is configured. */
  hubUrl: string | null
  /** Newest change among the items (or in scope when there are none), ISO. */
  updated: string
  siteName: string
  items: FeedItem[]
}

/** Tag URI authority of an origin: its host name without port. */
export function tagAuthority(origin: string): string {
  return new URL(origin).hostname
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
}

function imageType(url: string): string | null {
  const ext = /\.([a-z0-9]{2,5})(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase()
  return (ext && IMAGE_TYPES[ext]) || null
}

/**
 * Makes root-relative URLs in `href`, `src` and `cite` attributes absolute. The pattern is a fixed
 * sequence with single-character classes (no nested or overlapping quantifiers): linear time.
 *
 * @example
 * absolutizeUrls('<a href="/x">', 'https://n.example') // '<a href="https://n.example/x">'
 */
export function absolutizeUrls(html: string, origin: string): string {
  return html.replace(
    /(\s(?:href|src|cite)\s*=\s*["']?)\/(?!\/)/gi,
    (_, head: string) => `${head}${origin}/`
  )
}

/** A plain-text summary: the standfirst, else the start of the body cut at a word. */
export function summaryOf(article: Pick<Article, 'dek' | 'bodyText'>, max = 280): string {
  // only the start of a long body can end up in the summary: cut before folding white space
  const text = cleanText((article.dek || article.bodyText).slice(0, max * 4))
    .replace(/\s+/g, ' ')
    .trim()
  if (text.length <= max) return text
  const cut = cutText(text, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.\u2014-]+$/, '')}\u2026`
}

// The article page URL is the site's (domain/site.ts); routes that import it from here get it too.
export { articleUrl }

function correctionsHtml(article: Article): string {
  return article.corrections
    .map(
      (c) =>
        `<p class="correction"><strong>Correction (${escapeXml(c.at.slice(0, 10))}):</strong> ${escapeXml(c.text)}</p>`
    )
    .join('')
}

/**
 * Maps a published article to a feed item. `full` keeps the whole body (with corrections appended);
 * otherwise the item carries only its summary.
 */
export function toFeedItem(article: Article, origin: string, full: boolean): FeedItem {
  const published = article.publishedAt ?? article.createdAt
  return {
    id: `tag:${tagAuthority(origin)},${article.createdAt.slice(0, 10)}:articles/${article.id}`,
    url: articleUrl(origin, article.slug),
    title: cleanText(article.headline),
    summary: summaryOf(article),
    contentHtml: full ? absolutizeUrls(article.body, origin) + correctionsHtml(article) : null,
    published,
    updated: article.updatedAt > published ? article.updatedAt : published,
    authors: article.bylines.map((b) => ({
      name: cleanText(b.name),
      url: `${origin}/authors/${encodeURIComponent(b.slug)}`,
    })),
    categories: [
      ...(article.section
        ? [
            {
              term: article.section.slug,
              label: cleanText(article.section.name),
              scheme: `${origin}/sections`,
            },
          ]
        : []),
      ...article.tags.map((t) => ({
        term: t.slug,
        label: cleanText(t.name),
        scheme: `${origin}/tags`,
      })),
    ],
    image: article.image
      ? {
          url: article.image.url,
          type: imageType(article.image.url),
          caption: article.image.caption ? cleanText(article.image.caption) : null,
          credit: article.image.credit ? cleanText(article.image.credit) : null,
        }
      : null,
    language: article.language,
  }
}

/** The language most items share (the feed's language), or `fallback` for an empty feed. */
export function dominantLanguage(items: readonly FeedItem[], fallback = 'en'): string {
  const counts = new Map<string, number>()
  let best = fallback
  let bestCount = 0
  for (const item of items) {
    const n = (counts.get(item.language) ?? 0) + 1
    counts.set(item.language, n)
    if (n > bestCount) [best, bestCount] = [item.language, n]
  }
  return best
}
