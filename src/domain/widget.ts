/**
 * @module What the embeddable widgets show: the public item shape of a story, the widget query
 * schemas, and the rules for iframe framing (`frame-ancestors`). Pure: no Hono, no bindings, no
 * I/O.
 */
import * as v from 'valibot'
import { SLUG_MAX, SLUG_RE } from './slug'
import type { Article } from './article'

/** A published story as the widgets show it: only public fields, with absolute URLs. */
export interface WidgetItem {
  slug: string
  url: string
  headline: string
  dek: string | null
  section: { slug: string; name: string } | null
  bylines: string[]
  publishedAt: string | null
  image: { url: string; alt: string } | null
}

/**
 * The widget view of an article at `origin`.
 *
 * @example
 * toWidgetItem(article, 'https://news.example').url // 'https://news.example/articles/harbour-bridge-reopens'
 */
export function toWidgetItem(article: Article, origin: string): WidgetItem {
  return {
    slug: article.slug,
    url: `${origin}/articles/${article.slug}`,
    headline: article.headline,
    dek: article.dek,
    section: article.section,
    bylines: article.bylines.map((b) => b.name),
    publishedAt: article.publishedAt,
    image: article.image ? { url: article.image.url, alt: article.image.caption ?? '' } : null,
  }
}

/** Most items a list widget shows. */
export const MAX_WIDGET_ITEMS = 20
/**
 * A slug parameter: lower-case words (any script, NFC) joined by hyphens, at most 120 characters.
 */
export const WidgetSlug = v.pipe(
  v.string(),
  v.maxLength(480, 'at most 120 characters'),
  v.normalize('NFC'),
  v.check((s) => [...s].length <= SLUG_MAX, 'at most 120 characters'),
  v.regex(SLUG_RE, 'a slug: lower-case letters, digits and single hyphens')
)

const Limit = v.optional(
  v.pipe(
    v.string(),
    v.regex(/^\d{1,2}$/, `a whole number from 1 to ${MAX_WIDGET_ITEMS}`),
    v.transform(Number),
    v.minValue(1, `a whole number from 1 to ${MAX_WIDGET_ITEMS}`),
    v.maxValue(MAX_WIDGET_ITEMS, `a whole number from 1 to ${MAX_WIDGET_ITEMS}`)
  ),
  '5'
)

/**
 * `missing=empty` turns a 404 into a 200 with no items: a widget for a removed story then fails
 * quietly, without a network error in the host page's console.
 */
const Missing = v.optional(v.picklist(['empty'], 'only "empty"'))

/** Query of `GET /v1/widgets/latest`. */
export const WidgetLatestQuerySchema = v.object({
  section: v.optional(WidgetSlug),
  limit: Limit,
  missing: Missing,
})
/** Query of `GET /v1/widgets/related/{slug}`. */
export const WidgetRelatedQuerySchema = v.object({ limit: Limit, missing: Missing })
/** Query of `GET /v1/widgets/articles/{slug}`. */
export const WidgetArticleQuerySchema = v.object({ missing: Missing })

// One CSP source expression: a keyword, `*`, a scheme (`https:`), or a host source with optional
// scheme, `*.` wildcard, port and path. No spaces, quotes (but in keywords), `;` or `,`: nothing
// that could end the directive. Each part is a single character class, so matching is linear.
const KEYWORD_RE = /^'(?:self|none)'$/
const SCHEME_RE = /^[a-z][a-z0-9+.-]{0,30}:$/
const HOST_RE =
  /^(?:[a-z][a-z0-9+.-]{0,30}:\/\/)?(?:\*\.)?[a-z0-9.-]{1,253}(?::(?:\d{1,5}|\*))?(?:\/[\w\-./~%]{0,200})?$/i

/**
 * The `frame-ancestors` sources allowed to frame iframe cards, from the `EMBED_FRAME_ANCESTORS`
 * setting (space-separated CSP sources; empty means anyone, `*`), plus `'self'` so the site's own
 * demo page can show them. Returns the valid sources and the rejected ones; when something was
 * given but nothing in it is valid, framing fails closed to `'none'`.
 *
 * @example
 * frameAncestors('https://partner.example bad;value') // { sources: ['https://partner.example', "'self'"], rejected: ['bad;value'] }
 */
export function frameAncestors(setting: string | undefined): {
  sources: string[]
  rejected: string[]
} {
  const tokens = (setting ?? '').slice(0, 4096).split(/\s+/).filter(Boolean).slice(0, 50)
  if (tokens.length === 0) return { sources: ['*'], rejected: [] }
  const sources: string[] = []
  const rejected: string[] = []
  for (const token of tokens) {
    const ok =
      token === '*' || KEYWORD_RE.test(token) || SCHEME_RE.test(token) || HOST_RE.test(token)
    ;(ok ? sources : rejected).push(token)
  }
  if (sources.includes("'none'") || sources.length === 0) return { sources: ["'none'"], rejected }
  // The site's own pages (the /embed demo) may always show its cards.
  if (!sources.includes('*') && !sources.includes("'self'")) sources.push("'self'")
  return { sources, rejected }
}
