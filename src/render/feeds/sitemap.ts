/**
 * @module XML sitemaps (sitemaps.org 0.9) and Google News sitemaps.
 */
import { element, escapeXml, XML_DECLARATION } from './xml'

export interface SitemapEntry {
  url: string
  /** ISO time of the last change. */
  lastModified: string
}

export interface NewsSitemapEntry extends SitemapEntry {
  title: string
  published: string
  language: string
}

/**
 * Renders a `<urlset>`: the home page first, then each entry.
 *
 * @example
 * renderSitemap('https://n.example/', [{ url: 'https://n.example/articles/a', lastModified: '2026-01-01T00:00:00Z' }])
 */
export function renderSitemap(homeUrl: string, entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (e) => `<url>${element('loc', e.url)}${element('lastmod', e.lastModified)}</url>`
  )
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
    `<url>${element('loc', homeUrl)}<changefreq>always</changefreq></url>\n`,
    urls.join('\n'),
    '\n</urlset>\n',
  ].join('')
}

/** Google News wants an ISO 639 code: the primary subtag of the BCP 47 tag (zh-cn/zh-tw kept whole). */
function newsLanguage(tag: string): string {
  const lower = tag.toLowerCase()
  return lower === 'zh-cn' || lower === 'zh-tw' ? lower : (lower.split('-')[0] as string)
}

/**
 * Renders a Google News sitemap (`news:` namespace) for recent articles.
 *
 * @example
 * renderNewsSitemap('Edgewire', entries)
 */
export function renderNewsSitemap(
  publicationName: string,
  entries: readonly NewsSitemapEntry[]
): string {
  const name = escapeXml(publicationName)
  const urls = entries.map(
    (e) =>
      `<url>${element('loc', e.url)}${element('lastmod', e.lastModified)}<news:news><news:publication><news:name>${name}</news:name>` +
      `${element('news:language', newsLanguage(e.language))}</news:publication>${element('news:publication_date', e.published)}` +
      `${element('news:title', e.title)}</news:news></url>`
  )
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n',
    urls.join('\n'),
    '\n</urlset>\n',
  ].join('')
}
