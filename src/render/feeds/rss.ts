/**
 * @module RSS 2.0 with the Atom (self, hub, paging), content, Dublin Core and Media RSS extensions.
 */
import type { FeedItem, FeedModel } from './model'
import { attributes, element, escapeXml, feedDocument, XML_DECLARATION } from './xml'

/** RFC 822 date, as RSS 2.0 requires. */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString()
}

function atomLink(rel: string, href: string | null, type?: string): string {
  return href ? `<atom:link${attributes({ rel, type, href })}/>` : ''
}

function renderItem(item: FeedItem): string {
  const parts = [
    '<item>',
    element('title', item.title),
    element('link', item.url),
    `<guid isPermaLink="false">${escapeXml(item.id)}</guid>`,
    element('pubDate', rfc822(item.published)),
    element('atom:updated', item.updated),
    // description is HTML in RSS: escape the plain-text summary as HTML first, so a "<" in it stays
    // text
    element('description', escapeXml(item.summary)),
  ]
  if (item.contentHtml !== null) parts.push(element('content:encoded', item.contentHtml))
  for (const author of item.authors) parts.push(element('dc:creator', author.name))
  for (const cat of item.categories)
    parts.push(element('category', cat.label, attributes({ domain: cat.scheme })))
  if (item.image) {
    parts.push(
      `<media:content${attributes({ url: item.image.url, medium: 'image', type: item.image.type })}>`,
      element('media:description', item.image.caption),
      element('media:credit', item.image.credit),
      '</media:content>'
    )
  }
  parts.push('</item>')
  return parts.join('')
}

/**
 * Renders an RSS 2.0 feed.
 *
 * @example
 * const xml = renderRssFeed(model) // '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" …'
 */
export function renderRssFeed(feed: FeedModel): string {
  const head = [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>',
    element('title', feed.title),
    element('link', feed.homeUrl),
    element('description', feed.description),
    element('language', feed.language),
    element('lastBuildDate', rfc822(feed.updated)),
    element('generator', 'Edgewire'),
    '<docs>https://www.rssboard.org/rss-specification</docs>',
    atomLink('self', feed.selfUrl, 'application/rss+xml'),
    atomLink('first', feed.firstUrl, 'application/rss+xml'),
    atomLink('next', feed.nextUrl, 'application/rss+xml'),
    atomLink('hub', feed.hubUrl),
    '\n',
  ]
  return feedDocument(head, feed.items, renderItem, '</channel>\n</rss>\n')
}
