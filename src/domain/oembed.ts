/**
 * @module oEmbed provider rules (https://oembed.com): the query, which URLs name one of our
 * articles, and the size of the embed within the consumer's maxima. Pure: no Hono, no bindings, no
 * I/O.
 */
import * as v from 'valibot'
import { SLUG_MAX, SLUG_RE } from './slug'

const Dimension = v.optional(
  v.pipe(
    v.string(),
    v.regex(/^\d{1,5}$/, 'a whole number of pixels from 1 to 99999'),
    v.transform(Number),
    v.minValue(1, 'a whole number of pixels from 1 to 99999')
  )
)

/** Query of `GET /oembed`. `format` is checked apart: an unknown one is a 501, not a 400. */
export const OEmbedQuerySchema = v.object({
  url: v.pipe(
    v.string('required'),
    v.minLength(1, 'required'),
    v.maxLength(2048, 'at most 2048 characters')
  ),
  format: v.optional(v.pipe(v.string(), v.maxLength(100, 'at most 100 characters')), 'json'),
  maxwidth: Dimension,
  maxheight: Dimension,
})
export type OEmbedQuery = v.InferOutput<typeof OEmbedQuerySchema>

/** The formats this provider answers in. */
export const OEMBED_FORMATS = ['json', 'xml'] as const
export type OEmbedFormat = (typeof OEMBED_FORMATS)[number]

export function isOEmbedFormat(format: string): format is OEmbedFormat {
  return (OEMBED_FORMATS as readonly string[]).includes(format)
}

const ARTICLE_PATH_RE = /^\/articles\/([^/]+)\/?$/

/**
 * The slug of the article a URL points at, when it is an article page on `origin`; null for another
 * host, another path, or text that is not an absolute http(s) URL. Query and fragment are ignored.
 * Returns 'malformed' when the text is not a URL at all (a 400, where the others are 404s).
 *
 * @example
 * articleSlugFromUrl('https://news.example/articles/pier-reopens?ref=x', 'https://news.example') // 'pier-reopens'
 */
export function articleSlugFromUrl(text: string, origin: string): string | null | 'malformed' {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return 'malformed'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'malformed'
  if (url.origin !== new URL(origin).origin || url.username || url.password) return null
  // A Unicode slug arrives percent-encoded (up to 9 bytes a character, 120 characters).
  if (url.pathname.length > 1100) return null
  const encoded = ARTICLE_PATH_RE.exec(url.pathname)?.[1]
  if (encoded === undefined) return null
  let slug: string
  try {
    slug = decodeURIComponent(encoded).normalize('NFC')
  } catch {
    return null
  }
  return [...slug].length <= SLUG_MAX && SLUG_RE.test(slug) ? slug : null
}

/** Width of the iframe card when the consumer sets no maximum. */
export const DEFAULT_EMBED_WIDTH = 560
// Headline, dek and byline take about this much height at card widths from 400 px up, and below.
const TEXT_HEIGHT_WIDE = 190
const TEXT_HEIGHT_NARROW = 260

export interface EmbedSize {
  width: number
  height: number
  /** The box the card shows the lead image in (16:9), for `thumbnail_width`/`thumbnail_height`. */
  thumbnail: { width: number; height: number } | null
}

/**
 * The iframe size for a card, within `maxwidth` and `maxheight`. The height is an estimate of the
 * card's content (a 16:9 image plus headline, dek and byline); `widget.js` then sets the exact
 * height the card posts.
 *
 * @example
 * embedSize(true, 400, 300) // { width: 400, height: 300, thumbnail: { width: 400, height: 225 } }
 */
export function embedSize(hasImage: boolean, maxwidth?: number, maxheight?: number): EmbedSize {
  const width = Math.min(DEFAULT_EMBED_WIDTH, maxwidth ?? Infinity)
  const imageHeight = hasImage ? Math.round((width * 9) / 16) : 0
  const text = width >= 400 ? TEXT_HEIGHT_WIDE : TEXT_HEIGHT_NARROW
  const height = Math.min(imageHeight + text, maxheight ?? Infinity)
  let thumbnail: EmbedSize['thumbnail'] = null
  if (hasImage) {
    thumbnail = { width, height: imageHeight }
    if (maxheight !== undefined && imageHeight > maxheight) {
      thumbnail = { width: Math.max(1, Math.floor((maxheight * 16) / 9)), height: maxheight }
    }
  }
  return { width, height, thumbnail }
}
