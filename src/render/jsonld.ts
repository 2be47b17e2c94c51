/**
 * @module schema.org `NewsArticle` JSON-LD for an article, and the escaping that makes it safe
 * inside a `<script>` element.
 */
import type { Article } from '../domain/article'
import { articleUrl, type Site } from '../domain/site'

/** Where the site lives and what it is called (domain/site.ts). */
export type SiteInfo = Site

/**
 * The schema.org `NewsArticle` of an article: headline, authors, dates, image, publisher and
 * corrections (as `CorrectionComment`s).
 *
 * @example
 * const ld = articleJsonLd(article, { origin: 'https://news.example', name: 'Edgewire' })
 * ld['@type'] // 'NewsArticle'
 */
export function articleJsonLd(article: Article, site: SiteInfo): Record<string, unknown> {
  const url = articleUrl(site.origin, article.slug)
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.canonicalUrl ?? url },
    headline: article.headline,
    inLanguage: article.language,
    datePublished: article.publishedAt ?? article.createdAt,
    dateModified: article.updatedAt,
    author: article.bylines.map((b) => ({
      '@type': 'Person',
      name: b.name,
      url: `${site.origin}/authors/${encodeURIComponent(b.slug)}`,
    })),
    publisher: { '@type': 'Organization', name: site.name, url: `${site.origin}/` },
  }
  if (article.dek) ld.description = article.dek
  if (article.image) {
    ld.image = [article.image.url]
    ld.thumbnailUrl = article.image.url
  }
  if (article.section) ld.articleSection = article.section.name
  if (article.tags.length) ld.keywords = article.tags.map((t) => t.name)
  if (article.corrections.length) {
    ld.correction = article.corrections.map((c) => ({
      '@type': 'CorrectionComment',
      text: c.text,
      datePublished: c.at,
    }))
  }
  return ld
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>`, `&` and the JavaScript line
 * separators are written as `\u` escapes, so no field can close the element or open a comment.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
